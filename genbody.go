package newswire

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// genericBody returns the paragraphs of the story region. Unlike SMN's
// tail, a "Related" box inside a story does not end it: such blocks are
// passed over, and only the page's footer (a copyright line) ends the body.
// A second copy of the story and the teasers that close the region leave.
func (p *page) genericBody(start, end int) []string {
	// The kept blocks' indexes live only here (each pass below keeps them
	// in place or leaves them), so a region of a few dozen blocks, most
	// stories, keeps them on the stack.
	var buf [maxStackKept]int32
	kept := buf[:0]
	if end-start > len(buf) {
		kept = make([]int32, 0, end-start)
	}
	kept = p.dropLabelledCards(p.dropRepeatedRuns(p.storyBlocks(start, end, kept)))
	kept = kept[:p.teaserTail(kept)]
	kept = kept[:p.bareHeadingsTail(kept)]
	kept = kept[:p.outsideTail(kept)]
	kept = p.dropClosingNotes(p.dropEchoes(p.dropContentsLinks(p.dropSetBoxes(kept))))
	body := make([]string, 0, len(kept))
	for k, i := range kept {
		if k > 0 && p.sameRow(kept[k-1], i) {
			body[len(body)-1] += cellSeparator + p.blocks[i].text
			continue
		}
		body = append(body, p.blocks[i].text)
	}
	return body
}

// maxStackKept is the most blocks of a story region whose kept indexes
// genericBody holds on the stack.
const maxStackKept = 32

// cellSeparator joins the cells of a table row into one line, the way a
// table reads as plain text: "1 | Chicago Booth | $175,000".
const cellSeparator = " | "

// sameRow reports a kept cell i that continues the row of the kept cell
// before it: a row reads as one line, not a column of fragments. Cells of
// prose (a layout table's columns) stand as paragraphs of their own.
func (p *page) sameRow(prev, i int32) bool {
	a, b := &p.blocks[prev], &p.blocks[i]
	return i == prev+1 && isCell(a) && isCell(b) && !b.row && len(a.text) <= maxCellText && len(b.text) <= maxCellText
}

// storyBlocks returns the indexes of the blocks of [start, end) that the
// body keeps, appended to body (empty: the caller gives the room).
func (p *page) storyBlocks(start, end int, body []int32) []int32 {
	notes := false
	announced := false              // under a line that announces a list ("Sources:"), and its linked lines
	boxEnd := start                 // the end of the consent box the walk is in, if any
	cellsEnd, cells := start, false // the end of the run of table cells the walk is in, and whether it is data
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if i < boxEnd {
			continue
		}
		k := p.lineKindsAt(i)
		if isConsentPromptIn(b.text, k) {
			boxEnd = p.boxEnd(i, start, end)
			continue
		}
		if i >= cellsEnd && isCell(b) {
			cellsEnd, cells = p.cellRun(i, end)
		}
		if i < cellsEnd && cells && !b.chrome && b.caption == 0 && b.linkDensity() <= 0.5 {
			// A data table's cells are the story's figures: "1", "$175,000"
			// and "1/1/2013" are short, end no sentence and look like
			// dates, but say what the table says.
			body = append(body, int32(i))
			continue
		}
		// A list's items may be paragraphs (<li><p>): a linked one goes
		// on with the list a line announced, as an <li> does, unless it
		// follows a list of <li>s, which it then closes.
		linkedItem := b.tag == atom.P && b.linkDensity() > 0.5 && (i == 0 || p.blocks[i-1].tag != atom.Li)
		if b.tag != atom.Li && !linkedItem && !b.chrome && b.caption == 0 && b.text != "" {
			announced = strings.HasSuffix(b.text, ":")
		}
		if b.chrome || b.caption > 0 {
			continue
		}
		// A block is left for what it says (isDroppedText, dear: it reads
		// the line) or for its shape (cheap). Either way it is left, so
		// the shape is read first, and the line only when the shape keeps
		// it; but a footer ends the body unless its text drops it, and so
		// it is read whatever its shape.
		tail := p.storyTail(i, end, body)
		if tail != tailNone && !tail.endsStory() {
			continue
		}
		// AP's notes follow a rule of underscores; a line that opens with
		// a letter is none, and is spared the call's trim of every line.
		rule := b.text != "" && (b.text[0] == '_' || b.text[0] == ' ') && isUnderscoreRule(b.text)
		// A stray label is set in no <p> (isStrayLabel's test, asked
		// first here): the story's paragraphs are spared the call.
		if tail == tailNone && (p.isStrayLink(i, start, end, announced) || !notes && !rule && b.tag != atom.P && isStrayLabel(b) && !p.isFactLine(i, start, end)) {
			continue
		}
		// What the line says is isDroppedText, its noise judged once for
		// the page (see isNoiseAt), asked here rather than through a
		// helper of its own: a call more for every paragraph. A
		// government banner's line is no longer than maxGovBanner (see
		// isGovBanner): longer paragraphs are spared the call.
		if p.isNoiseAt(i) || isDroppedBeyondNoise(b) || len(b.text) <= maxGovBanner && p.isGovBannerLine(i, start, end) {
			continue
		}
		if tail.endsStory() {
			if len(body) > 0 {
				return body
			}
			continue
		}
		notes = notes || rule
		body = append(body, int32(i))
	}
	return body
}

// isDroppedText reports a block whose text is no part of the story: a
// widget's noise, filler, the page's note about itself (see isPageNote),
// a timestamp, a caption or a credit line away from its picture, or the
// byline.
func isDroppedText(b *block) bool {
	return isNoise(b.text) || isDroppedBeyondNoise(b)
}

// isDroppedBeyondNoise is isDroppedText but for isNoise.
//
// The first byte isPlaceholderText reads ("l" in either case) and the
// length limits of isPageNote and isTimestampLine are tested before the
// calls: most paragraphs open otherwise and are longer than either reads.
func isDroppedBeyondNoise(b *block) bool {
	n := len(b.text)
	return (mayBePlaceholder(b.text) && isPlaceholderText(b.text)) ||
		(n <= maxPageNote && isPageNote(b.text)) ||
		(n <= maxTimestampLine && isTimestampLine(b.text)) ||
		b.isMetaLine() || b.isCaptionLine() || b.isCreditLine()
}

// isStrayLink reports block i of the story region [start, end) as a link
// the body leaves: a line mostly of links that ends no sentence, unless a
// linked subhead or an entry that leads off the site (see isOffsiteEntry,
// announced as there), or a teaser card's title or summary.
func (p *page) isStrayLink(i, start, end int, announced bool) bool {
	b := &p.blocks[i]
	if b.nLinks == 0 {
		// No link, so no link text (the walk counts only the links' own
		// text): the line is no link, card or blurb, and only a card's
		// summary, which the link above it makes, can be stray. Most of
		// the story's paragraphs are so.
		// A card's summary follows its title, one link (isCardSummary's
		// first test): a line after any other is none, without the call.
		return i > start && p.blocks[i-1].nLinks == 1 && p.isCardSummary(i)
	}
	return b.linkDensity() > 0.5 && !endsSentence(b.text) && !p.isLinkedSubhead(i, end) && !p.isOffsiteEntry(b, announced) && !p.isMixedListItem(i) || isLinkedCard(b) || i > start && (p.isCardSummary(i) || p.isCardBlurb(i))
}

// isCardBlurb reports block i as the blurb of a card that links whole to
// another page: a line that is one link, to the address the heading
// just before it links to (a card wrapped in one <a>, its title and its
// summary inside). The entry of a list article links its name and goes
// on in words of its own; the story's subheads link nowhere. The heading
// is the block just before (i > 0).
func (p *page) isCardBlurb(i int) bool {
	b, h := &p.blocks[i], &p.blocks[i-1]
	if !b.isLink() || !h.isLink() || h.heading == 0 || b.heading > 0 {
		return false
	}
	href := p.linksOf(b)[0].href
	return href != "" && href[0] != '#' && href == p.linksOf(h)[0].href
}

// isMixedListItem reports block i as a linked item of a list whose item
// next to it (before or after, in the same region) is the list's own
// unlinked text (see isListText): a list of the story's (a packing list
// that links a few of its things to a shop, a directory that links the
// names it has an address for). A menu or a rail links every item. An
// item of one word is left to the link rule: a bare address
// ("example.com") is a reference, not an entry.
func (p *page) isMixedListItem(i int) bool {
	b := &p.blocks[i]
	if b.tag != atom.Li || !strings.Contains(b.text, " ") {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(p.blocks) {
			continue
		}
		if c := &p.blocks[j]; c.region == b.region && isListText(c) {
			return true
		}
	}
	return false
}

// isListText reports an unlinked list item that says something of its
// own ("Tent", "Fees based on income", "$4,000-$4,500"), not a teaser's
// meta line: a rail of teasers sets its reading times, dates and bylines
// ("5 min read", "March 5, 2024", "By Jane Doe") in unlinked items
// between the linked titles, and those make no list of the story's.
func isListText(c *block) bool {
	return c.tag == atom.Li && c.nLinks == 0 && c.text != "" && !c.chrome && !isDroppedText(c) && !looksLikeDate(c.text)
}

// isStrayLabel reports a widget's stray label ("More", "See Also", "1 /
// 5"): short, saying nothing, in no heading, list item or paragraph
// element. Subheads are headings and stay, and so do the trailers that
// splitSignoff takes; the caller keeps the lines that give the story's
// facts (see isFactLine), and notes after a rule of underscores.
func isStrayLabel(b *block) bool {
	return b.heading == 0 && b.tag != atom.Li && b.tag != atom.P && len(b.text) < 40 && !endsSentence(b.text) && !isTrailerLine(b.text)
}

// maxFactGap is how far, in blocks, isFactLine looks for another field
// line with the same label: the next entry of a list article.
const maxFactGap = 64

// isFactLine reports block i of the story region [start, end) as one of
// the story's facts: a field line (see isFieldLine) beside another one
// (a spec sheet's "Date:" over its "Location:"), or whose label a field
// line near it gives again (each entry of a list gives its "Price:"). A
// widget prints its one label alone ("Category: Local News" under the
// headline), and its runs are of widget labels and empty values, which
// isFieldLine refuses.
func (p *page) isFactLine(i, start, end int) bool {
	s := p.blocks[i].text
	if !isFieldLine(s) {
		return false
	}
	if i > start && isFieldLine(p.blocks[i-1].text) || i+1 < end && isFieldLine(p.blocks[i+1].text) {
		return true
	}
	label := s[:strings.Index(s, ": ")+2]
	for j := max(start, i-maxFactGap); j < min(end, i+maxFactGap+1); j++ {
		if j != i && strings.HasPrefix(p.blocks[j].text, label) && isFieldLine(p.blocks[j].text) {
			return true
		}
	}
	return false
}

// maxFieldLabel is the longest label of a field line ("Registration").
const maxFieldLabel = 24

// isFieldLine reports a line that gives a field and its value: a label
// of a word or two, a colon and the value ("Location: Barcelona, Spain",
// "PRICE: $373-$400", "License: CC-BY"): a spec sheet's or a list
// entry's facts, the story's, where a widget's label says nothing after
// it. A widget's own labels (see widgetLabels) and values that count,
// time or size something ("Comments: 0", "Listen: 4:12", "Text size: A
// A A") or sort a list ("Sort by: Newest") are no facts.
func isFieldLine(s string) bool {
	if s == "" || !isUpperASCII(s[0]) {
		return false
	}
	// Only a first ": " at maxFieldLabel or before counts, and one there
	// lies within the first maxFieldLabel+2 bytes: the search reads no
	// further, where a line's first ": " is often far or nowhere.
	i := strings.Index(s[:min(len(s), maxFieldLabel+2)], ": ")
	if i <= 0 {
		return false
	}
	// A value is a name, a place, an address or a figure: a few words,
	// not a phrase run on in lower case ("Lakeland: big enough for
	// holidays") nor a tagline ("Sparkle: Organize your Mac with AI"),
	// which are subheads.
	// Counted, not split: a slice of words for each line would be an
	// allocation per candidate.
	words, first := 0, byte(0)
	for w := range strings.FieldsSeq(s[i+2:]) {
		if words == 0 {
			first = w[0]
		}
		if words++; words > maxFieldWords {
			return false
		}
	}
	if words == 0 || words > 1 && first >= 'a' && first <= 'z' || isEmptyValue(s[i+2:], words) {
		return false
	}
	spaces := 0
	for _, c := range []byte(s[:i]) {
		switch {
		case c == ' ':
			spaces++
		case c|0x20 < 'a' || c|0x20 > 'z':
			return false // code ("\"urls\": {", "t: mov eax"), not a label
		}
	}
	var buf [maxFieldLabel]byte
	return spaces < 2 && !widgetLabels[string(appendLower(buf[:0], s[:i]))]
}

// widgetLabels are the labels of a page's widgets, which print a field's
// shape over no fact of the story: counters, sharing, sorting, type
// size, audio players, paging between stories, the sponsor and the
// credit the head reads already.
var widgetLabels = map[string]bool{
	"comment": true, "comments": true, "views": true, "share": true, "share this": true,
	"sort by": true, "sort": true, "text size": true, "font size": true, "listen": true,
	"sponsored": true, "sponsored by": true, "previous": true, "next": true, "author": true,
	"by": true, "reading time": true, "read time": true, "filed under": true, "posted in": true,
}

// isEmptyValue reports a field's value v, of n words, that states no
// fact: only counts, times and single letters ("0", "1,234", "4:12", "A
// A A"), or an order to sort by ("Newest").
func isEmptyValue(v string, n int) bool {
	var buf [8]byte
	if w := strings.TrimSpace(v); n == 1 && len(w) <= len(buf) && sortOrders[string(appendLower(buf[:0], w))] {
		return true
	}
	for w := range strings.FieldsSeq(v) {
		if len(w) > 1 && strings.Trim(w, "0123456789,.:") != "" {
			return false // a word, or a figure with its unit ("$35-$45")
		}
	}
	return true
}

// sortOrders are the orders a list's sorting widget offers.
var sortOrders = map[string]bool{"newest": true, "oldest": true, "popular": true, "top": true, "best": true, "latest": true}

// maxFieldWords is the most words of a field's value ("San Jose,
// California, USA").
const maxFieldWords = 4

// isUpperASCII reports an ASCII capital letter.
func isUpperASCII(c byte) bool {
	return c >= 'A' && c <= 'Z'
}

// minDataCells is the fewest cells in a row of blocks that make a data
// table: a grid of figures, where a layout table of page furniture holds
// a cell or two of text between its links.
const minDataCells = 6

// isCell reports a block that is a table's cell.
func isCell(b *block) bool {
	return b.tag == atom.Td || b.tag == atom.Th
}

// cellRun returns the end of the run of table cells that opens at block
// i (before end), and whether it is a data table's: at least
// minDataCells cells, fewer than a third of them links (a table of links
// is a menu or an index) and none a paragraph of prose longer than a
// cell's note (a layout table puts whole stories in cells, and those are
// judged as paragraphs).
func (p *page) cellRun(i, end int) (int, bool) {
	j, linked, long := i, 0, 0
	for ; j < end && isCell(&p.blocks[j]); j++ {
		b := &p.blocks[j]
		if b.linkDensity() > 0.5 {
			linked++
		}
		if len(b.text) > maxCellText {
			long++
		}
	}
	n := j - i
	return j, n >= minDataCells && linked*3 < n && long == 0
}

// maxCellText is the longest text of a data table's cell: a note in a
// row, not a story's paragraph.
const maxCellText = 400

// minRepeated is the shortest paragraph whose repeat counts, and
// minRepeatedRun the fewest repeats in a row that are dropped.
const (
	minRepeated    = 60
	minRepeatedRun = 3
)

// dropRepeatedRuns drops, from the kept blocks, runs of blocks that each
// repeat one printed before, with minRepeatedRun paragraphs among them:
// the story printed a second time for small screens, or a box printed at
// the top and the bottom. A paragraph repeated on its own stays: stories
// repeat a refrain, a credit under each picture of a list, a notice under
// each chart.
func (p *page) dropRepeatedRuns(kept []int32) []int32 {
	var seen map[string]bool // the texts read so far, on long bodies only: see printedBefore
	if len(kept) > maxScannedBody {
		seen = make(map[string]bool, len(kept))
	}
	out := kept[:0]
	run, long := 0, 0 // the repeats since the last new block, and its paragraphs
	flush := func(n int) {
		if run > 0 && long < minRepeatedRun {
			out = append(out, kept[n-run:n]...) // a short run stays
		}
		run, long = 0, 0
	}
	// The lengths of the texts read so far, by their low eight bits: a
	// text of a length none had is new, without the comparisons with
	// each (most paragraphs differ in length).
	var lengths [4]uint64
	for n, i := range kept {
		b := &p.blocks[i]
		l := len(b.text) & 255
		had := lengths[l>>6]&(1<<(l&63)) != 0
		lengths[l>>6] |= 1 << (l & 63)
		if had && p.printedBefore(kept[:n], b.text, seen) {
			run++
			if isRepeatable(b) {
				long++
			}
			continue
		}
		if seen != nil {
			seen[b.text] = true
		}
		flush(n)
		out = append(out, i)
	}
	flush(len(kept))
	return out
}

// maxScannedBody is the most kept blocks dropRepeatedRuns compares one by
// one: most bodies hold a few dozen, and comparing the lengths of a few
// dozen texts costs less than a map of them; longer ones are looked up.
const maxScannedBody = 64

// printedBefore reports whether text is the text of one of the blocks
// earlier, looked up in seen when there is one (it then holds their
// texts), or else compared with each, its length first.
func (p *page) printedBefore(earlier []int32, text string, seen map[string]bool) bool {
	if seen != nil {
		return seen[text]
	}
	for _, j := range earlier {
		if t := p.blocks[j].text; len(t) == len(text) && t == text {
			return true
		}
	}
	return false
}

// minLabelledCards is the fewest cards that make a catalogue: two boxes
// with one label may be a story's pair of offers.
const minLabelledCards = 3

// maxCardLabel is the longest label over a card's title ("On-Demand
// Training", "Webinar", "Case study").
const maxCardLabel = 40

// dropLabelledCards drops, from the kept blocks, the cards of a catalogue
// set into the story: headings that are each one link, under a short
// label in the heading's own box that every card repeats ("On-Demand
// Training" over "Mobile Marketing" over a line of pitch), with the
// lines of the box under the heading. An entry of a list article is
// labelled for itself ("Best for most people", "Best value"); a card of
// a shop's or a school's catalogue wears the label of its kind.
func (p *page) dropLabelledCards(kept []int32) []int32 {
	label := p.cardLabel(kept)
	if label == "" {
		return kept
	}
	out := kept[:0]
	for k := 0; k < len(kept); k++ {
		if k+1 < len(kept) && p.blocks[kept[k]].text == label && p.isLabelledCard(kept[k], kept[k+1]) {
			r := p.blocks[kept[k+1]].region
			k += 2
			for k < len(kept) && p.blocks[kept[k]].region == r && p.blocks[kept[k]].heading == 0 {
				k++
			}
			k--
			continue
		}
		out = append(out, kept[k])
	}
	return out
}

// cardLabel is the label that minLabelledCards or more linked headings
// of the kept blocks stand under (see isLabelledCard), or "".
func (p *page) cardLabel(kept []int32) string {
	var labels [8]string
	var counts [8]int
	n := 0
	for k := 1; k < len(kept); k++ {
		// A card's title is a heading (isLabelledCard's first test):
		// the body's paragraphs are passed over without the call.
		if p.blocks[kept[k]].heading == 0 || !p.isLabelledCard(kept[k-1], kept[k]) {
			continue
		}
		t := p.blocks[kept[k-1]].text
		j := 0
		for j < n && labels[j] != t {
			j++
		}
		if j == n {
			if n == len(labels) {
				continue
			}
			labels[j], n = t, n+1
		}
		if counts[j]++; counts[j] >= minLabelledCards {
			return t
		}
	}
	return ""
}

// isLabelledCard reports a heading h that is one link, with a short line
// l just above it in its own box: a label, no link, ending no sentence.
func (p *page) isLabelledCard(l, h int32) bool {
	lb, hb := &p.blocks[l], &p.blocks[h]
	return hb.heading > 0 && hb.isLink() && lb.heading == 0 && lb.nLinks == 0 && lb.region == hb.region &&
		len(lb.text) <= maxCardLabel && !endsSentence(lb.text)
}

// isRepeatable reports a paragraph long enough that its repeat is no
// coincidence. Headings, list items and cells repeat in structured text
// ("Pros", "Price: $10").
func isRepeatable(b *block) bool {
	return len(b.text) >= minRepeated && b.heading == 0 && b.tag != atom.Li && b.tag != atom.Td && b.tag != atom.Th
}

// maxTeaserLine is the longest summary under a teaser's linked headline.
const maxTeaserLine = 300

// teaserTail returns where, in the kept blocks, a run of teasers for
// other stories begins that closes the body (len(kept) when none does):
// two or more headlines linked to other stories, or one announced by a
// line of its own ("Mehr dazu lesen Sie in unserem Liveblog:"), each with
// up to three lines of summary or labels after it, and nothing else after
// them. Subheads that link within the page ("#faq") or to things other
// than stories are no teasers, and a run that holds much of the body is a
// list article's entries, not teasers under a story.
func (p *page) teaserTail(kept []int32) int {
	from, headlines, lines := len(kept), 0, 0
	lead := -1 // a line announcing the teaser ("... lesen Sie in unserem Liveblog:")
scan:
	for j := len(kept) - 1; j >= 0; j-- {
		switch b := &p.blocks[kept[j]]; {
		case p.isTeaserHeadline(b):
			headlines++
			from, lines, lead = j, 0, -1
		case (b.heading == 0 && len(b.text) <= maxTeaserLine || len(b.text) < maxFragment) && lines < 3:
			lines++ // a summary, or a label ("Schlagwörter zu diesem Artikel")
			if headlines > 0 && strings.HasSuffix(b.text, ":") {
				lead = j
			}
		default:
			break scan
		}
	}
	if lead >= 0 {
		from = lead
	}
	if headlines < 2 && lead < 0 || headlines == 0 || p.textOf(kept[from:])*5 > p.textOf(kept)*2 {
		return len(kept)
	}
	return from
}

// bareHeadingsTail returns where, in the kept blocks, the run of
// headings that closes the body begins (len(kept) when it closes on
// text). A subhead announces the text under it; headings with nothing
// under them at the end are the titles of the footer's columns
// ("Ressorts", "Service", "Verlag"), of a box whose entries were left
// out, or the unlinked headlines of a rail of other stories. Small print
// set in headings ("Sources: ... Apple Support, 2024;") is text, and
// ends the run: see isBareHeading. A single heading stays (on the dev
// pages, taking it off lost more words of the truth than it saved).
func (p *page) bareHeadingsTail(kept []int32) int {
	n := len(kept)
	for n > 0 && isBareHeading(&p.blocks[kept[n-1]]) {
		n--
	}
	if len(kept)-n < minBareHeadings {
		return len(kept) // one subhead, whose text may have been left out as a list of links
	}
	return n
}

// dropSetBoxes drops, from the kept blocks, the boxes set between the
// story's paragraphs: a container of its own, opening on a heading,
// inside the container of the paragraphs just before and just after it,
// that something marks as furniture (a fact box, "Operation Dosimeter"
// over its background; a newsletter's sign-up; a rail of popular
// stories). A story cut into sections puts every section in a container
// of its own, so the paragraphs around a section are never the
// container's own; and a section wrapped alone (a site builder's block
// group) is marked as nothing but a group, so it stays.
func (p *page) dropSetBoxes(kept []int32) []int32 {
	out := kept[:0]
	for k := 0; k < len(kept); k++ {
		// A box opens on a block of another region than the kept one
		// before it (setBoxEnd's first test): the body's paragraphs
		// mostly share one, and are kept without the call.
		if k > 0 && k+1 < len(kept) && p.blocks[kept[k]].region != p.blocks[kept[k-1]].region {
			if m := p.setBoxEnd(kept, k); m > k {
				k = m - 1
				continue
			}
		}
		out = append(out, kept[k])
	}
	return out
}

// maxSetBox is the most lines of a box set between a story's paragraphs:
// a fact box holds a few points; a recipe's card or a list article's
// entries, set in a container of their own, run longer.
const maxSetBox = 15

// setBoxEnd returns where the box that opens at kept[k] ends in the kept
// blocks, when it is set between paragraphs of its parent and marked as
// furniture (see dropSetBoxes), or k.
func (p *page) setBoxEnd(kept []int32, k int) int {
	b, prev := &p.blocks[kept[k]], &p.blocks[kept[k-1]]
	if b.region == prev.region || prev.region < 0 || !prev.isParagraph() {
		return k
	}
	// A writer's box whose title, a credit line, the body left already
	// opens on the biography under it.
	credited := p.underAuthorTitle(kept[k])
	if b.heading == 0 && !credited {
		return k
	}
	up := prev.region
	r := b.region
	for r >= 0 && p.regions[r].parent != up {
		r = p.regions[r].parent
	}
	if r < 0 {
		return k
	}
	box := p.regions[r]
	m := k + 1
	for m < len(kept) && kept[m] >= box.start && kept[m] < box.end {
		m++
	}
	if m == len(kept) || m == k+1 && !credited || m-k > maxSetBox {
		return k
	}
	if next := &p.blocks[kept[m]]; next.region != up || !next.isParagraph() {
		return k
	}
	// The class names are read last, and only here: most headings fail
	// a test of the shape above.
	if credited || p.linksOut(kept[k:m]) || p.marksBox(b.region, r) || isWritersBox(b, &p.blocks[kept[k+1]]) {
		return m
	}
	return k
}

// marksBox reports whether a region from from up to box, an ancestor of
// it or itself, is marked as a box (see isMarkedBox).
func (p *page) marksBox(from, box int32) bool {
	for r := from; ; r = p.regions[r].parent {
		if p.regions[r].isMarkedBox() {
			return true
		}
		if r == box {
			return false
		}
	}
}

// underAuthorTitle reports a block right under a heading of its own
// container that is an author's box title over it (see isWritersBox).
func (p *page) underAuthorTitle(i int32) bool {
	if i == 0 {
		return false
	}
	t, b := &p.blocks[i-1], &p.blocks[i]
	return t.heading > 0 && t.region == b.region && isWritersBox(t, b)
}

// isWritersBox reports a box title and the first line under it as a
// writer's box: a title a template marks as the author's, or one that
// credits a person (see creditTitle) whose name the line says again, as
// a biography does ("Written by Ann Smith" over "Ann Smith covers the
// valley's towns"): the writer's lines, not the story's. A story's
// section is titled by what it tells.
func isWritersBox(title, first *block) bool {
	if title.author {
		return true
	}
	name, ok := creditTitle(title.text)
	return ok && (name == "" || namesAgain(first.text, name))
}

// namesAgain reports text that holds the first or the last word of name.
func namesAgain(text, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return strings.Contains(text, first) || strings.Contains(text, name[strings.LastIndexByte(name, ' ')+1:])
}

// creditTitle reads a heading that credits a person: "About the
// author" (no name given), or a credit word before a person's name
// ("Written by Ann Smith", "By Ann Smith"), which it returns. A looser
// byline test (a capital after "By") took a story's own sections for a
// writer's box: "By the Numbers", "By Comparison", "By Land, Sea and
// Air" head facts the story tells.
func creditTitle(s string) (name string, ok bool) {
	const about = "about the author"
	if len(s) >= len(about) && strings.EqualFold(s[:len(about)], about) {
		return "", true
	}
	if len(s) > maxBylineLen+3 {
		return "", false
	}
	rest, ok := stripBy(s)
	if !ok {
		return "", false
	}
	name, _, _ = strings.Cut(rest, ",") // "By Ann Smith, Staff Writer"
	name = strings.TrimSpace(name)
	if !isPersonName(name) || hasFunctionWord(name) {
		return "", false
	}
	return name, true
}

// hasFunctionWord reports an article, conjunction or preposition among
// the words of s, in any case: a title's words ("The Numbers"), never a
// name's.
func hasFunctionWord(s string) bool {
	var buf [8]byte
	for w := range strings.FieldsSeq(s) {
		if len(w) <= len(buf) && functionWords[string(appendLower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// functionWords are the short words of titles that no name holds.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "of": true, "for": true,
	"in": true, "on": true, "to": true, "at": true, "with": true, "from": true, "into": true,
	"&": true,
}

// linksOut reports a box whose lines are mostly links, or whose
// headings under its title all link: the headlines of other stories
// ("Popular" over four linked titles; a grid of cards, each a label, a
// linked headline and its summary). A story's section links a word here
// and there, not its lines, and its subheads link nowhere.
func (p *page) linksOut(lines []int32) bool {
	linked, heads, linkedHeads := 0, 0, 0
	for k, i := range lines {
		b := &p.blocks[i]
		if b.nLinks > 0 && int(b.linkLen)*2 >= len(b.text) {
			linked++
		}
		if k > 0 && b.heading > 0 {
			heads++
			if b.nLinks > 0 {
				linkedHeads++
			}
		}
	}
	return linked*2 >= len(lines) || heads > 0 && linkedHeads == heads
}

// isMarkedBox reports a region its element marks as a box: another
// story's <article>, a container of a form (a sign-up), or a <div> whose
// class names a box.
func (r *region) isMarkedBox() bool {
	return r.box || r.class != "" && isBoxName(r.class)
}

// isBoxName reports a class or id value one of whose words (whole words,
// as nameWords splits them: "metro-factbox", "infoBox") names a box set
// beside the story's text: a fact or info box, a teaser, a call to action
// ("inline-cta"), an embedded card. It is asked only of the few
// containers setBoxEnd weighs: set between the story's paragraphs under
// a heading. Words that name chrome ("related", "promo",
// "sidebar") are left to isChromeName, which drops their boxes before.
//
// "information" is also the word of a story's own section ("more-
// information" over how to comment on a plan), so it marks a box only
// beside a word that names an inserted component ("content_component
// information"; see componentWords).
func isBoxName(val string) bool {
	var buf [8]string
	var low [len("information")]byte
	info, component := false, false
	for name := range strings.FieldsSeq(val) {
		if len(name) > maxNameLen {
			continue
		}
		for _, w := range nameWords(name, buf[:0]) {
			if len(w) < 3 || len(w) > len(low) {
				continue
			}
			lw := string(appendLower(low[:0], w))
			if boxWords[lw] {
				return true
			}
			info = info || lw == "information"
			component = component || componentWords[lw]
		}
	}
	return info && component
}

// boxWords are the words of class names that mark a box beside a story.
var boxWords = map[string]bool{
	"box": true, "factbox": true, "infobox": true, "info": true, "fact": true, "facts": true,
	"teaser": true, "cta": true, "embed": true,
}

// componentWords name, in a class, a unit a site's editor inserts into a
// story (a component, a module, a widget, a card, a panel or a callout):
// with "information", the sign of a box.
var componentWords = map[string]bool{
	"component": true, "module": true, "widget": true, "card": true, "panel": true, "callout": true,
}

// minBareHeadings is the fewest headings in the run that bareHeadingsTail
// takes off: column titles come several to a footer.
const minBareHeadings = 2

// isBareHeading reports a heading that is a title and nothing else: no
// longer than a headline, ending no sentence and listing no things.
func isBareHeading(b *block) bool {
	return b.heading > 0 && len(b.text) <= maxHeadline && !endsSentence(b.text) && !strings.ContainsAny(b.text, ",;")
}

// textOf is the length of the text of the blocks at kept.
func (p *page) textOf(kept []int32) int {
	n := 0
	for _, i := range kept {
		n += len(p.blocks[i].text)
	}
	return n
}

// isTeaserHeadline reports a heading that is one link to another story.
func (p *page) isTeaserHeadline(b *block) bool {
	if b.heading == 0 || b.nLinks != 1 || int(b.linkLen)*10 < len(b.text)*9 {
		return false
	}
	return isStoryPath(p.linksOf(b)[0].href)
}

// isStoryPath reports an address whose last path segment is a story's
// slug, several words joined by hyphens ("/2024/05/kumiswe-abaphathi-
// bemut-ngezinsolo/", "/art41756471-niemcy-stale-zamkniecie.html"): the
// address of an article, where a webcam, a product or a section of the
// same page ("#faq", "view.htm?id=81B4") has none.
func isStoryPath(href string) bool {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	href = strings.TrimRight(href, "/")
	seg := href[strings.LastIndexByte(href, '/')+1:]
	return strings.Count(seg, "-") >= 3
}

// isLinkedCard reports a block that is nothing but link text and sits in
// no paragraph or list item of its own, or is cut short: the title or
// summary of a teaser card for another story, which templates wrap whole
// in one <a>. Prose that links a whole sentence sits in a <p>, and lists
// of links (a table of contents) in <li>s; both are judged elsewhere.
func isLinkedCard(b *block) bool {
	if b.nLinks == 0 || b.heading > 0 || int(b.linkLen)*10 < len(b.text)*9 {
		return false
	}
	return b.tag != atom.P && b.tag != atom.Li || endsWithEllipsis(b.text)
}

// endsWithEllipsis reports text cut short by "..." or "…": a teaser's
// summary, truncated to fit its card.
func endsWithEllipsis(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// maxBoxBlocks and maxBoxText bound a box set into a story: a consent
// placeholder or a sign-up form is a few short lines.
const (
	maxBoxBlocks = 8
	maxBoxText   = 1200
)

// boxEnd returns the end of the box that holds block i: the largest
// region around it, inside the story region [start, end), of a few short
// blocks, less than half the story's, and no story paragraph above i. A
// line directly in the story's own element is a box of itself.
func (p *page) boxEnd(i, start, end int) int {
	out := i + 1
	for r := p.blocks[i].region; r >= 0; r = p.regions[r].parent {
		reg := p.regions[r]
		n := int(reg.end - reg.start)
		if int(reg.start) < start || int(reg.end) > end || n > maxBoxBlocks || n*2 > end-start || p.hasProseBefore(int(reg.start), i) {
			break
		}
		_, total, _ := p.regionTextIn(int(reg.start), int(reg.end))
		if total > maxBoxText {
			break
		}
		out = int(reg.end)
	}
	return out
}

// hasProseBefore reports a long paragraph among the blocks [from, i):
// a box opens with its prompt or a label, not with story text.
func (p *page) hasProseBefore(from, i int) bool {
	for j := from; j < i; j++ {
		if b := &p.blocks[j]; b.hasParagraphShape() && len(b.text) >= 100 {
			return true
		}
	}
	return false
}

// isCaptionLine reports a caption or a credit printed as a paragraph,
// away from its picture (see isCaptionText and isAgencyCredit). Headings
// and list items are not captions: a spec list writes "Video: 4K/30p".
func (b *block) isCaptionLine() bool {
	return b.heading == 0 && b.tag != atom.Li && (isCaptionText(b.text) || len(b.text) <= maxAgencyCredit && isAgencyCredit(b.text))
}

// isCreditLine reports an author's credit line set inside the story
// element ("Von Nina Muster", "By Jane Doe and John Roe / Staff Writers"):
// the byline, not the story. Headings that open with "By" are subheads
// ("By Audience").
func (b *block) isCreditLine() bool {
	return b.heading == 0 && isBylineText(b.text)
}

// isMetaLine reports a line that states when or how long rather than
// telling the story: a date-and-time stamp or a clip's caption. Code
// (a log line, a JSON record) holds dates and times as data and stays.
func (b *block) isMetaLine() bool {
	return b.tag != atom.Pre && b.tag != atom.Code && (isDateTimeLine(b.text) || isMediaCredit(b.text))
}

// standfirst returns the paragraphs between the headline and the story
// region [from, to): the summary many sites set in an element of its own
// under the headline. Credit lines, dates and captions there are not.
func (p *page) standfirst(from, to int) []string {
	var out []string
	for i := p.windowStart(from, to, headWindow); i < to; i++ {
		b := &p.blocks[i]
		if !b.isParagraph() || len(b.text) < 50 || isRunTogether(b.text) {
			continue
		}
		// isNoise and isConsentPrompt would each scan the line for their
		// phrases: one scan answers both (see lineKinds).
		k := p.lineKindsAt(i)
		if isNoiseIn(b.text, k) || looksLikeDate(b.text) || isTimestampLine(b.text) || b.isMetaLine() || b.isCaptionLine() || isConsentPromptIn(b.text, k) || isBylineText(b.text) || b.tailKind() != tailNone {
			continue
		}
		out = append(out, b.text)
	}
	return out
}

// isRunTogether reports ASCII text without a space: slugs or tags run
// together ("full-ev-carsbattery-electric-vehicles..."), no sentence. A
// line of Japanese or Chinese has no spaces either, but bytes past ASCII.
func isRunTogether(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// timestampWords open the lines that date a page rather than tell its
// story: "Published May 4, 2023 1:22 PM UTC · Updated 2 hours ago".
var timestampWords = []string{
	"published", "updated", "posted", "last updated", "last modified", "veröffentlicht", "aktualisiert",
	"stand", "publié", "mis à jour", "publicado", "actualizado", "publikacja", "aktualizacja",
}

// maxTimestampLine is the longest line isTimestampLine reads.
const maxTimestampLine = 160

// isTimestampLine reports a line that opens with a timestamp word
// followed by a date or time ("Published May 4, 2023", "Updated: 14:05",
// "Posted on 2025-07-09"), not a sentence ("Published in 1998, the
// report...").
func isTimestampLine(s string) bool {
	// An ASCII first letter that opens no timestamp word ends the search
	// before the scan for a digit and the comparisons.
	if len(s) > maxTimestampLine || s == "" || s[0] < utf8.RuneSelf && !timestampInitials[lowerASCII(s[0])] || !hasDigit(s) {
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

// timestampInitials are the first letters of the timestampWords.
var timestampInitials = func() (t [256]bool) {
	for _, w := range timestampWords {
		t[w[0]] = true
	}
	return t
}()

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

// isOffsiteEntry reports a linked heading, or a linked item of a list
// that a line announces ("Tools we tested:"), whose links all lead off
// the site: the name of an entry of a list article (a product linked to
// its shop, an agency to its own site), or a source the story cites. A
// heading linked to another page of the site is a teaser for another of
// its stories; a list of the page's own anchors ("#faq") is its table of
// contents, and an item that is only an address ("example.com") a
// reference, not a sentence. No text is asked for under the heading: a
// comparison sets its products' names in headings one after the other
// ("Fluke 117" over "Klein Tools MM400"), each linked to its shop, and
// asking for it lost more of such names on the dev pages (4 pages down by
// more than 0.01 F1, 1 up) than it kept out of recommendation widgets.
// An item may be a list's <li> or a paragraph of its own (a list set as
// <li><p>, or as linked lines one after the other).
func (p *page) isOffsiteEntry(b *block, announced bool) bool {
	switch {
	case b.heading > 0:
	case (b.tag == atom.Li || b.tag == atom.P) && announced && strings.Contains(b.text, " "):
	default:
		return false
	}
	for _, l := range p.linksOf(b) {
		if p.isSitePage(l.href) || b.heading == 0 && (l.href == "" || l.href[0] == '#') {
			return false
		}
	}
	return true
}

// isSitePage reports an address of another page of the page's own site:
// a relative path, or an absolute address on a host of the same name
// ("www.bbc.com" and "bbc.co.uk", "promotions.shop.com" and
// "shop.com"), as the page's address has it or its og:url (a story
// syndicated from a sister site names that site's copy as canonical). An
// anchor of the page itself ("#faq") is not one.
func (p *page) isSitePage(href string) bool {
	if href == "" || href[0] == '#' {
		return false
	}
	rest, ok := strings.CutPrefix(href, "//")
	if i := strings.Index(href, "://"); !ok && i > 0 {
		rest, ok = href[i+3:], true
	}
	if !ok {
		return !strings.Contains(href[:min(len(href), 12)], ":") // a path; not mailto: or javascript:
	}
	host, _, _ := strings.Cut(rest, "/")
	return p.host() == "" || sameSiteName(host, p.host()) || sameSiteName(host, hostOf(p.meta.ogURL))
}

// hostOf is the host of an absolute address, or "".
func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	return host
}

// sameSiteName reports two host names that share the name of a site: a
// label other than the last, a country's "co" or a "www" ("bbc" in
// "www.bbc.com" and "bbc.co.uk"). Two blogs on one platform
// ("anna.wordpress.com", "ben.wordpress.com") share one so, and count as
// one site: from the names alone they cannot be told from two sections of
// a newsroom ("news.bbc.co.uk", "sport.bbc.co.uk"), whose links to each
// other are teasers, and telling them apart changed no dev page.
func sameSiteName(a, b string) bool {
	a, _, _ = strings.Cut(a, "?")
	for la := range strings.SplitSeq(a[:max(strings.LastIndexByte(a, '.'), 0)], ".") {
		if len(la) <= 2 || lookupFold(genericLabels, la) {
			continue
		}
		for lb := range strings.SplitSeq(b[:max(strings.LastIndexByte(b, '.'), 0)], ".") {
			if strings.EqualFold(la, lb) {
				return true
			}
		}
	}
	return false
}

// genericLabels are labels of host names that name no site: "www", and
// the second levels of countries' domains ("com.au", "gov.uk").
var genericLabels = map[string]bool{"www": true, "com": true, "org": true, "net": true, "gov": true, "edu": true}

// minCardTitleWords is the fewest words of a card's title: a headline
// says who did what, where a button says "Download & Print".
const minCardTitleWords = 4

// maxCardBlocks is the most blocks a teaser card holds: a section label,
// its linked title, its summary and a date or two.
const maxCardBlocks = 5

// isCardSummary reports block i as the summary of a teaser card for
// another of the site's stories: the line after a linked card title (see
// isLinkedCard) that links to a story's address, the two alone in a box
// of a card's size (maxCardBlocks blocks, maxCard bytes of text). Cards
// set into a story or lined up below it ("Read more" boxes) print the
// title as a link and the summary as a paragraph beside it; an entry of a
// list article links a name to its own site and goes on for paragraphs.
// The title is the block just before the summary (i > 0).
func (p *page) isCardSummary(i int) bool {
	b, t := &p.blocks[i], &p.blocks[i-1]
	if t.nLinks != 1 || b.nLinks > 0 || b.heading > 0 || b.region < 0 {
		return false // most blocks: the one before is no single link
	}
	j := i - 1
	if !isLinkedCard(t) || strings.Count(t.text, " ") < minCardTitleWords-1 || !isStoryPath(p.linksOf(t)[0].href) || !p.isSitePage(p.linksOf(t)[0].href) {
		return false
	}
	// The smallest box around the summary that holds the title too.
	r := b.region
	for r >= 0 && int(p.regions[r].start) > j {
		r = p.regions[r].parent
	}
	if r < 0 {
		return false
	}
	reg := p.regions[r]
	if reg.end-reg.start > maxCardBlocks {
		return false
	}
	_, total, _ := p.regionTextIn(int(reg.start), int(reg.end))
	return total <= maxCard
}

// outsideTail returns where, in the kept blocks, the run that closes the
// body outside the container of the story's paragraphs begins (len(kept)
// when there is none). The story's paragraphs share an element; what
// the region holds after that element closes (an author's box, the
// site's blurb, a newsletter's pitch) is set apart from the story when
// the markup or the text says it is a box (see isBoxRun). Being outside
// and short is no evidence alone: templates close a story's last
// paragraphs outside its first container (after an ad slot, a list, a
// figure, in a "-more" part), so a run of bare paragraphs beside the
// container, a run that reports someone's words and the story's next
// section stay.
func (p *page) outsideTail(kept []int32) int {
	if len(kept) < minOutsideStory+1 {
		return len(kept)
	}
	r := p.blocks[kept[0]].region
	from, story := len(kept), int32(-1)
	for k := 1; k < len(kept); k++ {
		i := kept[k]
		// A block inside region r, most of them, is tested once: the
		// climb to the region that holds it is needed only where the
		// blocks leave r, which the same test notes.
		if r >= 0 && (i < p.regions[r].start || i >= p.regions[r].end) {
			from, story = k, r
			for r >= 0 && (i < p.regions[r].start || i >= p.regions[r].end) {
				r = p.regions[r].parent
			}
		}
	}
	if from < minOutsideStory || from == len(kept) || p.textOf(kept[from:])*outsideShare > p.textOf(kept[:from]) {
		return len(kept)
	}
	first := p.blocks[kept[from]].region
	if first == r {
		return len(kept) // bare blocks beside the story's container: its own
	}
	if p.isSubheadLike(kept[:from], kept[from]) || p.sameKind(story, first, r) || p.blocks[kept[from]].tag == atom.Li && p.blocks[kept[from-1]].tag == atom.Li {
		return len(kept) // like sections, or a list's items going on in a column of their own
	}
	if !p.isBoxRun(kept[from:], story, r) {
		return len(kept)
	}
	return from
}

// isBoxRun reports positive evidence that run, kept after the story's
// container (region story, inside region up) closed, is a box beside
// the story and not the story's end: nothing in it reports anyone's
// words or quotes them (a box speaks for the site; a story's closing
// lines quote and attribute), and one of these holds: a line of it is
// marked as the author's (an author's box); a container around it has a
// class word of a box, a bio or a pitch; it sits beside an image under a
// title (a promo's card); most of its text is links; or the story's
// container is an <article> of its own, which says where the story ends.
func (p *page) isBoxRun(run []int32, story, up int32) bool {
	links, author := 0, false
	for _, i := range run {
		b := &p.blocks[i]
		if hasReportingVerb(b.text) || hasQuotation(b.text) {
			return false
		}
		links += int(b.linkLen)
		author = author || b.author
	}
	first := p.blocks[run[0]].region
	return author || links*2 > p.textOf(run) || p.hasBoxClass(first, up) ||
		p.isImageCard(first, &p.blocks[run[0]]) || p.closesArticle(story, up)
}

// hasBoxClass reports a region from r up to (not including) up whose
// class has a word of a box beside the story (see isBoxName), of chrome
// (see isChromeName: "author", "newsletter", "promo") or of a bio.
func (p *page) hasBoxClass(r, up int32) bool {
	for ; r >= 0 && r != up; r = p.regions[r].parent {
		if c := p.regions[r].class; c != "" && (isBoxName(c) || isChromeName(c) || hasClassWord(c, bioWords)) {
			return true
		}
	}
	return false
}

// bioWords are class words of a writer's or a site's blurb that neither
// isBoxName nor isChromeName knows.
var bioWords = []string{"bio", "bios", "biography", "profile", "signup"}

// hasClassWord reports whether a word of the class value val (split as
// nameWords splits a name) is one of words, in any case.
func hasClassWord(val string, words []string) bool {
	var buf [8]string
	for name := range strings.FieldsSeq(val) {
		if len(name) > maxNameLen {
			continue
		}
		for _, w := range nameWords(name, buf[:0]) {
			if anyFold(w, words, false) {
				return true
			}
		}
	}
	return false
}

// isImageCard reports region r, which holds b (the run's first block), as
// a card: an image beside at most maxCard bytes of text under a title (a
// line ending no sentence), the shape of a promo's or an author's card.
func (p *page) isImageCard(r int32, b *block) bool {
	if r < 0 || len(b.text) > maxHeadline || endsSentence(b.text) {
		return false
	}
	reg := p.regions[r]
	if _, total, _ := p.regionTextIn(int(reg.start), int(reg.end)); total > maxCard {
		return false
	}
	for k := range p.images {
		if at := int32(p.images[k].at); at >= reg.start && at < reg.end && !p.images[k].chrome {
			return true
		}
	}
	return false
}

// closesArticle reports a region from story up to (not including) up
// that is an <article> of its own (or a box holding a form): the story's
// element closed before the run.
func (p *page) closesArticle(story, up int32) bool {
	for r := story; r >= 0 && r != up; r = p.regions[r].parent {
		if p.regions[r].box {
			return true
		}
	}
	return false
}

// hasQuotation reports a quotation in s: an opening quote mark, at least
// minQuoteWords words and a closing quote mark, with punctuation before
// or right after it ("“We will be ready,” the mayor said", "„Wir sind
// bereit“, sagte er"), where a scare-quoted phrase ("a "winning formula,"
// you can scale") or an empty pair has fewer words.
func hasQuotation(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		closer, ok := quotePair(r)
		if !ok || i-n > 0 && s[i-n-1] != ' ' && s[i-n-1] != '(' {
			continue
		}
		j := strings.IndexRune(s[i:], closer)
		if j < 0 {
			return false
		}
		q := strings.TrimSpace(s[i : i+j])
		i += j + utf8.RuneLen(closer)
		after := strings.TrimLeft(s[i:], " ")
		if q != "" && strings.Count(q, " ")+1 >= minQuoteWords && (strings.ContainsRune(",.!?…", lastRune(q)) || after != "" && strings.ContainsRune(",.!?;:", rune(after[0]))) {
			return true
		}
	}
	return false
}

// minQuoteWords is the fewest words of a quotation hasQuotation counts.
const minQuoteWords = 3

// quotePair returns the closing mark of an opening quote mark r.
func quotePair(r rune) (rune, bool) {
	switch r {
	case '"':
		return '"', true
	case '“':
		return '”', true
	case '«':
		return '»', true
	case '„':
		return '“', true
	}
	return 0, false
}

// isSubheadLike reports block i as a heading of a level the story's
// blocks (kept) already use for their subheads: the next section of the
// story, not a box's title.
func (p *page) isSubheadLike(kept []int32, i int32) bool {
	h := p.blocks[i].heading
	if h == 0 {
		return false
	}
	for _, j := range kept {
		if p.blocks[j].heading == h {
			return true
		}
	}
	return false
}

// sameKind reports regions a and b, inside region up, as parts of one
// run of like containers: their outermost containers below up share a
// class name, or one's name goes on the other's ("text-block" and
// "text-block text-block--last", "story-part" and "story-part-2"). A
// story cut into sections sets each in a container like the last; an
// author's box or a pitch has a class of its own.
func (p *page) sameKind(a, b, up int32) bool {
	a, b = p.childOf(a, up), p.childOf(b, up)
	return a >= 0 && b >= 0 && a != b && shareClassName(p.regions[a].class, p.regions[b].class)
}

// shareClassName reports class values x and y with a name in common, or
// a name of one that opens a name of the other before a separator.
func shareClassName(x, y string) bool {
	for t := range strings.FieldsSeq(x) {
		for u := range strings.FieldsSeq(y) {
			if t == u || extendsName(t, u) || extendsName(u, t) {
				return true
			}
		}
	}
	return false
}

// extendsName reports name u as name t going on after a separator
// ("entry-content-more" of "entry-content").
func extendsName(t, u string) bool {
	return len(u) > len(t) && strings.HasPrefix(u, t) && (u[len(t)] == '-' || u[len(t)] == '_')
}

// childOf returns the region holding r (r itself included) whose parent
// is up, or -1 when r is up or outside it.
func (p *page) childOf(r, up int32) int32 {
	for r >= 0 && p.regions[r].parent != up {
		r = p.regions[r].parent
	}
	return r
}

// minOutsideStory is the fewest kept blocks before the run outsideTail
// takes off; outsideShare bounds the run's text: at most 1/outsideShare
// of the text before it.
const (
	minOutsideStory = 3
	outsideShare    = 2
)
