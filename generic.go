package newswire

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// extractGeneric reads a page from outside the SMN family. The metadata
// gives headline, byline, dates and images; the body is the region of the
// page that holds the most paragraph text, found by content scoring
// rather than by per-site rules; the dateline, when there is one, opens
// the body's first paragraph.
func extractGeneric(p *page, a *Article) error {
	start, end, ok := p.storyRegion()
	if !ok {
		return errNoRegion
	}
	p.showCollapsed(start, end)
	if p.isIndex(start, end) {
		return errTeaserList
	}
	hl, hasHL := p.headlineByTitle()
	if hasHL {
		a.Headline = p.blocks[hl].text
	} else {
		a.Headline = firstNonEmpty(p.meta.ogTitle, p.meta.twitterTitle, p.meta.article().headline, p.meta.title)
		if a.Headline == "" {
			a.Headline = p.topHeading(start)
		}
	}
	// A story region that begins above the headline holds it too: start
	// after it, and take byline and kicker between the two.
	if hasHL && hl >= start && hl < end {
		start = hl + 1
	}
	if at := p.genericByline(a, hl, hasHL, start); at >= start {
		start = at + 1 // the credit line opens the story region
	}

	ref := p.meta.publishedTime()
	body := p.leadDateline(a, p.genericBody(start, end), ref)
	if hasHL && hl < start {
		body = append(p.standfirst(hl+1, start), body...)
	}
	body, a.Signoff = splitSignoff(body)
	a.Body = body
	imagesFrom := start
	if hasHL {
		imagesFrom = min(hl+1, start)
	}
	a.Images = p.bodyImages(imagesFrom, end)
	a.RelatedLinks = append(p.inlineRelated(start, end), p.relatedLinks(end)...)
	a.RelatedStories = p.relatedStories(end)
	return nil
}

// topHeading is the text of the first <h1> above the story region, or of
// the last heading above it when there is no <h1>, for pages that state
// their title nowhere else.
func (p *page) topHeading(start int) string {
	last := ""
	for i := 0; i < start && i < len(p.blocks); i++ {
		switch b := &p.blocks[i]; {
		case b.chrome || b.caption > 0:
		case b.heading == 1:
			return b.text
		case b.heading > 0:
			last = b.text
		}
	}
	return last
}

// errTeaserList is the verdict on index pages and catalogues.
var errTeaserList = fmt.Errorf("%w: an index of stories", ErrNotArticle)

// errNoRegion says that no part of the page holds paragraphs of text.
var errNoRegion = fmt.Errorf("%w: no region of paragraph text found", ErrNotArticle)

// minParagraph is the shortest block counted as a paragraph when scoring.
const minParagraph = 25

// scoreRegions scores the page's regions by the paragraphs they hold, as
// readers of the web have long done: every paragraph-like block adds to its
// region and half as much to the region above, more for longer text and
// commas, nothing when it is mostly links. When chromeWeight is not 1,
// paragraphs inside chrome spans count for that share of their score.
func (p *page) scoreRegions(chromeWeight float64) []float64 {
	scores := p.scores[:0]
	for range p.regions {
		scores = append(scores, 0)
	}
	p.scores = scores
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.region < 0 || !b.isParagraph() {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		if b.span >= 0 {
			s *= chromeWeight
		}
		r := b.region
		scores[r] += s
		if up := p.regions[r].parent; up >= 0 {
			scores[up] += s / 2
		}
	}
	return scores
}

// resolveChrome decides which chrome spans are chrome. Class names are
// evidence, not a verdict: "content-sidebar-wrap", a <form> around a whole
// page or a "widget" that is a blog's post list hold the story. So the
// page is scored once with paragraphs in chrome spans counting for a third,
// and every span around the region that holds most paragraph text is a
// wrapper of the story; the others are chrome, with all they hold.
func (p *page) resolveChrome() {
	if len(p.spans) == 0 {
		return
	}
	if best := p.bestRegion(p.scoreRegions(1.0 / 3)); best >= 0 && p.heldText(best) >= minBodyLen {
		for s := p.regions[best].span; s >= 0 && !p.spans[s].wrapper; s = p.spans[s].parent {
			p.spans[s].wrapper = true
		}
		p.wrapSiblings()
	}
	p.applyChrome()
}

// wrapSiblings makes wrappers of the spans that repeat a wrapper's class
// in the same place (at the top, or inside a wrapper): a story cut by ads
// into sections, each in a "sidebar-grid__container" of its own. Spans
// come in document order, parents first, so one pass carries the verdict
// down nested containers.
func (p *page) wrapSiblings() {
	var names []string
	for i := range p.spans {
		if s := &p.spans[i]; s.wrapper && s.name != "" && !slices.Contains(names, s.name) {
			names = append(names, s.name)
		}
	}
	if len(names) == 0 {
		return
	}
	for i := range p.spans {
		t := &p.spans[i]
		if !t.wrapper && t.name != "" && (t.parent < 0 || p.spans[t.parent].wrapper) && slices.Contains(names, t.name) {
			t.wrapper = true
		}
	}
}

// applyChrome sets the chrome flags of spans, blocks, regions and images
// from the spans found to be wrappers.
func (p *page) applyChrome() {
	for i := range p.spans {
		s := &p.spans[i]
		s.chrome = !s.wrapper || s.parent >= 0 && p.spans[s.parent].chrome
	}
	for i := range p.blocks {
		if b := &p.blocks[i]; b.span >= 0 {
			b.chrome = p.spans[b.span].chrome
		}
	}
	for i := range p.regions {
		if r := &p.regions[i]; r.span >= 0 {
			r.chrome = p.spans[r.span].chrome
		}
	}
	for i := range p.images {
		if im := &p.images[i]; im.span >= 0 {
			im.chrome = p.spans[im.span].chrome
		}
	}
}

// showCollapsed takes back into the story the hidden parts of the story
// region [start, end) that read as story: sections of an accordion or a
// "read more" fold, mostly paragraphs of text. Hidden sign-in dialogs and
// widget templates are short lines and stay out.
func (p *page) showCollapsed(start, end int) {
	shown := false
	for i := range p.spans {
		s := &p.spans[i]
		if !s.hidden || !s.chrome || int(s.start) < start || int(s.end) > end || s.parent >= 0 && p.spans[s.parent].chrome && !p.spans[s.parent].hidden {
			continue
		}
		if p.readsAsStory(s) {
			s.wrapper, shown = true, true
		}
	}
	if shown {
		p.applyChrome()
	}
}

// readsAsStory reports a span whose text is mostly paragraphs.
func (p *page) readsAsStory(s *span) bool {
	held, total := 0, 0
	for j := s.start; j < s.end; j++ {
		b := &p.blocks[j]
		total += len(b.text)
		if b.hasParagraphShape() {
			held += len(b.text)
		}
	}
	return held >= minParagraph && held*2 >= total
}

// heldText is the text of the paragraphs inside region r, chrome or not.
func (p *page) heldText(r int) int {
	reg := p.regions[r]
	n := 0
	for i := reg.start; i < reg.end; i++ {
		if b := &p.blocks[i]; b.isParagraph() {
			n += len(b.text)
		}
	}
	return n
}

// bestRegion is the region of the highest score among those that are not
// chrome, or -1.
func (p *page) bestRegion(scores []float64) int {
	best := -1
	for r := range p.regions {
		if p.regions[r].chrome || scores[r] == 0 {
			continue
		}
		if best < 0 || scores[r] > scores[best] {
			best = r
		}
	}
	return best
}

// storyRegion is where the story is: the region of the best score (see
// scoreRegions), widened to the ancestors that add paragraphs rather than
// links or other text.
func (p *page) storyRegion() (int, int, bool) {
	if len(p.regions) == 0 {
		return 0, 0, false
	}
	best := p.bestRegion(p.scoreRegions(1))
	if best < 0 {
		return 0, 0, false
	}
	// Climb through wrappers to the ancestor that holds the story's other
	// parts (stories split by ads into sibling sections), as long as what
	// an ancestor adds is mostly paragraphs, not links or chrome.
	inside, insideTotal, _ := p.regionText(best)
	for up, steps := p.regions[best].parent, 0; up >= 0 && steps < 8 && !p.regions[up].chrome; up, steps = p.regions[up].parent, steps+1 {
		held, total, links := p.regionText(int(up))
		addedParagraphs, addedOther := held-inside, (total-insideTotal)-(held-inside)
		if addedParagraphs < inside/5 {
			continue // a wrapper, or a note beside the story
		}
		if links*100 > total*35 || addedOther*2 > addedParagraphs {
			break
		}
		best, inside, insideTotal = int(up), held, total
	}
	if inside < minBodyLen {
		return 0, 0, false
	}
	reg := p.regions[best]
	return int(reg.start), int(reg.end), true
}

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

// regionText measures region r in one pass: the paragraph text it holds
// anywhere inside it, all its text, and its link text; chrome and captions
// left out.
func (p *page) regionText(r int) (held, total, links int) {
	reg := p.regions[r]
	return p.regionTextIn(int(reg.start), int(reg.end))
}

// regionTextIn is regionText for the blocks [start, end).
func (p *page) regionTextIn(start, end int) (held, total, links int) {
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		total += len(b.text)
		links += int(b.linkLen)
		if b.isParagraph() {
			held += len(b.text)
		}
	}
	return held, total, links
}

// genericBody returns the paragraphs of the story region. Unlike SMN's
// tail, a "Related" box inside a story does not end it: such blocks are
// passed over, and only the page's footer (a copyright line) ends the body.
func (p *page) genericBody(start, end int) []string {
	body := make([]string, 0, end-start)
	notes := false
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || isNoise(b.text) || isTimestampLine(b.text) {
			continue
		}
		switch b.tailKind() {
		case tailNone:
		case tailFooter:
			if len(body) > 0 {
				return body
			}
			continue
		default:
			continue
		}
		if b.linkDensity() > 0.5 && !endsSentence(b.text) && !p.isLinkedSubhead(i, end) {
			continue
		}
		// Stray labels of widgets ("More", "See Also", "1 / 5") are short
		// and say nothing; subheads are headings and stay, and so do the
		// trailers that splitSignoff takes, and AP's notes after "___".
		if isUnderscoreRule(b.text) {
			notes = true
		}
		if !notes && b.heading == 0 && b.tag != atom.Li && b.tag != atom.P && len(b.text) < 40 && !endsSentence(b.text) && !isTrailerLine(b.text) {
			continue
		}
		body = append(body, b.text)
	}
	return body
}

// standfirst returns the paragraphs between the headline and the story
// region [from, to): the summary many sites set in an element of its own
// under the headline. Credit lines, dates and captions there are not.
func (p *page) standfirst(from, to int) []string {
	var out []string
	for i := max(from, to-headWindow); i < to; i++ {
		b := &p.blocks[i]
		if !b.isParagraph() || len(b.text) < 50 || isNoise(b.text) || looksLikeDate(b.text) || isTimestampLine(b.text) || isBylineText(b.text) || b.tailKind() != tailNone {
			continue
		}
		out = append(out, b.text)
	}
	return out
}

// timestampWords open the lines that date a page rather than tell its
// story: "Published May 4, 2023 1:22 PM UTC · Updated 2 hours ago".
var timestampWords = []string{
	"published", "updated", "posted", "last updated", "last modified", "veröffentlicht", "aktualisiert",
	"stand", "publié", "mis à jour", "publicado", "actualizado", "publikacja", "aktualizacja",
}

// isTimestampLine reports a line that opens with a timestamp word
// followed by a date or time ("Published May 4, 2023", "Updated: 14:05",
// "Posted on 2025-07-09"), not a sentence ("Published in 1998, the
// report...").
func isTimestampLine(s string) bool {
	if len(s) > 160 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range timestampWords {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && !isWordByte(lowerASCII(s[len(w)])) {
			next := strings.Fields(strings.TrimLeft(s[len(w):], " :"))
			return len(next) > 0 && isDateWord(next[0])
		}
	}
	return false
}

// dateWords open a date or time after a timestamp word: prepositions and
// the months' first three letters, in the languages of the pages seen.
var dateWords = map[string]bool{
	"on": true, "at": true, "am": true, "um": true, "le": true, "el": true, "il": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "oct": true, "nov": true, "dec": true, "mär": true, "mai": true,
	"okt": true, "dez": true, "fév": true, "avr": true, "jui": true, "aoû": true, "déc": true,
	"ene": true, "abr": true, "ago": true, "dic": true,
}

func isDateWord(w string) bool {
	if isDigit(w[0]) {
		return true
	}
	w = strings.ToLower(w)
	if dateWords[w] {
		return true
	}
	r := []rune(w)
	return len(r) > 3 && dateWords[string(r[:3])]
}

// isLinkedSubhead reports a heading that is a link, followed by a
// paragraph: the entries of list articles ("3. Birch Hollow Retreat",
// linked to the place), where a link list would hold more links.
func (p *page) isLinkedSubhead(i, end int) bool {
	if p.blocks[i].heading == 0 {
		return false
	}
	j := p.nextText(i + 1)
	return j < end && p.blocks[j].isParagraph()
}

// genericByline finds the credit line between the headline and the body,
// and returns its block index (-1 without one):
// a "By ..." line, or a line that is only a name right under the headline
// (many templates print the author without "by"). Parts of a line split
// by "|" count on their own ("Le Monde | 04.05.2015 | Par Martin
// Untersinger"). Without one, fillFromMeta takes the metadata's authors.
func (p *page) genericByline(a *Article, hl int, hasHL bool, bodyStart int) int {
	from := bodyStart - headWindow
	if hasHL {
		from = hl + 1
	}
	for i := max(from, 0); i < bodyStart+2 && i < len(p.blocks); i++ {
		b := &p.blocks[i]
		if b.caption > 0 || len(b.text) > 200 {
			continue
		}
		for _, part := range strings.Split(b.text, " | ") {
			part = strings.TrimSpace(part)
			if !isBylineText(part) {
				// A bare name needs the marks of a credit line: a date or
				// time after it, or AP's capitals.
				name := cutBylineTail(part)
				if !hasHL || i > hl+3 || b.heading > 0 || !isPersonName(name) || name == part && !isUpperWord(name) {
					continue
				}
				part = "by " + part
			}
			if byline, authors, agency, ok := parseByline(part); ok && (len(authors) > 0 || agency != "" || isDesk(byline)) {
				a.Byline, a.Authors = byline, authors
				if a.Agency == "" {
					a.Agency = agency
				}
				return i
			}
		}
	}
	return -1
}

// leadDateline takes a dateline off the start of the first paragraph
// ("MOSCOW (AP) — An unmanned ..."), with an AFP-style byline before it
// ("by Patrick GALEY Agence France-Presse PARIS, France (AFP) —"). A
// paragraph that is only a dateline goes altogether.
func (p *page) leadDateline(a *Article, body []string, ref time.Time) []string {
	for i := 0; i < len(body) && i < 2; i++ {
		text := body[i]
		byline := ""
		if bl, rest, ok := splitLeadByline(text); ok {
			byline, text = bl, rest
		}
		d, rest, ok := scanDateline(text, ref)
		if !ok {
			continue
		}
		a.Dateline = d
		if d.Agency != "" {
			a.Agency = d.Agency
		}
		if byline != "" && a.Byline == "" {
			a.Byline, a.Authors, _, _ = parseByline(byline)
		}
		if rest == "" {
			return append(body[:i:i], body[i+1:]...)
		}
		body[i] = rest
		return body
	}
	return body
}

// wireCredits close the byline AFP and AP put in front of syndicated copy.
var wireCredits = []string{" Agence France-Presse ", " Associated Press ", " AFP "}

// splitLeadByline splits "by NAME Agence France-Presse PARIS (AFP) — ..."
// into the byline and the rest.
func splitLeadByline(s string) (string, string, bool) {
	if !isBylineText(s[:min(len(s), maxBylineLen)]) && !strings.HasPrefix(s, "by ") && !strings.HasPrefix(s, "By ") {
		return "", s, false
	}
	head := s[:min(len(s), maxBylineLen+30)]
	for _, c := range wireCredits {
		if i := strings.Index(head, c); i > 0 {
			end := i + len(c)
			byline := strings.TrimSpace(s[:end])
			if _, authors, _, ok := parseByline(byline); !ok || len(authors) == 0 {
				return "", s, false // a sentence that starts with "By"
			}
			return byline, strings.TrimSpace(s[end:]), true
		}
	}
	return "", s, false
}
