package newswire

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

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
	start, end = p.hiddenSections(start, end)
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
	if hasHL && hl >= start && hl < end && !p.storyAbove(start, hl, end) && !p.subheadUnderTitle(start, hl) {
		start = hl + 1
	}
	if at := p.genericByline(a, hl, hasHL, start); at >= start {
		start = at + 1 // the credit line opens the story region
		// The credit is sought a line or two past the region's start,
		// which may be past its end: the region then holds no story.
		end = max(end, start)
	}

	end = p.secondStory(start, end, hl)
	ref := p.meta.publishedTime()
	body := p.leadDateline(a, p.genericBody(start, end), ref)
	if hasHL && hl < start {
		if sf := p.standfirst(hl+1, start); len(sf) > 0 {
			body = withStandfirst(sf, body)
		}
	}
	body, a.Signoff = splitSignoff(body)
	a.Body = body
	imagesFrom := start
	if hasHL {
		imagesFrom = min(hl+1, start)
	}
	a.Images = p.bodyImages(imagesFrom, end)
	related, stories := p.relatedAfter(end)
	a.RelatedLinks = append(p.inlineRelated(start, end), related...)
	a.RelatedStories = stories
	return nil
}

// storyAbove reports a headline hl whose own container, within the
// region [start, end), holds more paragraph text above it than below: a
// subhead among the story's paragraphs that agrees with the title
// ("Conclusions" on a blog post), not the head of the story, which would
// be lost by starting after it. A banner above the real headline sits in
// containers of its own.
func (p *page) storyAbove(start, hl, end int) bool {
	r := p.blocks[hl].region
	if r < 0 {
		return false
	}
	reg := p.regions[r]
	above, _, _ := p.regionTextIn(max(start, int(reg.start)), hl)
	below, _, _ := p.regionTextIn(hl+1, min(end, int(reg.end)))
	return above > below
}

// secondStory returns where a second story begins in the story region
// [start, end), or end: a top-level heading other than the headline hl,
// under a story's worth of paragraphs (minBodyLen), that a story's
// header follows (see isStoryHeader). Pages that load the next story
// below the first as the reader scrolls give it a headline, a byline and
// a date of its own; a blog that sets its sections in <h1>s dates none.
func (p *page) secondStory(start, end, hl int) int {
	held, from := 0, start // the paragraphs' text in [start, from)
	for i := start; i < end; i++ {
		if b := &p.blocks[i]; b.heading == 1 && i != hl && !b.chrome && p.isStoryHeader(i+1, end) {
			// Counted on from the last <h1> read, so that a page of many
			// dated <h1>s is read once, not once an <h1>.
			more, _, _ := p.regionTextIn(from, i)
			if held, from = held+more, i; held >= minBodyLen {
				return i
			}
		}
	}
	return end
}

// maxHeaderBlocks bounds a story's header under its headline, counted
// from what one holds at most, a block each: a standfirst, a picture's
// caption and its credit, the authors, the date, and a line of labels
// (reading time, "Share"). It only has to reach the date or the byline
// before the first paragraph ends the search: on the dev pages any value
// from 5 to 16 reads the same, and 4 misses a header that puts the date
// under a captioned picture.
const maxHeaderBlocks = 6

// isStoryHeader reports a date line, or a byline, among the few blocks
// from i (before end) and before any paragraph of story: the header under
// a story's headline ("Publisert 06.01.2026 - 16:25").
func (p *page) isStoryHeader(i, end int) bool {
	for j := i; j < end && j < i+maxHeaderBlocks; j++ {
		b := &p.blocks[j]
		switch {
		case b.heading > 0:
		case isDateTimeLine(b.text) || isTimestampLine(b.text) || isBylineText(b.text):
			return true
		case b.caption == 0 && b.isParagraph():
			return false
		}
	}
	return false
}

// subheadUnderTitle reports a headline hl, found inside the story region
// that starts at start, that is a subhead of the story: a heading below
// the top level, under a story's worth of paragraphs (minBodyLen), while
// an <h1> stands just above the region. A long guide's subhead can agree
// with the title better than its <h1> does ("5 best trends for 2026"),
// and starting after it would lose the introduction.
func (p *page) subheadUnderTitle(start, hl int) bool {
	if p.blocks[hl].heading <= 1 {
		return false
	}
	if above, _, _ := p.regionTextIn(start, hl); above < minBodyLen {
		return false
	}
	for i := start - 1; i >= 0 && i >= start-headWindow; i-- {
		if b := &p.blocks[i]; b.heading == 1 && !b.chrome {
			return true
		}
	}
	return false
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
// paragraphs inside chrome spans count for that share of their score,
// but for those under the page's headline in its span (see titledRange),
// found in the same pass.
//
// A paragraph's own score (its commas and length) is kept in the same
// buffer, after the regions', for the next call on the page: resolveChrome
// and storyRegion both score the page, and the second call counts no
// comma again.
//
// resolveChrome's call runs before any block is chrome: the walk sets no
// block's flag, applyChrome does. A call that meets no chrome paragraph
// scores every paragraph of a region, and marks the buffer's last place
// (ownComplete): a block then has an own score exactly when it is a
// paragraph but for chrome, and storyRegion's call (weight 1) reads the
// paragraphs by their own scores alone, without the tests of the blocks
// between them (see scoreParagraphs). That holds because what makes a
// block a paragraph of a region (its region, heading, caption, text and
// link text) is set by the walk alone and never changes after it.
func (p *page) scoreRegions(chromeWeight float64) []float64 {
	nr, nb := len(p.regions), len(p.blocks)
	buf := p.scores
	if len(buf) != nr+nb+1 { // not scored yet: the page's reset empties it
		buf = slices.Grow(buf[:0], nr+nb+1)[:nr+nb+1]
		clear(buf[nr:]) // not counted yet: a paragraph's own score is 1 or more
	}
	p.scores = buf
	scores, own := buf[:nr], buf[nr:nr+nb]
	clear(scores)
	if chromeWeight == 1 && buf[nr+nb] == ownComplete {
		p.scoreParagraphs(scores, own)
		return scores
	}
	complete := true // no paragraph met is chrome
	fullFrom, fullTo := 0, 0
	if chromeWeight != 1 {
		fullFrom, fullTo = p.titledSpan()
	}
	// The slices in locals: the loop calls out (strings.Count), after
	// which the page's fields would be read again for every block.
	blocks, regions := p.blocks, p.regions
	for i := range blocks {
		b := &blocks[i]
		if b.region < 0 || !b.hasParagraphShape() {
			continue
		}
		if b.chrome { // !isParagraph()
			complete = false
			continue
		}
		s := own[i]
		if s == 0 {
			s = 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
			own[i] = s
		}
		if b.span >= 0 && (i < fullFrom || i >= fullTo) {
			s *= chromeWeight
		}
		r := b.region
		scores[r] += s
		if up := regions[r].parent; up >= 0 {
			scores[up] += s / 2
		}
	}
	if complete {
		buf[nr+nb] = ownComplete
	}
	return scores
}

// titledSpan returns the blocks under the page's headline in its chrome
// span (see titledRange), from the first heading in a span that is one,
// or (0, 0). It is read ahead of scoreRegions' pass, not during it:
// the blocks above the heading, the only ones read before it was found,
// are all outside [from, to) as they are outside (0, 0), and the pass,
// without a call for each heading, keeps its values in registers.
func (p *page) titledSpan() (from, to int) {
	blocks := p.blocks
	for i := range blocks {
		// titledRange's first tests, inline: most blocks are no heading
		// of the top two levels in a span.
		if b := &blocks[i]; uint8(b.heading-1) < 2 && b.span >= 0 {
			if from, to, ok := p.titledRange(i); ok {
				return from, to
			}
		}
	}
	return 0, 0
}

// ownComplete marks, in the last place of the scores' buffer, own scores
// taken of every paragraph of a region, none of them chrome then (see
// scoreRegions).
const ownComplete = 1

// scoreParagraphs is scoreRegions at weight 1 for a page whose own scores
// are complete: the blocks with one are those that are paragraphs inside
// a region but for chrome, so the chrome flag is the only test left. The
// paragraphs are added in the order of the blocks, as scoreRegions adds
// them, and so make the same sums.
func (p *page) scoreParagraphs(scores, own []float64) {
	for i, s := range own {
		if s == 0 || p.blocks[i].chrome {
			continue
		}
		r := p.blocks[i].region
		scores[r] += s
		if up := p.regions[r].parent; up >= 0 {
			scores[up] += s / 2
		}
	}
}

// resolveChrome decides which chrome spans are chrome. Class names are
// evidence, not a verdict: "content-sidebar-wrap", a <form> around a whole
// page or a "widget" that is a blog's post list hold the story. So the
// page is scored once with paragraphs in chrome spans counting for a third,
// and every span around the region that holds most paragraph text is a
// wrapper of the story; the others are chrome, with all they hold. What
// stands under the page's headline in its span (see titledRange) counts
// in full.
func (p *page) resolveChrome() {
	if len(p.spans) == 0 {
		return
	}
	if best := p.bestRegion(p.scoreRegions(1.0 / 3)); best >= 0 {
		// The region's paragraphs are read once for both: no block is
		// chrome until applyChrome, and the spans made wrappers here
		// change none.
		if held := p.heldText(best); held >= minBodyLen {
			for s := p.regions[best].span; s >= 0 && !p.spans[s].wrapper; s = p.spans[s].parent {
				p.spans[s].wrapper = true
			}
			p.wrapSiblings()
			p.wrapAdjacent()
			p.wrapEntriesBelow(best, held)
		}
	}
	for i := range p.spans {
		if s := &p.spans[i]; !s.wrapper && isSlugName(s.name) && p.isTitleSlug(s) {
			s.wrapper = true
		}
	}
	p.applyChrome()
}

// minEntryProse is the shortest paragraph counted as an entry's prose by
// wrapEntriesBelow, minEntries the fewest such paragraphs that make a
// list, and entriesShare how many times the introduction's text they
// hold at least.
const (
	minEntryProse = 200
	minEntries    = 10
	entriesShare  = 8
)

// wrapEntriesBelow makes wrappers of the chrome spans below region best,
// the story's, that hold a list's entries with far more prose than it
// (minEntries paragraphs of minEntryProse bytes and more, a heading for
// every two at least, entriesShare times the story's paragraphs' text),
// when the story is an introduction of a paragraph or two (maxCardIntro):
// a list article whose template sets its entries in a container named
// for the page's furniture ("page1-footer" holding ninety restaurants,
// each a title over its review). A story that stands on its own keeps
// its comments and footer out, however long, and so does a short page
// whose footer holds a long blurb. held is heldText(best), which the
// caller has read.
func (p *page) wrapEntriesBelow(best, held int) {
	if held >= maxCardIntro {
		return
	}
	after := p.regions[best].end
	for i := range p.spans {
		s := &p.spans[i]
		if s.wrapper || s.hidden || s.start < after || s.parent >= 0 && !p.spans[s.parent].wrapper {
			continue // a span inside another is judged with it
		}
		if s.end-s.start < minEntries*3/2 {
			continue // too few blocks for the entries and their headings: spares the count
		}
		prose, entries, heads := 0, 0, 0
		for j := s.start; j < s.end; j++ {
			switch b := &p.blocks[j]; {
			case b.heading > 0:
				heads++
			case b.isParagraph() && len(b.text) >= minEntryProse:
				prose += len(b.text)
				entries++
			}
		}
		if entries >= minEntries && 2*heads >= entries && prose >= entriesShare*held && prose >= maxCardIntro {
			s.wrapper = true
		}
	}
}

// minTitleSlugWords is the fewest words of a title that name a section
// by its slug (see isTitleSlug): a word or two ("Related", "More
// stories") open template names too.
const minTitleSlugWords = 3

// isTitleSlug reports a span whose name opens with the slug of its title:
// the first line in it, or in the span around it (a page builder names a
// section's parts after it: "more-on-car-repair-related-articles-text"
// under "More on Car Repair"). The title must make at least half the
// words of the name. A template's long name ("jeg-post-related-posts-
// carousel-module", "related-posts-from-around-the-web") spells no line
// of the box it names, so the box stays chrome.
func (p *page) isTitleSlug(s *span) bool {
	words := strings.Count(s.name, "-") + 1
	for k, t := 0, s; k < 2; k++ {
		if t.start < t.end {
			if n := slugPrefixWords(p.blocks[t.start].text, s.name); n >= minTitleSlugWords && 2*n >= words {
				return true
			}
		}
		if t.parent < 0 {
			break
		}
		t = &p.spans[t.parent]
	}
	return false
}

// slugPrefixWords returns the number of words of text when its slug
// (lower-case ASCII letters and digits, each run of other bytes one
// hyphen, apostrophes dropped: "What's New: Menus" is "whats-new-menus")
// is name or a prefix of it that ends before a hyphen; otherwise 0.
func slugPrefixWords(text, name string) int {
	j, words := 0, 0
	inWord := false
	for i := 0; i < len(text); i++ {
		c := lowerASCII(text[i])
		if c == '\'' {
			continue
		}
		if strings.HasPrefix(text[i:], "\u2019") {
			i += len("\u2019") - 1
			continue
		}
		if !isWordByte(c) {
			inWord = false
			continue
		}
		if !inWord {
			if words > 0 {
				if j >= len(name) || name[j] != '-' {
					return 0
				}
				j++
			}
			words++
			inWord = true
		}
		if j >= len(name) || name[j] != c {
			return 0
		}
		j++
	}
	if j < len(name) && name[j] != '-' {
		return 0
	}
	return words
}

// minSlugWords is the fewest words of a name made from a heading (see
// isSlugName). Template names run to five words at most ("link-to-
// sharing-service-description" on a news site's share box); a section's
// title, with its small words, seldom to fewer than six.
const minSlugWords = 6

// isSlugName reports a class or id value that is a single slug of many
// plain words ("menu-innovation-strategies-building-memorable-dining-
// experiences"): a name a page builder makes from the heading of the
// section, for anchors, not a template's name for its part. A chrome word
// in it is a word of the section's title ("menu", "related"), not a
// verdict on the box.
func isSlugName(name string) bool {
	// A slug of minSlugWords words holds one hyphen fewer: a fast count
	// rules out most names, of a word or three, before the byte loop.
	// Each of those hyphens follows a byte of a word (the loop refuses
	// one that opens the name or follows another), so a name shorter
	// than twice their number is none, and is spared the count's call.
	if len(name) < 2*(minSlugWords-1) || strings.Count(name, "-") < minSlugWords-1 {
		return false
	}
	words := 1
	letters, digits := false, false // in the word read
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '-':
			if i == 0 || name[i-1] == '-' {
				return false
			}
			words++
			letters, digits = false, false
		case c >= 'a' && c <= 'z':
			letters = true
		case c >= '0' && c <= '9':
			digits = true
		default:
			return false // a space, a BEM "__", a utility "md:", capitals
		}
		if letters && digits {
			return false // a word of a generated key ("8dd27580-6b4e-3cfb"), not of a title
		}
	}
	return words >= minSlugWords
}

// titledRange returns the blocks (from, to) under block i, up to the end
// of the chrome span around it, when block i is the page's headline in a
// chrome span: a top heading, no link, in the very words of the page's
// title. A theme that names its content column for the sidebar beside it
// ("content-area newspaper-sidebar") still prints the story under its
// headline; a rail or a footer repeats a title, if at all, as a link,
// and a "Republish this article" dialog that copies the headline is
// hidden or puts its own text above it.
func (p *page) titledRange(i int) (from, to int, ok bool) {
	b := &p.blocks[i]
	if b.heading == 0 || b.heading > 2 || b.span < 0 || b.nLinks > 0 || b.caption > 0 || p.spans[b.span].hidden {
		return 0, 0, false
	}
	if titles := p.metaTitles(); len(titles) == 0 || p.titleMatch(b.text, titles) != maxTitleMatch {
		return 0, 0, false
	}
	return i + 1, int(p.spans[b.span].end), true
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

// wrapAdjacent makes wrappers of the spans that sit right before or after
// a wrapper, at its level, and share at least two class names with it: a
// page builder's panels, one after the other, each a "so-panel widget"
// with its own modifier ("panel-first-child", "widget_custom_html"), of
// which the story fills several. A sidebar's widgets share one name
// ("widget") with a story's, and sit in a sidebar of their own.
func (p *page) wrapAdjacent() {
	for i := range p.spans {
		s := &p.spans[i]
		if !s.wrapper || s.name == "" || s.parent >= 0 && !p.spans[s.parent].wrapper {
			continue
		}
		at := s.end
		for j := i + 1; j < len(p.spans); j++ {
			t := &p.spans[j]
			if t.start < at {
				continue // inside the span before it
			}
			if t.parent != s.parent || t.start != at || sharedNames(s.name, t.name) < 2 {
				break
			}
			t.wrapper, at = true, t.end
		}
		at = s.start
		for j := i - 1; j >= 0; j-- {
			t := &p.spans[j]
			if t.parent != s.parent && t.end <= at {
				continue // inside the span before it
			}
			if t.parent != s.parent || t.end != at || sharedNames(s.name, t.name) < 2 {
				break
			}
			t.wrapper, at = true, t.start
		}
	}
}

// sharedNames counts the class names that two class attributes share.
func sharedNames(a, b string) int {
	n := 0
	for name := range strings.FieldsSeq(a) {
		for other := range strings.FieldsSeq(b) {
			if name == other {
				n++
				break
			}
		}
	}
	return n
}

// applyChrome sets the chrome flags of spans, blocks, regions and images
// from the spans found to be wrappers.
//
// The slices are read into locals once: a store to a block's flag could
// be one to the page's fields for all the compiler knows, which would
// then read them again for every block.
func (p *page) applyChrome() {
	spans := p.spans
	for i := range spans {
		s := &spans[i]
		s.chrome = !s.wrapper || s.parent >= 0 && spans[s.parent].chrome
	}
	blocks := p.blocks
	for i := range blocks {
		if b := &blocks[i]; b.span >= 0 {
			b.chrome = spans[b.span].chrome
		}
	}
	regions := p.regions
	for i := range regions {
		if r := &regions[i]; r.span >= 0 {
			r.chrome = spans[r.span].chrome
		}
	}
	images := p.images
	for i := range images {
		if im := &images[i]; im.span >= 0 {
			im.chrome = spans[im.span].chrome
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
		p.headline.done = false // storyRegion asked before these parts showed
	}
}

// hiddenSections widens the story region [start, end) when it is one of
// a run of hidden sections that a script shows one after the other (a
// guide whose every section is a hidden block, placed after the page's
// footer): the hidden sibling sections next to it that read as story are
// the story's other parts. A lone heading between them (a label of the
// widget) is passed over, and any other text ends the run.
func (p *page) hiddenSections(start, end int) (int, int) {
	h := p.hiddenWrapper(start, end)
	if h < 0 {
		return start, end
	}
	parent := p.spans[h].parent
	from, at := start, int(p.spans[h].start)
	for j := h - 1; j >= 0; j-- {
		s := &p.spans[j]
		if s.parent != parent {
			continue // a span inside an earlier sibling
		}
		if int(s.end) != at || !s.hidden {
			break
		}
		at = int(s.start)
		if story, label := p.sectionKind(s); story {
			from = at
		} else if !label {
			break
		}
	}
	to, at := end, int(p.spans[h].end)
	for j := h + 1; j < len(p.spans); j++ {
		s := &p.spans[j]
		if s.parent != parent {
			if int(s.start) < at {
				continue // a span inside a later sibling
			}
			break
		}
		if int(s.start) != at || !s.hidden {
			break
		}
		at = int(s.end)
		if story, label := p.sectionKind(s); story {
			to = at
		} else if !label {
			break
		}
	}
	return from, to
}

// hiddenWrapper is the hidden span found to wrap the story that holds
// the region [start, end), or -1.
func (p *page) hiddenWrapper(start, end int) int {
	if start >= end {
		return -1
	}
	for s := p.blocks[start].span; s >= 0; s = p.spans[s].parent {
		sp := &p.spans[s]
		if sp.hidden && sp.wrapper && int(sp.start) <= start && int(sp.end) >= end {
			return int(s)
		}
	}
	return -1
}

// sectionKind says whether a hidden sibling section reads as story, or
// is at most a label: a heading of its own, or nothing.
func (p *page) sectionKind(s *span) (story, label bool) {
	if p.readsAsStory(s) {
		return true, false
	}
	n := s.end - s.start
	return false, n == 0 || n == 1 && p.blocks[s.start].heading > 0 && p.blocks[s.start].nLinks == 0
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
//
// A region's score is a sum of paragraphs' scores, each above 0, so a
// region with a score holds one above 0: a chrome region is read as one
// of 0, and the first of the highest scores above 0 is the best. The
// chrome flag and the running best are set without a branch to guess
// (both change from one region to the next), where a test of each
// region's flag and score was guessed wrong on every page.
func (p *page) bestRegion(scores []float64) int {
	best, top := -1, 0.0
	regions := p.regions
	scores = scores[:len(regions)]
	for r := range regions {
		s := scores[r]
		if regions[r].chrome {
			s = 0
		}
		if s > top {
			best, top = r, s
		}
	}
	return best
}

// maxCardIntro is the longest story that teaser cards below it can be the
// rest of: an introduction of a paragraph or two over a list of entries.
// Past it the story stands on its own, and cards beside it are a rail,
// however many (a section's front page under a long blurb).
const maxCardIntro = 4 * minBodyLen

// maxClimb bounds how many enclosing regions storyRegion weighs above the
// best one: a story's parts sit a few levels apart at most, and the
// page's outer wrappers hold everything. A wrapper of the same blocks as
// the one below counts half: component templates nest each section in a
// stack of <div>s that would use up the climb before it reached the
// container of the sections.
const maxClimb = 8

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
	// an ancestor adds is mostly story paragraphs, not links or chrome.
	// Teaser cards an ancestor adds count as story only when they outweigh
	// the story found so far: they are then the page's content (a list
	// article, a page of webcams), not a rail beside it.
	hl := -1
	if i, ok := p.headlineByTitle(); ok {
		hl = p.topOfStory(i)
	}
	in := p.storyText(best, hl)
	// below is the region last measured, by its bounds alone, and last
	// its measure.
	below, last := p.regions[best].bounds(), in
	announced := p.endsWithSubhead(best)
	stop := -1 // the ancestor whose links or clutter stopped the climb
	for up, steps := p.regions[best].parent, 0; up >= 0 && steps < 2*maxClimb && !p.regions[up].chrome; up = p.regions[up].parent {
		reg := p.regions[up].bounds()
		if reg == below {
			steps++
			continue // a wrapper of the same blocks adds nothing
		}
		t := p.storyTextAround(reg, below, &last, hl)
		below, last = reg, t
		steps += 2
		inside := in.story + in.teasers
		addedParagraphs := t.story - in.story
		if added := t.teasers - in.teasers; added > inside && (inside < maxCardIntro || announced) {
			addedParagraphs += added
		}
		addedOther := (t.total - t.neutral) - (in.total - in.neutral) - addedParagraphs
		if addedParagraphs < inside/5 || addedParagraphs == 0 {
			// A wrapper, or a note beside the story; when no story stands
			// below the headline yet (a banner scored best), an ancestor
			// that adds no story is passed over too, not a reason to stop.
			continue
		}
		if t.links*100 > t.total*35 || addedOther*2 > addedParagraphs {
			stop = int(up)
			break
		}
		best, in = int(up), t
	}
	if in.held < minBodyLen {
		return 0, 0, false
	}
	start, end := int(p.regions[best].start), int(p.regions[best].end)
	if stop >= 0 {
		start, end = p.siblingSections(stop, start, end, hl)
	}
	return start, end, true
}

// topOfStory returns where the story's head stands for the climb, given
// the headline hl that agrees with the title: hl itself, or the <h1> a
// few blocks above it when hl is a subhead. A title can agree better with
// a subhead ("Average Cost of Cleaning in San Diego" under "What You
// Should Expect to Pay for Cleaning in San Diego") than with the story's
// own head, and the paragraphs between the two are the story's opening,
// not a banner above the headline.
func (p *page) topOfStory(hl int) int {
	if p.blocks[hl].heading <= 1 {
		return hl
	}
	for i := hl - 1; i >= 0 && i >= hl-headWindow; i-- {
		if b := &p.blocks[i]; b.heading == 1 && !b.chrome && b.nLinks == 0 {
			return i
		}
	}
	return hl
}

// siblingSections widens the story region [start, end) over the
// sections beside it inside the ancestor up where the climb stopped: a
// story cut into sibling sections, each a subhead and its paragraphs,
// whose common container also holds a list of links (a site's index of
// its other guides) that kept the climb from taking it. The region
// found must be such a section itself, and the others open on a subhead
// of its level or above: sections are taken one after the other, each
// side, while each reads as story (see isStorySection); the first that
// does not ends the run on its side, and none is taken above the head of
// the story hl (see topOfStory), whose own section is the story's.
func (p *page) siblingSections(up, start, end, hl int) (int, int) {
	level := p.blocks[p.nextText(start)].heading
	if level == 0 || !p.isStorySection(start, end, hl, level) {
		return start, end // the story found is no section of its own
	}
	reg := p.regions[up]
	for end < int(reg.end) {
		from, to := p.sectionAt(up, end)
		if !p.isStorySection(from, to, hl, level) {
			break
		}
		end = to
	}
	for start > int(reg.start) {
		from, to := p.sectionAt(up, start-1)
		if from < hl || !p.isStorySection(from, to, hl, level) {
			break
		}
		start = from
	}
	return start, end
}

// sectionAt is the blocks of the child of region up that holds block i,
// or block i alone when it sits in up itself.
func (p *page) sectionAt(up, i int) (int, int) {
	r := p.blocks[i].region
	for r >= 0 && int(p.regions[r].parent) != up {
		r = p.regions[r].parent
	}
	if r < 0 {
		return i, i + 1
	}
	return int(p.regions[r].start), int(p.regions[r].end)
}

// isStorySection reports blocks [from, to) that read as a section of the
// story: opening on a subhead of the given level or above (the story's
// opening section under its <h1>), with two paragraphs or
// more that are no teasers' summaries making up two thirds of their text,
// and a tenth of it in links at most. A box of comments, a rail's
// "More in News" or a sign-up note under its own heading fails one test
// or another.
func (p *page) isStorySection(from, to, hl int, level int8) bool {
	story, total, links, paragraphs := 0, 0, 0, 0
	for i := from; i < to; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if total == 0 && (b.heading == 0 || b.heading > level || b.nLinks > 0) {
			return false // a section opens on its subhead, or a heading above its level
		}
		total += len(b.text)
		links += int(b.linkLen)
		if b.isParagraph() && i > hl && !p.isTeaserSummary(i) {
			story += len(b.text)
			paragraphs++
		}
	}
	return paragraphs >= 2 && story*3 >= total*2 && links*10 <= total
}

// endsWithSubhead reports a region whose last text is a heading, with
// nothing under it: a subhead that announces what follows in the next
// container ("Our favourite brands from the USA" over the entries of a
// list article, each a linked name over its paragraphs). What follows it
// is the story's, however much it looks like teaser cards; a rail of
// teasers beside a story follows its last paragraph, not a subhead.
func (p *page) endsWithSubhead(r int) bool {
	reg := p.regions[r]
	for i := int(reg.end) - 1; i >= int(reg.start); i-- {
		if b := &p.blocks[i]; !b.chrome && b.caption == 0 {
			return b.heading > 0 && !b.isLink()
		}
	}
	return false
}

// storyMeasure is a region's text as storyRegion's climb weighs it.
type storyMeasure struct {
	held    int // paragraph text, as regionTextIn has it
	story   int // the paragraph text below the headline that is not teasers'
	teasers int // the summaries of teaser cards below the headline
	total   int // all text
	links   int // link text
	neutral int // text that weighs neither way: see isLinkedSentence

	// What joins the measures of adjacent ranges (see add): whether a
	// paragraph or a heading ending in ":" fixed the listed state, the
	// state the range leaves when entered unlisted, and the text its
	// opening blocks add to neutral when entered listed.
	settled  bool
	listed   bool
	ifListed int
}

// add makes m the measure of the blocks of m followed by those of n, the
// listed state m leaves carried into n: what storyRangeText gives for the
// two ranges read as one. It works in place, by address: the climb joins
// three measures for every ancestor it weighs, and a join by value copied
// the measures, nine words each, in and out of every call. m's flags are
// read before those n carries in replace them.
func (m *storyMeasure) add(n *storyMeasure) {
	if m.listed {
		m.neutral += n.ifListed
	}
	if !m.settled {
		m.ifListed += n.ifListed
	}
	if n.settled {
		m.listed, m.settled = n.listed, true
	}
	m.held += n.held
	m.story += n.story
	m.teasers += n.teasers
	m.total += n.total
	m.links += n.links
	m.neutral += n.neutral
}

// storyText measures region r for the climb in one pass, chrome and
// captions left out. Paragraphs above the headline hl (a site's banner, a
// rail of teasers) are text but not story, so an ancestor that adds them
// adds clutter; the summaries of teaser cards are counted apart. A list
// that a paragraph announces ("Patches merged this month:") is the
// story's, however many links it holds: it weighs neither way, and so do
// a table's cells without links (a data table's names and figures) and
// the entries of a table of contents. Without a headline hl is -1.
func (p *page) storyText(r, hl int) storyMeasure {
	reg := &p.regions[r]
	return p.storyRangeText(int(reg.start), int(reg.end), hl)
}

// storyTextAround measures the blocks reg, an ancestor of the blocks in
// whose measure is *m, reading only the blocks reg adds around in: the
// climb measures each ancestor in turn, and rereading the inner blocks at
// every step would read the story many times over. It only reads *m.
//
// The regions come by their bounds and the measure by its address: the
// climb copied whole regions (a class string among their fields) and
// measures into each call, for every ancestor it weighs.
func (p *page) storyTextAround(reg, in bounds, m *storyMeasure, hl int) storyMeasure {
	if reg.start > in.start || reg.end < in.end {
		return p.storyRangeText(int(reg.start), int(reg.end), hl) // not around it
	}
	t := p.storyRangeText(int(reg.start), int(in.start), hl)
	t.add(m)
	after := p.storyRangeText(int(in.end), int(reg.end), hl)
	t.add(&after)
	return t
}

// bounds are the blocks [start, end) of a region.
type bounds struct{ start, end int32 }

// bounds returns the blocks of r.
func (r *region) bounds() bounds { return bounds{r.start, r.end} }

// storyRangeText is storyText over the blocks [from, to), entered with
// no list announced.
func (p *page) storyRangeText(from, to, hl int) storyMeasure {
	var m storyMeasure
	listed := false // under a paragraph that announces a list
	for i := from; i < to; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		m.total += len(b.text)
		m.links += int(b.linkLen)
		if !b.isParagraph() {
			if i > hl && (listed && b.heading == 0 || isLinkedSentence(b) || p.isContentsEntry(b) || isCell(b) && b.nLinks == 0 || len(b.text) <= maxFigure && p.isDataPair(i)) {
				m.neutral += len(b.text)
			} else if i > hl && !m.settled && b.heading == 0 {
				m.ifListed += len(b.text) // neutral after a list announced before from
			}
			if b.heading > 0 && strings.HasSuffix(b.text, ":") {
				listed, m.settled = true, true // "Supply List:" over the supplies, linked to a shop
			}
			continue
		}
		listed, m.settled = strings.HasSuffix(b.text, ":"), true
		m.held += len(b.text)
		switch {
		case i <= hl:
		case p.isTeaserSummary(i):
			m.teasers += len(b.text)
		default:
			m.story += len(b.text)
		}
	}
	m.listed = listed
	return m
}

// isContentsEntry reports an entry of the story's table of contents: a
// list item whose links all lead to sections of the page itself ("#faq").
// It points nowhere else, so the climb counts it neither for nor against
// an ancestor.
func (p *page) isContentsEntry(b *block) bool {
	if b.tag != atom.Li || b.nLinks == 0 {
		return false
	}
	for _, l := range p.linksOf(b) {
		if l.href == "" || l.href[0] != '#' {
			return false
		}
	}
	return true
}

// isLinkedSentence reports a block that is not a paragraph only for its
// links: a whole sentence, dense with links. A live blog's entries open
// on one ("The harbour master, Ruth Pell, said..." with both names
// linked), and so do explainers that link every term; a link list's items are short
// labels that end no sentence. The climb counts such a block neither for
// nor against an ancestor.
func isLinkedSentence(b *block) bool {
	return b.heading == 0 && len(b.text) >= 80 && endsSentence(b.text)
}

// isTeaserSummary reports a paragraph under a heading that links to
// another page, with at most a date or label between: the summary of a
// card pointing to another story ("Latest insights"). A heading linked
// to its own section ("#origins"), or an anchor without a target, is the
// story's own subhead.
func (p *page) isTeaserSummary(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		b := &p.blocks[j]
		if b.heading > 0 {
			if !b.isLink() {
				return false
			}
			href := p.linksOf(b)[0].href
			return href != "" && href[0] != '#'
		}
		if b.isParagraph() {
			return false
		}
	}
	return false
}

// regionTextIn measures the blocks [start, end) in one pass: the
// paragraph text they hold, all their text, and their link text; chrome
// and captions left out.
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
		underHL := hasHL && i <= hl+3 && b.heading == 0 && !p.isLinkListItem(i)
		var one [1]string
		parts := metaLinePartsIn(one[:], b.text)
		// A credit the line spells out ("Par Martin Untersinger") outranks
		// a bare name beside a date on the same line, which is then the
		// outlet's ("Le Monde | 04.05.2015 | Par Martin Untersinger").
		//
		// Each part's verdict is kept (bit k for part k) for the loop
		// below, which asks again of the parts without a dated credit.
		var by uint64
		for k, part := range parts {
			if k < 64 && isBylineText(part) {
				by |= 1 << k
			}
		}
		spelt := by != 0 || len(parts) > 64 && slices.ContainsFunc(parts[64:], isBylineText)
		for k, part := range parts {
			if credit, ok := creditAfterDate(part); ok {
				part = credit
			} else if isCreditLabel(part) && len(parts) == 1 && p.deskBelow(i) {
				// "By:" over "Great Day Editorial Team"; a person's name
				// under a label is read from the author elements.
				part = "by " + p.blocks[i+1].text
			} else if k < 64 && by&(1<<k) == 0 || k >= 64 && !isBylineText(part) {
				if name, ok := handleCredit(part); ok && underHL {
					a.Byline, a.Authors = name, []string{name} // "by ibby"
					return i
				}
				// A bare name needs the marks of a credit line: a date or
				// time after it, beside it, or on the line just above or
				// below it, or AP's capitals (which a script without
				// capitals cannot show).
				if spelt || !underHL || !mayOpenName(part) {
					continue
				}
				name := cutBylineTail(part)
				dated := name != part || isUpperWord(name) && strings.ContainsFunc(name, unicode.IsUpper) ||
					len(parts) > 1 && datedBeside(parts, part) || p.datedAround(i, hl)
				if !isPersonName(name) || !dated {
					continue
				}
				part = "by " + part
			}
			if byline, authors, agency, ok := p.parseBylineOnce(part); ok && (len(authors) > 0 || agency != "" || isDesk(byline)) {
				a.Byline, a.Authors = byline, authors
				if a.Agency == "" {
					a.Agency = agency
				}
				return i
			}
			if name, ok := handleCredit(part); ok && underHL {
				a.Byline, a.Authors = name, []string{name}
				return i
			}
		}
	}
	return -1
}

// isLinkListItem reports block i as a crumb of a breadcrumb trail: a list
// item that is one link, beside another such item, in a list that shows
// the marks of a trail (see isTrail). A breadcrumb under the headline
// ("HOME > RESOURCE CENTER > VEHICLE MAINTENANCE SCHEDULE") is the site's
// chrome, and its crumbs are no bare-name credit however much they look
// like one in capitals; two linked names listed under the headline are
// the story's authors, and a credit line stands alone, linked or not.
func (p *page) isLinkListItem(i int) bool {
	if !p.isLinkItem(i) || !p.isLinkItem(i-1) && !p.isLinkItem(i+1) {
		return false
	}
	from, to := i, i+1
	for from > 0 && i-from < maxCrumbs && p.isLinkItem(from-1) {
		from--
	}
	for to-i < maxCrumbs && p.isLinkItem(to) {
		to++
	}
	return p.isTrail(from, to)
}

// maxCrumbs bounds how far isLinkListItem looks, each way, for the other
// crumbs of a trail.
const maxCrumbs = 6

// isLinkItem reports block j as a list item that is one link.
func (p *page) isLinkItem(j int) bool {
	return j >= 0 && j < len(p.blocks) && p.blocks[j].tag == atom.Li && p.blocks[j].isLink()
}

// isTrail reports the linked list items [from, to) as a breadcrumb trail:
// one of them is held in an element named a breadcrumb, names the home
// page ("Home") or links to the site's root, or its link's path runs on
// in the next item's ("/resource-center", then
// "/resource-center/vehicle-maintenance-schedule"): each crumb a step
// down from the one before. Authors' pages sit side by side, not one
// under another.
func (p *page) isTrail(from, to int) bool {
	prev := ""
	for j := from; j < to; j++ {
		b := &p.blocks[j]
		if b.span >= 0 && strings.Contains(strings.ToLower(p.spans[b.span].name), "crumb") {
			return true
		}
		if isHomeWord(b.text) {
			return true
		}
		path := hrefPath(p.linksOf(b)[0].href)
		if path == "/" || prev != "" && len(path) > len(prev) && strings.HasPrefix(path, prev) && path[len(prev)] == '/' {
			return true
		}
		prev = strings.TrimSuffix(path, "/")
	}
	return false
}

// isHomeWord reports the name a trail gives the site's front page.
func isHomeWord(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range homeWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// homeWords name the first crumb of a trail, in the languages of the dev
// pages.
var homeWords = []string{"home", "homepage", "home page", "startseite", "accueil", "inicio", "início", "forside", "etusivu", "strona główna", "главная"}

// hrefPath is the path of a link's address, absolute ("https://x.com/a/b"),
// protocol-relative ("//x.com/a/b") or from the root ("/a/b"), without its
// query or fragment, "/" for a site's root; "" for a relative address,
// whose path is not known without the page's.
func hrefPath(href string) string {
	switch {
	case strings.HasPrefix(href, "//"):
		href = "x:" + href
	case strings.HasPrefix(href, "/"):
		if j := strings.IndexAny(href, "?#"); j >= 0 {
			href = href[:j]
		}
		return href
	}
	if !strings.Contains(href, "://") {
		return ""
	}
	if path := addressPath(href); path != "" {
		return path
	}
	return "/"
}

// metaLineSeparators part the items of a meta line under a headline
// ("27. Januar 2026 • Gregor Meier • 3 Minuten", "Le Monde | 04.05.2015 |
// Par Martin Untersinger").
var metaLineSeparators = []string{" | ", " • ", " · "}

// metaLinePartsIn splits a meta line into its items, trimmed, and puts
// them in the room given while they fit: genericByline gives room for one
// on its stack, as most of the lines it reads hold no separator and make
// one item. A nil room is none.
func metaLinePartsIn(room []string, s string) []string {
	parts := append(room[:0], s)
	for _, sep := range metaLineSeparators {
		// The separator less its space first: it opens with a byte
		// prose rarely holds ("|", a bullet's), where a search for the
		// whole separator stops at every space of the line.
		if !strings.Contains(s, sep[1:]) || !strings.Contains(s, sep) {
			continue
		}
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// datedBeside reports whether another item of a meta line opens with a
// full date: "Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025".
func datedBeside(parts []string, part string) bool {
	for _, q := range parts {
		if q != part {
			if _, _, ok := scanDateAt(q); ok {
				return true
			}
		}
	}
	return false
}

// datedAround reports a date line printed just above block i (below the
// headline) or a line opening with a date just below it: "2025-12-17 ·"
// over "Trond Teigen", "Elliot Raba" over "23.07.2025 · 6 min read".
func (p *page) datedAround(i, hl int) bool {
	if i > hl+1 && isDateLine(p.blocks[i-1].text) {
		return true
	}
	if i+1 < len(p.blocks) {
		_, _, ok := scanDateAt(p.blocks[i+1].text)
		return ok
	}
	return false
}

// deskBelow reports a short team credit on the block after i, named by
// more than its team word; a person's name with a job title ("Sophie
// Foster, Travel News Reporter") is no team.
func (p *page) deskBelow(i int) bool {
	if i+1 >= len(p.blocks) {
		return false
	}
	next := p.blocks[i+1].text
	sp := strings.LastIndexByte(next, ' ')
	if len(next) > maxBylineLen/2 || sp < 0 || isGenericCredit(next) {
		return false
	}
	return isTeamWord(next[sp+1:])
}

// leadDateline takes a dateline off the start of the first paragraph
// ("MOSCOW (AP) — An unmanned ..."), with an AFP-style byline before it
// ("by Patrick GALEY Agence France-Presse PARIS, France (AFP) —"). A
// paragraph that is only a dateline goes altogether.
func (p *page) leadDateline(a *Article, body []string, ref time.Time) []string {
	for i := 0; i < len(body) && i < 2; i++ {
		text := body[i]
		byline := ""
		if bl, rest, ok := p.splitLeadByline(text); ok {
			byline, text = bl, rest
		}
		d, rest, ok := p.leadDatelineOf(text, ref)
		if !ok {
			continue
		}
		a.Dateline = d
		if d.Agency != "" {
			a.Agency = d.Agency
		}
		if byline != "" && a.Byline == "" {
			a.Byline, a.Authors, _, _ = p.parseBylineOnce(byline)
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
// into the byline and the rest. The byline is parsed through
// parseBylineOnce, so leadDateline taking its authors reads the memo.
func (p *page) splitLeadByline(s string) (string, string, bool) {
	if !isBylineText(s[:min(len(s), maxBylineLen)]) && !strings.HasPrefix(s, "by ") && !strings.HasPrefix(s, "By ") {
		return "", s, false
	}
	head := s[:min(len(s), maxBylineLen+30)]
	for _, c := range wireCredits {
		if i := strings.Index(head, c); i > 0 {
			end := i + len(c)
			byline := strings.TrimSpace(s[:end])
			if _, authors, _, ok := p.parseBylineOnce(byline); !ok || len(authors) == 0 {
				return "", s, false // a sentence that starts with "By"
			}
			return byline, strings.TrimSpace(s[end:]), true
		}
	}
	return "", s, false
}

// maxFigure is the longest line read as a figure: "$255.52 - $262.03".
const maxFigure = 24

// isFigure reports a short line that is a figure and not words: an
// amount, a share or a range ("$244B", "(0.47%) $1.21", "8.6M"), with
// digits in it and at most a unit's two letters.
func isFigure(s string) bool {
	if len(s) > maxFigure || !hasDigit(s) {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' || s[i] >= 0x80 {
			letters++
		}
	}
	return letters <= 2
}

// isDataPair reports block i as half of a figure and its label, the rows
// of a fact box set into a story (a company's "Market Cap" over "$244B",
// a player's "Height" over "1.93 m"): a figure, or a short label (a
// heading's length, no sentence) over one. A fact box says what the story
// is about in figures; the climb counts it neither for nor against an
// ancestor, where a rail's labels and links count against it.
func (p *page) isDataPair(i int) bool {
	b := &p.blocks[i]
	if b.nLinks > 0 {
		return false
	}
	if isFigure(b.text) {
		return true
	}
	if len(b.text) > maxFigure || b.text == "" || endsSentence(b.text) || i+1 >= len(p.blocks) {
		return false
	}
	next := &p.blocks[i+1]
	return next.nLinks == 0 && isFigure(next.text)
}
