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
// dated article (see claimsDatedArticle) or its region opens on a wire
// dateline. The signs are those of indexSigns.
func (p *page) isIndex(start, end int) bool {
	e := p.indexSigns(start, end)
	signs := e.count()
	article := e.article
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

// indexSigns is the evidence isIndex weighs, sign by sign, so that each
// can be read (and tested) on its own.
type indexSigns struct {
	article bool // metadata calls the page a dated article: see claimsDatedArticle
	listing bool // metadata calls it a listing or a product (counts twice)
	front   int  // its address is its site's front page: see frontSigns
	address bool // its address is a shop's listing: see isListingAddress
	short   bool // the region holds little paragraph text
	minor   bool // the region holds under a third of the page's prose
	linked  bool // many linked headlines, with little prose for each
	prices  bool // prices on many lines
	teasers bool // the region is linked headlines each with its summary
	grid    bool // the region holds a grid of priced boxes: see isProductGrid
	cards   int  // a grid of cards: see cardSigns
	items   int  // boxes of one shape that make up the region: see repeatedItems
	dated   int  // a list of dated links: see datedListSigns
}

// count is how many signs agree, listing metadata counting twice.
func (e indexSigns) count() int {
	n := e.front + e.cards + e.items + e.dated
	for _, s := range []bool{e.listing, e.listing, e.address, e.short, e.minor, e.linked, e.prices, e.teasers, e.grid} {
		if s {
			n++
		}
	}
	return n
}

// indexSigns gathers the signs of an index on the page whose story region
// is [start, end).
func (p *page) indexSigns(start, end int) indexSigns {
	var e indexSigns
	e.article = p.claimsDatedArticle()
	e.listing = !e.article && (p.meta.listing || strings.HasPrefix(strings.ToLower(p.meta.ogType), "product"))
	held, total, _ := p.regionTextIn(start, end)
	e.short = held < minStoryText
	prose, headlines, prices, chromePrices := p.pageShape()
	inside := p.proseIn(start, end)
	e.minor = inside*10 < prose*3
	e.linked = headlines >= manyHeadlines && headlines*prosePerHeadline >= inside
	// A shop's product grid is often marked as chrome (its filters and
	// lists carry the class names of a sidebar): prices there count too,
	// with a higher bar, as a story's rails may show a deal or two.
	e.prices = prices >= manyPrices || prices+chromePrices >= manyPagePrices
	e.teasers = p.isTeaserList(start, end)
	e.grid = p.isProductGrid(start, end)
	e.cards = p.cardSigns(start, end)
	e.items = p.repeatedItems(start, end, total)
	e.dated = p.datedListSigns(start, end, inside)
	e.front = p.frontSigns(start, end)
	e.address = p.isListingAddress()
	return e
}

// frontSigns weighs a page at its site's root address (see isFrontPage):
// a sign, and twice one when its region [start, end) lists stories, by
// linked headings (a heading for each story, linked to it) or by dated
// entries. A page at the root that tells one story (a one-page site, a
// template whose canonical link names the root) has headings of its own
// and no dated list.
func (p *page) frontSigns(start, end int) int {
	if !p.isFrontPage() {
		return 0
	}
	if p.hasLinkedHeadings(start, end) || p.datedEntries(start, end, false) >= minDatedEntries && p.datedEntries(start, end, true) >= minDatedEntries {
		return 2
	}
	return 1
}

// hasLinkedHeadings reports a region [start, end) whose headings are
// nearly all links of a title's length, minLinkedHeadings of them or more:
// the headlines of a list of stories. A story's subheads link nowhere.
func (p *page) hasLinkedHeadings(start, end int) bool {
	heads, linked := 0, 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || b.heading == 0 {
			continue
		}
		heads++
		if b.linkLen >= minTitle && b.linkDensity() >= 0.5 {
			linked++
		}
	}
	return linked >= minLinkedHeadings && linked*10 >= heads*8
}

// minLinkedHeadings is how many linked headings make a list of stories.
const minLinkedHeadings = 5

// isListingAddress reports a page whose address names a listing by the
// path words shop platforms give their category and product pages
// ("/collections/mens-sneakers", "/browse/shoes/", "/c/headphones",
// "/product-category/outdoor-gear/", "/shop/"). Alone it is weak: a
// guide may live at such an address too.
func (p *page) isListingAddress() bool {
	for seg := range strings.SplitSeq(addressPath(p.url), "/") {
		for _, w := range listingSegments {
			if strings.EqualFold(seg, w) {
				return true
			}
		}
	}
	return false
}

// addressPath is the path of an absolute address, without its query or
// fragment: read in place, as url.Parse would allocate for every page.
func addressPath(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return ""
	}
	rest = rest[i:]
	if j := strings.IndexAny(rest, "?#"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// listingSegments are the path words of shops' listing pages. The
// singular "collection", "topic" and "archive" are left out: publishers
// file articles under them.
var listingSegments = []string{"collections", "category", "categories", "product-category", "browse", "shop", "products", "c"}

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
	// manyPrices is how many lines with a price make a page of products;
	// manyPagePrices is how many, counting those in chrome.
	manyPrices     = 5
	manyPagePrices = 8
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
// the article's own publication time (article:published_time and its
// kin). Many templates print og:type "article" on every page, category
// and catalogue pages too; those carry no such time, at most the date a
// WebPage node went up or was last modified, which every page has.
func (p *page) claimsDatedArticle() bool {
	if p.meta.article().found {
		return true
	}
	// The publication time is parsed once and kept for Published; asking
	// for it here costs nothing more. When the meta time does not parse,
	// it comes from elsewhere, and the claim rests on a tag that says so.
	return p.meta.published != "" && strings.EqualFold(p.meta.ogType, "article") && !p.meta.publishedTime().IsZero()
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
// few words on a line of its own) and its lines that show a price; and
// the lines that show a price inside chrome.
func (p *page) pageShape() (prose, headlines, prices, chromePrices int) {
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.caption > 0 {
			continue
		}
		if b.chrome {
			if isPriceLine(b.text) {
				chromePrices++
			}
			continue
		}
		if b.linkDensity() < 0.5 {
			prose += len(b.text)
		}
		if isPriceLine(b.text) {
			prices++
		}
		if len(b.text) >= 15 && len(b.text) <= 200 && b.isLink() && (b.heading > 0 || b.strong || strings.Count(b.text, " ") >= 2) {
			headlines++
		}
	}
	return prose, headlines, prices, chromePrices
}

// isPriceLine reports a short line that shows the price of a thing: a
// catalogue's "$19.99", not a cost guide's "$500-$800".
func isPriceLine(s string) bool {
	return len(s) < 40 && hasPrice(s) && !hasRange(s)
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

// isProductGrid reports a grid of products in [start, end): a run of
// boxes side by side, each a short box with a linked name and a price
// line, no running text between them. A shopping article prints such
// boxes too, but one to a product, between paragraphs of review.
func (p *page) isProductGrid(start, end int) bool {
	run, last := 0, -1 // boxes in the current run; the end of the last box
	for r := range p.regions {
		reg := &p.regions[r]
		from, to := int(reg.start), int(reg.end)
		if from < start || to > end || from < last || reg.chrome || !p.isPricedBox(from, to) {
			continue
		}
		if last >= 0 && p.hasParagraphIn(last, from) {
			run = 0
		}
		run++
		if run >= minCards {
			return true
		}
		last = to
	}
	return false
}

// minRunningText is the shortest paragraph that breaks a run of boxes.
const minRunningText = 100

// isPricedBox reports blocks [start, end) that read as a product's box:
// no more text than an entry of a list (maxItem: a shop's boxes carry
// their swatches, shipping notes and hidden details), with one link of a
// name's length and a price line. A box with several names is a row or a
// whole small grid.
func (p *page) isPricedBox(start, end int) bool {
	total, price, names := 0, false, 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		total += len(b.text)
		if total > maxItem {
			return false
		}
		price = price || isPriceLine(b.text)
		if len(b.text) >= minTitle && b.linkDensity() > 0.8 {
			names++
		}
	}
	return price && names == 1
}

// hasParagraphIn reports running text among blocks [start, end): a
// paragraph of minRunningText or more. A shop's notes between its boxes
// ("The current price is Now $129.99, discount of 41%") are shorter than
// a review's paragraphs.
func (p *page) hasParagraphIn(start, end int) bool {
	for i := start; i < end; i++ {
		if p.blocks[i].isParagraph() && len(p.blocks[i].text) >= minRunningText {
			return true
		}
	}
	return false
}

// repeatedItems weighs a story region [start, end) made of boxes of one
// shape: a video playlist, a directory of shows, a page of courses, each
// entry a title and a line or two of text in a box of its own, the boxes
// siblings that repeat one sequence of lines. cardSigns finds grids by
// their links; these may carry none (the link wraps a picture or a
// button). A story's own boxes (questions and answers, pull quotes) hold
// part of its text; boxes that hold nearly all of the region's text
// (total) are the page, and count twice. The boxes are read as a run in
// document order, a box's own inner boxes passed over, so nothing is kept
// but the run under way; an odd sibling in the run (a box missing a
// line, an ad) does not end it.
func (p *page) repeatedItems(start, end, total int) int {
	var run item
	count, inItem := 0, -1 // boxes in the run; the end of the last box
	for r := range p.regions {
		reg := &p.regions[r]
		from, to := int(reg.start), int(reg.end)
		if from < start || to > end || from < inItem || reg.chrome || from == start && to == end {
			continue
		}
		shape, text, ok := p.itemShape(from, to)
		if !ok {
			continue
		}
		inItem = to
		switch {
		case count > 0 && reg.parent == run.parent && shape == run.shape:
			count, run.text = count+1, run.text+text
		case count > 1 && reg.parent == run.parent:
			// A sibling of another shape (a box missing a line, an ad)
			// is passed over: it does not end the run.
			continue
		default:
			count, run = 1, item{parent: reg.parent, shape: shape, text: text}
		}
		if count >= minCards && run.text*10 >= total*9 {
			return 2
		}
	}
	return 0
}

// item is the run of boxes repeatedItems follows.
type item struct {
	parent int32  // the region around the boxes
	shape  uint64 // their lines' kinds: see itemShape
	text   int    // the text they hold
}

// itemShape sums up blocks [start, end) that may be one entry of a list:
// two lines or more and at most maxItem bytes. The shape is a hash of the
// kind of each line (element, heading level, link or not), so that boxes
// of one template compare equal whatever they say.
func (p *page) itemShape(start, end int) (shape uint64, text int, ok bool) {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	shape, lines := offset, 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || b.text == "" {
			continue
		}
		text += len(b.text)
		if text > maxItem {
			return 0, 0, false
		}
		lines++
		kind := uint64(b.tag)<<8 | uint64(b.heading)<<1
		if b.linkDensity() >= 0.5 {
			kind |= 1
		}
		shape = (shape ^ kind) * prime
	}
	return shape, text, lines >= 2
}

// maxItem is the most text an entry of a list holds: a title and a
// teaser of a few lines.
const maxItem = 600

// datedListSigns weighs a region [start, end) that lists dated entries,
// each a link to a page of its own with the date it went up ("Go 1.26 is
// released, 10 February 2026"), as blogs' and newsrooms' indexes do. A
// story cites a dated link now and then; a list holds one for every few
// lines of its prose (inside): one for every maxProsePerEntry bytes is a
// sign, one for every half of that counts twice.
func (p *page) datedListSigns(start, end, inside int) int {
	if n := p.datedEntries(start, end, false); n < minDatedEntries || n*maxProsePerEntry < inside {
		return 0 // too few lines could be entries: no dates need reading
	}
	n := p.datedEntries(start, end, true)
	switch {
	case n < minDatedEntries || n*maxProsePerEntry < inside:
		return 0
	case n*maxProsePerEntry >= inside*2:
		return 2
	}
	return 1
}

const (
	// minDatedEntries is how many dated links make a list of them.
	minDatedEntries = 5
	// maxProsePerEntry is the most prose a list of dated links holds
	// for each: a title, a byline and a teaser.
	maxProsePerEntry = 500
)

// datedEntries counts the short lines in [start, end) that print a date
// next to a link of a title's length: on the line itself ("Go 1.26 is
// released, 10 February 2026"), or on a line of its own within two lines.
// With parse false it counts the lines that could (see mayBeDated), which
// costs no reading of dates.
func (p *page) datedEntries(start, end int, parse bool) int {
	n := 0
	for i := start; i < end; i++ {
		if !p.mayBeDated(i, start, end) {
			continue
		}
		if !parse {
			n++
		} else if _, ok := datePrintedIn(p.blocks[i].text); ok {
			n++
		}
	}
	return n
}

// mayBeDated reports block i of [start, end) as a possible entry's date
// line: short, with four digits in a row as a year has, by a title link.
// Lines that fail are passed over before the dearer reading of dates.
func (p *page) mayBeDated(i, start, end int) bool {
	b := &p.blocks[i]
	return !b.chrome && b.caption == 0 && len(b.text) <= maxDatedLine && hasFourDigits(b.text) &&
		(b.linkLen >= minTitle || p.nearTitleLink(i, start, end))
}

const (
	// maxDatedLine is the longest line read as an entry's date line: a
	// title, a date and a byline.
	maxDatedLine = 150
	// minTitle is the shortest link text read as a linked title.
	minTitle = 15
)

// hasFourDigits reports a run of four digits in s, as a year has.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			run = 0
			continue
		}
		if run++; run == 4 {
			return true
		}
	}
	return false
}

// nearTitleLink reports a link of a title's length within two blocks of
// block i, inside [start, end).
func (p *page) nearTitleLink(i, start, end int) bool {
	for j := max(start, i-2); j < min(end, i+3); j++ {
		if b := &p.blocks[j]; !b.chrome && b.linkLen >= minTitle && b.linkDensity() >= 0.5 {
			return true
		}
	}
	return false
}
