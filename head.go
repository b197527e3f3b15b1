package newswire

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// head is what a page prints above its body.
type head struct {
	headline     int // block index
	section      string
	kicker       string
	byline       string
	authors      []string
	bylineAgency string
	dateline     Dateline
	bodyStart    int
	leadRest     string // the first paragraph without the dateline run on into it
}

// headWindow is how many blocks after the headline the byline and
// dateline may sit (ads and share bars come between on some templates).
const headWindow = 8

// findHead locates the headline, then the byline, kicker and dateline that
// follow it. The headline is found by the page's own signals (a heading, a
// bold line, agreement with the page's metadata title); when none stands
// out, the article's dateline is found first, as the one followed by the
// longest run of text, and the headline is the line above it.
func (p *page) findHead() (head, bool) {
	if h, ok := p.headUnderTitle(); ok {
		return h, true
	}
	return p.headByDateline(p.meta.publishedTime())
}

// headUnderTitle is the head read under the headline that headlineByTitle
// finds, worked out once: deciding the page's family needs it as well.
func (p *page) headUnderTitle() (head, bool) {
	if !p.underTitle.done {
		p.underTitle.done = true
		if i, ok := p.headlineByTitle(); ok {
			p.underTitle.h, p.underTitle.ok = p.headAfter(i, p.meta.publishedTime(), &noiseMarks{})
		}
	}
	return p.underTitle.h, p.underTitle.ok
}

// hasWireHead reports a page that prints its dateline as a line of its
// own under the headline, as SMN and wire-service sites do.
func (p *page) hasWireHead() bool {
	if !p.underTitle.done {
		// Most pages print no line under their title that could be a
		// dateline: the lines' shapes say so, without reading the head
		// (byline, kicker, dates), which only a page read in reading
		// order needs (see findHead), and asks for itself.
		hl, ok := p.headlineByTitle()
		var marks noiseMarks
		if !ok || !p.mayPrintDatelineUnder(hl, &marks) {
			return false
		}
		p.underTitle.done = true
		p.underTitle.h, p.underTitle.ok = p.headAfter(hl, p.meta.publishedTime(), &marks)
	}
	h, ok := p.underTitle.h, p.underTitle.ok
	return ok && !h.dateline.IsZero() && h.leadRest == ""
}

// leadDatelineOf is scanDateline(text, ref) of a story's first paragraph,
// read from the head under the title when that head found its dateline
// run on into this very text with the same reference time: deciding the
// page's family (hasWireHead) scans the lead of most wire stories read
// by content scoring, which then scan it again (see leadDateline in
// generic.go).
func (p *page) leadDatelineOf(text string, ref time.Time) (Dateline, string, bool) {
	if u := &p.underTitle; u.done && u.ok && u.h.leadRest != "" && u.h.bodyStart < len(p.blocks) &&
		p.blocks[u.h.bodyStart].text == text && ref == p.meta.publishedTime() {
		return u.h.dateline, u.h.leadRest, true
	}
	return scanDateline(text, ref)
}

// noiseMarks is what mayPrintDatelineUnder learnt of the lines under a
// headline that headAfter, reading them after it, can use. Their verdicts
// on noise are kept for both by the page (see isNoiseAt).
type noiseMarks struct {
	// noDatelineBefore is the block index before which mayPrintDatelineUnder
	// found no line that may be a dateline (see mayBeDatelineLine): headAfter
	// spares them the dateline scans. 0 when not judged.
	noDatelineBefore int
}

// mayPrintDatelineUnder reports whether headAfter, reading under the
// headline at hl, can come to a dateline line of its own: one of the lines
// it reads before it stops could be one (see mayBeDatelineLine). It reads
// the lines as headAfter does, and stops where headAfter stops whatever
// it found above: at the page's tail or at the first line of body text.
// What it learns that headAfter can use is kept in marks.
func (p *page) mayPrintDatelineUnder(hl int, marks *noiseMarks) bool {
	seen := 0
	for i := hl + 1; i < len(p.blocks) && seen < headWindow; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		// The shape first: a line that may be a dateline ends the
		// search, noise or not, without asking.
		if mayBeDatelineLine(b.text) {
			marks.noDatelineBefore = i
			return true
		}
		if p.isNoiseAt(i) {
			continue
		}
		seen++
		// headAfter's cases after the dateline's, each taken as it
		// would go on reading when it might: a byline or a kicker may
		// be read already.
		bodyText := !b.isLink() && (len(b.text) > 200 || endsSentence(b.text)) && !isBylineText(b.text) && !looksLikeDate(b.text)
		if bodyText || b.tailKind() != tailNone {
			return false
		}
	}
	return false
}

// mayBeDatelineLine reports a line that has what a dateline standing
// alone needs (see scanDateline), or a byline run on into one (see
// splitBylineDateline): an opening parenthesis within a place's reach of
// its start, or a bare agency's mark; or, after a credit word, a
// parenthesis anywhere. A line without them is neither.
func mayBeDatelineLine(s string) bool {
	if mayOpenDateline(strings.TrimSpace(s)) {
		return true
	}
	if strings.IndexByte(s, '(') < 0 {
		return false
	}
	_, ok := stripBy(s)
	return ok
}

// mayOpenDateline reports whether scanDateline may read a dateline at the
// start of t, a line without the white space at its ends: it has an
// opening parenthesis within a place's reach of its start, or a bare
// agency's mark near it. A line without them opens with none.
func mayOpenDateline(t string) bool {
	if strings.IndexByte(t[:min(len(t), maxPlaceLen+20)], '(') >= 0 {
		return true
	}
	head := t[:min(len(t), maxPlaceLen+30)]
	for _, m := range bareAgencyMarks {
		// Its first byte first, as scanBareAgencyDateline reads it.
		if strings.IndexByte(head, m[0]) >= 0 && strings.Contains(head, m) {
			return true
		}
	}
	return false
}

// bareAgencyMarks are the marks of bareAgencies without their opening
// space, as mayOpenDateline seeks them: worked out once, not for every
// line it is asked of.
var bareAgencyMarks = func() []string {
	marks := make([]string, len(bareAgencies))
	for i, b := range bareAgencies {
		marks[i] = strings.TrimPrefix(b.mark, " ")
	}
	return marks
}()

// headlineByTitle scores blocks as headlines: a heading, bold text, and
// above all agreement with the metadata title count. The answer is kept,
// as several finders ask.
func (p *page) headlineByTitle() (int, bool) {
	if !p.headline.done {
		p.headline.index, p.headline.ok = p.scoreHeadlines()
		p.headline.done = true
	}
	return p.headline.index, p.headline.ok
}

func (p *page) scoreHeadlines() (int, bool) {
	titles := p.metaTitles()
	longest := 0
	for _, t := range titles {
		longest = max(longest, len(t))
	}
	best, bestScore := -1, 0
	// The blocks are ranged over as a local slice: titleMatch, called in
	// the loop, takes p, so p.blocks read afresh each time would cost a
	// bounds check a block (only the walk appends blocks).
	blocks := p.blocks
	for i := range blocks {
		b := &blocks[i]
		// The markup's score first: once a line agreeing with a title
		// is found, most blocks cannot beat it whatever they say, and
		// are passed over without the other tests (each a reason to
		// pass a block over, in any order).
		score := int(headingScores[uint8(b.heading)])
		if b.strong {
			score++
		}
		if score+maxTitleMatch <= bestScore {
			continue // cannot beat the best even agreeing with a title: spare the normalising
		}
		if b.chrome || b.caption > 0 || len(b.text) < 8 || len(b.text) > 300 || b.isLink() {
			continue
		}
		if b.heading == 0 && !b.strong && len(b.text) > 2*longest+20 {
			continue // too long to agree with any title
		}
		score += p.titleMatch(b.text, titles)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best, bestScore >= 3
}

// headingScores is the markup's score of a block by its heading level:
// 3 for an <h1>, 1 for an <h2>, none for the rest. A table's read, as the
// switch it stands for went either way from block to block of a page.
var headingScores = [256]int8{1: 3, 2: 1}

// metaTitles are the page's own statements of its title, normalised. A
// <title> like "SpaceDaily - The Geology Of Mars - the fields" also
// gives its parts, since sites wrap the headline in their name.
func (p *page) metaTitles() []string {
	if p.titles == nil {
		p.titles = p.findMetaTitles()
	}
	return p.titles
}

func (p *page) findMetaTitles() []string {
	// The normalised titles are built in one buffer, and cut from one
	// string made of it: a page has up to a score of them.
	var buf [1024]byte
	var endBuf [maxMetaTitles]int
	all, ends := buf[:0], endBuf[:0]
	// A title said twice (og:title as twitter:title, or as a part of
	// <title>) is normalised once: titleMatch asks whether any title
	// agrees, so a repeat adds nothing.
	var seenBuf [8]string
	seen := seenBuf[:0]
	og, ogEnd := p.meta.ogTitle, 0 // og:title's words are all[:ogEnd], once kept
	// The rest of a title after og:title (" | Site"), once normalised,
	// and where its words are in all; and the last part of the <title>
	// read from them (see separatedTail).
	tail, tailAt, tailEnd := "", 0, 0
	lastPart := ""
	// add keeps the normalised words of t, which are known when
	// known is set.
	add := func(t string, known bool) {
		if slices.Contains(seen, t) {
			return
		}
		if len(seen) < cap(seen) {
			seen = append(seen, t)
		}
		start := len(all)
		switch {
		case known:
			// "Site", the part after og:title and a separator: its
			// words are the rest's, copied.
			all = append(all, all[tailAt:tailEnd]...)
			lastPart = t
		case ogEnd > 0 && opensWith(t, og):
			// "Headline | Site" after og:title "Headline": the
			// headline's words are copied, not normalised again.
			all = append(all, all[:ogEnd]...)
			tail, tailAt = t[len(og):], len(all)
			all = appendNorm(all, tail)
			tailEnd = len(all)
		default:
			all = appendNorm(all, t)
		}
		if len(all)-start >= 8 {
			ends = append(ends, len(all))
		} else {
			all = all[:start]
			if start <= tailAt {
				tail, lastPart = "", "" // its words are dropped
			}
		}
	}
	add(og, false)
	if len(ends) > 0 {
		ogEnd = ends[0]
	}
	add(p.meta.twitterTitle, false)
	add(p.meta.title, false)
	if p.meta.ogTitle == "" && p.meta.twitterTitle == "" {
		add(p.meta.article().headline, false)
	}
	counts := countSeparators(p.meta.title)
	for k, sep := range metaTitleSeparators {
		// The parts are counted, then read in place: Split would
		// allocate them.
		if n := counts[k] + 1; n > 1 && n <= 4 {
			for part := range strings.SplitSeq(p.meta.title, sep) {
				add(part, tail != "" && separatedTail(tail, sep, part))
			}
		}
	}
	joined := string(all)
	p.meta.titleText = joined
	p.meta.ogNorm = joined[:ogEnd]
	if lastPart != "" {
		p.meta.lastPart, p.meta.lastPartNorm = lastPart, joined[tailAt:tailEnd]
	}
	// The page's array holds the most titles a page gives today (see
	// maxMetaTitles); a longer list, should a rule ever make one, gets
	// its own. Capped, the answer copies on an append.
	var out []string
	if len(ends) <= len(p.meta.titleNorms) {
		out = p.meta.titleNorms[:len(ends):len(ends)]
	} else {
		out = make([]string, len(ends))
	}
	start := 0
	for i, end := range ends {
		out[i] = joined[start:end]
		start = end
	}
	return out
}

// separatedTail reports whether tail is sep, one of metaTitleSeparators,
// and then part: " | Site" of "Site". The separators hold no letter or
// digit, and end in a space, so the words of tail are part's (see
// appendNorm).
func separatedTail(tail, sep, part string) bool {
	return len(tail) == len(sep)+len(part) && tail[len(sep):] == part && tail[:len(sep)] == sep
}

// opensWith reports whether t opens with head and goes on, head ending in
// an ASCII byte: t's words are then head's words and the rest's (see
// appendNorm), as no character of head runs on into the rest.
func opensWith(t, head string) bool {
	return len(t) > len(head) && head != "" && head[len(head)-1] < utf8.RuneSelf && t[:len(head)] == head
}

// metaTitleSeparators set a site's name apart from the headline in a <title>.
var metaTitleSeparators = [...]string{" - ", " | ", " :: ", " — ", " – "}

// metaSeparatorsBySecond lists, for each byte, the metaTitleSeparators (as
// bits of their index) whose second byte it is: a place countSeparators
// finds is compared with those only.
var metaSeparatorsBySecond = bySecondByte(metaTitleSeparators[:])

// countSeparators is strings.Count(s, sep) for each of metaTitleSeparators,
// in one pass: all open with a space and a byte few letters of a title
// are, so the places they may open at are found eight bytes at a time
// (see separatorStarts), and only those compared.
func countSeparators(s string) (counts [len(metaTitleSeparators)]int) {
	var next [len(metaTitleSeparators)]int // where a match may start, as Count does not overlap them
	count := func(i int) {
		// Only the separators with the second byte found are compared.
		for m := metaSeparatorsBySecond[s[i+1]]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros16(m)
			if sep := metaTitleSeparators[k]; i >= next[k] && strings.HasPrefix(s[i:], sep) {
				counts[k]++
				next[k] = i + len(sep)
			}
		}
	}
	q := 1
	for ; q+8 <= len(s); q += 8 {
		for m := separatorStarts(load64(s, q), load64(s, q-1)); m != 0; m &= m - 1 {
			count(q + bits.TrailingZeros64(m)/8 - 1)
		}
	}
	for ; q < len(s); q++ {
		if s[q-1] == ' ' {
			count(q - 1)
		}
	}
	return counts
}

// maxTitleMatch is the most titleMatch gives.
const maxTitleMatch = 4

// titleMatch scores how well a block agrees with the metadata titles: 4 for
// the same words, 3 when a title holds the block (the <title> adds the
// site's name).
func (p *page) titleMatch(text string, titles []string) int {
	if len(titles) == 0 {
		return 0
	}
	if p.meta.ogNorm != "" && text == p.meta.ogTitle && p.ownTitles(titles) {
		// og:title as the page states it, the line most pages print as
		// their headline: its words are the first of the page's titles
		// (see findMetaTitles), and it is not normalised again.
		return maxTitleMatch
	}
	if !p.titlesHoldOpening(text, titles) {
		return 0
	}
	// A line that agrees with a title normalises to no more than the
	// title's length: it is normalised one byte further at most, which
	// tells a longer one (a paragraph opening like the headline) from it.
	longest := 0
	for _, t := range titles {
		longest = max(longest, len(t))
	}
	if cap(p.scratch) <= longest {
		p.scratch = make([]byte, 0, longest+1)
	}
	n := appendNormUpTo(p.scratch[:0:longest+1], text)
	if len(n) < minTitleMatch || len(n) > longest {
		return 0
	}
	score := 0
	for _, t := range titles {
		switch {
		case t == string(n):
			return maxTitleMatch
		case len(n)*2 >= len(t) && containsBytes(t, n):
			score = 3
		}
	}
	return score
}

// titlesHoldOpening reports whether one of titles holds the first
// normalised letters of text, which any title agreeing with text holds
// (see titleMatch); a text too short to match holds none. Most blocks of a
// page are no title: this test spares normalising the whole of each.
func titlesHoldOpening(text string, titles []string) bool {
	var buf [minTitleMatch]byte
	opening := appendNormUpTo(buf[:0], text)
	if len(opening) < minTitleMatch {
		return false
	}
	for _, t := range titles {
		if containsBytes(t, opening) {
			return true
		}
	}
	return false
}

// titlesHoldOpening is titlesHoldOpening of the page's own titles (see
// metaTitles), as every caller passes, searched as the one string they
// are cut from: one search a line instead of one a title. An opening that
// runs from one title into the next passes too, and titleMatch then
// compares the line with each title.
func (p *page) titlesHoldOpening(text string, titles []string) bool {
	if !p.ownTitles(titles) {
		return titlesHoldOpening(text, titles)
	}
	var buf [minTitleMatch]byte
	opening := appendNormUpTo(buf[:0], text)
	return len(opening) >= minTitleMatch && containsBytes(p.meta.titleText, opening)
}

// ownTitles reports whether titles are the page's own (see metaTitles),
// the list whose joined words and og:title's are kept on the page: what
// titleMatch reads of them holds for that list only.
func (p *page) ownTitles(titles []string) bool {
	return len(titles) > 0 && len(titles) == len(p.titles) && &titles[0] == &p.titles[0]
}

// minTitleMatch is the fewest normalised bytes a line agrees with a title
// by.
const minTitleMatch = 8

// appendNormUpTo is appendNorm writing no further than dst's capacity:
// the opening of s normalised.
func appendNormUpTo(dst []byte, s string) []byte {
	// ASCII is written in place, as in appendNorm, with no branch on
	// whether a byte is kept: every block of a page passes here. A byte
	// writes one at most, so the next bytes that the room left can hold
	// in any case are read without a check of the room each.
	out := dst[:cap(dst)]
	k, i := len(dst), 0
	for k < len(out) && i < len(s) {
		end := i + min(len(s)-i, len(out)-k)
		// Eight ASCII bytes at a time (see normEight): k+8 <= len(out)
		// while i+8 <= end, as k moves on no further than i does.
		for ; i+8 <= end && load64(s, i)&highBits == 0; i += 8 {
			k += normEight(out[k:k+8:k+8], s[i:i+8])
		}
		for ; i < end; i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				return appendNormWithin(out[:k], s[i:], cap(dst))
			}
			v := normASCII[c]
			out[k] = v
			k += int((v + 0x7f) >> 7) // 1 for a kept byte, 0 for a dropped one
		}
	}
	return out[:k]
}

// containsBytes is strings.Contains(s, string(sub)) without copying sub
// to a string: titleMatch asks it for every block of a page.
func containsBytes(s string, sub []byte) bool {
	if len(sub) == 0 {
		return true
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-len(sub)+1], sub[0])
		if j < 0 {
			return false
		}
		i += j
		if s[i:i+len(sub)] == string(sub) {
			return true
		}
	}
	return false
}

// normTitle keeps the letters and digits of s in lower case, so that
// quotes, dashes and spacing do not hide agreement. It is called for
// every title candidate of a page, so a title of usual length is built on
// the stack and costs one allocation, the returned string.
func normTitle(s string) string {
	var buf [256]byte
	return string(appendNorm(buf[:0], s))
}

// normEight writes the eight ASCII bytes of w normalised into o, which has
// room for eight, and returns how many it kept: appendNorm's loop,
// unrolled, as most of a title is ASCII and every title and site name
// passes here. Each byte is written at the count of those kept before
// it, and a dropped one is overwritten by the next.
func normEight(o []byte, w string) int {
	if len(o) < 8 || len(w) < 8 {
		return 0 // not reached: the callers pass eight of each
	}
	j := normByte(o, 0, w[0])
	j = normByte(o, j, w[1])
	j = normByte(o, j, w[2])
	j = normByte(o, j, w[3])
	j = normByte(o, j, w[4])
	j = normByte(o, j, w[5])
	j = normByte(o, j, w[6])
	return normByte(o, j, w[7])
}

// normByte writes c normalised at o[j], j being below eight, and returns
// j moved on past it when it is kept (a letter or a digit).
func normByte(o []byte, j int, c byte) int {
	v := normASCII[c]
	o[j&7] = v
	return j + (int(v)+0x7f)>>7
}

// normASCII maps an ASCII letter or digit to itself lower-cased, and any
// other byte to 0: appendNorm reads it for every byte of the lines it
// compares with the page's titles. It has a place for every byte, so
// that a byte indexes it without a check (the bytes past ASCII are
// never read for their value).
var normASCII = func() (t [256]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// appendNorm appends the letters and digits of s, lower-cased, to dst.
func appendNorm(dst []byte, s string) []byte {
	// ASCII, most of any line, is written in place while dst has room,
	// which it never outgrows: one check for the run, not one a byte.
	k := len(dst)
	n := min(len(s), cap(dst)-k)
	out := dst[:k+n]
	i := 0
	// Eight ASCII bytes at a time (see normEight): k+8 <= len(out) while
	// i+8 <= n, as k moves on no further than i does.
	for ; i+8 <= n && load64(s, i)&highBits == 0; i += 8 {
		k += normEight(out[k:k+8:k+8], s[i:i+8])
	}
	for ; i < n; i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		// Kept or dropped without a branch (see appendNormUpTo): a
		// title's bytes go either way at every word's edge.
		v := normASCII[c]
		out[k] = v
		k += int((v + 0x7f) >> 7)
	}
	return appendNormWithin(out[:k], s[i:], math.MaxInt)
}

// appendNormWithin appends the letters and digits of s, lower-cased, to
// dst while dst is shorter than limit.
func appendNormWithin(dst []byte, s string, limit int) []byte {
	for i := 0; i < len(s) && len(dst) < limit; {
		if c := s[i]; c < utf8.RuneSelf {
			if n := normASCII[c]; n != 0 {
				dst = append(dst, n)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var rb [utf8.UTFMax]byte
			for _, b := range utf8.AppendRune(rb[:0], unicode.ToLower(r)) {
				if len(dst) < limit {
					dst = append(dst, b)
				}
			}
		}
	}
	return dst
}

// headAfter reads the lines after the headline at index hl: kicker, byline
// and the article's dateline, the first one after the headline.
func (p *page) headAfter(hl int, ref time.Time, marks *noiseMarks) (head, bool) {
	h := head{headline: hl, bodyStart: hl + 1}
	h.section = p.sectionLabel(hl)
	seen := 0
	for i := hl + 1; i < len(p.blocks) && seen < headWindow; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || p.isNoiseAt(i) {
			continue
		}
		seen++
		// The dateline is read once: a line of its own, or run on into
		// the first paragraph below. A line judged unable to be one is not
		// scanned.
		var d Dateline
		var rest string
		isDateline, mayBe := false, i >= marks.noDatelineBefore
		if mayBe {
			d, rest, isDateline = scanDateline(b.text, ref)
		}
		if isDateline && rest == "" {
			if p.isTeaserDateline(i) {
				// A list of teasers under the title: an index page.
				return head{}, false
			}
			h.dateline = d
			h.bodyStart = i + 1
			return h, true
		}
		if mayBe {
			if bl, d, ok := splitBylineDateline(b.text, ref); ok {
				p.setByline(&h, bl)
				h.dateline = d
				h.bodyStart = i + 1
				return h, true
			}
		}
		if b.tailKind() != tailNone {
			break
		}
		if isDateline && !b.isLink() && len(rest) >= minParagraph {
			// The dateline runs on into the first paragraph: "Beijing
			// (AFP) Nov 15, 2025 - Chinese tech giant ...".
			h.dateline = d
			h.bodyStart = i
			h.leadRest = rest
			return h, true
		}
		switch {
		case h.byline == "" && isBylineText(b.text):
			p.setByline(&h, b.text)
			h.bodyStart = i + 1
		case looksLikeDate(b.text):
			// a template's publication date under the headline
		case h.byline == "" && h.kicker == "" && !b.isLink() && len(b.text) <= 200 && !endsSentence(b.text):
			h.kicker = b.text
			h.bodyStart = i + 1
		case b.isLink():
		default:
			// Body text before any dateline: the story has none.
			return h, true
		}
	}
	return h, true
}

func (p *page) setByline(h *head, s string) {
	if bl, authors, agency, ok := p.parseBylineOnce(s); ok {
		h.byline, h.authors, h.bylineAgency = bl, authors, agency
	}
}

// bylineMemo is parseByline's answer for one line.
type bylineMemo struct {
	line, byline, agency string
	authors              []string
	ok, set              bool
}

// parseBylineOnce is parseByline remembering its last line: the head
// finder under the title and the generic byline finder read the same
// line, and parsing it costs more than the rest of either. Each caller
// gets authors of its own, as callers edit them in place.
func (p *page) parseBylineOnce(s string) (byline string, authors []string, agency string, ok bool) {
	m := &p.lastByline
	if !m.set || m.line != s {
		m.byline, m.authors, m.agency, m.ok = parseByline(s)
		m.line, m.set = s, true
	}
	return m.byline, slices.Clone(m.authors), m.agency, m.ok
}

// headByDateline finds the article by its dateline when no headline stands
// out: among the datelines that are not teasers (a teaser's headline above
// it is a link), the one followed by the most text before the next
// dateline or the tail of the page. One pass measures every run, so a page
// of many datelines costs no more than one of few.
func (p *page) headByDateline(ref time.Time) (head, bool) {
	best, bestLen := -1, 0
	var bestD Dateline
	bestByline := ""
	cur, curLen := -1, 0 // the candidate whose run is being measured
	var curD Dateline
	curByline := ""
	closeRun := func() {
		if cur >= 0 && curLen > bestLen {
			best, bestLen, bestD, bestByline = cur, curLen, curD, curByline
		}
		cur = -1
	}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if !b.isLink() && len(b.text) <= 200 {
			d, ok := lineDateline(b.text, ref)
			bl := ""
			if !ok {
				bl, d, ok = splitBylineDateline(b.text, ref)
			}
			if ok {
				closeRun()
				if !p.isTeaserDateline(i) {
					cur, curLen, curD, curByline = i, 0, d, bl
				}
				continue
			}
		}
		if cur < 0 || b.linkDensity() > 0.5 {
			continue
		}
		if b.tailKind() != tailNone {
			closeRun()
			continue
		}
		curLen += len(b.text)
	}
	closeRun()
	if best < 0 || bestLen < minBodyLen {
		return head{}, false
	}
	h := head{dateline: bestD, bodyStart: best + 1}
	if bestByline != "" {
		p.setByline(&h, bestByline)
	}
	// Above the dateline: byline, then kicker and headline.
	var above []int
	for i := best - 1; i >= 0 && len(above) < 3 && best-i <= 6; i-- {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || isNoise(b.text) {
			continue
		}
		if h.byline == "" && len(above) == 0 && isBylineText(b.text) {
			p.setByline(&h, b.text)
			continue
		}
		if b.isLink() || len(b.text) > 300 || endsSentence(b.text) {
			break
		}
		above = append(above, i)
	}
	switch {
	case len(above) == 0:
		return head{}, false
	case len(above) >= 2 && (p.blocks[above[1]].strong || p.blocks[above[1]].heading > 0) ||
		len(above) >= 2 && !p.blocks[above[0]].strong && p.blocks[above[0]].heading == 0 && p.titleMatch(p.blocks[above[1]].text, p.metaTitles()) > 0:
		h.headline, h.kicker = above[1], p.blocks[above[0]].text
	default:
		h.headline = above[0]
	}
	h.section = p.sectionLabel(h.headline)
	return h, true
}

// minBodyLen is the least text an article body holds; teasers and index
// pages have less after each dateline.
const minBodyLen = 250

// isTeaserDateline reports a dateline under a linked headline, as in
// "RELATED CONTENT" lists and section indexes.
func (p *page) isTeaserDateline(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if p.blocks[j].isLink() {
			return true
		}
	}
	return false
}

// sectionLabel is SMN's section line above the headline ("CYBER WARS"):
// short and in capitals, printed as text or drawn in a banner image whose
// alt text says it.
func (p *page) sectionLabel(hl int) string {
	for i := hl - 1; i >= 0 && i >= hl-2; i-- {
		t := p.blocks[i].text
		if len(t) <= 40 && isUpperWord(t) {
			return t
		}
	}
	for i := range p.images {
		im := &p.images[i]
		if im.at < hl-1 || im.at > hl {
			continue // only a banner right above the headline
		}
		if t := cleanText(im.alt); len(t) <= 40 && isUpperWord(t) {
			return t
		}
	}
	return ""
}

// looksLikeDate reports text that opens with a date ("March 18, 2026").
func looksLikeDate(s string) bool {
	_, _, ok := scanFullDate(s)
	return ok
}

// The classes of a line's last byte as endsSentence reads it.
const (
	endOther     = iota // ends no sentence
	endStop             // '.', '!' or '?'
	endPassed           // a closing quote, bracket or space, read past
	endPastASCII        // a byte of a character past ASCII
)

// sentenceEnds is the class of each byte as endsSentence reads a line's
// last byte.
var sentenceEnds = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = endPastASCII
	}
	t['.'], t['!'], t['?'] = endStop, endStop, endStop
	t['"'], t['\''], t[')'], t[' '] = endPassed, endPassed, endPassed, endPassed
	return t
}()

// endsSentence reports a line that ends in a full stop, an exclamation or
// a question mark, before any closing quotes, brackets and spaces. It is
// read from the end, rune by rune: TrimRight with a cutset of curly quotes
// would build its set on every call, and it is asked of many lines.
func endsSentence(s string) bool {
	for s != "" {
		// One table read tells the ASCII bytes apart (see sentenceEnds):
		// the tests it stands for went either way from line to line.
		if e := sentenceEnds[s[len(s)-1]]; e != endPastASCII {
			if e != endPassed {
				return e == endStop
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if r != '”' && r != '’' {
			return false
		}
		s = s[:len(s)-size]
	}
	return false
}
