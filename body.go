package newswire

import (
	"strings"
	"time"
	"unicode/utf8"
)

// bodyEnd is the index of the first block after the body: the template's
// end marker, the first tail phrase ("Related Links", "Subscribe Free To
// Our Daily Newsletters", a copyright line), or a bare dateline, which
// only teasers print below a story.
func (p *page) bodyEnd(start int) int {
	end := len(p.blocks)
	if m := p.markers.bodyEnd; m > start {
		end = m
	}
	paragraphs := 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if k := b.tailKind(); k != tailNone {
			return i
		}
		if paragraphs > 0 && len(b.text) < 120 {
			if _, ok := lineDateline(b.text, time.Time{}); ok {
				return i
			}
		}
		paragraphs++
	}
	return end
}

// bodyText returns the paragraphs between start and end, leaving out
// chrome, captions, ad labels and blocks that are mostly links.
func (p *page) bodyText(start, end int) []string {
	body := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || p.isNoiseAt(i) {
			continue
		}
		if b.linkDensity() > 0.5 && !endsSentence(b.text) {
			continue
		}
		body = append(body, b.text)
	}
	return body
}

// bodyImages returns the pictures placed between start and end, with the
// caption the template prints beside them.
func (p *page) bodyImages(start, end int) []Image {
	var out []Image
	for i := range p.images {
		im := &p.images[i]
		if im.at < start || im.at > end || im.chrome {
			continue
		}
		u, ok := p.resolve(im.src)
		if !ok {
			continue
		}
		caption, credit := splitCredit(im.caption)
		out = append(out, Image{URL: u, Caption: caption, Credit: credit})
	}
	return out
}

// relatedLinks reads the links listed under "Related Links" after the
// body, up to the next part of the tail.
func (p *page) relatedLinks(from int) []Link {
	var out []Link
	in := false
	for i := from; i < len(p.blocks); i++ {
		b := &p.blocks[i]
		switch k := b.tailKind(); {
		case k == tailRelatedLinks:
			in = true
			continue
		case k != tailNone && in:
			return out
		}
		if !in {
			continue
		}
		if b.nLinks == 0 && len(b.text) > 200 {
			return out
		}
		out = p.appendLinks(out, b)
	}
	return out
}

// relatedAfter is relatedLinks(from) and relatedStories(from), the lists'
// labels found in one read of the blocks below the story. Each list reads
// nothing above its label, so each starts there; and a block that cannot
// be a label by its first byte (see mayOpenRelated) is passed over
// without its tail kind worked out.
func (p *page) relatedAfter(from int) ([]Link, []RelatedStory) {
	links, content := -1, -1 // the first label of each list
	for i := from; i < len(p.blocks) && (links < 0 || content < 0); i++ {
		b := &p.blocks[i]
		if !mayOpenRelated(b.text) {
			continue
		}
		switch b.tailKind() {
		case tailRelatedLinks:
			if links < 0 {
				links = i
			}
		case tailRelatedContent:
			if content < 0 {
				content = i
			}
		}
	}
	var out []Link
	if links >= 0 {
		out = p.relatedLinks(links)
	}
	if content < 0 {
		return out, nil
	}
	return out, p.relatedStories(content)
}

// mayOpenRelated reports whether text may open a box of related links or
// stories (tailRelatedLinks, tailRelatedContent), and false only where
// tailOf proves it cannot. tailOf reads a line with a "|" (up to
// maxToolBar) by its parts; any other line is tailPhrase's, which trims
// only a line that opens with a space or a byte past ASCII (see
// isPlainByte), and whose related phrases and prefixes all open with an
// "r" ("related links") or a "t" ("the following news reports may link")
// in either case.
func mayOpenRelated(text string) bool {
	if text == "" {
		return false
	}
	if c := text[0]; !isPlainByte(c) || c|0x20 == 'r' || c|0x20 == 't' {
		return true
	}
	return len(text) <= maxToolBar && strings.IndexByte(text, '|') >= 0
}

// inlineRelated reads the boxes of related links that outlets set between
// a story's paragraphs ("Read more", "Related:", "Also Read:"): a label,
// then links, inside the story region [start, end).
func (p *page) inlineRelated(start, end int) []Link {
	var out []Link
	in := false
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		switch {
		case b.caption > 0: // a related box is chrome to the body, not to this list
		case b.nLinks > 0 && b.linkDensity() >= 0.6 && (in || hasRelatedLabel(b.text)):
			out = p.appendLinks(out, b)
		case b.nLinks == 0 && len(b.text) <= 40 && hasRelatedLabel(b.text):
			in = true
			continue
		}
		in = false
	}
	return out
}

func (p *page) appendLinks(out []Link, b *block) []Link {
	for _, l := range p.linksOf(b) {
		if u, ok := p.resolve(l.href); ok && len(out) < maxRelated {
			out = append(out, Link{Text: l.text, URL: u})
		}
	}
	return out
}

// relatedLabels open inline boxes of related links, in the languages wire
// copy is republished in.
var relatedLabels = []string{
	"related", "read more", "also read", "see also", "more on this", "read also",
	"mehr zum thema", "lire aussi", "leia também", "lea también", "más información",
}

func hasRelatedLabel(s string) bool {
	// An ASCII first letter that opens no label rules the line out before
	// the folded comparisons (a byte past ASCII may fold into one: "ſee").
	if s == "" || s[0] < utf8.RuneSelf && !relatedInitials[lowerASCII(s[0])] {
		return false
	}
	// An ASCII first letter folds only into itself in the other case: the
	// labels that open with another are not compared.
	first := lowerASCII(s[0])
	for _, l := range relatedLabels {
		if (s[0] >= utf8.RuneSelf || l[0] == first) && len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			return true
		}
	}
	return false
}

// maxRelated bounds lists read from the tail.
const maxRelated = 50

// relatedStories reads the teasers under "RELATED CONTENT": a linked
// headline, the teaser's dateline under it, and its summary. The list ends
// at the first linked headline without a dateline (sister-site headline
// lists) or at the footer; sidebars of latest headlines are not related.
func (p *page) relatedStories(from int) []RelatedStory {
	i := from
	for i < len(p.blocks) && p.blocks[i].tailKind() != tailRelatedContent {
		i++
	}
	var out []RelatedStory
	for i++; i < len(p.blocks) && len(out) < maxRelated; i++ {
		b := &p.blocks[i]
		if p.isNoiseAt(i) || b.tailKind() == tailRelatedContent {
			continue
		}
		if b.tailKind() != tailNone {
			break
		}
		if !b.isLink() {
			continue
		}
		j := p.nextText(i + 1)
		d, ok := Dateline{}, false
		if j < len(p.blocks) {
			d, ok = lineDateline(p.blocks[j].text, time.Time{})
		}
		if !ok {
			if len(out) > 0 {
				break
			}
			continue
		}
		link := p.linksOf(b)[0]
		s := RelatedStory{Headline: link.text, Dateline: d}
		s.URL, _ = p.resolve(link.href)
		if k := p.nextText(j + 1); k < len(p.blocks) && !p.blocks[k].isLink() && p.blocks[k].tailKind() == tailNone && !looksLikeDate(p.blocks[k].text) {
			s.Summary = trimReadMore(p.blocks[k].text)
			j = k
		}
		out = append(out, s)
		i = j
	}
	return out
}

// nextText is the index of the first block from i that is not noise.
func (p *page) nextText(i int) int {
	for i < len(p.blocks) && p.isNoiseAt(i) {
		i++
	}
	return i
}

func trimReadMore(s string) string {
	for _, suffix := range []string{"read more", "Read more", "Read More", "..."} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	return strings.TrimRight(s, " .…")
}

// creditPrefixes open the credit part of a caption.
var creditPrefixes = []string{
	"Photo by ", "Photo: ", "Photo courtesy of ", "Photo courtesy ", "Image courtesy of ",
	"Image: ", "Image credit: ", "Credit: ", "Courtesy of ", "Illustration: ",
	"Illustration by ", "AP Photo/", "File photo: ", "Picture: ", "Foto: ", "© ",
}

// splitCredit separates a caption from its credit: "(Photo by Bill
// INGALLS / NASA / AFP)", "Photo courtesy of NASA.", "Credit: ESA".
func splitCredit(caption string) (string, string) {
	caption = strings.TrimSpace(caption)
	if caption == "" {
		return "", ""
	}
	if strings.HasSuffix(caption, ")") {
		if i := strings.LastIndexByte(caption, '('); i >= 0 {
			inner := caption[i+1 : len(caption)-1]
			if c, ok := creditText(inner); ok {
				return strings.TrimSpace(caption[:i]), c
			}
		}
	}
	if i := strings.LastIndex(caption, ". "); i > 0 {
		// A wire photo credit after the last sentence: "REUTERS/Alana Brecht".
		if tail := caption[i+2:]; strings.Contains(tail, "/") && isUpperWord(firstWord(strings.SplitN(tail, "/", 2)[0])) && len(tail) < 80 {
			return caption[:i+1], tail
		}
	}
	for _, pre := range creditPrefixes {
		// Most captions hold none of the prefixes: the forward search,
		// which runs on vector instructions, rules a prefix out for a
		// fraction of what the backward one costs.
		if !strings.Contains(caption, pre) {
			continue
		}
		if i := strings.LastIndex(caption, pre); i >= 0 && (i == 0 || pre == "© " || strings.ContainsAny(caption[max(i-2, 0):i], ".!?")) {
			c := strings.TrimRight(caption[i+len(pre):], ". ")
			if c != "" && len(c) < 120 {
				return strings.TrimSpace(caption[:i]), c
			}
		}
	}
	return caption, ""
}

func creditText(inner string) (string, bool) {
	if a, ok := knownAgency(inner); ok {
		return a, true // "(Yonhap)", "(Kyodo)"
	}
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(inner, pre) {
			return strings.TrimSpace(inner[len(pre):]), true
		}
	}
	return "", false
}

// maxFragment is the longest line that reads as a label rather than prose
// when it does not end a sentence.
const maxFragment = 40

// mostlyFragments reports whether more than half of body's paragraphs are
// fragments: short lines that end no sentence ("Sort By:", "HOME", "A").
func mostlyFragments(body []string) bool {
	fragments := 0
	for _, para := range body {
		if len(para) < maxFragment && !endsSentence(para) {
			fragments++
		}
	}
	return fragments*2 > len(body)
}

// minEchoSpaces is the fewest spaces (about seven words) of a block read
// as an echo of the one before it: a short line may stand twice in a row
// on purpose (a table's "60%", a song's refrain), a sentence does not.
const minEchoSpaces = 6

// dropEchoes drops, from the kept blocks, a block whose text is the text
// of the block kept right before it: the second copy a template prints of
// a paragraph (the summary it shows as the lead and again as the
// story's first paragraph, a hidden mobile copy beside the desktop one).
// A story never says the same sentence twice in a row; a repeat further
// on is left to dropRepeatedRuns, since stories do quote a line again.
// It filters kept in place.
func (p *page) dropEchoes(kept []int32) []int32 {
	if len(kept) < 2 {
		return kept
	}
	out := kept[:1]
	for _, i := range kept[1:] {
		// A refrain is sung once the story has begun: the copies that
		// open the body are the template's summary printed twice (a
		// fallback copy beside it that a script hides).
		if !p.isEcho(out[len(out)-1], i, len(out) > 1) {
			out = append(out, i)
		}
	}
	return out
}

// isEcho reports block i as a second copy of block prev (see
// isEchoText): one the template set in a container of its own (the
// summary's box, the mobile copy's), or after a line the body left (a
// dictionary's example and its source, printed twice). Two lines in a
// row of one container that say the same, once the story has begun
// (begun: a line is kept before prev), are the story's (see
// isRefrain). A table's cell is no copy either: two cells side by side
// may hold the same value ("1, plus $11 monthly per added user" for two
// plans).
func (p *page) isEcho(prev, i int32, begun bool) bool {
	a, b := &p.blocks[prev], &p.blocks[i]
	return isEchoText(a.text, b.text) && !isCell(b) && !(begun && isRefrain(a, b, prev, i))
}

// isRefrain reports blocks prev and i, which say the same, as lines in a
// row of one container: the story repeating a line on purpose, a refrain
// a crowd sang twice, a chant quoted twice in one blockquote.
func isRefrain(a, b *block, prev, i int32) bool {
	return i == prev+1 && a.region == b.region
}

// isEchoText reports a line b that repeats the line a printed right
// before it: the same text, a sentence (long enough, see minEchoSpaces,
// and ending as one). A grid's columns side by side may hold the same
// value, which ends no sentence ("1, plus $11 monthly per added user").
func isEchoText(a, b string) bool {
	return len(a) == len(b) && a == b && strings.Count(b, " ") >= minEchoSpaces && endsSentence(b)
}

// withStandfirst returns the body under the standfirst sf, less the
// standfirst's last line when the body opens with the same text: a
// template that prints the story's lead as its summary too (see
// dropEchoes).
func withStandfirst(sf, body []string) []string {
	if len(sf) > 0 && len(body) > 0 && isEchoText(sf[len(sf)-1], body[0]) {
		sf = sf[:len(sf)-1]
	}
	return append(sf, body...)
}

// minClosingProse is the shortest paragraph that shows the story still
// runs below a closing note (see dropClosingNotes).
const minClosingProse = 80

// dropClosingNotes drops, from the kept blocks, the closing notes (see
// isClosingNote) below the story's last paragraph, where the template
// prints them. Above it, the same lines are the story's. It filters kept
// in place, reading back from the end only as far as the last paragraph.
func (p *page) dropClosingNotes(kept []int32) []int32 {
	last := len(kept) // the first kept block below the last paragraph
	for last > 0 {
		t := p.blocks[kept[last-1]].text
		if len(t) >= minClosingProse && endsSentence(t) {
			break
		}
		last--
	}
	out := kept[:last]
	for _, i := range kept[last:] {
		if !isClosingNote(p.blocks[i].text) {
			out = append(out, i)
		}
	}
	return out
}

// maxContentsScan is the most kept blocks after a linked item that
// dropContentsLinks compares with it: a page's contents name the
// headings of the story below them, and bodies run to a few hundred
// blocks at most.
const maxContentsScan = 400

// dropContentsLinks drops, from the kept blocks, the items of the story's
// table of contents: a line that is all link and whose text a heading
// further down the body prints again ("1. How to get a visa" over the
// section "1. How to get a visa"). The body keeps the heading where its
// section starts; the contents list is the page's way to jump there. It
// filters kept in place.
func (p *page) dropContentsLinks(kept []int32) []int32 {
	out := kept[:0]
	for k, i := range kept {
		if !p.isContentsLink(i, kept[k+1:min(len(kept), k+1+maxContentsScan)]) {
			out = append(out, i)
		}
	}
	return out
}

// isContentsLink reports block i, a line that is all link, as an item of
// the contents: one of the headings in later prints its text again.
func (p *page) isContentsLink(i int32, later []int32) bool {
	b := &p.blocks[i]
	if b.nLinks == 0 || b.heading > 0 || int(b.linkLen)*10 < len(b.text)*9 {
		return false
	}
	for _, j := range later {
		if h := &p.blocks[j]; h.heading > 0 && len(h.text) == len(b.text) && h.text == b.text {
			return true
		}
	}
	return false
}
