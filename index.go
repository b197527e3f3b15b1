package newswire

import (
	"math/bits"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// isIndex weighs the evidence that a page whose story region is [start,
// end) is not one story but an index, a catalogue or a front page. No
// single sign decides, as articles show each of them now and then: a page
// is an index when two signs agree, or three when its metadata calls it a
// dated article (see claimsDatedArticle) or its region opens on a wire
// dateline. The signs are those of regionSigns, and the address's.
func (p *page) isIndex(start, end int) bool {
	article, listing := p.metaSigns()
	if listing && !article && !p.opensOnDateline(start, end) {
		// Listing metadata counts two signs, enough for a page that
		// neither its metadata nor its region's opening calls a story:
		// the region's own signs could only add to them, and are not
		// read.
		return true
	}
	e := p.regionSigns(article, listing, start, end, decisiveSigns)
	signs := e.count()
	if signs >= decisiveSigns {
		return true
	}
	if signs == 2 || signs == 1 && !article {
		// The address's sign, one at most, is read only where it can
		// change the verdict: a page with none of the others is no
		// index with it, nor one with a single other whose metadata
		// calls it a dated article (it asks for three), and one with
		// three is one without it.
		e.address = p.isListingAddress()
		signs = e.count()
	}
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
	counted bool // a line counts the results the page lists: see isResultCount
	links   bool // the region is a list of links: see isLinkList
	teasers bool // the region is linked headlines each with its summary
	grid    bool // the region holds a grid of priced boxes: see gridRun
	cards   int  // a grid of cards: see cardSigns
	items   int  // boxes of one shape that make up the region: see itemRun
	dated   int  // a list of dated links: see datedListSigns
}

// count is how many signs agree, listing metadata counting twice.
//
// isIndex and regionSigns count as the signs come in, to stop once the
// verdict is settled: the flags are added as numbers, without a branch
// each.
func (e indexSigns) count() int {
	return e.front + e.cards + e.items + e.dated + 2*b2i(e.listing) + b2i(e.address) + b2i(e.short) + b2i(e.minor) +
		b2i(e.linked) + b2i(e.prices) + b2i(e.counted) + b2i(e.links) + b2i(e.teasers) + b2i(e.grid)
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// decisiveSigns is how many signs make a page an index whatever its
// metadata or its region's opening says (see isIndex): the signs not
// read yet, which only add, and those that call it a story, can change
// nothing then.
const decisiveSigns = 3

// regionSigns gathers the signs of an index on the page whose story
// region is [start, end), but for the address's sign, given the page's
// metadata signs (see metaSigns): isIndex reads those first, as they may
// decide alone, and it reads the address only when the other signs leave
// the verdict open. The page's blocks are measured in a pass over them
// and one over the region's (see measureShape), and the region's boxes
// in another (see readBoxes); the signs are weighed from what they found.
// Once enough signs are found, the dearer ones still to read (the
// region's boxes, its dates) are left at none: isIndex asks for
// decisiveSigns, which settle it.
func (p *page) regionSigns(article, listing bool, start, end, enough int) indexSigns {
	e := indexSigns{article: article, listing: listing}
	s := p.measureShape(start, end)
	e.short = s.held < minStoryText
	e.minor = s.inside*10 < s.prose*3
	e.linked = s.headlines >= manyHeadlines && s.headlines*prosePerHeadline >= s.inside
	// A shop's product grid is often marked as chrome (its filters and
	// lists carry the class names of a sidebar): prices there count too,
	// with a higher bar, as a story's rails may show a deal or two.
	e.prices = s.prices >= manyPrices || s.prices+s.chromePrices >= manyPagePrices
	e.counted = s.resultCounts > 0
	e.links = s.isLinkList()
	e.teasers = s.teasers >= 3 && s.teasers*3 >= s.paragraphs
	if e.count() < enough && p.mayHoldBoxes(start, end) {
		b := p.readBoxes(start, end, s.total, s.prices >= minCards)
		e.grid = b.grid
		e.cards = cardSigns(b.cards, b.cardText, s.total)
		e.items = b.items
	}
	if e.count() >= enough {
		return e
	}
	front := p.isFrontPage()
	linkedHeads := s.hasLinkedHeadings()
	// Dates are read only when the lines that could be entries are
	// enough to make a sign: the count of such lines is an upper bound
	// that fails the same tests otherwise.
	entries := s.mayBeDated
	if entries >= minDatedEntries && (entries*maxProsePerEntry >= s.inside || front && !linkedHeads) {
		entries = p.datedLines(&s, start, end)
	}
	e.dated = datedListSigns(entries, s.inside)
	if e.dated > 1 && !s.opensOnDatedList() {
		// Dated links under a story's own paragraphs ("More from the
		// council") are the story's rail: a sign, never two.
		e.dated = 1
	}
	if s.hasDatedHeadings() {
		// Dated headlines are a list whatever prose each entry quotes.
		e.dated = 2
	}
	e.front = frontSigns(front, linkedHeads, entries)
	return e
}

// metaSigns reads the signs of the page's metadata: whether it calls the
// page a dated article (see claimsDatedArticle), and else whether it
// calls it a listing or a product.
func (p *page) metaSigns() (article, listing bool) {
	article = p.claimsDatedArticle()
	listing = !article && (p.meta.isListing() || strings.HasPrefix(strings.ToLower(p.meta.ogType), "product"))
	return article, listing
}

// frontSigns weighs a page at its site's root address (see isFrontPage):
// a sign, and twice one when its story region lists stories, by linked
// headings (a heading for each story, linked to it: see
// hasLinkedHeadings) or by dated entries (see datedEntries). A page at
// the root that tells one story (a one-page site, a template whose
// canonical link names the root) has headings of its own and no dated
// list.
func frontSigns(front, linkedHeadings bool, datedEntries int) int {
	switch {
	case !front:
		return 0
	case linkedHeadings || datedEntries >= minDatedEntries:
		return 2
	}
	return 1
}

// minLinkedHeadings is how many linked headings make a list of stories.
const minLinkedHeadings = 5

// isListingAddress reports a page whose address names a listing by the
// path words shop platforms give their category and product pages
// ("/collections/mens-sneakers", "/browse/shoes/", "/c/headphones",
// "/product-category/outdoor-gear/", "/shop/"). Alone it is weak: a
// guide may live at such an address too.
func (p *page) isListingAddress() bool {
	// The segments are cut at each "/" by a byte search: strings.SplitSeq
	// searches for its separator as a string, a dearer search, on every
	// page.
	path := addressPath(p.url)
	for {
		i := strings.IndexByte(path, '/')
		if i < 0 {
			return isListingSegment(path)
		}
		if isListingSegment(path[:i]) {
			return true
		}
		path = path[i+1:]
	}
}

// isListingSegment reports a path segment that is one of the
// listingSegments, in any case. A segment whose first byte is ASCII and
// opens none of them is passed over before the comparisons: it holds
// most of an article's path (dates, sections, its slug). A first byte
// past ASCII goes on to them, as a few runes fold to ASCII letters ("ſ"
// to "s").
func isListingSegment(seg string) bool {
	if seg == "" {
		return false
	}
	if c := seg[0]; c < utf8.RuneSelf && !listingInitials[lowerASCII(c)] {
		return false
	}
	for _, w := range listingSegments {
		if strings.EqualFold(seg, w) {
			return true
		}
	}
	return false
}

// listingInitials are the first letters of the listingSegments.
var listingInitials = func() (t [256]bool) {
	for _, w := range listingSegments {
		t[w[0]] = true
	}
	return t
}()

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
	// Cut at the query, then at the fragment: the first of either, as
	// strings.IndexAny would find it for more work on every page.
	rest, _, _ = strings.Cut(rest, "?")
	rest, _, _ = strings.Cut(rest, "#")
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
	return isRootAddress(p.url)
}

// isRootAddress reports an absolute address with a host and no path but
// "/", nor query: a site's root. It is read in place, as url.Parse would
// allocate for every page.
func isRootAddress(u string) bool {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return false
	}
	rest, _, _ = strings.Cut(rest, "#")
	rest, query, _ := strings.Cut(rest, "?")
	host, path, _ := strings.Cut(rest, "/")
	return host != "" && path == "" && query == ""
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
			// The capital after the quote rules out most types at one
			// byte's compare, before the compare of the whole name.
			if t[1] == rest[1] && strings.HasPrefix(rest, t) {
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

// isPriceLine reports a short line that shows the price of a thing: a
// catalogue's "$19.99", not a cost guide's "$500-$800".
//
// The length is tested here and the rest in shortPriceLine, so that the
// test inlines where the page's every line is asked (see measureShape):
// most lines are longer, and are passed over without a call.
func isPriceLine(s string) bool {
	return len(s) < 40 && shortPriceLine(s)
}

// shortPriceLine is isPriceLine of a line shorter than 40 bytes.
func shortPriceLine(s string) bool {
	return hasPrice(s) && !hasRange(s)
}

// hasPrice reports a short text that shows an amount of money: a currency
// sign next to a digit ("$19.99", "€ 45", "12,50 €"). It runs on every
// short line of a page, most of which hold no currency sign: eight bytes
// at a time are passed over when none is '$' or past ASCII, where every
// sign opens (see currencySign), and only the others are read one by one.
func hasPrice(s string) bool {
	if len(s) < 8 {
		return signIn(s, 0, len(s))
	}
	for i := 0; i < len(s); i += 8 {
		to, x := i+8, uint64(0)
		if to <= len(s) {
			x = load64(s, i)
		} else {
			to, x = len(s), lastWord(s, i)
		}
		if (x&highBits != 0 || hasByte(x, '$')) && signIn(s, i, to) {
			return true
		}
	}
	return false
}

// signIn reports a currency sign next to a digit opening at one of the
// bytes [from, to) of s.
func signIn(s string, from, to int) bool {
	for i := from; i < to; i++ {
		if c := s[i]; (c == '$' || c == 0xC2 || c == 0xE2) && priceAt(s, i) {
			return true
		}
	}
	return false
}

// priceAt reports a currency sign at byte i of s, next to a digit.
func priceAt(s string, i int) bool {
	n := currencySign(s[i:])
	if n == 0 {
		return false
	}
	after := strings.TrimLeft(s[i+n:], " ")
	before := strings.TrimRight(s[:i], " ")
	return after != "" && isDigit(after[0]) || before != "" && isDigit(before[len(before)-1])
}

// lastWord returns the bytes of s from i on, fewer than eight, in the low
// bytes of a word and zeros above them, read from the last eight bytes of
// s (s holds eight or more), so that the end of a line is read a word at
// a time too.
func lastWord(s string, i int) uint64 {
	return load64(s, len(s)-8) >> (8 * (8 - (len(s) - i)))
}

// highBits holds the high bit of each of eight bytes: those set in a word
// of text are the bytes past ASCII.
const highBits = 0x8080808080808080

// hasByte reports whether one of the eight bytes of x is c: a byte of x^c
// is zero exactly where x holds c, and subtracting one from each byte
// borrows into the high bit of a zero byte.
func hasByte(x uint64, c byte) bool {
	return byteLanes(x, c) != 0
}

// byteLanes has the high bit set in each of the eight bytes of x that is
// c, and perhaps in the byte after one that is c or c^1 (the borrow of
// the subtraction runs into it): a test that misses none, for filters
// that compare what it finds.
func byteLanes(x uint64, c byte) uint64 {
	const ones = 0x0101010101010101
	y := x ^ ones*uint64(c)
	return (y - ones) &^ y & highBits
}

// digitBytes has the high bit set in each byte of x that is an ASCII
// digit, and no other bit. With the high bits cleared no byte carries into
// the next: adding 0x50 sets a byte's high bit from '0' up, adding 0x46
// from ':' up; a byte past ASCII is no digit.
func digitBytes(x uint64) uint64 {
	t := x &^ highBits
	return (t + 0x5050505050505050) &^ (t + 0x4646464646464646) &^ x & highBits
}

// currencySign returns the length of the currency sign ($ € £ ¥ ₹) that
// opens s, or 0. Each is ASCII or opens on a UTF-8 lead byte, so a match
// is never the tail of another character.
func currencySign(s string) int {
	switch s[0] {
	case '$':
		return 1
	case 0xC2: // £ ¥
		if strings.HasPrefix(s, "£") || strings.HasPrefix(s, "¥") {
			return 2
		}
	case 0xE2: // € ₹
		if strings.HasPrefix(s, "€") || strings.HasPrefix(s, "₹") {
			return 3
		}
	}
	return 0
}

// hasRange reports an amount given as a range ("$500-$800", "(£15–25
// each)"): the estimates of a cost guide, where a catalogue shows the
// price of a thing.
func hasRange(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		// Most digits are followed by another, a mark or a letter: only
		// the first bytes of the dashes and of "to" can open a range
		// (the en and em dashes both open with 0xE2 in UTF-8).
		if j == len(s) || s[j] != '-' && s[j] != 0xE2 && s[j] != 't' {
			continue
		}
		rest := s[j:]
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

// hasFourDigits reports a run of four digits in s, as a year has. It runs
// on the short lines near title links, and reads eight bytes at a time
// (see digitBytes): a run inside them, or one that the digits opening
// them finish, is found without a test of each byte.
func hasFourDigits(s string) bool {
	if len(s) < 8 {
		run := 0
		for i := 0; i < len(s); i++ {
			if run++; !isDigit(s[i]) {
				run = 0
			}
			if run == 4 {
				return true
			}
		}
		return false
	}
	run := 0 // the digits in a row that end the bytes read so far
	for i := 0; i < len(s); i += 8 {
		var d uint64
		if i+8 <= len(s) {
			d = digitBytes(load64(s, i))
		} else {
			d = digitBytes(lastWord(s, i)) // the zeros above the line's end are no digits
		}
		if d == 0 {
			run = 0
			continue
		}
		// A byte of d&d<<8&d<<16&d<<24 is set where it and the three
		// before it are digits (a byte's bit moves up a byte per shift).
		if d&(d<<8)&(d<<16)&(d<<24) != 0 {
			return true
		}
		others := ^d & highBits // not zero: eight digits hold a run
		if run+bits.TrailingZeros64(others)/8 >= 4 {
			return true
		}
		run = bits.LeadingZeros64(others) / 8
	}
	return false
}

// hasTitleLink reports a block that holds a link of a title's length
// (minTitle) making up at least share of its text: the linked headline of
// an entry, a card or a product. The share tells how much else the line
// may carry: a date and a byline beside the title, or nearly nothing.
func (b *block) hasTitleLink(share float64) bool {
	return b.linkLen >= minTitle && float64(b.linkLen) >= share*float64(len(b.text))
}

// isHeadlineLink reports a line that is one link and nothing else, no
// longer than a headline: a teaser's or a listing's title, where
// hasTitleLink finds a title linked within a line of other words.
func (b *block) isHeadlineLink() bool {
	return len(b.text) <= maxHeadline && b.isLink()
}

// maxHeadline is the longest line read as a linked headline.
const maxHeadline = 200

// shape is what one pass over a page's blocks measures for the signs of
// an index: the page outside chrome and captions, and its story region.
type shape struct {
	prose        int // the page's prose: blocks that are not mostly links
	headlines    int // the page's linked headlines (see isHeadlineLink) of a few words, or set as headings
	prices       int // the page's lines that show a price: see isPriceLine
	chromePrices int // the lines inside chrome that show a price
	resultCounts int // the page's lines that count its results: see isResultCount

	held        int // the region's paragraph text
	total       int // all the region's text
	linkText    int // the region's link text
	inside      int // the region's prose
	teasers     int // the region's linked headlines, each followed by its summary: see isTeaser
	paragraphs  int // the region's other paragraphs
	heads       int // the region's headings
	linkedHeads int // the region's headings that are title links
	datedHeads  int // those with a date line under them: see isDatedHeading
	// leadParagraphs and leadProse are the region's paragraphs and prose
	// above its list of dated entries (leadSet once they are measured,
	// leadFixed once they are final: see markLead): a story's own text
	// above a list of more stories (see opensOnDatedList).
	leadParagraphs, leadProse int
	leadSet, leadFixed        bool
	// underStoryHead is set while the last heading read is a plain one
	// (no title link) under the region's paragraphs, and no paragraph has
	// come since: a story's heading over its rail ("More from the
	// council"). railHead keeps it as it stood when the lead was
	// measured (see closesOnRail).
	underStoryHead, railHead bool

	// mayBeDated counts the region's lines that could be a dated entry
	// (see mayBeDated), the first of them at firstDated and the last at
	// lastDated, so that dates are read in that stretch alone.
	mayBeDated, firstDated, lastDated int
	// datedAt holds the first maxDatedKept of those lines, so that the
	// dates are read of them without asking mayBeDated again (see
	// datedLines).
	datedAt [maxDatedKept]int32
}

// maxDatedKept is how many possible dated lines shape keeps: the entries
// of a short list, where a page with more asks mayBeDated again (see
// datedLines). The room is cleared and copied with every shape, and most
// pages keep none.
const maxDatedKept = 16

// measureShape measures the page whose story region is [start, end): a
// pass over its blocks, and one over the region's (see addRegion).
func (p *page) measureShape(start, end int) shape {
	var s shape
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.caption > 0 {
			continue
		}
		if b.chrome {
			if isPriceLine(b.text) {
				s.chromePrices++
			}
			continue
		}
		prose := isProse(b)
		if prose {
			s.prose += len(b.text)
		}
		if isPriceLine(b.text) {
			s.prices++
		}
		if isResultCount(b.text) {
			s.resultCounts++
		}
		if len(b.text) >= minTitle && b.isHeadlineLink() && (b.heading > 0 || b.strong || strings.Count(b.text, " ") >= 2) {
			s.headlines++
		}
	}
	s.addRegion(p, start, end)
	return s
}

// isProse reports a block whose text is less than half links:
// linkDensity() < 0.5, tested as linkLen*2 < len without a division, as
// measureShape asks it of every line of a page. The two agree exactly: a
// ratio of two int32s below a half is below it by 1/(2*len) at least,
// far more than the rounding of the division, and a half is a double.
// An empty block, of density 0, is prose.
func isProse(b *block) bool {
	return len(b.text) == 0 || int64(b.linkLen)*2 < int64(len(b.text))
}

// addRegion adds the blocks of the story region [start, end), outside
// chrome and captions, to its measures. They are read in order, and near
// follows the title links among them (see titleLinks). The region has a
// pass of its own, one call, where a call for each of its blocks from
// the page's pass cost more than reading their flags again.
func (s *shape) addRegion(p *page, start, end int) {
	near := newTitleLinks(start)
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.caption > 0 || b.chrome {
			continue
		}
		s.total += len(b.text)
		s.linkText += int(b.linkLen)
		if isProse(b) {
			s.inside += len(b.text)
		}
		paragraph := b.isParagraph()
		if paragraph {
			s.held += len(b.text)
		}
		if b.heading > 0 {
			s.heads++
			if b.hasTitleLink(0.5) {
				s.linkedHeads++
				if p.isDatedHeading(i, end) {
					s.markLead(true)
					s.datedHeads++
				}
			} else {
				s.underStoryHead = s.paragraphs > 0
			}
		} else if paragraph {
			s.underStoryHead = false
		}
		if b.isHeadlineLink() && (b.heading > 0 || b.strong) {
			if p.isTeaser(i, end) {
				s.teasers++
			}
		} else if paragraph {
			s.paragraphs++
		}
		// The length of a date line is mayBeDated's first test of a
		// block outside chrome and captions, asked here: a story's
		// paragraphs are longer, and are spared the call.
		if len(b.text) <= maxDatedLine && p.mayBeDated(i, start, end, &near) {
			if s.mayBeDated == 0 {
				s.firstDated = i
			}
			if s.mayBeDated < maxDatedKept {
				s.datedAt[s.mayBeDated] = int32(i)
			}
			s.markLead(false)
			s.mayBeDated++
			s.lastDated = i
		}
	}
}

// markLead measures the region's text above its list of dated entries
// (heading tells a dated heading from a possible dated line): above the
// first of them, once a dated heading or a line under a story's heading
// sets it. A later dated heading, or a possible dated line right under a
// story's heading, measures it again while fewer than minDatedEntries
// possible dated lines stand above: a story's early link whose text
// holds a year ("rejected a similar plan in 2019") is no list, and the
// story's paragraphs under it are still its lead.
func (s *shape) markLead(heading bool) {
	if s.leadFixed {
		return
	}
	again := s.mayBeDated < minDatedEntries && (heading || s.underStoryHead)
	if !s.leadSet || again {
		s.leadParagraphs, s.leadProse, s.leadSet = s.paragraphs, s.inside, true
		s.railHead = s.underStoryHead
	}
	s.leadFixed = heading || s.underStoryHead
}

// isLinkList reports a region whose text is three quarters link text, and
// long enough to be the page: a list of links (an encyclopedia's list of
// articles, a directory), whatever its lines look like. A story links its
// sources and names inside sentences; the dev articles hold under half
// their text in links.
func (s *shape) isLinkList() bool {
	return s.total >= minLinkList && s.linkText*4 >= s.total*3
}

// minLinkList is the least text of a region read as a list of links.
const minLinkList = 2000

// isTeaser reports a linked headline at block i of a region ending at end
// followed by its summary: the entry of an index of stories.
func (p *page) isTeaser(i, end int) bool {
	j := p.nextText(i + 1)
	return j < end && !p.blocks[j].isLink() && len(p.blocks[j].text) >= minParagraph
}

// hasLinkedHeadings reports a region whose headings are nearly all title
// links, minLinkedHeadings of them or more: the headlines of a list of
// stories. A story's subheads link nowhere.
func (s *shape) hasLinkedHeadings() bool {
	return s.linkedHeads >= minLinkedHeadings && s.linkedHeads*10 >= s.heads*8
}

// isDatedHeading reports the linked heading at block i, in a region
// ending at end, with a line under it, within two blocks, that is a date
// or opens with one ("12/09/2025 | The Daily Courier"): the entry of a
// list of stories, each with the day it went up. A story's subheads link
// nowhere and carry no dates.
func (p *page) isDatedHeading(i, end int) bool {
	for j := i + 1; j < end && j <= i+2; j++ {
		b := &p.blocks[j]
		if b.heading > 0 || b.chrome {
			return false
		}
		if len(b.text) <= maxDatedLine && hasFourDigits(b.text) {
			if _, ok := datePrintedIn(b.text); ok {
				return true
			}
		}
	}
	return false
}

// hasDatedHeadings reports a region whose headings are title links (see
// hasLinkedHeadings) with a date under nearly every one of them: a
// newsroom's list of its stories, or of the press's stories about it.
// The list must open the region or hold most of its prose (see
// opensOnDatedList): a story that closes on "More from the council",
// dated headlines under its own paragraphs, is a story.
func (s *shape) hasDatedHeadings() bool {
	return s.hasLinkedHeadings() && s.datedHeads >= minDatedEntries && s.datedHeads*10 >= s.linkedHeads*8 && s.opensOnDatedList()
}

// opensOnDatedList reports a region whose dated entries come with little
// text of the page's own above them: fewer paragraphs than a list has
// entries (an index's intro runs to a line or two), holding under half
// the region's prose, with no heading of the story's own over the list
// (see closesOnRail).
func (s *shape) opensOnDatedList() bool {
	return s.leadParagraphs < minDatedEntries && s.leadProse*2 < s.inside && !s.closesOnRail()
}

// closesOnRail reports a region whose dated headings come under a plain
// heading of their own that follows the story's paragraphs (two or
// more): "More from the council" closing a brief, however short the
// brief is. An index's intro is a line over its list, with no heading
// between them.
func (s *shape) closesOnRail() bool {
	return s.railHead && s.leadParagraphs >= 2
}

// cardSigns weighs the cards of a story region: small boxes side by side,
// each a linked title and a line or two of teaser, or one link around
// both, as category pages, product grids and section fronts lay out their
// items. Paragraphs that sit one to a box are no story; a story's own
// boxes (a pull quote, a related link) hold little of its text. Cards
// that hold (held) two fifths of the region's text (total) are a sign
// (the rest is the page's intro, filters and pager); cards that hold
// nearly all of it count twice.
func cardSigns(cards, held, total int) int {
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

// boxSigns are the signs readBoxes finds in the boxes of a story region.
type boxSigns struct {
	cards, cardText int  // the cards (see box.isCard) and the text they hold
	grid            bool // a grid of products: see gridRun
	items           int  // the region is boxes of one shape: see itemRun
}

// readBoxes reads the boxes (the regions) inside the story region
// [start, end) whose text is total, in document order, in one pass for
// the three signs they give: cards, a product grid and items of one
// shape. Each sign passes over the boxes inside a box it took; a box is
// read once for all three.
//
// A grid is sought only when mayGrid is set. A grid takes minCards
// priced boxes, none inside another, each holding a line outside chrome
// and captions that shows a price (see isPriced): a page with fewer such
// lines (measureShape counts them) holds none, and its boxes' prices
// need not be read.
func (p *page) readBoxes(start, end, total int, mayGrid bool) boxSigns {
	var (
		out              boxSigns
		grid             gridRun
		items            itemRun
		inCard, gridDone = -1, false
	)
	grid.last = -1
	items.inItem = -1
	// Regions are kept in document order, by their first block.
	first := sort.Search(len(p.regions), func(r int) bool { return int(p.regions[r].start) >= start })
	for r := first; r < len(p.regions) && int(p.regions[r].start) < end; r++ {
		reg := &p.regions[r]
		from, to := int(reg.start), int(reg.end)
		if to > end || reg.chrome {
			continue
		}
		whole := from == start && to == end
		wantCard := !whole && from >= inCard
		wantGrid := mayGrid && !gridDone && from >= grid.last
		wantItem := out.items == 0 && !whole && from >= items.inItem
		if !wantCard && !wantGrid && !wantItem {
			continue
		}
		b := p.readBox(from, to, wantGrid)
		if wantCard && b.isCard() {
			out.cards, out.cardText, inCard = out.cards+1, out.cardText+b.text, to
		}
		if wantGrid && b.isPriced() {
			gridDone = grid.add(p, from, to)
		}
		if wantItem && b.isItem() {
			out.items = items.add(reg.parent, to, b, total)
		}
	}
	out.grid = gridDone
	return out
}

// mayHoldBoxes reports whether minCards regions or more open inside the
// story region [start, end): each sign readBoxes reads asks for that many
// boxes at least (cards, a grid's priced boxes, a run of items), and a
// story's few boxes, most pages' region, need not be read at all. Regions
// are kept in document order, by their first block, so the minCards-th
// from the first inside tells.
func (p *page) mayHoldBoxes(start, end int) bool {
	first := sort.Search(len(p.regions), func(r int) bool { return int(p.regions[r].start) >= start })
	last := first + minCards - 1
	return last < len(p.regions) && int(p.regions[last].start) < end
}

// box sums up the blocks of one region for readBoxes.
type box struct {
	text   int    // its text, chrome and captions left out, counted up to the first byte past maxItem
	names  int    // its lines that are a title link, a product's or a story's name
	teaser bool   // a line of teaser: a paragraph, or a title link long enough to hold one
	price  bool   // a line that shows a price (read only when asked for)
	shape  uint64 // its lines' kinds: see readBox
	lines  int    // its lines that hold text
}

// readBox sums up blocks [start, end), reading prices only when asked:
// a box holding more than maxItem is too long to be any entry, and
// reading stops there. The shape is a hash of the kind of each line
// (element, heading level, link or not), so that boxes of one template
// compare equal whatever they say.
func (p *page) readBox(start, end int, prices bool) box {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	x := box{shape: offset}
	if end-start > maxEntryBlocks {
		x.text = maxItem + 1 // a section of the page, not an entry
		return x
	}
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		x.text += len(b.text)
		if x.text > maxItem {
			return x
		}
		if b.hasTitleLink(0.8) {
			x.names++
			x.teaser = x.teaser || len(b.text) >= 60
		} else if len(b.text) >= minParagraph && b.linkDensity() < 0.5 {
			x.teaser = true
		}
		x.price = x.price || prices && isPriceLine(b.text)
		if b.text == "" {
			continue
		}
		x.lines++
		kind := uint64(b.tag)<<8 | uint64(b.heading)<<1
		if b.linkDensity() >= 0.5 {
			kind |= 1
		}
		x.shape = (x.shape ^ kind) * prime
	}
	return x
}

// maxEntryBlocks is the most blocks an entry of a list holds, counting
// the empty and chrome ones readBox passes over: a shop's box with its
// swatches, badges and hidden details runs to a few dozen (on the dev
// pages, 999 boxes in 1,000 that read as a card, a product or an item
// hold 66 or fewer). A box of more is a section of the page, and
// readBox need not read it, which bounds the reading of nested boxes
// that hold no text to stop it.
const maxEntryBlocks = 128

// isCard reports a box that reads as one card: short, with a linked line
// of a title's length and a line of teaser beside it, or a link long
// enough to hold the teaser too.
func (x box) isCard() bool {
	return x.text >= 40 && x.text <= maxCard && x.names > 0 && x.teaser
}

// maxCard is the most text a card holds: a title and a teaser of a line
// or two, where the entries of a list article run to paragraphs.
const maxCard = 400

// isPriced reports a box that reads as a product's: no more text than an
// entry of a list (maxItem: a shop's boxes carry their swatches, shipping
// notes and hidden details), with one name and a price line. A box with
// several names is a row or a whole small grid.
func (x box) isPriced() bool {
	return x.text <= maxItem && x.price && x.names == 1
}

// isItem reports a box that may be one entry of a list: two lines or
// more and at most maxItem bytes.
func (x box) isItem() bool {
	return x.text <= maxItem && x.lines >= 2
}

// maxItem is the most text an entry of a list holds: a title and a
// teaser of a few lines.
const maxItem = 600

// gridRun follows a run of priced boxes side by side: a grid of products
// when minCards of them follow one another with no running text between
// them. A shopping article prints such boxes too, but one to a product,
// between paragraphs of review.
type gridRun struct {
	run  int // boxes in the run
	last int // the end of the last box, or -1
}

// add takes the priced box [from, to) and reports whether the run makes
// a grid.
func (g *gridRun) add(p *page, from, to int) bool {
	if g.last >= 0 && p.hasParagraphIn(g.last, from) {
		g.run = 0
	}
	g.run++
	g.last = to
	return g.run >= minCards
}

// minRunningText is the shortest paragraph that breaks a run of boxes.
const minRunningText = 100

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

// itemRun follows a run of boxes of one shape: a video playlist, a
// directory of shows, a page of courses, each entry a title and a line or
// two of text in a box of its own, the boxes siblings that repeat one
// sequence of lines. Cards are found by their links; these may carry none
// (the link wraps a picture or a button). A story's own boxes (questions
// and answers, pull quotes) hold part of its text; boxes that hold nearly
// all of the region's text are the page, and count twice. Nothing is kept
// but the run under way; an odd sibling in the run (a box missing a line,
// an ad) does not end it.
type itemRun struct {
	parent int32  // the region around the boxes
	shape  uint64 // their shape: see readBox
	count  int    // how many
	text   int    // the text they hold
	inItem int    // the end of the last box, or -1
}

// add takes the box x, ending at block to, whose region's parent is
// parent, and weighs the run against the region's text (total).
func (run *itemRun) add(parent int32, to int, x box, total int) int {
	run.inItem = to
	switch {
	case run.count > 0 && parent == run.parent && x.shape == run.shape:
		run.count, run.text = run.count+1, run.text+x.text
	case run.count > 1 && parent == run.parent:
		// A sibling of another shape (a box missing a line, an ad) is
		// passed over: it does not end the run.
		return 0
	default:
		run.parent, run.shape, run.count, run.text = parent, x.shape, 1, x.text
	}
	if run.count >= minCards && run.text*10 >= total*9 {
		return 2
	}
	return 0
}

// datedListSigns weighs a story region that lists dated entries, each a
// link to a page of its own with the date it went up ("Go 1.26 is
// released, 10 February 2026"), as blogs' and newsrooms' indexes do. A
// story cites a dated link now and then; a list holds one for every few
// lines of its prose (inside): one for every maxProsePerEntry bytes is a
// sign, one for every half of that counts twice.
func datedListSigns(entries, inside int) int {
	switch {
	case entries < minDatedEntries || entries*maxProsePerEntry < inside:
		return 0
	case entries*maxProsePerEntry >= inside*2:
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

// datedEntries counts the lines among blocks [from, to) of the region
// [start, end) that print a date next to a title link: on the line itself
// ("Go 1.26 is released, 10 February 2026"), or on a line of its own
// within two lines.
func (p *page) datedEntries(from, to, start, end int) int {
	n := 0
	near := newTitleLinks(max(start, from-2))
	for i := from; i < to; i++ {
		if !p.mayBeDated(i, start, end, &near) {
			continue
		}
		if _, ok := datePrintedIn(p.blocks[i].text); ok {
			n++
		}
	}
	return n
}

// datedLines is datedEntries over the possible dated lines that
// measureShape found in the region [start, end): the lines it kept are
// those datedEntries would pass to the reading of dates, as mayBeDated
// answers the same of a block however far back its title links are
// read (see titleLinks), and only they are read.
func (p *page) datedLines(s *shape, start, end int) int {
	if s.mayBeDated > maxDatedKept {
		return p.datedEntries(s.firstDated, s.lastDated+1, start, end)
	}
	n := 0
	for _, i := range s.datedAt[:s.mayBeDated] {
		if _, ok := datePrintedIn(p.blocks[i].text); ok {
			n++
		}
	}
	return n
}

// mayBeDated reports block i of [start, end) as a possible entry's date
// line: short, with four digits in a row as a year has, by a title link.
// Lines that fail are passed over before the dearer reading of dates.
// The title link is asked for before the digits: it reads a few block
// fields where the digits read the line, and most blocks of a story have
// no title link near them. The caller asks for blocks in order, and near
// follows the title links for it.
func (p *page) mayBeDated(i, start, end int, near *titleLinks) bool {
	b := &p.blocks[i]
	return !b.chrome && b.caption == 0 && len(b.text) <= maxDatedLine &&
		(b.hasTitleLink(0) || near.near(p, i, start, end)) && hasFourDigits(b.text)
}

const (
	// maxDatedLine is the longest line read as an entry's date line: a
	// title, a date and a byline.
	maxDatedLine = 150
	// minTitle is the shortest link text read as a linked title.
	minTitle = 15
)

// titleLinks answers, for blocks asked in document order, whether a
// title link (a block out of chrome that holds one: see hasTitleLink)
// stands within two blocks of each, inside the region [start, end). It
// reads each block once, where asking around every block would read five
// blocks a block.
type titleLinks struct {
	read int // the blocks before it are read
	last int // the last title link read, or -1
}

// newTitleLinks starts reading at block from, at or before the first
// block asked about but two.
func newTitleLinks(from int) titleLinks {
	return titleLinks{read: from, last: -1}
}

// near reports a title link within two blocks of block i, inside [start,
// end). Blocks must be asked about in order.
func (t *titleLinks) near(p *page, i, start, end int) bool {
	for stop := min(end, i+3); t.read < stop; t.read++ {
		if b := &p.blocks[t.read]; !b.chrome && b.hasTitleLink(0.5) {
			t.last = t.read
		}
	}
	return t.last >= max(start, i-2)
}

// isResultCount reports a line that counts the results a listing shows
// ("48 products", "Showing 18 results", "1–30 of 338 products"), as shops,
// catalogues and search pages print above their grids. A story counts
// things inside sentences; a count of none ("0 items") is an empty cart
// or a search box, not a listing; a year ("2025 results") heads a section.
//
// The walk folds all white space to single spaces, and trims the blocks'
// text. Each counted noun ends in "s": most lines, of any length, end
// otherwise, with neither an "s" nor a space, and are passed over here,
// where the test inlines, without a call (see measureShape).
func isResultCount(s string) bool {
	last := len(s) - 1 // uint(last) >= maxCountLine: empty, or too long
	return uint(last) < maxCountLine && countLineEnds[s[last]] && countsResults(s)
}

// countLineEnds are the last bytes of a line that may count results: the
// "s" of its noun in either case, or a space after it.
var countLineEnds = [256]bool{'s': true, 'S': true, ' ': true}

// countsResults is isResultCount of a line that ends in "s" or a space,
// no longer than maxCountLine.
func countsResults(s string) bool {
	// Trailing spaces are passed over to the line's last byte, before
	// the line is trimmed.
	last := len(s) - 1
	for last >= 0 && s[last] == ' ' {
		last--
	}
	if last < 0 || s[last]|0x20 != 's' {
		return false
	}
	s = strings.Trim(s, " ")
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || !isCountedNoun(s[i+1:]) {
		return false
	}
	rest := strings.TrimSpace(s[:i])
	if len(rest) > len("showing ") && strings.EqualFold(rest[:len("showing ")], "showing ") {
		rest = rest[len("showing "):]
	}
	if shown, total, ok := strings.Cut(rest, " of "); ok {
		if !isShownRange(shown) {
			return false
		}
		return isCount(total)
	}
	// A bare year is a heading's ("2025 results"), not a count.
	return isCount(rest) && !(len(rest) == 4 && (rest[:2] == "19" || rest[:2] == "20"))
}

// maxCountLine is the longest line read as a count of results.
const maxCountLine = 60

// isCountedNoun reports the plural nouns listings count their entries by.
func isCountedNoun(w string) bool {
	return strings.EqualFold(w, "results") || strings.EqualFold(w, "items") || strings.EqualFold(w, "products")
}

// isShownRange reports the range of results a page shows ("1–30", "1 -
// 12", "1 to 20").
func isShownRange(s string) bool {
	for _, dash := range []string{"–", "-", " to "} {
		if from, to, ok := strings.Cut(s, dash); ok {
			return isCount(strings.TrimSpace(from)) && isCount(strings.TrimSpace(to))
		}
	}
	return false
}

// isCount reports a whole number above zero, with thousands separated by
// commas or not ("338", "1,693,368").
func isCount(s string) bool {
	nonzero := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '1' && c <= '9':
			nonzero = true
		case c == '0':
		case c == ',' && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return nonzero
}
