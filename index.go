package newswire

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// isIndex weighs the evidence that a page whose story region is [start,
// end) is not one story but an index, a catalogue or a front page. No
// single sign decides, as articles show each of them now and then: a page
// is an index when two signs agree, or three when its metadata calls it a
// dated article (see claimsDatedArticle). The signs: metadata that calls
// it a listing or a product and not an article (which counts twice); the
// site's front page as its address; prices on many lines; a story region
// of little text, or of under a third of the page's prose; many linked
// headlines; teasers within the region; a grid of cards (see cardSigns).
func (p *page) isIndex(start, end int) bool {
	article := p.claimsDatedArticle()
	signs := 0
	if !article && (p.meta.listing || strings.HasPrefix(strings.ToLower(p.meta.ogType), "product")) {
		signs += 2
	}
	if p.isFrontPage() {
		signs++
	}
	held, _, _ := p.regionTextIn(start, end)
	if held < minStoryText {
		signs++
	}
	prose, headlines, prices := p.pageShape()
	inside := p.proseIn(start, end)
	if inside*10 < prose*3 {
		signs++
	}
	if headlines >= manyHeadlines && headlines*prosePerHeadline >= inside {
		signs++
	}
	if prices >= manyPrices {
		signs++
	}
	if p.isTeaserList(start, end) {
		signs++
	}
	signs += p.cardSigns(start, end)
	if signs >= 2 && !article {
		// A region that opens on a wire dateline is a story the way the
		// page's metadata calling it an article is: weigh it the same.
		article = p.opensOnDateline(start, end)
	}
	if article {
		return signs >= 3
	}
	return signs >= 2
}

// isFrontPage reports a page whose own address is its site's root. The
// address is the page's, not the base its links resolve against: many
// articles carry <base href="/"> for their links.
func (p *page) isFrontPage() bool {
	u, err := url.Parse(p.url)
	return err == nil && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// opensOnDateline reports whether one of the first paragraphs of [start,
// end) opens with a dateline ("MOSCOW (AP) — An unmanned ...").
func (p *page) opensOnDateline(start, end int) bool {
	seen := 0
	for i := start; i < end && seen < 3; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || b.heading > 0 || b.linkDensity() >= 0.5 {
			continue
		}
		seen++
		if _, _, ok := scanDateline(b.text, time.Time{}); ok {
			return true
		}
	}
	return false
}

const (
	// minStoryText is the paragraph text below which a story region is
	// short enough to be the blurb of a listing.
	minStoryText = 1000
	// manyHeadlines is how many linked headlines make a page of teasers,
	// when the page has no more than prosePerHeadline bytes of prose for
	// each in its story region: a long list article ("The 40 best agencies", each name linked
	// to its site) links as many names, but between long reviews.
	manyHeadlines    = 20
	prosePerHeadline = 500
	// manyPrices is how many lines with a price make a page of products.
	manyPrices = 5
)

// listingTypes are the JSON-LD types of pages that list things rather
// than tell one story: category pages, search results, product pages.
var listingTypes = []string{
	`"CollectionPage"`, `"ItemList"`, `"SearchResultsPage"`, `"Product"`, `"ProductGroup"`,
	`"OfferCatalog"`, `"ProfilePage"`,
}

// isListingLD reports JSON-LD that names a listing type. It runs on every
// script of every page, so the script is read once, stopping at the
// quotes that open a capitalised word, where a type name can start (each
// of listingTypes is one), instead of once for each type.
func isListingLD(raw string) bool {
	for rest := raw; len(rest) > 1; rest = rest[1:] {
		i := strings.IndexByte(rest, '"')
		if i < 0 || i+1 >= len(rest) {
			return false
		}
		rest = rest[i:]
		if c := rest[1]; c < 'A' || c > 'Z' {
			continue
		}
		for _, t := range listingTypes {
			if strings.HasPrefix(rest, t) {
				return true
			}
		}
	}
	return false
}

// claimsDatedArticle reports metadata that calls the page an article
// and means it: JSON-LD Article or BlogPosting, or og:type "article" with
// a publication time. Many templates print og:type "article" on every
// page, category and catalogue pages too; those carry no date.
func (p *page) claimsDatedArticle() bool {
	return p.meta.article().found || strings.EqualFold(p.meta.ogType, "article") && !p.meta.publishedTime().IsZero()
}

// lacksStory reports whether a page without a region of paragraph text is
// no story at all. Missing region is not evidence on its own: a short story
// whose paragraphs sit straight in <body> has none. The page is no story
// when, taken whole, it weighs as an index; isIndex asks for a third sign
// when its metadata calls it a dated article.
func (p *page) lacksStory() bool {
	return p.isIndex(0, len(p.blocks))
}

// proseIn is the text of blocks in [start, end) that are not mostly
// links, chrome or captions.
func (p *page) proseIn(start, end int) int {
	n := 0
	for i := start; i < end; i++ {
		if b := &p.blocks[i]; !b.chrome && b.caption == 0 && b.linkDensity() < 0.5 {
			n += len(b.text)
		}
	}
	return n
}

// pageShape measures the page outside chrome and captions: its prose
// (blocks that are not mostly links), its linked headlines (a link of a
// few words on a line of its own) and its lines that show a price.
func (p *page) pageShape() (prose, headlines, prices int) {
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if b.linkDensity() < 0.5 {
			prose += len(b.text)
		}
		if len(b.text) < 40 && hasPrice(b.text) && !hasRange(b.text) {
			prices++
		}
		if len(b.text) >= 15 && len(b.text) <= 200 && b.isLink() && (b.heading > 0 || b.strong || strings.Count(b.text, " ") >= 2) {
			headlines++
		}
	}
	return prose, headlines, prices
}

// hasPrice reports a short text that shows an amount of money: a currency
// sign next to a digit ("$19.99", "€ 45", "12,50 €").
func hasPrice(s string) bool {
	for i, r := range s {
		switch r {
		case '$', '€', '£', '¥', '₹':
		default:
			continue
		}
		after := strings.TrimLeft(s[i+utf8.RuneLen(r):], " ")
		before := strings.TrimRight(s[:i], " ")
		if after != "" && isDigit(after[0]) || before != "" && isDigit(before[len(before)-1]) {
			return true
		}
	}
	return false
}

// hasRange reports an amount given as a range ("$500-$800", "(£15–25
// each)"): the estimates of a cost guide, where a catalogue shows the
// price of a thing.
func hasRange(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i-1]) {
			continue
		}
		rest := strings.TrimLeft(s[i:], " ")
		for _, dash := range []string{"-", "–", "—", "to "} {
			if after, ok := strings.CutPrefix(rest, dash); ok {
				after = strings.TrimLeft(after, " ~$€£¥₹")
				if after != "" && isDigit(after[0]) {
					return true
				}
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isTeaserList reports a region that is an index of stories: linked
// headlines, each followed by its summary, again and again.
func (p *page) isTeaserList(start, end int) bool {
	teasers, paragraphs := 0, 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if b.isLink() && (b.heading > 0 || b.strong) && len(b.text) <= 200 {
			if j := p.nextText(i + 1); j < end && !p.blocks[j].isLink() && len(p.blocks[j].text) >= minParagraph {
				teasers++
			}
			continue
		}
		if b.isParagraph() {
			paragraphs++
		}
	}
	return teasers >= 3 && teasers*3 >= paragraphs
}

// cardSigns weighs the cards in the story region [start, end): small
// boxes side by side, each a linked title and a line or two of teaser, or
// one link around both, as category pages, product grids and section
// fronts lay out their items. Paragraphs that sit one to a box are no
// story; a story's own boxes (a pull quote, a related link) hold little of
// its text. Cards that hold two fifths of the region's text are a sign
// (the rest is the page's intro, filters and pager); cards that hold
// nearly all of it count twice.
func (p *page) cardSigns(start, end int) int {
	cards, held := p.cards(start, end)
	_, total, _ := p.regionTextIn(start, end)
	switch {
	case cards < minCards || held*5 < total*2:
		return 0
	case held*10 >= total*9:
		return 2
	}
	return 1
}

// minCards is how many cards make a grid.
const minCards = 7

// cards counts the outermost regions inside [start, end) that read as
// cards (see isCard), and the text they hold.
func (p *page) cards(start, end int) (n, text int) {
	inCard := -1 // end block of the card being passed over
	for r := range p.regions {
		reg := &p.regions[r]
		if int(reg.start) < start || int(reg.end) > end || int(reg.start) < inCard || reg.chrome {
			continue
		}
		if int(reg.start) == start && int(reg.end) == end {
			continue
		}
		if t, ok := p.isCard(int(reg.start), int(reg.end)); ok {
			n, text, inCard = n+1, text+t, int(reg.end)
		}
	}
	return n, text
}

// isCard reports blocks [start, end) that read as one card: a short box
// with a linked line of a title's length and a line of teaser beside it,
// or a link long enough to hold the teaser too. It returns their text.
func (p *page) isCard(start, end int) (int, bool) {
	total, linked, teaser := 0, false, false
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		total += len(b.text)
		if total > maxCard {
			return 0, false
		}
		switch {
		case len(b.text) >= 15 && b.linkDensity() > 0.8:
			linked = true
			teaser = teaser || len(b.text) >= 60
		case len(b.text) >= minParagraph && b.linkDensity() < 0.5:
			teaser = true
		}
	}
	return total, total >= 40 && linked && teaser
}

// maxCard is the most text a card holds: a title and a teaser of a line
// or two, where the entries of a list article run to paragraphs.
const maxCard = 400
