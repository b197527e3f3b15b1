package newswire

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators part a <title> or og:title into the headline and the
// site's name or section ("Headline | Site", "Site - Headline").
var titleSeparators = titleSeparatorsArr[:]

var titleSeparatorsArr = [...]string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ‹ ", " › "}

// hasTitlePart reports whether one of the parts of t between its
// separators says the words normalised as pn. It scans t in place: it runs
// for most pages, and splitting would allocate every part.
func hasTitlePart[N string | []byte](t string, pn N) bool {
	start := 0
	for i := 0; i < len(t); i++ {
		// A separator is a space and one of few bytes (see
		// separatorSeconds): most spaces open a word, told by one look-up
		// rather than a comparison with each separator.
		if t[i] != ' ' || i+1 == len(t) || !separatorSeconds[t[i+1]] {
			continue
		}
		for _, sep := range titleSeparators {
			if strings.HasPrefix(t[i:], sep) {
				if sameNorm(t[start:i], pn) {
					return true
				}
				start = i + len(sep)
				i = start - 1
				break
			}
		}
	}
	return sameNorm(t[start:], pn)
}

// normsTo is sameNorm of a normalised form held in bytes.
func normsTo(s string, n []byte) bool {
	var buf [256]byte
	return string(appendNorm(buf[:0], s)) == string(n)
}

// sameNorm reports whether s normalises to n, without allocating.
func sameNorm[N string | []byte](s string, n N) bool {
	var buf [256]byte
	return string(appendNorm(buf[:0], s)) == string(n)
}

// siteNames are the names the page gives its publication, normalised: its
// og:site_name, JSON-LD publisher, and the labels of its host name
// ("tagesschau" of tagesschau.de, "ucdavis" of health.ucdavis.edu).
func (p *page) siteNames() []string {
	// The names are normalised into one buffer, made a string once and
	// cut: a page gives two or three.
	var buf [256]byte
	all := buf[:0]
	var endBuf [maxSiteNames]int
	ends := endBuf[:0]
	add := func(s string) {
		start := len(all)
		if s != "" && s == p.meta.lastPart {
			// The site's name as the <title>'s last part: normalised
			// already (see findMetaTitles).
			all = append(all, p.meta.lastPartNorm...)
		} else {
			all = appendNorm(all, s)
		}
		if len(all)-start >= 3 {
			ends = append(ends, len(all))
		} else {
			all = all[:start]
		}
	}
	add(p.meta.ogSiteName)
	add(p.meta.article().publisher)
	host := p.host()
	add(smnHosts[host])
	// The labels but the last (the TLD), read in place.
	for rest := host; ; {
		l, r, more := strings.Cut(rest, ".")
		if !more {
			break
		}
		if len(l) >= 4 { // not "co", "www"
			add(l)
		}
		rest = r
	}
	if len(ends) == 0 {
		return nil // as on a page that names no site and has no address
	}
	// Capped, so that a caller's append copies rather than writing into
	// the page's array; the names live as long as the Parse.
	names := p.meta.siteNorms[:0]
	if len(ends) <= len(p.meta.siteNorms) {
		names = names[:len(ends):len(ends)]
	} else {
		names = make([]string, len(ends)) // a host of many labels
	}
	joined, start := string(all), 0
	for i, end := range ends {
		names[i] = joined[start:end]
		start = end
	}
	return names
}

// isSiteName reports whether a title part names the site: the part is one
// of its names, sits inside one ("News" of "AP News"), or holds one that
// makes up at least half of it ("Mirror Online", "waz.de").
func isSiteName(part string, names []string) bool {
	return namesSite(part, names, true)
}

// isLogoLine reports a printed line that is the site's name, a logo: one
// of its names or a part of one. Unlike a title part after a separator, a
// line that holds the name and more words ("Austin Hardware Catalog" on
// austinhardware.com) may be the story's headline about the site's own
// wares.
func isLogoLine(line string, names []string) bool {
	return namesSite(line, names, false)
}

// isLogoLine is isLogoLine of a printed line, which is og:title as stated
// on most pages: og:title's words are then read as findMetaTitles
// normalised them, not normalised again.
func (p *page) isLogoLine(line string, names []string) bool {
	if line == p.meta.ogTitle && p.meta.ogNorm != "" {
		return namesSiteNormed(line, p.meta.ogNorm, true, names, false)
	}
	return isLogoLine(line, names)
}

// namesSite is isSiteName, with holding a name counted only when holds.
func namesSite(part string, names []string, holds bool) bool {
	return namesSiteNormed(part, "", false, names, holds)
}

// namesSiteNormed is namesSite of a part whose normalised words are norm
// when normed (see appendNorm): they are copied, not normalised again.
func namesSiteNormed(part, norm string, normed bool, names []string, holds bool) bool {
	// The part is compared with the names only when it is at most twice
	// as long as one, normalised: only so far is it normalised, as a
	// headline's part is much longer than a site's name, and stripSiteName
	// asks for every part of every title.
	longest := 0
	for _, s := range names {
		longest = max(longest, len(s))
	}
	var buf [256]byte // on the stack
	var n []byte
	limit := 2*longest + 1
	if !holds {
		// Only a part as long as a name at most can be one or sit
		// inside one: one byte past the longest tells a longer part.
		limit = longest + 1
	}
	switch {
	case normed && limit <= len(buf):
		// The words as far as appendNormUpTo would read them: its
		// answer is the opening of appendNorm's, cut at limit.
		n = append(buf[:0], norm[:min(len(norm), limit)]...)
	case normed:
		n = append(buf[:0], norm...)
	case limit <= len(buf):
		n = appendNormUpTo(buf[:0:limit], part)
	default:
		n = appendNorm(buf[:0], part)
	}
	if len(n) == 0 {
		return true
	}
	if len(names) == 0 {
		return false
	}
	whole := len(n) <= 2*longest // else n is only its opening, longer than twice any name
	// The initials are read only for a name as long as initials can be
	// (3 to 8 letters): most site names are longer.
	var ibuf [32]byte
	var initials []byte
	initialsRead := false
	for _, s := range names {
		switch {
		case !whole:
			// Too long to be a name, to sit inside one, or to be held by
			// one half its length.
		case string(n) == s, len(n) >= 3 && containsBytes(s, n):
			return true
		case holds && len(s)*2 >= len(n) && bytesHoldString(n, s):
			return true
		}
		if len(s) < 3 || len(s) > maxInitials {
			continue
		}
		if !initialsRead {
			initials, initialsRead = appendInitials(ibuf[:0], part), true
		}
		if string(initials) == s {
			return true // "University of Wisconsin-Stevens Point" of uwsp.edu
		}
	}
	return false
}

// maxInitials is the most letters appendInitials gives.
const maxInitials = 8

// appendInitials appends the lower-cased first letters of the words of s
// that are not short joining words ("of", "and", "the"): the acronym a
// site's host name often is. It gives up (returns dst unchanged) past 8
// words, as no name spelt out that long is an acronym.
func appendInitials(dst []byte, s string) []byte {
	start := len(dst)
	for w := range wordsOf(s) {
		if isJoiningWord(w) {
			continue
		}
		if len(dst)-start >= maxInitials {
			return dst[:start]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf {
			return dst[:start]
		}
		dst = append(dst, byte(unicode.ToLower(r)))
	}
	return dst
}

// isJoiningWord reports a short word that joins the words of a name
// ("of", "and", "der"), in any case. No joining word is longer than three
// bytes, and a longer word lower-cases to none of them (the capitals past
// ASCII that lower-case into ASCII are the Kelvin sign, "k", and the
// dotted "İ", "i", one byte shorter: "İn" is three bytes): most words are
// ruled out by their length without a lower-cased copy.
func isJoiningWord(w string) bool {
	if len(w) > 3 {
		return false
	}
	var buf [3]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return joiningWords[strings.ToLower(w)]
		}
		buf[i] = lowerASCII(w[i])
	}
	return joiningWords[string(buf[:len(w)])]
}

// joiningWords are the words isJoiningWord looks for.
var joiningWords = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "at": true, "in": true, "de": true, "du": true,
	"des": true, "der": true, "und": true, "la": true, "le": true, "y": true,
}

// bytesHoldString is strings.Contains(string(b), s) without the copy.
func bytesHoldString(b []byte, s string) bool {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return true
		}
	}
	return false
}

// stripSiteName removes the site's name from either end of a title:
// "Headline | Site", "Site - Headline", "Headline - Section - Site". A
// leading name may also end in a colon when it is the name exactly
// ("Site's Blog: Headline"), or be the site's address run on into the
// headline ("davidbau.com Vibe Coding"): an address names a site, never
// opens a headline about its own site.
func stripSiteName(t string, names []string) string {
	t, _ = stripSiteNameOf(t, names)
	return t
}

// stripSiteNameOf is stripSiteName, which also reports whether t was
// plain: stripSiteName left it as it was, finding no separator in it and
// cutting nothing (see stripAfterPlain).
func stripSiteNameOf(t string, names []string) (string, bool) {
	// A title whose site part is empty keeps its separator: "| Site".
	in := t
	t = strings.Trim(t, " |")
	if t == "" {
		return "", false
	}
	var sp titleSpans
	scan, plain := true, len(t) == len(in)
	for range 4 {
		cut := false
		if scan {
			sp.find(t)
			plain = plain && sp.present == 0 // past the first round, false already
		}
		scan = true
		// Only the separators the title holds are tried, in the order
		// of titleSeparators: an absent one cuts nothing.
		for m := sp.present; m != 0; m &= m - 1 {
			k := bits.TrailingZeros16(m)
			sep := titleSeparators[k]
			if i := sp.last[k]; i > 0 && isSiteName(t[i+len(sep):], names) {
				t, cut = strings.TrimSpace(t[:i]), true
				// "Headline | Site": when no separator opens before the
				// one cut at, the headline holds none, and is not scanned
				// again for them.
				if !sp.opensBefore(i) {
					sp.present = 0
					scan = false
				}
				break
			}
			if i := sp.first[k]; i > 0 && isSiteName(t[:i], names) {
				t, cut = strings.TrimSpace(t[i+len(sep):]), true
				break
			}
		}
		if i := strings.Index(t, ": "); !cut && i > 0 && slices.Contains(names, normTitle(t[:i])) {
			t, cut = strings.TrimSpace(t[i+2:]), true
		}
		if host, rest, ok := strings.Cut(t, " "); !cut && ok && isHostName(host) && isSiteName(host, names) && wordCount(rest) >= 2 {
			t, cut = strings.TrimSpace(rest), true // "davidbau.com Vibe Coding"
		}
		if !cut {
			break
		}
		plain = false
	}
	return t, plain
}

// stripAfterPlain is stripSiteName(t, names) of a title t that is the
// title o, which stripSiteName found plain (see stripSiteNameOf), then
// one of titleSeparators and the site's name: "Headline | Site" after
// og:title "Headline", as most pages state their <title>. Its answer is
// o, found without scanning t for separators or trying the cuts again;
// ok is false when t is not so, and stripSiteName must be asked.
//
// It is exact: o's last byte and the part's first are letters or digits,
// and a separator is a space, marks and a space, so no separator runs
// from o into the one after it, or from that one into the part; o holds
// none (plain) and the part is checked to hold none. stripSiteName thus
// finds that one separator only, cuts the site's name after it, and is
// left with o (o == TrimSpace(o)), on which its next round asks what its
// first round asked of o alone, which cut nothing.
func stripAfterPlain(t, o string, names []string) (string, bool) {
	if len(t) <= len(o)+3 || t[:len(o)] != o || o == "" || normASCII[o[len(o)-1]] == 0 {
		return "", false
	}
	rest := t[len(o):]
	sep := ""
	if rest[0] == ' ' {
		// Only the separators with the second byte found are compared.
		for m := separatorsBySecond[rest[1]]; m != 0; m &= m - 1 {
			if s := titleSeparators[bits.TrailingZeros16(m)]; strings.HasPrefix(rest, s) {
				sep = s
				break
			}
		}
	}
	part := rest[len(sep):]
	if sep == "" || part == "" || normASCII[part[0]] == 0 || normASCII[part[len(part)-1]] == 0 {
		return "", false
	}
	// o == TrimSpace(o): its last byte is a letter or digit, and its
	// first is one, or is asked.
	if normASCII[o[0]] == 0 && strings.TrimSpace(o) != o {
		return "", false
	}
	// Its spaces, few in a site's name, are found by IndexByte.
	for rest := part; ; {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			break
		}
		if rest = rest[i+1:]; rest != "" && separatorSeconds[rest[0]] {
			return "", false // the part may hold a separator
		}
	}
	if !isSiteName(part, names) {
		return "", false
	}
	return o, true
}

// separatorsBySecond lists, for each byte, the titleSeparators (as bits of
// their index) whose second byte it is: a place titleSpans.find marks is
// compared with those only.
var separatorsBySecond = bySecondByte(titleSeparators)

// bySecondByte lists, for each byte, the separators of seps (at most
// sixteen, each of two bytes or more) whose second byte it is, as bits of
// their index: the tables titleSpans.find and countSeparators look up the
// byte after a space in, to compare a place with those separators only.
func bySecondByte(seps []string) (t [256]uint16) {
	for k, sep := range seps {
		t[sep[1]] |= 1 << k
	}
	return t
}

// separatorSeconds are the second bytes of the titleSeparators.
var separatorSeconds = func() (t [256]bool) {
	for _, sep := range titleSeparators {
		t[sep[1]] = true
	}
	return t
}()

// titleSpans is where each of titleSeparators opens first and last in a
// title: bit k of present is set when titleSeparators[k] is in it, and
// only then are first[k] and last[k] set. Most titles hold one separator
// or none, and stripSiteName tries only those they hold.
type titleSpans struct {
	present     uint16
	first, last [len(titleSeparatorsArr)]int
}

// find sets sp to the spans of t, in one pass over t, in place of a search
// of the whole title for each separator: every page's titles pass here.
func (sp *titleSpans) find(t string) {
	sp.present = 0
	mark := func(i int) {
		// Only the separators with the second byte found are compared.
		for m := separatorsBySecond[t[i+1]]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros16(m)
			if strings.HasPrefix(t[i:], titleSeparators[k]) {
				if sp.present&(1<<k) == 0 {
					sp.present |= 1 << k
					sp.first[k] = i
				}
				sp.last[k] = i
			}
		}
	}
	// Eight bytes at a time, the spaces followed by a separator's second
	// byte are found together (see separatorStarts), rather than each
	// byte tested for a space, a branch that goes either way once a word.
	// A separator is longer than two bytes, so none opens at the last
	// byte.
	q := 1
	for ; q+8 <= len(t); q += 8 {
		for m := separatorStarts(load64(t, q), load64(t, q-1)); m != 0; m &= m - 1 {
			mark(q + bits.TrailingZeros64(m)/8 - 1)
		}
	}
	for ; q < len(t); q++ {
		if separatorSeconds[t[q]] && t[q-1] == ' ' {
			mark(q - 1)
		}
	}
}

// opensBefore reports whether one of the separators of sp opens before i.
func (sp *titleSpans) opensBefore(i int) bool {
	for m := sp.present; m != 0; m &= m - 1 {
		if sp.first[bits.TrailingZeros16(m)] < i {
			return true
		}
	}
	return false
}

// separatorSpans is titleSpans.find's answer as the first and the last
// index of each of titleSeparators, -1 where absent.
func separatorSpans(t string) (first, last [len(titleSeparatorsArr)]int) {
	var sp titleSpans
	sp.find(t)
	for k := range titleSeparators {
		first[k], last[k] = -1, -1
		if sp.present&(1<<k) != 0 {
			first[k], last[k] = sp.first[k], sp.last[k]
		}
	}
	return first, last
}

// separatorStarts has the high bit set in the lane of each of the eight
// bytes of x that follows a space, the byte in the same lane of prev (the
// bytes one before x's), and may be the second byte of one of
// titleSeparators or metaTitleSeparators: '|', '-', ':', or the lead byte
// 0xE2 or 0xC2 of the others (one test for both: they differ only in bit
// 0x20). Titles hold few such pairs, so most words give none, without a
// branch on their bytes. It never misses one; it may also mark the lane
// after one (see zeroLanes), which the caller's comparison rules out.
func separatorStarts(x, prev uint64) uint64 {
	const ones = 0x0101010101010101
	seconds := zeroLanes(x^ones*'|') | zeroLanes(x^ones*'-') | zeroLanes(x^ones*':') | zeroLanes((x|ones*0x20)^ones*0xe2)
	return seconds & zeroLanes(prev^ones*' ') & (ones * 0x80)
}

// zeroLanes has the high bit set in each byte lane of x that is zero, and
// possibly in the lane after one holding 0 or 1 (a borrow runs into it),
// and stray low bits: the standard quick test for a zero byte, read lane
// by lane.
func zeroLanes(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x - ones) &^ x
}

// settleHeadline decides the headline between the line the page prints
// and the titles its metadata states, each without the site's name (see
// settleLine). When the line the head finder took is a section heading
// that only part of a title agrees with, the page's own <h1> above it is
// read instead (see headingAbove).
func (p *page) settleHeadline(printed string, names []string) string {
	var buf, nbuf [3]string
	t := metaTitleSet{cands: buf[:0], norms: nbuf[:0]}
	// A closure, not a method: the arrays stay on the stack. The
	// titles are normalised into one buffer, made a string once.
	var st strippedTitles
	seen := st.raw[:0]
	var normBuf [512]byte
	all := normBuf[:0]
	var ends [3]int // where each title's normalised words end in all
	// The first title when stripSiteName found it plain (see
	// stripAfterPlain): the others often repeat it with the site's name.
	plainTitle := ""
	add := func(s string) bool {
		// A title said twice (og:title as the JSON-LD headline or the
		// <title>) would strip and normalise to a title held already.
		if slices.Contains(seen, s) {
			return false
		}
		seen = append(seen, s)
		if t, ok := stripAfterPlain(s, plainTitle, names); ok {
			// "Headline | Site" after the social title "Headline".
			s = t
		} else {
			var plain bool
			if s, plain = stripSiteNameOf(s, names); plain && len(seen) == 1 {
				plainTitle = s
			}
		}
		st.stripped[len(seen)-1] = s
		if slices.Contains(st.stripped[:len(seen)-1], s) {
			// "Headline | Site" stripped to the social title read
			// already: the same words, held or refused as they were.
			return false
		}
		start := len(all)
		if s == p.meta.ogTitle && p.meta.ogNorm != "" {
			// Normalised already for the headline finder (see
			// findMetaTitles): og:title is most pages' social title.
			all = append(all, p.meta.ogNorm...)
		} else {
			all = appendNorm(all, s)
		}
		if n := all[start:]; len(n) >= 4 && !heldNorm(all, ends[:len(t.cands)], n) && !slices.ContainsFunc(names, func(x string) bool { return x == string(n) }) {
			ends[len(t.cands)] = len(all)
			t.cands = append(t.cands, s)
			return true
		}
		all = all[:start]
		return false
	}
	t.hasSocial = add(firstNonEmpty(p.meta.ogTitle, p.meta.twitterTitle))
	add(p.meta.article().headline)
	add(p.meta.title)
	st.n = len(seen)
	joined, start := string(all), 0
	for _, end := range ends[:len(t.cands)] {
		t.norms = append(t.norms, joined[start:end])
		start = end
	}
	if p.headline.done && !p.headline.ok {
		// No line stood out as the headline: printed is a metadata
		// title, which a line hidden on small screens may cut to its
		// story's part.
		if part, ok := p.wideTitlePart(printed, names); ok {
			printed = part
		}
	}
	h := p.settleLine(printed, names, t, &st)
	if h1, ok := p.headingAbove(printed, h, t); ok {
		h = p.settleLine(h1, names, t, &st)
	}
	if s, ok := p.schemaHeadingPrinted(h); ok {
		return s
	}
	return h
}

// wideTitlePart finds a line the page shows only on wider screens (see
// isShownWide) that is a part of title between its separators: a sticky
// header's "Weekend Coding Agent" under the <title> "Weekend Coding
// Agent | TheFocus.AI Labs" tells which part names the story where the
// site's name is not known. Such lines are left out of the story, so
// the head finder did not read them; only the few elements hidden that
// way are looked through.
//
// The part must not be the site's: one of names (see siteNames), or the
// title's last part, where "Story | Site" puts the site's name; a
// desktop header shows that name as often as the story's title. A title
// that puts its site first ("Site | Story") stays whole, as it did
// before this rule.
func (p *page) wideTitlePart(title string, names []string) (string, bool) {
	for b := range p.shownWideBlocks() {
		if len(b.text) < minTitleMatch || len(b.text) >= len(title) || b.isLink() {
			continue
		}
		if n := normTitle(b.text); len(n) >= minTitleMatch && hasTitlePart(title, n) && !sameNorm(lastTitlePart(title), n) && !slices.Contains(names, n) {
			return b.text, true
		}
	}
	return "", false
}

// lastTitlePart is the part of title after its last separator (see
// titleSeparators), or the whole title when it has none.
func lastTitlePart(title string) string {
	at := -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i >= 0 && i+len(sep) > at {
			at = i + len(sep)
		}
	}
	if at < 0 {
		return title
	}
	return title[at:]
}

// shownWideBlocks yields the blocks a wider screen shows (see wideSpans),
// each once: a wide span nested in another holds blocks the outer one
// has yielded already, so spans are read outermost first and one that
// starts before the last one read ended is passed over. The work is the
// spans and blocks once, however deep the page nests them.
func (p *page) shownWideBlocks() iter.Seq[*block] {
	return func(yield func(*block) bool) {
		var wide []bool // only once a wide span is found: most pages have none
		covered := int32(0)
		for i := range p.spans {
			s := &p.spans[i]
			if !s.wide || s.start < covered {
				continue
			}
			covered = s.end
			if wide == nil {
				wide = p.wideSpans()
			}
			for j := s.start; j < s.end; j++ {
				b := &p.blocks[j]
				if b.span >= 0 && wide[b.span] && !yield(b) {
					return
				}
			}
		}
	}
}

// schemaHeadingPrinted finds the JSON-LD headline printed as an <h2> of
// its own where the headline settled on says other words: templates that
// give the <h1> to a line for search engines (an <h1> inside the
// breadcrumb, repeating og:title) print the story's headline, the one
// the article's structured data states, as the heading under it. Two
// statements of the page, its data and its printed heading, outweigh the
// <h1> and the social title that repeat one another. A lower heading
// that says the JSON-LD headline is a teaser of the same story, not its
// heading. Where the line settled on is the JSON-LD headline without its
// topic kicker, the kicker was left out on purpose (see settleLine).
func (p *page) schemaHeadingPrinted(settled string) (string, bool) {
	ld := p.meta.article().headline
	if len(ld) < minTitleMatch || ld == settled {
		return "", false // most pages: nothing to normalise
	}
	var buf [256]byte // on the stack, and only once the page has an <h2>
	var ln []byte
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.heading != 2 || b.chrome || b.caption > 0 || b.isLink() {
			continue
		}
		if ln == nil {
			ln = appendNorm(buf[:0], ld)
			if len(ln) < minTitleMatch || normsTo(settled, ln) {
				return "", false
			}
			if _, ok := kickerBefore(ld, settled); ok {
				return "", false // the JSON-LD headline without its kicker: settleLine's choice
			}
		}
		if len(b.text) >= len(ln) && normsTo(b.text, ln) {
			return fullerRendering(b.text, ld), true
		}
	}
	return "", false
}

// heldNorm reports whether n is one of the normalised titles held in
// all, each ending at one of ends (the first starting at 0).
func heldNorm(all []byte, ends []int, n []byte) bool {
	start := 0
	for _, end := range ends {
		if string(all[start:end]) == string(n) {
			return true
		}
		start = end
	}
	return false
}

// metaTitleSet holds the page's metadata titles without the site's name,
// each once, with their normalised words: the social title (og:title,
// else twitter:title; hasSocial says whether it is the first), the
// JSON-LD headline and <title>. Kept out of titles that say nothing or
// the site's name only.
type metaTitleSet struct {
	cands, norms []string
	hasSocial    bool
}

// strippedTitles are the metadata titles as the page states them (each
// once, n of them), and each without the site's name: the printed line is
// often one of them, and is not stripped again. Apart from metaTitleSet,
// whose arrays stay on the stack only while nothing read from it is
// returned.
type strippedTitles struct {
	raw, stripped [3]string
	n             int
}

// of is stripSiteName(s, names) of a printed line, read from the titles
// stripped already when s is one of them.
func (st *strippedTitles) of(s string, names []string) string {
	for i := range st.n {
		if st.raw[i] == s {
			return st.stripped[i]
		}
	}
	return stripSiteName(s, names)
}

// settleLine decides the headline between a printed line and the titles
// of t:
//
//   - the social title (og:title) when it is the printed line without the
//     topic kicker the heading is printed with ("DDR-Hotel ..." under
//     "Premiere in Eisenhüttenstadt - DDR-Hotel ..."), even where <title>
//     or JSON-LD repeat the kicker for search engines: the kicker names the
//     topic, not the story;
//   - the title when the line is printed in capitals (see isCapitals);
//   - the metadata's rendering when a title says the same words, unless it
//     drops marks the printed line has (see fullerRendering);
//   - the title when the printed line holds it and more (a kicker, the
//     site's name inside the heading element or a source credit after it)
//     or is a cut-short part of it;
//   - the title when nothing is printed, or only the site's name (a logo).
func (p *page) settleLine(printed string, names []string, t metaTitleSet, st *strippedTitles) string {
	cands, norms := t.cands, t.norms
	if len(cands) == 0 {
		return printed
	}
	if printed == "" || p.isLogoLine(printed, names) || isBreadcrumb(printed) {
		return uncutTitle(cands[0], cands)
	}
	printed = st.of(printed, names)
	var pnBuf [256]byte // on the stack: compared, never kept
	var pn []byte
	if i := slices.Index(cands, printed); i >= 0 {
		// Most printed lines are a title (the social one), normalised
		// already.
		pn = append(pnBuf[:0], norms[i]...)
	} else {
		pn = appendNorm(pnBuf[:0], printed)
	}
	// More words than a headline's take 2*maxHeadlineWords+1 bytes at
	// least (a space between each two): a shorter line, as most
	// headlines, is not counted.
	if len(pn) < 4 || len(printed) > 2*maxHeadlineWords && moreWordsThan(printed, maxHeadlineWords) {
		return cands[0] // too short to say anything, or a paragraph
	}
	if t.hasSocial {
		// A line that says the social title's words and no more has no
		// kicker before them, as most headlines: it is not walked.
		if string(pn) != norms[0] {
			if kicker, ok := kickerBeforeNorm(printed, norms[0]); ok && (endsWithSeparator(kicker) || separatedElsewhere(kicker, t)) {
				return cands[0]
			}
		}
		if p.headingRunsOn(printed, norms[0]) {
			return cands[0]
		}
	}
	if isCapitals(printed) {
		for _, c := range cands {
			if shareWord(c, printed) {
				return uncutTitle(c, cands)
			}
		}
	}
	for i, c := range cands {
		if norms[i] == string(pn) {
			return uncutTitle(fullerRendering(printed, c), cands)
		}
	}
	for i, c := range cands {
		// A line that opens with a title's words normalises to words
		// that open with the title's: a shorter one is not walked.
		if len(pn) < len(norms[i]) || string(pn[:len(norms[i])]) != norms[i] {
			continue
		}
		if rest, ok := restAfterNorm(printed, norms[i]); ok && isSourceCredit(rest) {
			return c
		}
	}
	// A part of a title that the printed line matches confirms it:
	// "The Geology Of Mars" under "SpaceDaily - The Geology Of Mars - the fields".
	// A title said twice (og:title as twitter:title or <title>) is read
	// once.
	titles := [...]string{p.meta.ogTitle, p.meta.twitterTitle, p.meta.title}
	for i, t := range titles {
		if !slices.Contains(titles[:i], t) && hasTitlePart(t, pn) {
			return printed
		}
	}
	for i, c := range cands {
		// The heading element holds a kicker before the headline
		// ("Premier League" in a span of its own).
		if kicker, ok := kickerBeforeNorm(printed, norms[i]); ok && isKicker(kicker) {
			return c
		}
		// The title holds the kicker that the page prints apart:
		// "Kenia: Nairobi von unten" over "Nairobi von unten".
		if kicker, ok := kickerBeforeNorm(c, pn); ok && endsWithSeparator(kicker) {
			if isSiteName(strings.TrimRight(kicker, ":-–—|/·• "), names) {
				return printed // "Garnix Blog: ..." names the site, not the story
			}
			return c
		}
		// The page prints its kicker and the title another one before
		// the same headline: the headline is what both say.
		if tail, ok := sharedTail(printed, c); ok {
			return tail
		}
		// The printed line is the first part of the title, which goes on
		// after a colon: the page printed the rest apart, as a line of
		// its own over or under the heading.
		if titleGoesOn(c, printed) {
			return c
		}
	}
	// A line that shares no word with any title is not this story's
	// headline: a section heading ("Conclusions") or a widget's title
	// the head finder took.
	if !slices.ContainsFunc(cands, func(c string) bool { return shareWord(c, printed) }) {
		return cands[0]
	}
	return printed
}

// headingAbove finds the page's own headline when the head finder took a
// lower heading: the line printed is not an <h1> and settled on no
// metadata title (a section heading such as "Key Software Development
// Methodologies" that part of the SEO title repeats), while the page
// prints, above that line, an <h1> that says a title's words, or one <h1>
// only that shares words with a title. The site marks its story's
// headline with its <h1>; a section heading under it only borrows the
// title's keywords.
func (p *page) headingAbove(printed, settled string, t metaTitleSet) (string, bool) {
	if !p.headline.done || len(t.cands) == 0 {
		return "", false
	}
	if !p.headline.ok {
		return p.titleHeading(t)
	}
	hl := p.headline.index
	if b := &p.blocks[hl]; b.heading == 1 || b.text != printed || slices.Contains(t.norms, normTitle(settled)) {
		return "", false
	}
	// An <h1> above the line that says a title's words is the headline,
	// even one that links to the story (a theme's permalink heading).
	for i := range hl {
		if b := &p.blocks[i]; b.heading == 1 && !b.chrome && b.caption == 0 && slices.Contains(t.norms, normTitle(b.text)) {
			return b.text, true
		}
	}
	h1 := -1
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.heading != 1 || b.chrome || b.caption > 0 || b.isLink() {
			continue
		}
		if h1 >= 0 {
			return "", false // several: none is the page's own
		}
		h1 = i
	}
	if h1 < 0 || h1 > hl {
		return "", false
	}
	for _, c := range t.cands {
		if sharedWords(c, p.blocks[h1].text) >= 2 {
			return p.blocks[h1].text, true
		}
	}
	return "", false
}

// titleHeading finds, on a page where no line stood out as the headline
// (the printed line is then a metadata title), an <h1> that says a
// title's words: the page prints that title as its heading, in its own
// rendering, even where the heading sits over a picture as its caption.
func (p *page) titleHeading(t metaTitleSet) (string, bool) {
	for i := range p.blocks {
		if b := &p.blocks[i]; b.heading == 1 && !b.chrome && slices.Contains(t.norms, normTitle(b.text)) {
			return b.text, true
		}
	}
	return "", false
}

// headingRunsOn reports a printed line that is the second line of a
// heading the page breaks in two (a <br> or styled spans): the block right
// above it is a line of the same heading, and the social title, normalised
// as sn, says both lines ("Real Estate Investing for Beginners" over
// "Real Estate 101"). The heading prints the whole as one headline.
func (p *page) headingRunsOn(printed, sn string) bool {
	if !p.headline.done || !p.headline.ok {
		return false
	}
	hl := p.headline.index
	if hl < 1 || p.blocks[hl].text != printed || p.blocks[hl].heading == 0 {
		return false
	}
	above := &p.blocks[hl-1]
	if above.heading != p.blocks[hl].heading || above.chrome || above.isLink() {
		return false
	}
	var buf [256]byte
	n := appendNorm(appendNorm(buf[:0], above.text), printed)
	return string(n) == sn
}

// isCapitals reports a line set in capitals: eight capital letters or
// more and no small one. Capitals are the heading's type style (or a
// label's, "SUPPORTING GAAP COMPLIANCE"), not the headline's spelling,
// which a metadata title sharing its words gives in its own case. Scripts
// without case (Chinese, Japanese, Korean) never read as capitals.
func isCapitals(s string) bool {
	upper := 0
	for i := 0; i < len(s); {
		// ASCII, most of a headline, is told by its byte: the ASCII
		// letters unicode.IsLower and IsUpper report.
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				upper++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
		i += size
	}
	return upper >= 8
}

// restAfterNorm returns what long goes on with after a head that says
// the same words as a title normalised to sn (see normTitle), and whether
// long opens with such a head. Like kickerBefore, it walks the letters
// and digits of the title once, without allocating; settleLine holds its
// titles normalised, which are not normalised again.
func restAfterNorm(long, sn string) (string, bool) {
	if len(sn) < 8 {
		return "", false
	}
	i, j := 0, 0
	for i < len(long) && j < len(sn) {
		if c := long[i]; c < utf8.RuneSelf {
			// Most of a line is ASCII: a byte, normalised by appendNorm's
			// table, against a byte, without decoding a rune or
			// comparing a string of one (as kickerBeforeNorm reads it).
			i++
			if n := normASCII[c]; n != 0 {
				if sn[j] != n {
					return "", false
				}
				j++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(long[i:])
		var rb [utf8.UTFMax]byte
		lr := appendNorm(rb[:0], string(r))
		i += size
		if len(lr) == 0 {
			continue
		}
		if len(lr) > len(sn)-j || string(sn[j:j+len(lr)]) != string(lr) {
			return "", false
		}
		j += len(lr)
	}
	if j < len(sn) {
		return "", false
	}
	return strings.TrimSpace(long[i:]), true
}

// isSourceCredit reports the credit a link aggregator prints after the
// headline it links: the source's host name in parentheses, and perhaps a
// count of comments after it ("(latimes.com) 87"). It names where the
// story comes from, not what it says.
func isSourceCredit(s string) bool {
	inner, ok := strings.CutPrefix(s, "(")
	if !ok {
		return false
	}
	host, after, ok := strings.Cut(inner, ")")
	if !ok || !isHostName(host) {
		return false
	}
	return strings.TrimLeft(after, "0123456789 ") == ""
}

// isHostName reports a host name as a credit writes it: labels of letters,
// digits and hyphens parted by dots, the last of two letters or more
// ("latimes.com", "bbc.co.uk").
func isHostName(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || len(s)-i-1 < 2 || len(s) > 80 {
		return false
	}
	for _, r := range s {
		if r != '.' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	for _, c := range []byte(s[i+1:]) {
		if c < 'a' || c > 'z' {
			return false // "Vol.II", "Mr.Smith": a top-level domain is lower-case letters
		}
	}
	return !strings.Contains(s, "..")
}

// sharedWords counts the words of a of three letters or more that b has
// too, ignoring case.
func sharedWords(a, b string) int {
	n, read := 0, 0
	for w := range wordsOf(a) {
		if read++; read > maxTitleWords {
			break // a paragraph taken for a title: its head says enough
		}
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		seen := 0
		for v := range wordsOf(b) {
			if seen++; seen > maxTitleWords {
				break
			}
			if strings.EqualFold(w, v) {
				n++
				break
			}
		}
	}
	return n
}

// maxTitleWords bounds the words sharedWords compares on each side, so
// that two long texts cost no more than two titles.
const maxTitleWords = 64

// maxHeadlineWords is more words than any headline has: a longer printed
// line is a paragraph (a standfirst, a description) the head finder took.
const maxHeadlineWords = 30

// separatedElsewhere reports a kicker that the heading prints run on into
// the headline ("Neue Leipziger Schule Judy Lybke ...", its styled parts
// losing the colon) and that another title writes with its separator
// ("Neue Leipziger Schule: Judy Lybke ..."). Without such evidence, words
// before the social title may be the headline's own subject ("Apple
// says iPhone sales rose" over "iPhone sales rose").
func separatedElsewhere(kicker string, t metaTitleSet) bool {
	for _, c := range t.cands[1:] {
		if k, ok := kickerBeforeNorm(c, t.norms[0]); ok && endsWithSeparator(k) && sameNorm(k, normTitle(kicker)) {
			return true
		}
	}
	return false
}

// isKicker reports a leading part of a heading that reads as a topic line
// over the headline: one written with its separator ("Minderheit in
// Syrien -", "Kenia:"), or of two words or more printed apart ("Premier
// League").
func isKicker(k string) bool {
	return endsWithSeparator(k) || len(strings.Fields(k)) >= 2
}

// sharedTail finds the headline that a printed line and a title both end
// with after different kickers: "Eskalation im Nahen Osten - «...»" and
// "Iranischer Angriff auf Israel: «...»" share "«...»".
func sharedTail(printed, title string) (string, bool) {
	for i := 0; i < len(printed); {
		j := indexSeparator(printed[i:])
		if j < 0 {
			return "", false
		}
		at := i + j
		i = at + 1
		tail := strings.TrimLeft(printed[at:], ":-–—|/·• ")
		if len(strings.Fields(tail)) < 3 {
			return "", false
		}
		if kicker, ok := kickerBefore(title, tail); ok && endsWithSeparator(kicker) && !shareWord(kicker, printed[:at]) {
			return tail, true
		}
	}
	return "", false
}

// shareWord reports whether two kickers have a word of three letters or
// more in common: "Joburg has failed its traders:" and "Johannesburg has
// failed its traders:" are one line reworded, part of the headline, where
// "Eskalation im Nahen Osten" and "Iranischer Angriff auf Israel" are two
// topic lines over it.
func shareWord(a, b string) bool { return sharedWords(a, b) > 0 }

// wordsOf yields the runs of letters and digits of s, in place.
func wordsOf(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if notLetterOrDigit(r) {
				if start >= 0 && !yield(s[start:i]) {
					return
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// indexSeparator is the byte index of the first kicker separator in s:
// a colon followed by a space, or a dash standing between spaces.
func indexSeparator(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ':' && i+1 < len(s) && s[i+1] == ' ':
			return i
		case s[i] == ' ' && i+2 < len(s) && s[i+1] == '-' && s[i+2] == ' ':
			return i
		case s[i] == ' ' && (strings.HasPrefix(s[i+1:], "– ") || strings.HasPrefix(s[i+1:], "— ")):
			return i
		}
	}
	return -1
}

// titleGoesOn reports a title that opens with the printed line's words and
// goes on after a colon: "Index Funds: How to Invest" over "Index funds".
func titleGoesOn(title, printed string) bool {
	i := indexSeparator(title)
	for i >= 0 {
		if title[i] == ':' && normTitle(title[:i]) == normTitle(printed) {
			return true
		}
		j := indexSeparator(title[i+1:])
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// uncutTitle returns the title that states t in full where another
// metadata title goes on from t's last word with a straight double quote:
// t was cut short where that quote, unescaped in a <meta content="...">
// attribute, closed the attribute ("... Sieger und" beside "... Sieger
// und "royaler Besuch"").
func uncutTitle(t string, cands []string) string {
	if len(t) < 8 {
		return t
	}
	for _, c := range cands {
		if rest, ok := strings.CutPrefix(c, t); ok && strings.HasPrefix(strings.TrimSpace(rest), `"`) {
			return c
		}
	}
	return t
}

// kickerBefore returns the text of long before a tail that says the same
// words as short, and whether there is such a tail.
func kickerBefore(long, short string) (string, bool) {
	var buf [256]byte
	return kickerBeforeNorm(long, appendNorm(buf[:0], short))
}

// kickerBeforeNorm is kickerBefore of a short line given normalised (see
// appendNorm), as settleLine holds its titles. It walks long from its end,
// matching the letters and digits of sn, so it costs no more than one
// pass over the tail and no allocation.
func kickerBeforeNorm[N string | []byte](long string, sn N) (string, bool) {
	if len(sn) < 8 {
		return "", false
	}
	i, j := len(long), len(sn)
	for i > 0 && j > 0 {
		if c := long[i-1]; c < utf8.RuneSelf {
			// Most of a line is ASCII: a byte, normalised by
			// appendNorm's table, against a byte.
			i--
			if n := normASCII[c]; n != 0 {
				if sn[j-1] != n {
					return "", false
				}
				j--
			}
			continue
		}
		r, size := utf8.DecodeLastRuneInString(long[:i])
		i -= size
		var rb [utf8.UTFMax]byte
		lr := appendNorm(rb[:0], string(r))
		if len(lr) == 0 {
			continue
		}
		if len(lr) > j || string(sn[j-len(lr):j]) != string(lr) {
			return "", false
		}
		j -= len(lr)
	}
	if j > 0 {
		return "", false
	}
	// The tail opens with its quotation mark: "Kenia: «Nairobi»" has
	// the kicker "Kenia:".
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(long[:i])
		if !isOpeningMark(r) {
			break
		}
		i -= size
	}
	k := strings.TrimSpace(long[:i])
	var kb [8]byte
	if len(appendNorm(kb[:0], k)) == 0 {
		return "", false
	}
	return k, true
}

// isOpeningMark reports a mark that opens a quotation or parenthesis:
// « „ “ ‘ ( and the straight quotes.
func isOpeningMark(r rune) bool {
	return r == '"' || r == '\'' || unicode.In(r, unicode.Ps, unicode.Pi)
}

// endsWithSeparator reports a kicker written with the mark that parts it
// from the headline ("Kenia:", "Minderheit in Syrien -").
func endsWithSeparator(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if r == '-' {
		// "MSV-Interimstrainer" joins a word; "Minderheit in Syrien -"
		// stands apart.
		return strings.HasSuffix(s[:len(s)-size], " ")
	}
	return strings.ContainsRune(":–—|/·•", r)
}

// fullerRendering chooses between the printed line and a metadata title
// that say the same words: the printed line, as the page prints it (its
// typographic quotes and dashes are the headline's own characters), unless
// the title keeps more of what parts the words. A heading built of styled
// parts loses the colon or the space between kicker and headline
// ("पकड़ा:</span>दो"); a title never gains them by accident. A title with
// fewer marks (the quotes around a quoted phrase left out) loses.
func fullerRendering(printed, meta string) string {
	if printed == meta {
		return printed // as most are: nothing to count
	}
	pm, mm := punctCount(printed), punctCount(meta)
	if mm > pm || mm == pm && wordCount(meta) > wordCount(printed) {
		return meta
	}
	return printed
}

// wordCount counts the runs of s between white space that hold a letter
// or digit: "Design - The" has two, as "Design: The" has, and "पकड़ा:दो"
// one.
func wordCount(s string) int {
	return wordCountUpTo(s, len(s))
}

// wordCountUpTo is wordCount that stops counting at most: whether a
// paragraph the head finder took has more words than a headline is told
// from its opening.
func wordCountUpTo(s string, most int) int {
	n, counted := 0, 0 // counted is 1 inside a word already counted
	for i := 0; i < len(s) && n < most; {
		// ASCII, most of a headline, is classed by one table read;
		// settleLine counts each candidate's words.
		class, size := wordByteClass[s[i]], 1
		if class == lineNonASCII {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				class = lineSpace
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				class = lineWord
			default:
				class = lineOther
			}
		}
		i += size
		// A word is counted at its first letter; a space ends it, other
		// marks do not. Worked out in bits, not branches that would go
		// either way at every word's edges.
		isWord, isSpace := int(class>>1), int(class&1)
		n += isWord &^ counted
		counted = (counted | isWord) &^ isSpace
	}
	return n
}

// moreWordsThan reports whether s has more than most words (see
// wordCountUpTo). A word after the first follows white space, so a line
// with fewer than most bytes that may open white space has no more: most
// headlines are told by one look-up a byte, not by classing each.
func moreWordsThan(s string, most int) bool {
	spaces := 0
	for i := 0; i < len(s); i++ {
		spaces += int(spaceLeads[s[i]])
	}
	return spaces >= most && wordCountUpTo(s, most+1) > most
}

// spaceLeads is 1 for each byte that may open white space (see
// unicode.IsSpace): an ASCII space or control of that class, or the lead
// byte of U+0085, U+00A0 (0xC2), U+1680 (0xE1), U+2000 to U+205F (0xE2)
// and U+3000 (0xE3).
var spaceLeads = func() (t [256]uint8) {
	for c := range t {
		if c < utf8.RuneSelf && unicode.IsSpace(rune(c)) || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
			t[c] = 1
		}
	}
	return t
}()

// The classes wordCountUpTo reads a line's bytes in: a space has the low
// bit set, a letter or digit the next one.
const (
	lineOther    = iota // ASCII neither space nor letter nor digit
	lineSpace           // unicode.IsSpace
	lineWord            // a letter or digit
	lineNonASCII        // a byte of a multi-byte rune, to be decoded
)

var wordByteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = lineNonASCII
		case unicode.IsSpace(rune(c)):
			t[c] = lineSpace
		case normASCII[c] != 0:
			t[c] = lineWord
		}
	}
	return t
}()

// asciiPunct is unicode.IsPunct of each ASCII byte, read by punctCount.
var asciiPunct = func() (punct [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		punct[c] = unicode.IsPunct(c)
	}
	return punct
}()

// punctCount counts the punctuation marks of s, leaving out the marks of
// Markdown emphasis (* and _): a title that says "*A Treatise* (1792)" where
// the page prints the words in italics has markup, not more punctuation.
func punctCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiPunct[c] && c != '*' && c != '_' {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsPunct(r) {
			n++
		}
		i += size
	}
	return n
}

// cleanHeadline removes the marks a headline can carry that are not its
// words: Markdown a site printed raw ("## Title", "*Title*"), and a colon
// left at its end by a template that introduces the next line with it.
func cleanHeadline(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	// Each mark is looked for only when the first or last byte can be
	// it: every page's headline passes here, and most carry none.
	if s[0] == '#' {
		if rest := strings.TrimLeft(s, "#"); len(rest) < len(s) && len(s)-len(rest) <= 6 && strings.HasPrefix(rest, " ") {
			s = strings.TrimSpace(rest)
		}
	}
	// Every mark opens with '*' or '_'.
	for _, mark := range []string{"**", "__", "*", "_"} {
		if s == "" || s[0] != '*' && s[0] != '_' {
			break
		}
		if inner, ok := strings.CutPrefix(s, mark); ok && strings.HasSuffix(inner, mark) && len(inner) > len(mark) {
			inner = strings.TrimSuffix(inner, mark)
			if !strings.Contains(inner, mark) && strings.TrimSpace(inner) == inner {
				s = inner
				break
			}
		}
	}
	if s != "" && s[len(s)-1] == ':' {
		if t := strings.TrimRight(s, ":"); len(t) > 0 && !strings.HasSuffix(t, " ") {
			s = t
		}
	}
	return dropPipeTail(s)
}

// dropPipeTail removes the short parts a template adds after a vertical
// bar: "... sleep through the night | Patient Education | UC Davis
// Children's Hospital", "... physical health | Opinion". A news headline
// does not use the bar between its clauses; where it uses one after a
// short kicker ("BUDGET 3.0 | Sars gets R4bn ...") or before a long
// second line, the parts stay.
func dropPipeTail(s string) string {
	if strings.IndexByte(s, '|') < 0 {
		return s // as most headlines: a search for the bar alone
	}
	for {
		i := strings.LastIndex(s, " | ")
		if i <= 0 {
			return s
		}
		head, tail := s[:i], s[i+3:]
		if wordCountUpTo(tail, 5) > 4 || wordCountUpTo(head, 4) < 4 {
			return s
		}
		s = strings.TrimSpace(head)
	}
}

// hasCrumbSpace reports a space followed by the first byte of one of
// isBreadcrumb's separators after their space ('>', '/', or the lead byte
// of "›" or "»"): one pass that rules out most headings before four
// searches for the separators themselves. Eight bytes are read at a time
// (see crumbStarts), and only the places marked are looked at.
func hasCrumbSpace(s string) bool {
	q := 1
	for ; q+8 <= len(s); q += 8 {
		for m := crumbStarts(load64(s, q), load64(s, q-1)); m != 0; m &= m - 1 {
			if i := q + bits.TrailingZeros64(m)/8; s[i-1] == ' ' && isCrumbSecond(s[i]) {
				return true
			}
		}
	}
	for ; q < len(s); q++ {
		if s[q-1] == ' ' && isCrumbSecond(s[q]) {
			return true
		}
	}
	return false
}

// isCrumbSecond reports the byte after the space of one of isBreadcrumb's
// separators.
func isCrumbSecond(c byte) bool {
	return c == '>' || c == '/' || c == "›"[0] || c == "»"[0]
}

// crumbStarts has the high bit set in the lane of each of the eight bytes
// of x that follows a space (the byte in the same lane of prev) and may
// be one isCrumbSecond reports: '>', '/', or 0xE2 or 0xC2, told by one
// test as they differ only in bit 0x20. Like separatorStarts, it never
// misses one and may mark a lane after one, which the caller rules out.
func crumbStarts(x, prev uint64) uint64 {
	const ones = 0x0101010101010101
	seconds := zeroLanes(x^ones*'>') | zeroLanes(x^ones*'/') | zeroLanes((x|ones*0x20)^ones*0xe2)
	return seconds & zeroLanes(prev^ones*' ') & (ones * 0x80)
}

// isBreadcrumb reports a heading that is a trail of sections, "Computer
// Science > Artificial Intelligence": a template's location line, not a
// story's headline.
func isBreadcrumb(s string) bool {
	if !hasCrumbSpace(s) {
		return false // as most headings: no separator can be in it
	}
	for _, sep := range []string{" > ", " › ", " » ", " / "} {
		if strings.Count(s, sep) >= 1 && !strings.ContainsAny(s, ".?!:") {
			parts := strings.Split(s, sep)
			short := true
			for _, p := range parts {
				if n := len(strings.Fields(p)); n == 0 || n > 4 {
					short = false
				}
			}
			if short && (sep != " / " || len(parts) >= 3) {
				return true
			}
		}
	}
	return false
}
