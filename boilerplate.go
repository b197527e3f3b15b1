package newswire

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds what is known about text that is not the article: the
// template comments that frame SMN bodies, the elements and class names of
// page chrome, the phrases that open the tail of a page, ad and pixel
// images. Finders consult these tables; they do not carry phrases of their
// own.

type markerKind int

const (
	markNone markerKind = iota
	markBodyStart
	markBodyEnd
)

// marker classifies an HTML comment. SMN's 2010s template opens the body
// with <!--body-2-incontainer.php--> and closes it with <!--RELATED LINKS-->.
func marker(comment string) markerKind {
	c := strings.TrimSpace(comment)
	if len(c) > 64 {
		return markNone
	}
	switch {
	case strings.Contains(c, "body-2-incontainer"):
		return markBodyStart
	case strings.EqualFold(c, "RELATED LINKS"):
		return markBodyEnd
	}
	return markNone
}

// chromeWords are the words of class and id names that mark navigation,
// sidebars, share bars, comment sections, ads and sign-up boxes, in
// templates of every kind. They are matched as whole words of a name
// ("main-nav", "commentList", "sidebar_right"), or as two words run
// together ("site-header", "jp-relatedposts").
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menubar": true, "submenu": true,
	"megamenu": true, "sidebar": true, "sidebars": true, "footer": true, "comment": true,
	"comments": true, "commentlist": true, "share": true, "sharing": true, "sharebar": true,
	"sharedaddy": true, "social": true, "breadcrumb": true, "breadcrumbs": true,
	"newsletter": true, "subscribe": true, "advert": true, "adverts": true, "advertisement": true,
	"advertising": true, "promo": true, "masthead": true, "cookie": true, "cookies": true,
	"relatedposts": true, "skiplink": true, "siteheader": true, "toolbar": true,
	"author": true, "related": true, "modal": true, "popover": true, "dialog": true, // author boxes, related lists, dialogs
	"consent": true,                                // consent boxes of cookies and embeds
	"popup":   true, "login": true, "signin": true, // sign-in and subscription prompts
	"widget": true, "widgets": true, // alone, or in "widget-area"
}

// chromeModifiers, contentWords and wrapperWords are words that, in one
// name with a chrome word, say the element holds more than that chrome: a
// modifier of the page's layout ("has-sidebar", "no-sidebar",
// "is-style-sidebar"), several parts ("post-and-sidebar",
// "content-with-sidebar"), or the wrap of content and chrome together
// ("content-sidebar-wrap"). A name made only of content words names the
// story itself (see isContentWords).
var (
	chromeModifiers = map[string]bool{"has": true, "no": true, "is": true, "with": true, "without": true, "and": true, "hide": true, "show": true}
	contentWords    = map[string]bool{"content": true, "contents": true, "main": true, "post": true, "article": true, "entry": true, "story": true, "body": true}
	wrapperWords    = map[string]bool{"wrap": true, "wrapper": true, "wrp": true, "container": true, "pusher": true, "layout": true, "span": true, "inner": true}
)

// captionHints are class fragments of elements that frame an image and its
// caption.
var captionHints = []string{"caption", "figure", "wp-block-image", "photo", "image"}

// isChromeName reports whether a class or id attribute names page chrome:
// one of its names holds a chrome word and nothing that makes it a
// layout modifier or a wrapper of more than chrome.
//
// The walk judges every new class and id value of a page: a value of
// ASCII, nearly all of them, is split and looked up without copies or
// maps (see chromeNameASCII); any other is split as strings.Fields has
// it, and each name lower-cased as strings.ToLower has it.
//
// Most names of an ASCII value hold no word chromeNameASCII looks for:
// a page of utility classes names each element with a dozen or more
// ("flex items-center gap-4 md:text-2xl"). Each name is read once to
// find its end, and only one that may change the answer is judged by
// chromeNameASCII (see nameToJudge).
func isChromeName(val string) bool {
	chrome := false
	for i := 0; i < len(val); {
		if nameBytes[val[i]]&(byteSpace|byteHigh) != 0 {
			if val[i] >= utf8.RuneSelf {
				return isChromeNameFields(val)
			}
			i++
			continue
		}
		j, judge := nameToJudge(val, i)
		if j < len(val) && val[j] >= utf8.RuneSelf {
			return isChromeNameFields(val)
		}
		if judge {
			content, ch := chromeNameASCII(val[i:j])
			if content {
				return false // "sidebar-grid__content article__content"
			}
			chrome = chrome || ch
		}
		i = j
	}
	return chrome
}

// nameToJudge returns the end of the name of val that opens at i (the
// index of the white space or byte past ASCII after it, or len(val)),
// and whether chromeNameASCII may judge the name content or chrome.
//
// It splits the name into words as chromeNameASCII does, hashing each
// word as it is read (see wordHash), and reports a name that may hold a
// chrome word or two words that run together make one, or that may be
// made of content words only in its first maxNameWords (all that
// chromeNameASCII reads). Any other chromeNameASCII judges neither
// content nor chrome: without a chrome word or pair, isChromeWords finds
// no chrome, and with a word that is no content word, isContentWords
// finds no content. The hashes may let a name through that holds none
// of the words, never the other way (see wordHashBits).
func nameToJudge(val string, i int) (end int, judge bool) {
	var prev uint64 // the hash of the word before
	prevLen, words, plain := 0, 0, false
	for i < len(val) {
		c := val[i]
		b := nameBytes[c]
		if b&byteWord == 0 {
			if b&(byteSpace|byteHigh) != 0 {
				break
			}
			i++ // a byte between words
			continue
		}
		// A word opens at i, and runs on over small letters and digits,
		// and over capitals but one after a small letter ("mainNav").
		start, h := i, uint64(c|byteUpper)
		for i++; i < len(val); i++ {
			c := val[i]
			if s := smallWordBytes[c]; s != 0 {
				h = h<<wordHashShift ^ uint64(s) // most bytes of a word
				continue
			}
			if nameBytes[c]&byteUpper == 0 || nameBytes[val[i-1]]&byteLower != 0 {
				break
			}
			h = h<<wordHashShift ^ uint64(c|byteUpper)
		}
		n := i - start
		chrome, content := tableWordHashes.word(h, n)
		if chrome || words > 0 && tableWordHashes.pair(h, prev, n, prevLen) {
			return nameEnd(val, i), true
		}
		plain = plain || !content && words < maxNameWords
		prev, prevLen, words = h, n, words+1
	}
	return i, words > 0 && !plain
}

// nameEnd returns the index of the first byte of val from i on that ends
// a name of a class or id value, white space or a byte past ASCII, or
// len(val).
func nameEnd(val string, i int) int {
	// Most names are words joined by dashes and underscores, longer than
	// eight bytes: eight at a time while none may end the name.
	for i+8 <= len(val) && !mayEndName(load64(val, i)) {
		i += 8
	}
	for i < len(val) && nameBytes[val[i]]&(byteSpace|byteHigh) == 0 {
		i++
	}
	return i
}

// mayEndName reports whether one of the eight bytes of x may end a name
// of a class or id value: white space, another byte below "!", or a byte
// past ASCII. It sees every such byte; it may report one where there is
// none (a byte after a lower one that borrowed), and the bytes are then
// read one by one.
func mayEndName(x uint64) bool {
	const ones = 0x0101010101010101
	return (x|(x-0x21*ones))&highBits != 0
}

// isChromeNameFields is isChromeName for a value past ASCII.
func isChromeNameFields(val string) bool {
	var buf [8]string
	var kinds [8]wordKind
	var pairs [8]bool
	chrome := false
	for name := range strings.FieldsSeq(val) {
		if len(name) > maxNameLen {
			continue
		}
		words := nameWords(name, buf[:0])
		for i, w := range words {
			kinds[i] = kindOfWord(w)
			pairs[i] = i > 0 && isChromePair(words[i-1], w)
		}
		if isContentWords(words, kinds[:len(words)]) {
			return false
		}
		chrome = chrome || isChromeWords(words, kinds[:len(words)], pairs[:len(words)])
	}
	return chrome
}

// maxNameLen is the longest name of a class or id value that is judged:
// longer ones are machine-made (hashes, encoded state), not words.
const maxNameLen = 80

// wordKind says what one word of a class or id name tells of its element,
// from the tables above.
type wordKind uint8

const (
	wordChrome wordKind = 1 << iota
	wordModifier
	wordContent
	wordWrapper
)

// wordKinds merges the word tables, so that each word of a name is looked
// up once: templates give a page hundreds of names.
var wordKinds = func() map[string]wordKind {
	m := make(map[string]wordKind, len(chromeWords)+len(chromeModifiers)+len(contentWords)+len(wrapperWords))
	for table, kind := range map[*map[string]bool]wordKind{
		&chromeWords: wordChrome, &chromeModifiers: wordModifier, &contentWords: wordContent, &wrapperWords: wordWrapper,
	} {
		for w, ok := range *table {
			if ok {
				m[w] |= kind
			}
		}
	}
	return m
}()

// kindOfWord looks up a word of a name in any case. An ASCII word is
// lower-cased in a buffer on the stack, so that names with capitals
// ("mainNav") allocate nothing; most words are dismissed by their first
// two letters without a lookup.
func kindOfWord(w string) wordKind {
	if len(w) > 1 && !wordOpenings.may(w[0], w[1]) {
		return 0
	}
	var buf [80]byte
	return wordKinds[string(appendLower(buf[:0], w))]
}

// isChromePair reports two words of a name that run together make a chrome
// word ("site-header", "jp-relatedposts").
func isChromePair(a, b string) bool {
	second := b[0]
	if len(a) > 1 {
		second = a[1]
	}
	if !wordOpenings.may(a[0], second) {
		return false
	}
	var buf [160]byte
	return wordKinds[string(appendLower(appendLower(buf[:0], a), b))]&wordChrome != 0
}

// openings is a set of the first two bytes of words, in lower case.
type openings struct {
	pairs [128 * 128 / 64]uint64
	all   bool // a word opens with a byte past ASCII: no pair is ruled out
}

// wordOpenings are the openings of the words of wordKinds.
var wordOpenings = func() (o openings) {
	for w := range wordKinds {
		o.add(w)
	}
	return o
}()

// add puts the opening of w, a lower-case word, in the set.
func (o *openings) add(w string) {
	if len(w) < 2 || w[0] >= utf8.RuneSelf || w[1] >= utf8.RuneSelf {
		o.all = true
		return
	}
	i := int(w[0])<<7 | int(w[1])
	o.pairs[i/64] |= 1 << (i % 64)
}

// may reports whether a word opening with a and b, in any case, may be one
// of the set's. Past ASCII, strings.ToLower may change a byte into a
// letter (the Kelvin sign into "k"): such a word may be any.
func (o *openings) may(a, b byte) bool {
	if o.all || a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return true
	}
	i := int(lowerASCII(a))<<7 | int(lowerASCII(b))
	return o.pairs[i/64]&(1<<(i%64)) != 0
}

// lookupFold is m[strings.ToLower(w)] without the copy: the lower-case
// form is built on the stack. Finders look up a word of every line.
func lookupFold[V any](m map[string]V, w string) V {
	var buf [64]byte
	return m[string(appendLower(buf[:0], w))]
}

// appendLower appends w in lower case to dst, as strings.ToLower has it.
// It copies w at once and lower-cases the copy eight bytes at a time:
// finders look a word of every line up in their tables, and a loop that
// checked and appended byte by byte cost most of the look-up.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	dst = append(dst, w...)
	b := dst[n:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if x&0x8080808080808080 != 0 {
			return append(dst[:n], strings.ToLower(w)...)
		}
		binary.LittleEndian.PutUint64(b[i:], x|upperBytes(x)>>2)
	}
	for ; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return append(dst[:n], strings.ToLower(w)...)
		}
		b[i] = lowerASCII(b[i])
	}
	return dst
}

// lowerASCIIBytes lower-cases the ASCII capitals of b in place, as
// lowerASCII does byte by byte, eight bytes at a time; bytes past ASCII
// are left as they are.
func lowerASCIIBytes(b []byte) {
	const high = 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], x|(upperBytes(x&^high)&^x)>>2)
	}
	for ; i < len(b); i++ {
		b[i] = lowerASCII(b[i])
	}
}

// upperBytes returns, for the eight ASCII bytes of x, 0x80 in each byte
// that is a capital A-Z and 0 in the others: the bit that lower-cases a
// capital, moved down two places, is 0x20.
func upperBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	geA := x + (0x80-'A')*ones   // bit 7 set in the bytes >= 'A'
	gtZ := x + (0x80-'Z'-1)*ones // bit 7 set in the bytes > 'Z'
	return geA &^ gtZ & (0x80 * ones)
}

// isContentWords reports a name made only of words that name the story
// ("entry-content", "article__body", "story-text"): an element that names
// itself so is no chrome, whatever its other names say. words are as the
// name prints them; kinds are their kinds.
func isContentWords(words []string, kinds []wordKind) bool {
	for i, w := range words {
		if kinds[i]&wordContent == 0 && (len(w) != len("text") || !strings.EqualFold(w, "text")) {
			return false
		}
	}
	return len(words) > 1 || len(words) == 1 && !strings.EqualFold(words[0], "main") && !strings.EqualFold(words[0], "content")
}

// isChromeWords reports a name whose words say it is chrome. words are as
// the name prints them, kinds their kinds, and pairs[i] whether words i-1
// and i run together make a chrome word.
func isChromeWords(words []string, kinds []wordKind, pairs []bool) bool {
	chrome, content, wrapper := -1, false, false
	for i, w := range words {
		k := kinds[i]
		switch {
		case k&wordModifier != 0:
			return false
		case k&wordChrome != 0 || pairs[i]:
			if len(w) >= 6 && strings.EqualFold(w[:6], "widget") && len(words) > 1 && (i+1 == len(words) || !strings.EqualFold(words[i+1], "area")) {
				continue // a builder's block of any kind ("widget-type-rich_text")
			}
			if chrome < 0 {
				chrome = i
			}
		case k&wordContent != 0:
			content = content || chrome < 0
		case k&wordWrapper != 0:
			wrapper = wrapper || chrome >= 0
		}
	}
	if chrome < 0 {
		return false
	}
	return !wrapper || !content
}

// nameWords splits a class or id name into words at "-", "_", other
// punctuation and lower-to-upper case changes ("mainNav"), into buf; words
// past buf's capacity are left out. The words keep the name's case.
func nameWords(name string, buf []string) []string {
	start := 0
	for i := 0; i <= len(name) && len(buf) < cap(buf); i++ {
		next := i + 1 // where the word after a boundary at i starts
		if i < len(name) {
			c := name[i]
			camel := c >= 'A' && c <= 'Z' && i > start && name[i-1] >= 'a' && name[i-1] <= 'z'
			if !camel && (isWordByte(lowerASCII(c)) || c >= 0x80) {
				continue
			}
			if camel {
				next = i
			}
		}
		if i > start {
			buf = append(buf, name[start:i])
		}
		start = next
	}
	return buf
}

// hasHint reports whether one of the words of a class or id attribute
// contains one of hints, lower-case words. Matching is on whole
// "-"/"_"-separated parts for short hints so that "nav" matches "main-nav"
// but not "canvas".
//
// An ASCII value, nearly all of them, is searched as it is written,
// letters compared in lower case, without a lower-case copy: the walk asks
// this of the first class of every <div> and <span>.
func hasHint(val string, hints []string) bool {
	switch lowerOrASCII(val) {
	case caseLower:
		return hasHintFolded(val, hints)
	case casePastASCII:
		return hasHintFolded(strings.ToLower(val), hints)
	}
	// The letters that open a hint, as bits from 'a'.
	var opens uint32
	for _, h := range hints {
		if h == "" || h[0] < 'a' || h[0] > 'z' {
			return hasHintFolded(strings.ToLower(val), hints)
		}
		opens |= 1 << (h[0] - 'a')
	}
	for i := 0; i < len(val); i++ {
		c := lowerASCII(val[i]) - 'a'
		if c >= 26 || opens&(1<<c) == 0 {
			continue
		}
		for _, h := range hints {
			if h[0]-'a' != c || !hasLowerPrefix(val[i:], h) {
				continue
			}
			start := i == 0 || !isWordByte(lowerASCII(val[i-1]))
			end := i+len(h) == len(val) || !isWordByte(lowerASCII(val[i+len(h)]))
			if len(h) > 5 || start && end {
				return true
			}
		}
	}
	return false
}

// letterCase is what lowerOrASCII finds of a string.
type letterCase uint8

const (
	caseLower     letterCase = iota // ASCII without capitals: its own lower case
	caseMixed                       // ASCII with capitals
	casePastASCII                   // a byte past ASCII
)

// lowerOrASCII tells a string of ASCII without capitals, which is its own
// lower case, from other ASCII and from one past ASCII, eight bytes at a
// time: the capitals 'A'-'Z' are the bytes that adding 0x3F lifts past
// 0x7F and adding 0x25 does not.
func lowerOrASCII(s string) letterCase {
	const highs = 0x8080808080808080
	found := caseLower
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&highs != 0 {
			return casePastASCII
		}
		if (x+0x3F3F3F3F3F3F3F3F)&^(x+0x2525252525252525)&highs != 0 {
			found = caseMixed
		}
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return casePastASCII
		case c >= 'A' && c <= 'Z':
			found = caseMixed
		}
	}
	return found
}

// hasHintFolded is hasHint for a value in lower case.
func hasHintFolded(val string, hints []string) bool {
	for _, h := range hints {
		i := strings.Index(val, h)
		for i >= 0 {
			start := i == 0 || !isWordByte(val[i-1])
			end := i+len(h) == len(val) || !isWordByte(val[i+len(h)])
			if len(h) > 5 || start && end {
				return true
			}
			j := strings.Index(val[i+1:], h)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// tailKind says what a block that ends the body begins.
type tailKind int8

const (
	tailUnknown tailKind = iota - 1 // not worked out yet
	tailNone
	tailRelatedLinks
	tailRelatedContent
	tailFooter // the copyright lines that close a page
	tailOther
	tailReadNext // the heading of a box of the site's other stories (see isReadNextLabel)
)

// endsStory reports a tail that closes the story of a generic page
// rather than sits inside it: its footer, or the heading over teasers for
// the site's other stories, which nothing of the story follows.
func (k tailKind) endsStory() bool { return k == tailFooter || k == tailReadNext }

// storyTail is the tail kind of block i of the generic story region that
// ends at end, where kept are the blocks the body has kept above it. A
// read-next heading closes the story only below the story's text: more
// text kept above it than stands below it. Above that, it is a line of
// the page's head or a table of contents ("Other Posts You May Enjoy"
// listed among the sections), and it is only passed over. Below it, the
// heading closes the story only over teasers (see teasersBelow): over
// the story's own sentences it is the story's subhead ("More from the
// hearing"), kept with them.
func (p *page) storyTail(i, end int, kept []int32) tailKind {
	k := p.blocks[i].tailKind()
	if k != tailReadNext {
		return k
	}
	above := 0
	for _, j := range kept {
		above += len(p.blocks[j].text)
	}
	below := 0
	for j := i + 1; j < end && below < above; j++ {
		if b := &p.blocks[j]; !b.chrome && b.caption == 0 {
			below += len(b.text)
		}
	}
	if below >= above {
		return tailOther
	}
	if !p.teasersBelow(i, end) {
		return tailNone // the story's subhead
	}
	return k
}

// maxTeaserLook is the most blocks under a read-next heading that
// teasersBelow reads: a box's first teasers tell what it holds.
const maxTeaserLook = 12

// teasersBelow reports whether the blocks under heading i, up to end,
// read as a box of teasers: at least half of those that stand (no chrome,
// no caption) hold a link, are a card's title (a heading) or an excerpt
// cut short. A box's cards hold an unlinked line under each title, but a
// heading over unlinked paragraphs ("More from the hearing", "Other
// stories from the meeting") is the story's own subhead, and what follows
// it is the story.
func (p *page) teasersBelow(i, end int) bool {
	n, linked := 0, 0
	for j := i + 1; j < end && n < maxTeaserLook; j++ {
		b := &p.blocks[j]
		if b.chrome || b.caption > 0 || b.text == "" {
			continue
		}
		n++
		if b.nLinks > 0 || b.heading > 0 || isCutExcerpt(b.text) {
			linked++
		}
	}
	return linked*2 >= n
}

// isCutExcerpt reports the excerpt of a teaser card, cut short with an
// ellipsis ("According to the report, the top companies are..."): a
// story's own paragraph ends its sentence.
func isCutExcerpt(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "[…]") || strings.HasSuffix(s, "[...]")
}

// tailPhrases open the part of a page after the article. They are matched
// against a whole block, case-insensitively, with trailing punctuation
// ignored; prefixes match blocks that start with them.
var tailPhrases = map[string]tailKind{
	"related links":    tailRelatedLinks,
	"related link":     tailRelatedLinks,
	"related content":  tailRelatedContent,
	"related stories":  tailRelatedContent,
	"related articles": tailRelatedContent,
	"related posts":    tailRelatedContent,
	"related":          tailRelatedContent,
	"more news":        tailOther,
	"subscribe free to our daily newsletters": tailOther,
	"tweet":                   tailOther,
	"share this article":      tailOther,
	"share this":              tailOther,
	"share":                   tailOther,
	"email this article":      tailOther,
	"comment on this article": tailOther,
	"comments":                tailOther,
	"leave a reply":           tailOther,
	"like this":               tailOther,
	"like this:":              tailOther,
	"advertisement":           tailNone,
	// the headings of the boxes of other stories that close a story
	"you might also like": tailReadNext, "you may also like": tailReadNext,
	"you might like": tailReadNext, "you may like": tailReadNext,
	"you'll also like": tailReadNext, "you will also like": tailReadNext,
	"you might also enjoy": tailReadNext, "you may also enjoy": tailReadNext,
	"you might enjoy": tailReadNext, "you may enjoy": tailReadNext,
	"recommended reading": tailReadNext, "recommended for you": tailReadNext,
	"related reading": tailReadNext,
}

// tailPrefixes open the lines of a page's tail, in lower case (16 at
// most: see tailPrefixesBy).
var tailPrefixes = [...]struct {
	prefix string
	kind   tailKind
}{
	{"the following news reports may link", tailRelatedContent},
	{"the content herein", tailFooter},
	{"copyright 19", tailFooter},
	{"copyright 20", tailFooter},
	{"copyright ©", tailFooter},
	{"© 19", tailFooter},
	{"© 20", tailFooter},
	{"thanks for being here", tailOther},
	{"subscribe free to our", tailOther},
	{"all rights reserved", tailFooter},
	{"our standards: the thomson reuters trust principles", tailOther},
}

// maxToolBar is the longest line tailOf reads as a tool bar, by its parts.
const maxToolBar = 400

// tailOf reports whether text opens the tail of a page, and which part.
// A tool bar of several phrases ("Email This Article | Comment On This
// Article") counts by its first tail phrase.
func tailOf(text string) tailKind {
	if len(text) <= maxToolBar && strings.IndexByte(text, '|') >= 0 && strings.Contains(text, " | ") {
		for _, part := range strings.Split(text, " | ") {
			if k := tailPhrase(part); k != tailNone {
				return k
			}
		}
		return tailNone
	}
	return tailPhrase(text)
}

// tailPhrase matches one phrase. The few lines it lower-cases are copied
// to a buffer on the stack, set up only for them, so that the check
// allocates nothing for the thousands of blocks of a page.
func tailPhrase(text string) tailKind {
	// The walk trims the blocks' text: two bytes' tests spare most of
	// them the call.
	if text == "" || !isPlainByte(text[0]) || !isPlainByte(text[len(text)-1]) {
		text = trimSpace(text)
	}
	if len(text) < 3 {
		return tailNone
	}
	if !tailInitials[lowerASCII(text[0])] && !strings.HasPrefix(text, "©") {
		return tailNone
	}
	first := lowerASCII(text[0])
	if len(text) <= 60 {
		n := len(text)
		for n > 0 && tailTrailers[text[n-1]] {
			n--
		}
		// The line is lower-cased and looked up only when a phrase opens
		// with its letter and runs to its length (see tailLengths), or
		// its first word opens a read-next heading: most short lines,
		// the page's labels and headings, do neither.
		if tailLengths[first]&(1<<n) != 0 {
			var buf [60]byte
			lower := buf[:n]
			copy(lower, text)
			lowerASCIIBytes(lower)
			if k, ok := tailPhrases[string(lower)]; ok {
				return k
			}
		}
		if readNextInitials[first] && opensReadNext(text[:n]) {
			var buf [60]byte
			lower := buf[:n]
			copy(lower, text)
			lowerASCIIBytes(lower)
			if isReadNextLabel(string(lower), text) {
				return tailReadNext
			}
		}
	}
	// A prefix is compared only if the line's fifth byte is its fifth
	// too: the lines that open with "The" are many, and three prefixes
	// open with "th", two with "the ".
	fifth := ^uint16(0)
	if len(text) > 4 {
		fifth = tailPrefixFifths[lowerASCII(text[4])]
	}
	for m := tailPrefixesBy[first] & fifth; m != 0; m &= m - 1 {
		if p := &tailPrefixes[bits.TrailingZeros16(m)]; hasLowerPrefix(text, p.prefix) {
			return p.kind
		}
	}
	return tailNone
}

// tailTrailers are the bytes a short line's tail phrase may trail (" :.-|>"),
// as a table: tailPhrase tests the last byte of every short line.
var tailTrailers = [256]bool{' ': true, ':': true, '.': true, '-': true, '|': true, '>': true}

// tailPrefixesBy holds, by first byte, a bit for each of the tailPrefixes
// that opens with it: a line is compared with those alone, and most of
// the lines that reach the prefixes open with none of them.
var tailPrefixesBy = func() (t [256]uint16) {
	for i, p := range tailPrefixes {
		t[p.prefix[0]] |= 1 << i
	}
	return t
}()

// tailPrefixFifths holds, by fifth byte, a bit for each of the
// tailPrefixes that has it as its fifth (as tailPrefixesBy by the first);
// a prefix of four bytes or fewer has its bit by every byte.
var tailPrefixFifths = func() (t [256]uint16) {
	for i, p := range tailPrefixes {
		for c := range t {
			if len(p.prefix) <= 4 || p.prefix[4] == byte(c) {
				t[c] |= 1 << i
			}
		}
	}
	return t
}()

// readNextInitials are the first letters of the first words
// isReadNextLabel reads, in lower case.
var readNextInitials = [256]bool{'y': true, 'e': true, 'm': true, 'o': true, 'p': true, 'r': true, 's': true}

// trimSpace is strings.TrimSpace, which hands a line that opens or ends
// with a byte past ASCII to TrimFunc, rune by rune through a function
// value, and costs several times a plain line's trim there: the lines
// tailPhrase and isCaptionText trim are such, a quotation in guillemets
// or curly quotes. Like TrimFunc with unicode.IsSpace, it decodes the
// rune at either end (an invalid byte is utf8.RuneError, no space) and
// cuts it while it is a space; an ASCII byte is a space of Unicode
// exactly when it is one of isASCIISpace's.
func trimSpace(s string) string {
	for s != "" {
		if c := s[0]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[n:]
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// opensReadNext reports whether s opens, in any case, with one of the
// first words isReadNextLabel reads and a space. The bytes are compared
// as they are, by the word's length first: most lines are ruled out here
// without a lower-case copy.
func opensReadNext(s string) bool {
	switch strings.IndexByte(s, ' ') {
	case 3:
		return hasLowerPrefix(s, "you")
	case 4:
		return hasLowerPrefix(s, "more")
	case 5:
		return hasLowerPrefix(s, "other")
	case 6:
		return hasLowerPrefix(s, "recent")
	case 7:
		return hasLowerPrefix(s, "explore") || hasLowerPrefix(s, "popular") || hasLowerPrefix(s, "similar") || hasLowerPrefix(s, "related")
	case 11:
		return hasLowerPrefix(s, "recommended")
	}
	return false
}

// tailLengths holds, by the first byte of the tailPhrases, a bit for the
// length of each: a line of no such length is no phrase, and is not
// lower-cased to be looked up.
var tailLengths = func() (t [256]uint64) {
	for k := range tailPhrases {
		t[k[0]] |= 1 << len(k)
	}
	return t
}()

// readNextNouns are what a box of the site's other stories lists.
var readNextNouns = []string{"articles", "posts", "stories", "reads", "blogs", "blog posts"}

// isReadNextLabel reports the heading over a box of teasers for the
// site's other stories, which closes the story: "Recent Posts", "More
// Articles You Might Enjoy", "Related articles that may interest you",
// "You may also be interested in the following articles", "Explore more
// related content", "More from Example". lower is the heading in lower
// case without its closing punctuation, text as printed. A story's own
// headings name its subject ("Related risks", "More on the vote", "More
// from the archive: the 1990s"); and a label that ends on a colon ("More
// from the mayor:") announces what the story quotes next.
//
// The walk asks this of every short line that opens with a tail phrase's
// letter, so its first word is read once and the rest only after it.
func isReadNextLabel(lower, text string) bool {
	first, rest, ok := strings.Cut(lower, " ")
	if !ok {
		return false
	}
	switch first {
	case "you":
		// "You may (also) be interested in ..."
		_, rest, _ = strings.Cut(rest, " ")
		return strings.HasPrefix(strings.TrimPrefix(rest, "also "), "be interested in")
	case "explore":
		rest, ok = strings.CutPrefix(rest, "more ")
		return ok && (rest == "related content" || readNextNoun(rest, true))
	case "more":
		if name, ok := strings.CutPrefix(rest, "from "); ok {
			// "More from Example": the site or its desk, a name of a
			// word or two, as a heading without a colon.
			return name != "" && strings.Count(name, " ") <= 1 && !strings.HasSuffix(strings.TrimSpace(text), ":")
		}
		// "More Posts" and "Other Stories" alone are items of a story's
		// lists too ("They need: more code examples, more blog posts"):
		// those two need what follows the noun.
		return readNextNoun(rest, false)
	case "other":
		return readNextNoun(rest, false)
	case "recent", "popular", "similar", "recommended", "related":
		return readNextNoun(rest, true)
	}
	return false
}

// readNextNoun reports whether s, the heading after its first word, is
// one of the readNextNouns followed by what may follow it (see
// isReadNextTail), or by nothing when bare.
func readNextNoun(s string, bare bool) bool {
	for _, n := range readNextNouns {
		if tail, ok := strings.CutPrefix(s, n); ok && (tail != "" || bare) && isReadNextTail(tail) {
			return true
		}
	}
	return false
}

// isReadNextTail reports what may follow the noun of a read-next heading:
// nothing, an appeal to the reader ("... You Might Enjoy", "... that may
// interest you", "... for you") or the site's name ("... from the Example
// blog").
func isReadNextTail(tail string) bool {
	switch {
	case tail == "":
		return true
	case tail[0] != ' ':
		return false
	}
	tail = tail[1:]
	if strings.HasPrefix(tail, "from ") || tail == "for you" {
		return true
	}
	return strings.HasSuffix(tail, " like") || strings.HasSuffix(tail, " enjoy") || strings.HasSuffix(tail, "interest you")
}

// isPlainByte reports an ASCII byte that is no space: no white space of
// Unicode opens or ends with it.
func isPlainByte(c byte) bool {
	return c > ' ' && c < utf8.RuneSelf
}

// hasLowerPrefix reports whether text, its ASCII letters lower-cased,
// opens with prefix; it compares in place rather than lower-case a copy
// of the text, and gives up at the first byte that differs.
func hasLowerPrefix(text, prefix string) bool {
	if len(text) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		if lowerASCII(text[j]) != prefix[j] {
			return false
		}
	}
	return true
}

// tailInitials are the first letters of the tail phrases and prefixes.
var tailInitials = func() (t [256]bool) {
	for k := range tailPhrases {
		t[k[0]] = true
	}
	for _, p := range tailPrefixes {
		t[p.prefix[0]] = true
	}
	for c, ok := range readNextInitials {
		t[c] = t[c] || ok
	}
	return t
}()

// lowerASCII returns c lower-cased when it is an ASCII capital, and c
// otherwise. It reads a table: most callers ask of a line's first byte,
// a capital about as often as not, and the test a branch made went the
// wrong way a score of times a page.
func lowerASCII(c byte) byte {
	return lowerBytes[c]
}

// lowerBytes maps each byte to lowerASCII of it.
var lowerBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// noisePhrases are whole blocks that sit inside article bodies without
// being part of them: ad labels, share prompts, "read more" links.
var noisePhrases = map[string]bool{
	"advertisement": true, "advertising": true, "sponsored": true, "ad": true,
	"read more": true, "continue reading": true, "click here": true,
	"print": true, "email": true, "facebook": true, "twitter": true, "tweet": true,
	"scroll to continue with content": true, "listen to this article": true,
	"article continues below": true, "story continues below": true,
	"caption": true, "close": true, "expand": true, "enlarge": true, "toggle caption": true,
	"hide caption": true, "show caption": true, "open image in gallery": true,
	"czytaj więcej": true, "lesen sie auch": true, "mehr zum thema": true, "lire aussi": true, "leer más": true,
	// labels of page furniture set inside the story element: screen-reader
	// headings, video players, tables of contents, tag boxes, AI summaries
	"article content": true, "table of contents": true, "in this article": true, "up next": true,
	"on this page": true, "jump to": true, "summarize this article with": true,
	"recommended videos": true, "author of the article": true, "auch interessant": true, "dieses thema im programm": true,
	"schlagwörter zu diesem artikel": true, "themen des artikels": true, "aus dem ressort": true,
	"ähnliche": true, "kort fortalt": true, "les også": true, "à lire aussi": true, "czytaj także": true,
	// the messages a site builder's form prints, hidden until it is sent
	"thank you! your submission has been received!": true, "oops! something went wrong while submitting the form": true,
}

// maxNoisePhrase is the longest of the noisePhrases, in bytes.
const maxNoisePhrase = 56

// isNoise reports a block that is one of the noisePhrases, the note an
// ad slot or a player leaves in the story (see isSlotNote), a line of
// the page's own furniture set among the paragraphs (see isPromptLine),
// a bare address (see isBareAddress) or a labelled teaser for another
// story (see isRelatedTeaser).
func isNoise(text string) bool {
	return isNoiseIn(text, 0)
}

// isNoiseIn is isNoise for a line whose phrases' kinds k are read
// already, or not (see isPromptLineIn).
func isNoiseIn(text string, k promptKind) bool {
	// The first bytes isBareAddress reads and the length limits of
	// isRelatedTeaser and isSlotNote are tested before the calls: most
	// paragraphs open with neither byte and are longer than either reads.
	if (mayBeBareAddress(text) && isBareAddress(text)) || (len(text) <= maxRelatedTeaser && isRelatedTeaser(text)) {
		return true
	}
	if len(text) > maxNoisePhrase {
		return (len(text) <= maxSlotNote && isSlotNote(text)) || isPromptLineIn(text, k)
	}
	t := trimNoiseEdges(text)
	if !isPlainASCII(t) {
		return noisePhrases[strings.ToLower(t)] || isSlotNote(text) || isPromptLineIn(text, k)
	}
	// An ASCII line is a phrase only if one opens with its letter and
	// runs to its length (see noiseLengths): most short lines are passed
	// over without their lower-case copy and the look-up. The copy is
	// made in a buffer on the stack: isNoise runs on every short block of
	// a page, and strings.ToLower would allocate.
	if t != "" && noiseLengths[lowerASCII(t[0])]&(1<<len(t)) != 0 {
		var buf [maxNoisePhrase]byte
		for i := 0; i < len(t); i++ {
			buf[i] = lowerASCII(t[i])
		}
		if noisePhrases[string(buf[:len(t)])] {
			return true
		}
	}
	return isSlotNote(text) || isPromptLineIn(text, k)
}

// noiseLengths holds, by the first byte of the noisePhrases, a bit for
// the length of each (all are shorter than 64 bytes: see maxNoisePhrase).
var noiseLengths = func() (t [256]uint64) {
	for ph := range noisePhrases {
		t[ph[0]] |= 1 << len(ph)
	}
	return t
}()

// trimNoiseEdges is strings.Trim(s, " .:-…[]()") without the set of
// runes Trim builds, and tests rune by rune for the ellipsis, on every
// call.
func trimNoiseEdges(s string) string {
	const ellipsis = "…"
	for s != "" {
		if c := s[0]; c < utf8.RuneSelf && noiseEdges[c] {
			s = s[1:]
		} else if strings.HasPrefix(s, ellipsis) {
			s = s[len(ellipsis):]
		} else {
			break
		}
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf && noiseEdges[c] {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, ellipsis) {
			s = s[:len(s)-len(ellipsis)]
		} else {
			break
		}
	}
	return s
}

// noiseEdges are the ASCII bytes trimNoiseEdges trims.
var noiseEdges = [utf8.RuneSelf]bool{' ': true, '.': true, ':': true, '-': true, '[': true, ']': true, '(': true, ')': true}

// isPlainASCII reports whether s is all ASCII, eight bytes at a time.
func isPlainASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mayBeBareAddress is isBareAddress's first test, small enough to be
// inlined where most lines are asked: a line that fails it is no bare
// address. The two share it so that the gate cannot hide an address
// isBareAddress would come to accept.
func mayBeBareAddress(s string) bool {
	return len(s) >= 8 && (s[0] == 'h' || s[0] == 'w')
}

// isBareAddress reports a line that is a web address and nothing else: a
// link printed as its own text, the list of a page's sources or a
// player's fallback. A story cites a site in a sentence ("Website:
// https://example.org", "See https://example.org for the rules").
func isBareAddress(s string) bool {
	if !mayBeBareAddress(s) {
		return false // most lines: one byte's test
	}
	if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "www.") {
		return false
	}
	return strings.IndexByte(s, ' ') < 0
}

// maxRelatedTeaser is the longest labelled teaser: a label and a
// headline.
const maxRelatedTeaser = 160

// isRelatedTeaser reports a teaser for another story set among the
// paragraphs: a related label and a colon, then the other story's
// headline ("Related: Why Does Your Business Need Local SEO?", "READ MORE:
// Will ChatGPT Eliminate the College Essay?", "Lesen Sie auch: ...").
// Prose does not open on such a label; a label alone ("Read more") is one
// of the noisePhrases, and a label over a list of links opens the box
// inlineRelated reads. What follows the label must read as a headline
// (see isHeadlineShape): a story's sentence may open with the label too
// ("Related: the council had rejected ...").
func isRelatedTeaser(s string) bool {
	if len(s) > maxRelatedTeaser || len(s) < 12 || !relatedInitials[lowerASCII(s[0])] {
		return false
	}
	// The label's colon stands where a label ends: a byte search rules
	// out the lines that open with a label's letter and hold no colon
	// there, and only the labels of that length are compared.
	c := strings.IndexByte(s[:min(len(s), maxRelatedLabel+1)], ':')
	if c < 0 || c+2 > len(s) || s[c+1] != ' ' {
		return false
	}
	for _, l := range relatedLabels {
		if len(l) == c && equalFoldASCII(s[:c], l) {
			return isHeadlineShape(s[c+2:]) && !endsWithAttribution(s[c+2:])
		}
	}
	return false
}

// isHeadlineShape reports text shaped as a headline: it opens with a
// capital, a digit or a quote and holds a comma at most. A sentence of
// prose opens in lower case after a label ("the full report runs to 300
// pages") or runs through its clauses ("Prosecutors had charged two men
// last year, court records show, and both pleaded guilty"). Headlines
// report ("Minister Says Rates Will Stay High") and a teaser may end
// with a full stop, so neither tells prose.
func isHeadlineShape(h string) bool {
	r, _ := utf8.DecodeRuneInString(h)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«„", r) {
		return false
	}
	return strings.Count(h, ",") <= 1
}

// maxAttribution is the most words of the clause that closes a
// reported sentence ("..., court records show.", "..., officials said
// on Monday.").
const maxAttribution = 6

// evidenceVerbs say what a record shows ("court records show"): the
// attribution of a story's sentence to a document, not a person.
var evidenceVerbs = []string{"show", "shows", "showed"}

// endsWithAttribution reports a sentence that closes on who reported it:
// a full stop ends it, and the few words after its last comma hold a
// reporting verb printed in lower case ("..., officials said.", "...,
// court records show."). A headline reports too, but with a capital or
// without the full stop ("Rates Will Stay High, Minister Says"), so a
// teaser stays one.
func endsWithAttribution(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	c := strings.LastIndex(s, ", ")
	if c < 0 {
		return false
	}
	clause := s[c+2 : len(s)-1]
	words := 0
	for w := 0; w < len(clause); w = nextWord(clause, w) {
		if words++; words > maxAttribution {
			return false
		}
		e := w
		for e < len(clause) && isWordByte(clause[e]) {
			e++ // lower-case ASCII letters only: a capital is a headline's
		}
		if e > w && (anyFold(clause[w:e], reportingVerbs, false) || anyFold(clause[w:e], evidenceVerbs, false)) {
			return true
		}
	}
	return false
}

// maxRelatedLabel is the longest of the relatedLabels, in bytes.
const maxRelatedLabel = 16

// relatedInitials are the first letters of the relatedLabels.
var relatedInitials = func() (t [256]bool) {
	for _, l := range relatedLabels {
		t[l[0]] = true
	}
	return t
}()

// maxSlotNote is the longest note of an ad slot or a player.
const maxSlotNote = 100

// adNames name an ad slot, and playerNames a video player. They are
// matched as whole words in any case; so are the words isSlotNote reads
// for where the story goes on and whether the slot loaded.
var (
	adNames     = []string{"advertisement", "advert", "ad", "ads", "anzeige", "werbung", "publicité", "publicidad", "reklame", "annonse"}
	playerNames = []string{"video", "player"}
	goesOnWords = []string{"continu"}            // "continues", "continue reading"
	notWords    = []string{"not", "t", "failed"} // "not", "hasn't" (split at '), "failed"
	loadWords   = []string{"load"}               // "load", "loaded"
)

// isSlotNote reports the note that an ad slot or a video player leaves
// in the story: a short line that names the ad and says the story
// continues below it or the slot has not loaded ("Story continues below
// advertisement", "Advertisement. Scroll to continue reading", "This
// advertisement has not loaded yet, but your article continues below",
// "Anzeige - Artikel geht unten weiter"), or
// that names the video and says it is loading or failed to load ("We
// apologize, but this video has failed to load"). The story's own
// sentences about ads and videos say other things: "The ads continued to
// run", "The video took hours to load", "See the video below".
func isSlotNote(s string) bool {
	if len(s) > maxSlotNote || len(s) < 12 || !mayHoldSlotVerb(s) {
		return false
	}
	// One pass reads every word; a word whose first letter opens none of
	// the words sought is passed over at one look-up, as most are.
	var seen slotKind
	for i := 0; i < len(s); {
		var w string
		if w, i = wordAt(s, i); w == "" {
			continue
		}
		if !slotInitials[lowerASCII(w[0])] {
			continue
		}
		seen |= slotKindOf(w)
	}
	has := func(k slotKind) bool { return seen&k != 0 }
	notLoaded := has(slotNot) && has(slotLoad)
	return has(slotAd) && (has(slotGoesOn) && has(slotBelow) || has(slotWeiter) || notLoaded) || has(slotPlayer) && (notLoaded || has(slotLoading))
}

// slotVerbKeys are three letters, in lower case, of each of the words a
// slot note must hold one of: "continu" (the story goes on), "weiter"
// (it goes on, in German) or "load" (the slot has not loaded, or the
// player is loading). Whatever else it says, a note holds one.
// (mayHoldSlotVerb spells them out.)
var slotVerbKeys = [3]string{"inu", "wei", "oad"}

// mayHoldSlotVerb reports whether s holds one of the slotVerbKeys, in any
// case (and, now and then, a line that does not): a test of eight
// places at a time, so that the lines that say nothing of a slot, nearly
// all, are passed over before their words are read one by one. None of
// the letters is the fold of a letter past ASCII, so the ASCII case is
// all there is to fold.
//
// A line of eleven bytes or more whose places do not end a step has its
// last places, fewer than eight, read as eight again, the last eight
// places of the line, at one step's cost rather than a byte-by-byte
// loop's over the rest. A place read so is never missed, but it may sit
// in another lane than the loop's, where the lanes' test errs towards
// true as it does at any step: the gate then passes now and then a line
// the loop failed ("Tópicos relacionados"). isSlotNote's answer is the
// same, as each word that can make it true holds a key
// (TestSlotNoteWordsHoldKeys).
func mayHoldSlotVerb(s string) bool {
	const fold = 0x2020202020202020
	i := 0
	for ; i+10 <= len(s); i += 8 {
		// The bytes at the eight places from i, and the two after each.
		a, b, c := load64(s, i)|fold, load64(s, i+1)|fold, load64(s, i+2)|fold
		m := eqLanes(a, 'i')&eqLanes(b, 'n')&eqLanes(c, 'u') |
			eqLanes(a, 'w')&eqLanes(b, 'e')&eqLanes(c, 'i') |
			eqLanes(a, 'o')&eqLanes(b, 'a')&eqLanes(c, 'd')
		if m&highBits != 0 {
			return true
		}
		if i+8 < len(s)-2 && i+18 > len(s) {
			i = len(s) - 18 // the next step reads the line's last places
		}
	}
	for ; i+3 <= len(s); i++ {
		for _, k := range slotVerbKeys {
			if s[i]|0x20 == k[0] && s[i+1]|0x20 == k[1] && s[i+2]|0x20 == k[2] {
				return true
			}
		}
	}
	return false
}

// eqLanes is byteLanes without the mask of the high bits, for callers
// that AND several and mask once: the high bit of each byte of the
// result is as byteLanes has it, the other bits are noise.
func eqLanes(x uint64, c byte) uint64 {
	const ones = 0x0101010101010101
	y := x ^ ones*uint64(c)
	return (y - ones) &^ y
}

// slotKind says which of the words isSlotNote reads a word is, a bit a
// list.
type slotKind uint8

const (
	slotAd slotKind = 1 << iota
	slotPlayer
	slotGoesOn
	slotBelow
	slotWeiter
	slotNot
	slotLoad
	slotLoading
)

// slotLists are the word lists isSlotNote reads, with what a word of each
// tells and whether it is matched as a prefix.
var slotLists = []struct {
	words  []string
	kind   slotKind
	prefix bool
}{
	{adNames, slotAd, false}, {playerNames, slotPlayer, false}, {goesOnWords, slotGoesOn, true},
	{[]string{"below", "scroll"}, slotBelow, false}, {[]string{"weiter"}, slotWeiter, false},
	{notWords, slotNot, false}, {loadWords, slotLoad, true}, {[]string{"loading"}, slotLoading, false},
}

// slotWord is one word of the slotLists.
type slotWord struct {
	word   string
	kind   slotKind
	prefix bool
}

// slotWords are the slotLists' words one by one, and slotWordsBy a bit
// for each of them by its first byte: an ASCII word is compared with the
// few that open with its letter, in place, rather than folded against
// every list.
var slotWords, slotWordsBy = func() (words []slotWord, by [256]uint32) {
	for _, l := range slotLists {
		for _, w := range l.words {
			by[w[0]] |= 1 << len(words)
			words = append(words, slotWord{w, l.kind, l.prefix})
		}
	}
	return words, by
}()

// slotKindOf returns the kinds of the word w, in any case.
func slotKindOf(w string) slotKind {
	for j := 0; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return slotKindFold(w)
		}
	}
	var k slotKind
	for m := slotWordsBy[lowerASCII(w[0])]; m != 0; m &= m - 1 {
		x := &slotWords[bits.TrailingZeros32(m)]
		if (len(w) == len(x.word) || x.prefix && len(w) > len(x.word)) && hasLowerPrefix(w, x.word) {
			k |= x.kind
		}
	}
	return k
}

// slotKindFold is slotKindOf for a word past ASCII, folded as
// strings.EqualFold has it ("PUBLICITÉ").
func slotKindFold(w string) slotKind {
	var k slotKind
	for _, l := range slotLists {
		if anyFold(w, l.words, l.prefix) {
			k |= l.kind
		}
	}
	return k
}

// slotInitials are the first letters, in lower case, of the words
// isSlotNote reads; a byte past ASCII opens a word of any of them in
// another case.
var slotInitials = func() (t [256]bool) {
	for _, l := range slotLists {
		for _, w := range l.words {
			t[w[0]] = true
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// anyFold reports whether the word w is one of words, in any case, or,
// with prefix, opens with one of them.
func anyFold(w string, words []string, prefix bool) bool {
	for _, x := range words {
		if len(w) == len(x) || prefix && len(w) > len(x) {
			// An ASCII first letter that differs rules the word out
			// before the comparison of runes.
			if w[0] < utf8.RuneSelf && lowerASCII(w[0]) != x[0] {
				continue
			}
			if strings.EqualFold(w[:len(x)], x) {
				return true
			}
		}
	}
	return false
}

// pixelNames are image paths of spacers, trackers and sponsor pixels.
var pixelNames = []string{
	"/sponsors/", "black.jpg", "white.jpg", "spacer", "pixel", "blank.gif", "1x1",
	"doubleclick", "/ads/", "/ad/", "googlesyndication", "tracking", "beacon",
	"/logo", "logo.", "/icons/", "icon.", "/buttons/", "button", "feedburner",
}

// isPixel reports images that carry no picture of the story, by their
// address and their width and height attributes.
func isPixel(src, width, height string) bool {
	if src == "" || small(width) || small(height) {
		return true
	}
	return hasPixelName(src)
}

// small reports a width or height attribute of a few pixels.
func small(v string) bool {
	v = strings.TrimSuffix(strings.TrimSpace(v), "px")
	if v == "" || len(v) > 2 {
		return false
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
		n = n*10 + int(v[i]-'0')
	}
	return n < 50
}

// maxMetaLine is the longest line, in characters, read as a line of page
// metadata rather than prose.
const maxMetaLine = 120

// isDateTimeLine reports a short line that states a date and a clock time
// and ends no sentence: the publication stamp, a broadcast slot or a
// credit line of a page ("Do 25.04.24 | 14:07 Uhr | Von Eva Muster",
// "NDR 1 Niedersachsen | 17.06.2025 | 15:00 Uhr", "Posted by David at
// December 16, 2025 11:15 AM", "2025年1月14日 01時28分"). Prose that gives
// a date and a time ends its sentence.
func isDateTimeLine(s string) bool {
	// The cheap tests first: the length, then the end, then a scan for a
	// digit; runes are counted only when the bytes may be too many.
	if len(s) < 8 || len(s) > utf8.UTFMax*maxMetaLine || endsSentence(s) || !hasDigit(s) || len(s) > maxMetaLine && utf8.RuneCountInString(s) > maxMetaLine {
		return false
	}
	return hasClockTime(s) && hasDate(s)
}

// hasDigit reports an ASCII digit in s; strings.ContainsAny builds its
// set of bytes on every call.
//
// It reads eight bytes at a time (see digitBytes): most lines it is
// asked of are long, and a digit, if any, stands anywhere.
func hasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if digitBytes(load64(s, i)) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// isMediaCredit reports the caption of a video or audio clip, which ends
// with the clip's date and length ("... der Mullahs. 21.04.2024 | 3:18
// min", "WDR Studios NRW. 22.04.2024. 00:21 Min.. Verfügbar bis ..."):
// a running time stated in minutes and seconds near the end of a block
// with a date.
func isMediaCredit(s string) bool {
	at := lastDuration(s, max(0, len(s)-maxDurationTail))
	return at >= 0 && hasDate(s)
}

// maxDurationTail is how near the end of a clip's caption its running
// time stands.
const maxDurationTail = 60

// lastDuration is the index of the last running time in s ("3:18 min",
// "00:21 Min.") that opens at from or later, or -1. Callers that want
// only a time near the end start there rather than scan the whole block.
func lastDuration(s string, from int) int {
	if strings.IndexByte(s[from:], ':') < 0 {
		return -1 // no running time without its colon: most lines
	}
	last := -1
	for i := from; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		n := digitsAt(s, i)
		j := i + n
		if n > 3 || j+3 > len(s) || s[j] != ':' || digitsAt(s, j+1) != 2 {
			continue
		}
		k := j + 3
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if k+3 <= len(s) && strings.EqualFold(s[k:k+3], "min") && (k+3 == len(s) || !isWordByte(lowerASCII(s[k+3]))) {
			last = i
		}
	}
	return last
}

// hasClockTime reports a time of day: "14:07", "11:21am", "10.45 Uhr",
// "01時28分".
func hasClockTime(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		n := digitsAt(s, i)
		j := i + n
		if n > 2 || j >= len(s) {
			continue
		}
		switch {
		case s[j] == ':' && digitsAt(s, j+1) == 2:
			return true
		case s[j] == '.' && digitsAt(s, j+1) == 2:
			rest := strings.TrimLeft(s[j+3:], " ")
			if len(rest) >= 3 && strings.EqualFold(rest[:3], "uhr") {
				return true
			}
		case strings.HasPrefix(s[j:], "時"):
			k := j + len("時")
			if m := digitsAt(s, k); m > 0 && strings.HasPrefix(s[k+m:], "分") {
				return true
			}
		}
	}
	return false
}

// hasDate reports a calendar date: "17.06.2025", "25.04.24",
// "2025-01-31", "2025/01/31", "2025年", "1月13日", or a month name beside
// a day ("Jul 17", "9. September", "October 13").
func hasDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		n := digitsAt(s, i)
		j := i + n
		switch {
		case n <= 2 && dottedDayMonthYear(s[j:]):
			return true
		case n == 4 && j < len(s) && (s[j] == '-' || s[j] == '/'):
			if m := digitsAt(s, j+1); m >= 1 && m <= 2 && j+1+m < len(s) && s[j+1+m] == s[j] && digitsAt(s, j+2+m) >= 1 {
				return true
			}
		case n == 4 && strings.HasPrefix(s[j:], "年"):
			return true
		case n <= 2 && strings.HasPrefix(s[j:], "月"):
			k := j + len("月")
			if m := digitsAt(s, k); m > 0 && strings.HasPrefix(s[k+m:], "日") {
				return true
			}
		}
	}
	return hasMonthDay(s)
}

// dottedDayMonthYear reports ".06.2025", ". 7. 24" after a day's digits.
func dottedDayMonthYear(s string) bool {
	i := 0
	for part := 0; part < 2; part++ {
		if i >= len(s) || s[i] != '.' {
			return false
		}
		i = skipSpaces(s, i+1)
		n := digitsAt(s, i)
		if part == 0 && (n < 1 || n > 2) || part == 1 && n != 2 && n != 4 {
			return false
		}
		i += n
	}
	return true
}

// hasMonthDay reports a month name next to a day number, on either side.
func hasMonthDay(s string) bool {
	prevDay := false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		word := strings.Trim(s[i:j], ".,:;()|")
		next := s[min(j+1, len(s)):]
		switch {
		case word == "":
			prevDay = false
		case isDigit(word[0]):
			prevDay = len(word) <= 2 && digitsAt(word, 0) == len(word)
		default:
			if _, n, ok := scanMonth(word); ok && n >= len(word)-1 && (prevDay || digitsAt(next, 0) > 0) {
				return true
			}
			prevDay = false
		}
		i = j
	}
	return false
}

// digitsAt is the number of ASCII digits from s[i].
func digitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// consentPhrases are said only by the placeholders of embedded content
// and the fine print of sign-up forms: a pointer to the site's privacy
// policy, a request to consent to third-party content. They are matched
// in lower case; "Privacy Policy" (printedPolicy) is matched as printed,
// a link's title, since a story that discusses privacy policies writes
// the words in lower case.
var consentPhrases = []string{
	"datenschutzerklärung", "datenschutzrichtlinie", "datenschutzhinweise",
	"externen inhalt", "externer inhalt", "einverstanden, dass", "drittplattform",
	"politique de confidentialité", "polityka prywatności", "política de privacidad",
	"personvernerklæring", "our privacy policy", "enable cookies", "enable targeting cookies", "accept cookies",
}

// maxConsentLine is the longest block read as a consent line.
const maxConsentLine = 300

// isConsentPrompt reports a line that asks the reader's consent to an
// embed or points to the fine print of a form ("Ich bin damit
// einverstanden, dass mir Inhalte von YouTube angezeigt werden", "By
// signing up, you agree to our Terms of Use and Privacy Policy").
func isConsentPrompt(s string) bool {
	if len(s) > maxConsentLine || len(s) < 20 {
		return false
	}
	return consentAnchors.find(s)
}

// lineKinds reads the kinds of the prompt and consent phrases s holds
// (promptRead set) where both isConsentPrompt and isPromptLine would
// read it, and returns 0 for a line one of them would not read: the
// body's walk asks both of most paragraphs, and one pass over the line
// answers both.
func lineKinds(s string) promptKind {
	if len(s) < 20 || len(s) > maxSignupPrompt {
		return 0
	}
	return promptAnchors.kinds(s) | promptRead
}

// kindsMemo keeps lineKinds of 64 blocks of a page from base, the first
// block asked: the lines under the headline are read for noise when the
// page's family is decided (mayPrintDatelineUnder) and again by the
// body's walk (storyBlocks, standfirst), and the phrase scan is a fixed
// cost of every paragraph of a small page.
//
// It keeps isNoise's verdicts on the same blocks too: the lines under the
// headline, the body's paragraphs and the lines after a linked heading
// (see nextText) are asked about by several readers of a page, and the
// verdict, a dozen tests of the line, is the same each time.
type kindsMemo struct {
	base  int
	known uint64 // bit k: kinds[k] is read
	kinds [64]promptKind
	// judged has bit k set once noise's bit k holds isNoise of block
	// base+k.
	judged, noise uint64
}

// lineKindsAt is lineKinds of block i's text, read once for the blocks
// the memo holds.
func (p *page) lineKindsAt(i int) promptKind {
	m := &p.kinds
	if m.known == 0 {
		m.base = i
	}
	k := i - m.base
	if k < 0 || k >= len(m.kinds) {
		return lineKinds(p.blocks[i].text)
	}
	if m.known&(1<<k) == 0 {
		m.kinds[k] = lineKinds(p.blocks[i].text)
		m.known |= 1 << k
	}
	return m.kinds[k]
}

// isNoiseAt is isNoise of block i's text, its phrases read once (see
// lineKindsAt), and judged once for the blocks the memo holds.
//
// It reads the memo itself, as lineKindsAt does (setting its base when
// it is empty), rather than through a call to lineKindsAt: one look-up
// of the block's place for both memos, and a block judged already is
// answered without its kinds.
func (p *page) isNoiseAt(i int) bool {
	m := &p.kinds
	if m.known == 0 {
		m.base = i // judged is empty too: it marks known blocks only
	}
	text := p.blocks[i].text
	k := i - m.base
	if k < 0 || k >= len(m.kinds) {
		return isNoiseIn(text, lineKinds(text))
	}
	bit := uint64(1) << k
	if m.judged&bit != 0 {
		return m.noise&bit != 0
	}
	if m.known&bit == 0 {
		m.kinds[k] = lineKinds(text)
		m.known |= bit
	}
	v := isNoiseIn(text, m.kinds[k])
	m.judged |= bit
	if v {
		m.noise |= bit
	}
	return v
}

// isConsentPromptIn is isConsentPrompt for a line whose phrases' kinds k
// lineKinds read, or not (0).
func isConsentPromptIn(s string, k promptKind) bool {
	if k&promptRead == 0 {
		return isConsentPrompt(s)
	}
	return k&promptConsent != 0
}

// find reports whether s holds one of the phrases, in any case.
func (t *phraseAnchors) find(s string) bool {
	return t.scan(s, false) != 0
}

// kinds returns the kinds of the phrases s holds, in one pass.
func (t *phraseAnchors) kinds(s string) promptKind {
	return t.scan(s, true) &^ promptRead
}

// scan returns the kinds of the phrases s holds with promptRead set, or 0
// for a line that holds none; it stops at the first phrase unless all.
//
// It reads only every step-th place of the line: the gram of the
// table's width that ends there makes a key, and a phrase found in the
// line has one of its keys (see anchorPhrases) at one of the places read.
// A place whose key no phrase has is passed over at one bit's test, and
// most places of prose are such; the phrases whose key it is are
// compared only where one is. A byte-by-byte test stopped at every
// letter that opened or anchored a phrase, a tenth of the bytes of
// prose, and paid for every byte it read.
func (t *phraseAnchors) scan(s string, all bool) promptKind {
	var k promptKind
	keys, mask, step := &t.keys, t.mask, t.step
	// The places are read from the line's end back: any step places in
	// a row hold one either way, and j >= 3 with s[j] read first lets
	// the compiler drop the bounds checks of the three bytes before it,
	// and read the four at one load. A table of three-byte grams masks
	// the first of them off.
	j := len(s) - 1
	if step == 3 {
		// The prompt table's stride (see promptAnchors), written as a
		// constant: the compiler then proves that every place read lies
		// in s, and drops the bounds check a place that a stride held
		// in a variable costs. The loop is the one below.
	places3:
		for ; j >= 3; j -= 3 {
			c := s[j]
			key := gramKey(uint32(s[j-3])|uint32(s[j-2])<<8|uint32(s[j-1])<<16|uint32(c)<<24, mask)
			if keys[key>>6]&(1<<(key&63)) == 0 {
				continue
			}
			for _, a := range t.group(uint16(key)) {
				if i := j - a.last; i >= 0 && i+len(a.phrase) <= len(s) && equalFoldASCII(s[i:i+len(a.phrase)], a.phrase) && (!a.exact || s[i:i+len(a.phrase)] == a.phrase) {
					if k |= a.kind; !all {
						break places3
					}
				}
			}
		}
	} else {
	places:
		for ; j >= 3; j -= step {
			c := s[j]
			key := gramKey(uint32(s[j-3])|uint32(s[j-2])<<8|uint32(s[j-1])<<16|uint32(c)<<24, mask)
			if keys[key>>6]&(1<<(key&63)) == 0 {
				continue
			}
			// holdsAt, written out: the call cost more than the test.
			for _, a := range t.group(uint16(key)) {
				if i := j - a.last; i >= 0 && i+len(a.phrase) <= len(s) && equalFoldASCII(s[i:i+len(a.phrase)], a.phrase) && (!a.exact || s[i:i+len(a.phrase)] == a.phrase) {
					if k |= a.kind; !all {
						break places
					}
				}
			}
		}
	}
	if j == 2 && t.gram == 3 {
		// The line's first three bytes, a place of a three-byte table.
		if key := gramKey(uint32(s[0])<<8|uint32(s[1])<<16|uint32(s[2])<<24, mask); keys[key>>6]&(1<<(key&63)) != 0 {
			for _, a := range t.group(uint16(key)) {
				if t.holdsAt(s, j, &a) {
					k |= a.kind
				}
			}
		}
	}
	return k
}

// holdsAt reports whether s holds a's phrase where the last byte of a's
// gram stands at j.
func (t *phraseAnchors) holdsAt(s string, j int, a *consentAnchor) bool {
	i := j - a.last
	return i >= 0 && i+len(a.phrase) <= len(s) && equalFoldASCII(s[i:i+len(a.phrase)], a.phrase) && (!a.exact || s[i:i+len(a.phrase)] == a.phrase)
}

// gramKey is the key of a gram of a line: a hash of 15 bits of its bytes,
// read as a little-endian word that ends with the gram's last byte, with
// each byte's 0x20 bit set and the bytes before the gram masked off (see
// gramMask). That bit is all that tells an ASCII letter's cases apart,
// so bytes that equal a phrase's ASCII bytes in any case have the
// phrase's key, as the search needs; other bytes the bit joins ("[" and
// "{", a control byte and a digit) or that the hash sends to one key only
// let on more places to compare. It costs a multiply where looking each
// byte's class up in a table cost a load and a shift a byte, at every
// place a scan reads.
func gramKey(x, mask uint32) uint32 {
	return (x | 0x20202020) & mask * 0x9E3779B1 >> 17
}

// gramMask is the mask of gramKey for grams of n bytes (3 or 4).
func gramMask(n int) uint32 {
	return ^uint32(0) << (8 * (4 - n))
}

// group returns the phrases with the key, found in the open-addressed
// table of the keys.
func (t *phraseAnchors) group(key uint16) []consentAnchor {
	for h := gramSlot(key); ; h = (h + 1) % gramSlots {
		if t.slot[h] == key|slotFilled || t.slot[h] == 0 {
			return t.by[h]
		}
	}
}

// slotFilled marks a slot of a table's hash of its keys that holds one:
// a key has 15 bits, and 0 may be one.
const slotFilled = 1 << 15

// gramSlots is the size of a table's hash of its keys, gramSlot the slot
// a key's search opens at.
const gramSlots = 1024

func gramSlot(key uint16) int {
	return int(uint32(key) * 2654435761 >> 22 % gramSlots)
}

// equalFoldASCII is strings.EqualFold, comparing byte by byte while both
// strings are ASCII, where no rune folds into another of a different width:
// most candidates differ within their first few letters.
func equalFoldASCII(s, t string) bool {
	for j := 0; j < len(s) && j < len(t); j++ {
		a, b := s[j], t[j]
		if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
			return strings.EqualFold(s[j:], t[j:])
		}
		if lowerASCII(a) != lowerASCII(b) {
			return false
		}
	}
	return len(s) == len(t)
}

// consentAnchor is a phrase and where in it the last byte of one of its
// keys' grams stands.
type consentAnchor struct {
	phrase string
	last   int
	kind   promptKind // what the phrase is said by, with promptRead
	exact  bool       // a phrase with a capital is matched as printed (see printedPolicy)
}

// letterRarity lists the lower-case ASCII letters from the rarest in
// prose to the commonest.
const letterRarity = "zqxjkvbpygfwmucldrhsnioate"

// maxGramStep is the longest stride a scan takes: each phrase files a key
// for every place of a stride, and many keys let on many places. The
// consent phrases' shortest run ("accept cookies", 14 bytes) allows 11
// with grams of four bytes, and their scan reads the long paragraphs
// storyBlocks asks about (up to maxConsentLine): at 11 rather than 8, a
// quarter fewer places of each.
const maxGramStep = 12

// phraseAnchors are lower-case phrases by the keys of their bytes. Each
// phrase has a window of step+gram-1 ASCII bytes, and files the keys of
// the step grams of gram bytes that open in it: a line that holds the
// phrase holds its window, and of any step places in a row one is read
// by a scan that reads every step-th place. A phrase's ASCII bytes are
// matched by the line's ASCII bytes only, in either case, since the
// letters of the phrases and their other cases have the same width in
// UTF-8 (the Kelvin sign and the long s, wider than "k" and "s", make a
// window of the phrase's length too short to match).
type phraseAnchors struct {
	step int
	gram int                  // the bytes of a key's gram: 3, or 4 (see consentAnchors)
	mask uint32               // gramMask(gram)
	keys [1 << 15 / 64]uint64 // a bit for each key a phrase files
	slot [gramSlots]uint16    // the keys with slotFilled, hashed (see group); 0 for none
	by   [gramSlots][]consentAnchor
}

// printedPolicy is the consent phrase matched as printed, a link's title
// (see consentPhrases). It is filed with the others, so that one scan of
// a line finds it too, rather than a search of the line for it alone.
const printedPolicy = "Privacy Policy"

// consentAnchors are the consentPhrases and printedPolicy by their keys,
// of four bytes: its scan reads long paragraphs, where three bytes of
// the phrases (" co", "ing", "and") stand at many places of English
// prose, and four (" coo", "ting") at few.
var consentAnchors = anchorGrams(slices.Concat(consentPhrases, []string{printedPolicy}), nil, 4)

// anchorPhrases files phrases, each with a run of five ASCII bytes at
// least, by the keys of their three-byte grams; kinds, when not nil,
// gives the kind of each phrase. The shortest run sets the stride:
// "inbox" makes it three.
func anchorPhrases(phrases []string, kinds map[string]promptKind) *phraseAnchors {
	return anchorGrams(phrases, kinds, 3)
}

// anchorGrams is anchorPhrases for grams of n bytes (3 or 4).
func anchorGrams(phrases []string, kinds map[string]promptKind, n int) *phraseAnchors {
	t := phraseAnchors{step: maxGramStep, gram: n, mask: gramMask(n)}
	for _, ph := range phrases {
		t.step = min(t.step, longestASCIIRun(ph)-n+1)
	}
	if t.step < 1 {
		// A stride of 0 would scan forever: a table's phrases are ours,
		// so this fails the package's start, and every test, at once.
		panic("newswire: a phrase without a run of a gram's ASCII bytes")
	}
	filed := 0
	for _, ph := range phrases {
		o, exact := quietestWindow(ph, t.step+n-1), strings.ContainsAny(ph, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		for r := range t.step {
			last := o + r + n - 1
			var x uint32
			for b := range n {
				x |= uint32(ph[last-b]) << (24 - 8*b)
			}
			key := uint16(gramKey(x, t.mask))
			t.keys[key>>6] |= 1 << (key & 63)
			h := gramSlot(key)
			for t.slot[h] != 0 && t.slot[h] != key|slotFilled {
				h = (h + 1) % gramSlots
			}
			if t.slot[h] == 0 {
				if filed++; filed == gramSlots {
					panic("newswire: more phrase keys than gramSlots") // a full table would make the search above endless
				}
			}
			t.slot[h] = key | slotFilled
			t.by[h] = append(t.by[h], consentAnchor{ph, last, kinds[ph] | promptRead, exact})
		}
	}
	return &t
}

// longestASCIIRun returns the length of the longest run of ASCII bytes
// in ph.
func longestASCIIRun(ph string) int {
	best, run := 0, 0
	for _, c := range []byte(ph) {
		if c >= utf8.RuneSelf {
			run = 0
			continue
		}
		run++
		best = max(best, run)
	}
	return best
}

// quietestWindow returns where in ph the run of n ASCII bytes opens whose
// bytes are the rarest in prose (see letterRarity; a space or a mark
// counts as commoner than any letter): the keys of common grams ("the",
// "re ") stand at many places of every line, and each costs a comparison.
func quietestWindow(ph string, n int) int {
	rank := make([]int, len(ph)) // once a byte, not once a window's byte
	for i := range rank {
		rank[i] = len(letterRarity)
		if r := strings.IndexByte(letterRarity, ph[i]); r >= 0 {
			rank[i] = r
		}
	}
	best, score := -1, 0
	for o := 0; o+n <= len(ph); o++ {
		sc, ascii := 0, true
		for i := o; i < o+n; i++ {
			ascii = ascii && ph[i] < utf8.RuneSelf
			sc += rank[i]
		}
		if ascii && (best < 0 || sc < score) {
			best, score = o, sc
		}
	}
	return best
}

// containsFold reports whether s holds sub, a lower-case phrase that opens
// with an ASCII letter, in any case, without the copy strings.ToLower
// makes of every block it is asked about.
func containsFold(s, sub string) bool {
	for i := 0; ; i++ {
		if i = indexInitial(s, i, sub); i < 0 {
			return false
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
}

// indexInitial returns the first index from i on where sub, a lower-case
// phrase that opens with an ASCII byte, may stand in s in any case: the
// first byte there is sub's, in either case, and the rest of s is long
// enough; or -1. The bytes are found by strings.IndexByte, a search of
// many bytes a step, where a loop lower-casing each byte read most lines
// of a page whole for a letter they hold a few times.
func indexInitial(s string, i int, sub string) int {
	end := len(s) - len(sub) + 1 // the places sub may open at
	if i >= end {
		return -1
	}
	c := sub[0]
	j := strings.IndexByte(s[i:end], c)
	if c >= 'a' && c <= 'z' {
		upper := s[i:end]
		if j >= 0 {
			upper = upper[:j]
		}
		if k := strings.IndexByte(upper, c-'a'+'A'); k >= 0 {
			j = k
		}
	}
	if j < 0 {
		return -1
	}
	return i + j
}

// creditLabels open the credit of a picture or clip in a caption, in the
// languages of the pages seen ("Foto: dpa", "Credit: Jane Doe").
var creditLabels = []string{
	"foto", "fotos", "bild", "bilder", "photo", "photos", "video", "credit", "credits",
	"image", "picture", "illustration", "grafik", "zdjęcie", "kuva", "billede", "crédit", "crédits",
	"bildrechte", "bildquelle",
}

// initialsOf is the table of the first bytes of words: a line, or a
// place in one, whose byte is none of them opens none of the words, which
// one look-up tells before any comparison.
func initialsOf(words ...string) (t [256]bool) {
	for _, w := range words {
		t[w[0]] = true
	}
	return t
}

// creditLabelInitials marks the first bytes of the creditLabels, and
// every byte past ASCII: anyFold compares a word that opens with an
// ASCII byte only with the labels that open with it lowered, and folds
// the others. endsWithLabeledCredit asks it of the word before every
// colon near a line's end, most of which open otherwise.
var creditLabelInitials = func() (t [256]bool) {
	t = initialsOf(creditLabels...)
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// maxCreditLabelLen is the longest of creditLabels in bytes
// (TestCreditLabelLen).
const maxCreditLabelLen = 12

// maxCredit is the longest credit a caption ends with.
const maxCredit = 80

// isCaptionText reports the caption of a picture or clip printed as a
// paragraph of its own: text that ends with the picture's credit ("...
// führt das Feld an. Foto: Alexander Daleiden", "... in Pittsburgh. (AP
// Photo/Jacquelyn Martin)", "Das Pflegeheim in Debant © Gemeinde Debant",
// "... hat. (Archivbild)"), or that is only a credit ("Photo: AFP").
// Story prose names its sources in sentences, not after a label.
func isCaptionText(s string) bool {
	if len(s) < 8 || len(s) > 600 {
		return false
	}
	t := s
	if !isPlainByte(s[0]) || !isPlainByte(s[len(s)-1]) {
		t = trimSpace(s) // the walk trims the blocks' text: most need no call
	}
	if t == "" {
		return false // all white space: no credit, no caption
	}
	// Most paragraphs end with a full stop: three of the tests of what a
	// line ends with (a ")", an agency's last letter, no sentence's end)
	// are asked only of the lines that end with their bytes; the labelled,
	// run-on and by-credit tests read every line.
	last := t[len(t)-1]
	if last == ')' {
		if strings.HasSuffix(t, "(Archivbild)") || strings.HasSuffix(t, "(Symbolbild)") {
			return true
		}
		if i := strings.LastIndexByte(t, '('); i >= 0 && len(t)-i <= maxCredit && (isCreditInParens(t[i+1:len(t)-1]) || isPhotographerCredit(t[i+1:len(t)-1])) {
			return true
		}
	}
	// Most paragraphs hold no "©": the byte search for its second byte
	// spares them the slower search for the string.
	if i := lastCopyright(t); i >= 0 && (i == 0 || t[i-1] == ' ') && isCredit(t[i+len("© "):]) && !isDigit(t[i+len("© ")]) {
		return true
	}
	// A labelled credit, full stop before it or not, follows a colon near
	// the end: one search for it spares most paragraphs both readers.
	labelled := strings.IndexByte(t[max(0, len(t)-maxCredit-4):], ':') >= 0
	return labelled && endsWithLabeledCredit(t) || pictureCreditEnds[last] && endsWithPictureAgency(t) || labelled && endsWithRunOnCredit(t) || endsWithByCredit(t) ||
		last != '.' && last != '!' && last != '?' && endsWithPhotographerCredit(t)
}

// isPhotographerCredit reports a credit that names a picture agency and
// the photographer, parted by "/" or "|" ("AFP / JANE DOE", "picture
// alliance/dpa | Jane Muster", "IMAGO/Jane Muster"). A text's sources are
// agencies alone ("dpa/AFP"): a credit of a picture names the one who
// took it, a name of two words or more that is no agency's.
func isPhotographerCredit(c string) bool {
	if len(c) > maxCredit || !holdsSlashOrBar(c) || !namesPhotoAgency(c) {
		return false
	}
	// A label before the credit ("Symbolfoto: ...") is the caption's.
	if i := strings.IndexByte(c, ':'); i >= 0 {
		c = c[i+1:]
	}
	person := false
	for part := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == '/' || r == '|' }) {
		part = strings.TrimSpace(part)
		if namesPhotoAgency(part) {
			continue // "picture alliance", as the agency prints itself
		}
		if !isNameCredit(part) {
			return false
		}
		person = person || strings.IndexByte(part, ' ') > 0
	}
	return person
}

// endsWithPhotographerCredit reports a caption whose last sentence is
// followed by an agency's credit of the photographer, without a label
// ("... so viele Punkte wie möglich sammeln. IMAGO/Jane Muster").
func endsWithPhotographerCredit(t string) bool {
	// A credit ends on a name, and names a photographer after a "/" or a
	// "|": most paragraphs end a sentence, and the rest mostly hold
	// neither byte near their end.
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c == '.' || c == '!' || c == '?' {
		return false
	}
	from := max(0, len(t)-maxCredit-2)
	if strings.IndexByte(t[from:], '/') < 0 && strings.IndexByte(t[from:], '|') < 0 {
		return false
	}
	i := strings.LastIndex(t[from:], ". ")
	if i < 0 || !isPhotographerCredit(t[from+i+2:]) {
		return false
	}
	return isCaptionLength(t[:from+i+1], t[from+i+2:])
}

// isCaptionLength reports whether text, before a photographer's credit,
// is as long as a caption: a sentence, or two when the credit is set
// apart by a "|" as captions' credits are ("... gestorben. | Jane
// Muster/dpa") or names an agency that credits pictures only (see
// pictureCredits). A story's paragraph runs longer, and may end on the
// credit of a wire that also credits text ("... Trainer Müller sprach
// von einer verdienten Niederlage. dpa/Jane Muster").
func isCaptionLength(text, credit string) bool {
	n := strings.Count(text, ". ")
	if n == 0 {
		return true
	}
	if n > 1 {
		return false
	}
	if strings.HasPrefix(credit, "|") {
		return true
	}
	for _, a := range pictureCredits {
		if strings.Contains(credit, a) {
			return true
		}
	}
	return false
}

// lastCopyright is strings.LastIndex(t, "© "), after a fast search for
// the last byte of "©" (0xA9) rules most texts out.
func lastCopyright(t string) int {
	if strings.IndexByte(t, 0xA9) < 0 {
		return -1
	}
	return strings.LastIndex(t, "© ")
}

// pictureCredits are agencies that credit pictures, not text: a sentence
// that ends with one alone is a caption ("... 연설하고 있다. 연합뉴스",
// "... at the rally. Getty Images"). The wires that also credit stories
// (AFP, Reuters, dpa) close wire copy that way too, and are not here.
var pictureCredits = []string{
	"Getty Images", "Shutterstock", "iStock", "Imago", "IMAGO", "Alamy", "picture alliance",
	"연합뉴스", "뉴시스", "뉴스1",
}

// endsWithPictureAgency reports a one-sentence caption whose credit is
// only a picture agency's name.
func endsWithPictureAgency(t string) bool {
	if t == "" || !pictureCreditEnds[t[len(t)-1]] {
		return false // most text ends with a byte no agency's name ends with
	}
	for _, a := range pictureCredits {
		if !strings.HasSuffix(t, a) {
			continue
		}
		before := strings.TrimRight(t[:len(t)-len(a)], " ")
		if len(before) < len(t)-len(a) && before != "" && strings.ContainsRune(".!?", lastRune(before)) {
			return true
		}
	}
	return false
}

// pictureCreditEnds are the last bytes of the pictureCredits.
var pictureCreditEnds = func() (t [256]bool) {
	for _, a := range pictureCredits {
		t[a[len(a)-1]] = true
	}
	return t
}()

// maxCreditLead is the most a credit in parentheses sets before its label
// ("Archivbild, Foto: ...").
const maxCreditLead = 12

// isCreditInParens reports a credit set in parentheses: "AP Photo/Alex
// Brandon", "Foto: dpa", "Photo by Jane Doe".
func isCreditInParens(in string) bool {
	// Every credit read below has its '/' or ':' right after a label
	// opening within maxCreditLead bytes, so before byte
	// maxCreditLead+maxCreditLabelLen+1: text without either byte that
	// early, as most in parentheses, is spared a search for each label.
	if !holdsCreditMark(in[:min(len(in), maxCreditLead+maxCreditLabelLen+1)]) {
		return false
	}
	for _, l := range creditLabels {
		// The label opens the credit, within its first maxCreditLead
		// bytes: the search reads no further, as the first place the
		// label stands is all that is tested.
		if at := wordIndexFold(in[:min(len(in), maxCreditLead+len(l))], l); at >= 0 && at <= maxCreditLead && at+len(l) < len(in) {
			if c := in[at+len(l)]; c == '/' || c == ':' {
				return true
			}
		}
	}
	return false
}

// holdsCreditMark reports a '/' or ':' in s, the bytes that close a
// label in a credit in parentheses; s is a few dozen bytes, read by a
// loop rather than two searches.
func holdsCreditMark(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' || s[i] == ':' {
			return true
		}
	}
	return false
}

// endsWithLabeledCredit reports text whose last clause is a label and a
// credit ("Foto: AFP"), opening the text or following a sentence or a
// separator.
func endsWithLabeledCredit(t string) bool {
	// The credit after the label's colon is at most maxCredit long (give
	// or take a space and a full stop): only the colons that near the end
	// are read, each for a label before it, which spares most paragraphs
	// the search for every label.
	from := max(0, len(t)-maxCredit-4)
	if strings.IndexByte(t[from:], ':') < 0 {
		return false // most paragraphs: a fast search for the byte
	}
	for c := lastColon(t, from, len(t)); c > 0; c = lastColon(t, from, c) {
		j := len(strings.TrimRight(t[:c], " "))
		at := j
		for at > 0 && (isWordByte(lowerASCII(t[at-1])) || t[at-1] >= utf8.RuneSelf) {
			at--
		}
		l := t[at:j]
		if l == "" || !creditLabelInitials[lowerASCII(l[0])] || !anyFold(l, creditLabels, false) || !isCredit(strings.TrimLeft(t[c+1:], " ")) {
			continue
		}
		if at == 0 && !strings.EqualFold(l, "video") && !strings.EqualFold(l, "image") && !strings.EqualFold(l, "picture") {
			return true
		}
		before := strings.TrimRight(t[:at], " ")
		if before != "" && before != t[:at] && strings.ContainsRune(".!?»\"”)|/–-", lastRune(before)) {
			return true
		}
		// Caption and credit side by side in the markup run together
		// after the full stop: "... bleibende Schäden.Bild: Jane Muster".
		// A sentence that runs on into the label has a clause after it
		// ("...groß.Bild: Die Zeitung hatte zuerst berichtet."), a credit
		// names (see isRunOnCredit).
		if before == t[:at] && t[at] >= 'A' && t[at] <= 'Z' && strings.ContainsRune(".!?", lastRune(before)) && isRunOnCredit(strings.TrimSpace(t[c+1:])) {
			return true
		}
	}
	return false
}

// isRunOnCredit reports a credit that names its source: it names a
// picture agency, parts names with "/" or "|" ("Jane Muster/picture
// alliance"), or is made of names (see isNameCredit).
func isRunOnCredit(c string) bool {
	return strings.ContainsAny(c, "/|") || namesPhotoAgency(c) || isNameCredit(strings.TrimSuffix(c, "."))
}

// isCredit reports the text after a credit's label: a name or an agency,
// short and one clause.
func isCredit(c string) bool {
	c = strings.TrimSuffix(strings.TrimSpace(c), ".")
	return c != "" && len(c) <= maxCredit && !strings.Contains(c, ". ") && !strings.ContainsAny(c, "!?")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// wordIndexFold is strings.Index for a lower-case, ASCII-initial sub, in
// any case, where sub opens a word.
func wordIndexFold(s, sub string) int {
	for i := 0; ; i++ {
		if i = indexInitial(s, i, sub); i < 0 {
			return -1
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) && (i == 0 || !isWordByte(lowerASCII(s[i-1]))) {
			return i
		}
	}
}

// photoAgencies are the picture and wire agencies that photo credits name,
// as they print them.
var photoAgencies = []string{
	"Getty Images", "Getty", "picture alliance", "picture-alliance", "Shutterstock", "iStock",
	"Associated Press", "ASSOCIATED PRESS", "AP Photo", "AFP", "dpa", "Reuters", "REUTERS", "EPA",
	"Imago", "IMAGO", "Keystone", "KEYSTONE", "Alamy", "Unsplash", "APA", "ANP", "ANSA", "Belga",
	"NTB", "Ritzau", "Scanpix", "PAP", "EFE", "SIPA", "Sipa",
}

// maxAgencyCredit is the longest line isAgencyCredit reads.
const maxAgencyCredit = maxCredit + 20

// isAgencyCredit reports a line that is only a credit: names joined by
// "/" or "|" with a picture or wire agency among them ("Firn | Getty
// Images", "picture alliance / ASSOCIATED PRESS | Alex Brandon",
// "(Quelle: APA/sda/dpa)"). A sentence that mentions an agency ends as a
// sentence does.
func isAgencyCredit(s string) bool {
	if len(s) > maxAgencyCredit || !holdsSlashOrBar(s) || endsSentence(s) {
		return false
	}
	return holdsAgencyWord(s)
}

// agencyInitials marks the first bytes of the photoAgencies.
var agencyInitials = initialsOf(photoAgencies...)

// holdsAgencyWord reports whether s holds one of the photoAgencies, as
// printed, with no letter or digit on either side, in one pass. Each
// must open where a word may (after no letter or digit) with one of
// agencyInitials, so only those places are compared, where a search for
// each agency read the line 31 times.
func holdsAgencyWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !agencyInitials[s[i]] || i > 0 && isWordByte(lowerASCII(s[i-1])) {
			continue
		}
		for _, a := range photoAgencies {
			if a[0] != s[i] || !strings.HasPrefix(s[i:], a) {
				continue
			}
			if end := i + len(a); end == len(s) || !isWordByte(lowerASCII(s[end])) {
				return true
			}
		}
	}
	return false
}

// holdsSlashOrBar is strings.ContainsAny(s, "/|") by two byte searches:
// ContainsAny reads a line of any length byte by byte against its set,
// and the credit tests ask it of every short paragraph.
func holdsSlashOrBar(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '|') >= 0
}

// maxReaderNote is the longest line read as one of the readerNotes.
const maxReaderNote = 120

// readerNotes open the lines a blog's template or plugin sets among a
// post's paragraphs to speak to its reader about the page itself, in
// lower case: a rating widget's prompts and tallies, the note that an old
// post may be out of date, a mailed newsletter's link to its web copy, a
// hint of how to work the page. A thanks for the visit is one only where
// the post ends (see isThanksNote).
var readerNotes = []string{
	"how useful was this post", "click on a star to rate", "no votes so far",
	"we are sorry that this post was not useful", "let us improve this post",
	"tell us how we can improve this post", "rate this post", "rate this article",
	"this post is over ", "this post is more than ", "this article is over ", "this article is more than ",
	"is this email not displaying correctly",
	// how to work the page: a wide table's or a picture's hint
	"please scroll to the right", "scroll to the right", "scroll right to see",
	"press enter or click to view image", "click to enlarge", "tap to enlarge", "click image to enlarge",
}

// maxViewerHint is the longest line read as a hint of how to work the
// page ("Please scroll to the right for more info."): a sentence that
// runs on with the same words is the story's.
const maxViewerHint = 60

// isReaderNote reports a short line that opens with one of the
// readerNotes and stays a note: an old post's note names its age in years
// ("This post is over 3 years old"). A story's sentence that opens with
// the same words goes on to say something else ("This article is over
// 2,000 words long because ...").
func isReaderNote(s string) bool {
	if len(s) > maxReaderNote || len(s) < 12 {
		return false
	}
	// Only the notes that open with the line's letter are compared.
	for m := readerNotesBy[lowerASCII(s[0])]; m != 0; m &= m - 1 {
		n := readerNotes[bits.TrailingZeros32(m)]
		if !hasLowerPrefix(s, n) {
			continue
		}
		rest := s[len(n):]
		switch n[:5] {
		case "pleas", "scrol":
			return len(s) <= maxViewerHint && isScrollHintEnd(n, rest)
		case "press", "click", "tap t":
			return len(s) <= maxViewerHint
		case "this ":
			return isAgeNoteEnd(rest) && !hasReportingVerb(rest)
		}
		return true
	}
	return false
}

// thanksNotes are a blog's closing thanks for the visit, in lower case.
var thanksNotes = []string{"thanks for visiting", "thank you for visiting", "thanks for stopping by"}

// isThanksNote reports a line that is only a thanks for the visit
// ("Thanks for visiting!"). Where the post has ended it is the template's
// sign-off (see isClosingNote); among the story's paragraphs it is a
// quote ("Thanks for visiting!" a guide calls after the tour), and a line
// that goes on ("Thanks for visiting the museum, the director told the
// class") is the story's.
func isThanksNote(s string) bool {
	if len(s) < len("thanks for visiting") || len(s) > 30 || lowerASCII(s[0]) != 't' {
		return false
	}
	for _, n := range thanksNotes {
		if hasLowerPrefix(s, n) {
			return strings.Trim(s[len(n):], " !.") == ""
		}
	}
	return false
}

// isClosingNote reports a line that is the page's own only below the
// story's last paragraph: the post's tags (see isTagLine) or a thanks for
// the visit (see isThanksNote). Among the paragraphs the same lines are
// the story's: a list it labels "Tags:", a thanks it quotes.
func isClosingNote(s string) bool {
	return isThanksNote(s) || isTagLine(s)
}

// isAgeNoteEnd reports whether rest, what follows "This post is over" of
// a line, names the post's age and stops there or goes on with a new
// clause about it: "3 years old", "5 years old. I may have changed my
// mind since", "2 years old and may be out of date". A story's line that
// opens on the words says something of the thing itself after its age
// ("... more than 100 years old, the archivist said, ...").
func isAgeNoteEnd(rest string) bool {
	for _, age := range [...]string{"years old", "year old"} {
		j := wordIndexFold(rest, age)
		if j < 0 {
			continue
		}
		after := rest[j+len(age):]
		return after == "" || after[0] == '.' || after[0] == '!' || hasLowerPrefix(after, " and ")
	}
	return false
}

// isScrollHintEnd reports whether rest, what follows the words of a
// scroll hint n of a line, keeps it a hint: nothing, or what the reader
// will find ("for more", "to see the rest"). "Scroll to the right of the
// old mill stands the church" goes on to tell of a place. A hint that
// names its goal in its own words ("scroll right to see") is one whole.
func isScrollHintEnd(n, rest string) bool {
	if !strings.HasSuffix(n, "to the right") {
		return true
	}
	rest = strings.TrimLeft(strings.TrimRight(rest, " .!"), " ")
	return rest == "" || hasLowerPrefix(rest, "for ") || hasLowerPrefix(rest, "to ")
}

// readerNotesBy holds, by first letter, a bit for each of the
// readerNotes that opens with it (32 notes at most).
var readerNotesBy = func() (t [256]uint32) {
	for i, n := range readerNotes {
		t[n[0]] |= 1 << i
	}
	return t
}()

// maxPageNote is the longest line any of isPageNote's notes is read in.
const maxPageNote = max(maxReaderNote, maxWidgetMessage, maxFormConfirmation, maxLoadingNote, maxScriptNote,
	maxShortcode, maxStrayCredit, maxPushPrompt, maxPinPrompt, len(maxPageCount))

// maxShortPageNote is the longest of isPageNote's notes but for the widget
// messages and form confirmations (see isPageNote).
const maxShortPageNote = max(maxReaderNote, maxLoadingNote, maxScriptNote,
	maxShortcode, maxStrayCredit, maxPushPrompt, maxPinPrompt, len(maxPageCount))

// isPageNote reports a line the page's template, a plugin or a widget
// sets among the story's paragraphs that speaks of the page, not the
// story: a note to its reader (see isReaderNote), the message a widget
// prints when it fails (see isWidgetMessage) or once a form is sent (see
// isFormConfirmation), a widget's loading placeholder (see
// isLoadingNote) or the note that it needs a script (see isScriptNote),
// a shortcode the site failed to expand (see isShortcode), a bare
// credit (see isStrayCredit), a browser-notification widget's question
// (see isPushPrompt), a pager's count (see isPageCount) or a request to
// save the post on Pinterest (see isPinPrompt). The post's tags and a
// thanks for the visit are notes only below the story (see
// isClosingNote), and a government banner's lines only as a group (see
// isGovBannerLine).
func isPageNote(s string) bool {
	if len(s) > maxPageNote {
		return false // most paragraphs: longer than any note, spared ten calls
	}
	if len(s) > maxShortPageNote {
		// Many paragraphs are shorter than the longest notes but longer
		// than most: only the two long kinds are asked of them.
		return isWidgetMessage(s) || isFormConfirmation(s)
	}
	// All but the pin prompt open with their words or brackets (see
	// pageNoteInitials): a line that opens otherwise, most short lines
	// (a subhead, a list's item), is asked only for the pin prompt.
	if s == "" || !pageNoteInitials[lowerASCII(s[0])] {
		return isPinPrompt(s)
	}
	return isReaderNote(s) || isWidgetMessage(s) || isFormConfirmation(s) || isLoadingNote(s) || isScriptNote(s) || isShortcode(s) || isStrayCredit(s) ||
		isPushPrompt(s) || isPageCount(s) || isPinPrompt(s)
}

// pageNoteInitials holds the first bytes, lower-cased as lowerASCII does,
// that a line isPageNote reads on its short path may open with for any
// note but the pin prompt (which stands anywhere in its line). Each of
// the others needs its line to open with its words, compared byte by
// byte in lower case (hasLowerPrefix), or with a bracket: isReaderNote
// the readerNotes, isWidgetMessage the widgetApologies,
// isFormConfirmation the formThanks, isLoadingNote "loading",
// isScriptNote the scriptRequests or "this " (opensScriptSubject),
// isShortcode "{" or "[", isStrayCredit the creditVerbs, isPushPrompt its
// two questions and isPageCount "Page ". A line whose first byte is none
// of these is none of those notes. TestPageNoteInitials holds the gate to
// the ten calls.
var pageNoteInitials = func() (t [256]bool) {
	for _, list := range [][]string{
		readerNotes, widgetApologies, formThanks, {"loading"}, scriptRequests, {"this "}, {"{", "["},
		creditVerbs, {"would you like to ", "do you want to "}, {"page "},
	} {
		for _, w := range list {
			t[w[0]] = true
		}
	}
	return t
}()

// maxPinPrompt is the longest line read as a request to pin the post.
const maxPinPrompt = 80

// pinRequests ask the reader to save the post on Pinterest, in lower
// case, after the word "pin".
var pinRequests = []string{"pin it for later", "pin this for later", "pin for later", "pin it here", "pin this post"}

// isPinPrompt reports a blog's request to save the post on Pinterest, on
// a short line of its own: "Pin this for later!", "Enjoy the post? Pin
// it for later!", "PIN FOR LATER". The story says "pin" of other things
// ("Police pin the blame on the weather").
func isPinPrompt(s string) bool {
	return fitsPinPrompt(s) && mayEndPinRequest(s) && holdsPinRequest(s)
}

// fitsPinPrompt reports a line of a pin prompt's length.
func fitsPinPrompt(s string) bool {
	return len(s) <= maxPinPrompt && len(s) >= len("pin it here")
}

// holdsPinRequest is isPinPrompt's search of a line its gates let
// through: one of the pinRequests after the word "pin", and only what
// endsRequest lets follow it.
func holdsPinRequest(s string) bool {
	j := wordIndexFold(s, "pin ")
	if j < 0 {
		return false
	}
	for _, r := range pinRequests {
		if hasLowerPrefix(s[j:], r) {
			return endsRequest(s[j+len(r):])
		}
	}
	return false
}

// mayEndPinRequest reports whether s may end with one of the pinRequests
// and what endsRequest lets follow it. The rest after the request holds
// no letter or digit, and each request ends with a letter: so the last
// ASCII letter or digit of s is the request's last, unless a byte past
// ASCII (an emoji, an arrow or a letter) stands after it, when it may
// be. Most short lines end on a word no request ends with ("... Cabins"),
// and are told so from their last byte or two, without the search for
// "pin". TestMayEndPinRequest holds it to isPinPrompt.
func mayEndPinRequest(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if c = lowerASCII(c); isWordByte(c) {
			return pinRequestEnds[c]
		}
	}
	return false // no letter: no request
}

// pinRequestEnds are the last bytes of the pinRequests.
var pinRequestEnds = func() (t [256]bool) {
	for _, r := range pinRequests {
		t[r[len(r)-1]] = true
	}
	return t
}()

// endsRequest reports the rest of a line after a request as its end: no
// letter or digit, only punctuation, an emoji or an arrow ("!", " 👇",
// ":"). A story's sentence goes on ("pin this post type to their
// profile, Meta said").
func endsRequest(rest string) bool {
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// maxPushPrompt is the longest question read as a notification widget's.
const maxPushPrompt = 90

// isPushPrompt reports the question a browser-notification widget asks
// on a line of its own: "Would you like to receive notifications about
// new posts?", "Do you want to receive push notifications?". The walk
// runs no script, so the box's text stands among the paragraphs. A story
// that asks its reader the same runs on past the question.
func isPushPrompt(s string) bool {
	if len(s) < 30 || len(s) > maxPushPrompt || s[len(s)-1] != '?' {
		return false
	}
	if !hasLowerPrefix(s, "would you like to ") && !hasLowerPrefix(s, "do you want to ") {
		return false
	}
	j := wordIndexFold(s, "notifications")
	return j > 0 && asksOfSite(s[j+len("notifications"):])
}

// sitePostWords are the words a notification widget's question names
// the site's posts by ("about new posts", "of our latest articles").
var sitePostWords = [...]string{"new", "latest", "posts", "articles", "stories", "updates", "content"}

// asksOfSite reports the rest of a notification question, after
// "notifications", as asking of the site's own posts: nothing more
// ("push notifications?"), or their words ("about new posts?"). A
// story's question names what it is about ("about road closures near
// you?").
func asksOfSite(rest string) bool {
	if strings.TrimSpace(rest) == "?" {
		return true
	}
	for _, w := range sitePostWords {
		if wordIndexFold(rest, w) >= 0 {
			return true
		}
	}
	return false
}

// maxPageCount is the longest count isPageCount reads.
const maxPageCount = "Page 1000 of 1000"

// isPageCount reports a pager's count on a line of its own: "Page 1 of
// 8". A story's page numbers sit in a sentence.
func isPageCount(s string) bool {
	n, ok := strings.CutPrefix(s, "Page ")
	if !ok || len(s) > len(maxPageCount) {
		return false
	}
	a, b, ok := strings.Cut(n, " of ")
	return ok && isDigits(a) && isDigits(b)
}

// isDigits reports a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// maxGovBanner is the longest line of a government site's banner: its
// note on the padlock runs to two sentences.
const maxGovBanner = 160

// maxGovernment is the most words that name the government in "An
// official website of the United States government" or "... of the State
// of Georgia".
const maxGovernment = 5

// isGovBanner reports a line of the banner government sites print above
// every page (the U.S. Web Design System's, copied by states, cities and
// agencies), which a story region that starts at the top of the page
// takes in: "An official website of the United States government",
// "Here's how you know", "Official websites use .gov", "Secure .gov
// websites use HTTPS", "A .gov website belongs to an official government
// organization ...", "A lock ( ) or https:// means you've safely
// connected ...". Its lines are fixed; a story's sentence about a
// government site goes on ("An official website of the ministry listed
// the names on Monday.").
func isGovBanner(s string) bool {
	if len(s) < len("here's how you know") || len(s) > maxGovBanner {
		return false
	}
	switch lowerASCII(s[0]) {
	case 'a':
		if hasLowerPrefix(s, "an official website of the ") {
			return namesGovernment(s[len("an official website of the "):])
		}
		return hasLowerPrefix(s, "a .gov website belongs to an official government organization") ||
			hasLowerPrefix(s, "a lock (") && strings.Contains(s, "https://") && strings.Contains(s, ".gov")
	case 'h':
		rest, ok := strings.CutPrefix(s[min(len(s), len("here")):], "’")
		if !ok {
			rest, _ = strings.CutPrefix(rest, "'")
		}
		return hasLowerPrefix(s, "here") && equalFoldASCII(rest, "s how you know")
	case 'o':
		return equalFoldASCII(s, "official websites use .gov")
	case 's':
		return equalFoldASCII(s, "secure .gov websites use https")
	}
	return false
}

// isGovBannerLine reports block i of the story region [start, end) as a
// line of a government site's banner (see isGovBanner): one of its lines
// beside another, never a heading. The banner prints its lines
// together; a story that quotes one ("An official website of the State
// of Georgia" over its comment, "Here's how you know" as a subhead)
// quotes it alone.
func (p *page) isGovBannerLine(i, start, end int) bool {
	b := &p.blocks[i]
	if b.heading > 0 || !isGovBanner(b.text) {
		return false
	}
	return i > start && p.blocks[i-1].heading == 0 && isGovBanner(p.blocks[i-1].text) ||
		i+1 < end && p.blocks[i+1].heading == 0 && isGovBanner(p.blocks[i+1].text)
}

// namesGovernment reports whether rest, what follows "An official website
// of the" on a line, only names a government: a few words that end with
// "government" or open with a state's, city's or county's "of" ("State of
// Georgia", "City of Boston"), and no end of a sentence.
func namesGovernment(rest string) bool {
	if strings.ContainsAny(rest, ".,;:") || strings.Count(rest, " ")+1 > maxGovernment {
		return false
	}
	if hasSuffixFold(rest, " government") {
		return true
	}
	for _, p := range [...]string{"state of ", "commonwealth of ", "city of ", "county of ", "town of ", "district of "} {
		if hasLowerPrefix(rest, p) {
			return true
		}
	}
	return false
}

// maxScriptNote is the longest line read as a script note: a request,
// where a story's sentence about scripts runs on.
const maxScriptNote = 60

// scriptRequests open a note asking for scripts, in lower case: the
// request ("Please enable ...", "Bitte aktivieren Sie ...") or the news
// that the script is missing ("JavaScript is disabled").
var scriptRequests = []string{
	"please enable", "please turn on", "please activate", "enable javascript", "turn on javascript",
	"you need to enable", "you must enable", "you need javascript", "javascript is required",
	"javascript is disabled", "javascript must be enabled", "javascript required",
	"bitte aktivieren", "bitte schalten", "aktivieren sie", "veuillez activer", "activez",
	"activa javascript", "habilita javascript", "por favor, activa", "por favor, habilita",
}

// maxScriptSubject is the most words of the part a note says needs the
// script, after its "this": "This photo gallery requires JavaScript."
const maxScriptSubject = 3

// isScriptNote reports the note a widget prints for a reader without
// scripts: "This slideshow requires JavaScript.", "Please enable
// JavaScript to view the comments", "Bitte aktivieren Sie Javascript."
// The walk runs no script, so the note stands where the widget would.
// The note has its own shape: it opens with the request, or with "This
// ... requires", and ends without a clause after the language's name. A
// story's sentence about scripts opens with its own subject ("Voters must
// enable JavaScript ...", "The new portal requires JavaScript ...") or
// goes on to who said it ("Please enable JavaScript, the mayor joked.").
func isScriptNote(s string) bool {
	if len(s) > maxScriptNote || len(s) < 15 {
		return false
	}
	// The note opens with one of the scriptRequests or with "this " (see
	// opensScriptSubject), which one byte rules out for many lines; then
	// "ava" in one case or the other: a byte search rules out most short
	// lines before the fold search for the word.
	if !scriptNoteInitials[lowerASCII(s[0])] || !strings.Contains(s, "ava") && !strings.Contains(s, "AVA") {
		return false
	}
	j := wordIndexFold(s, "javascript")
	if j < 0 || strings.ContainsAny(s[j:], ",;") || hasReportingVerb(s) {
		return false
	}
	return slices.ContainsFunc(scriptRequests, func(r string) bool { return hasLowerPrefix(s, r) }) || opensScriptSubject(s[:j])
}

// scriptNoteInitials marks the first bytes, in lower case, of the
// scriptRequests and of "this ", with which isScriptNote's notes open.
var scriptNoteInitials = initialsOf(append([]string{"this "}, scriptRequests...)...)

// opensScriptSubject reports a head of a line ("This slideshow requires ")
// that names one of the page's parts with "this" and says it needs
// something.
func opensScriptSubject(head string) bool {
	if !hasLowerPrefix(head, "this ") {
		return false
	}
	words := strings.Fields(head)
	i := slices.IndexFunc(words, func(w string) bool {
		return strings.EqualFold(w, "requires") || strings.EqualFold(w, "needs") || strings.EqualFold(w, "erfordert") || strings.EqualFold(w, "benötigt")
	})
	return i >= 2 && i <= 1+maxScriptSubject && i == len(words)-1
}

// maxShortcode is the longest line read as a shortcode.
const maxShortcode = 120

// isShortcode reports a line that is a content system's shortcode left
// unexpanded, the placeholder for a module the site meant to draw there
// (a call to action, a form, a banner): "[CTA_MODULE]", "[newsletter
// form=1630175]", "[/caption]", "{{case-banner=\"/banners/hire\"}}". A
// shortcode names its module in capitals and underscores, or in lower
// case with settings ("name=value"), or closes one. Text in brackets
// that a story prints on a line of its own reads otherwise: "[Applause]",
// "[edit]", "[citation needed]"; so does prose in double braces (see
// isTemplateTag).
func isShortcode(s string) bool {
	if len(s) < 4 || len(s) > maxShortcode {
		return false
	}
	switch {
	case s[0] == '{':
		return strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}") && !strings.ContainsAny(s[2:len(s)-2], "{}") && isTemplateTag(s[2:len(s)-2])
	case s[0] != '[' || s[len(s)-1] != ']':
		return false
	}
	in := s[1 : len(s)-1]
	if strings.ContainsAny(in, "[]") {
		return false
	}
	if in[0] == '/' {
		return isShortcodeName(in[1:]) // a closing tag: "[/caption]"
	}
	if name, settings, ok := strings.Cut(in, " "); ok {
		return isShortcodeName(name) && strings.IndexByte(settings, '=') > 0
	}
	return isModuleName(in)
}

// isTemplateTag reports the inside of a template's tag in double braces:
// a name, perhaps after the sigil of a block or partial ("#", "/", ">"),
// then nothing, its value ("case-banner=\"/banners/hire\""), a filter
// ("title | upcase"), settings ("cta id=4") or, in a block's head, bare
// arguments ("#if member"). Prose a story sets in
// double braces goes on with words that set nothing: "{{ Mayor: \"We
// will rebuild\" }}", "{{ This part is redacted }}".
func isTemplateTag(in string) bool {
	in = strings.TrimSpace(in)
	block := in != "" && (in[0] == '#' || in[0] == '^') // a block's head names its arguments bare: "#if member"
	in = strings.TrimLeft(strings.TrimLeft(in, "#/>!^&"), " ")
	j := 0
	for j < len(in) && isTagNameByte(in[j]) {
		j++
	}
	if j == 0 {
		return false
	}
	rest := strings.TrimLeft(in[j:], " ")
	if rest == "" || rest[0] == '=' || rest[0] == '|' {
		return true
	}
	for f := range strings.FieldsSeq(rest) {
		if strings.IndexByte(f, '=') <= 0 && !(block && isTagName(f)) {
			return false
		}
	}
	return true
}

// isTagName reports a word made only of a template tag's name bytes.
func isTagName(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isTagNameByte(w[i]) {
			return false
		}
	}
	return w != ""
}

// isTagNameByte reports a byte of a template tag's name: ASCII letters
// and digits, "_", "-" and the "." of a path ("page.title").
func isTagNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// isShortcodeName reports a shortcode's name in lower case: "caption",
// "contact-form-7", "et_pb_text".
func isShortcodeName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// isModuleName reports a module's placeholder name in capitals joined by
// underscores: "CTA_MODULE", "AD_SLOT_2". A word in capitals alone
// ("[APPLAUSE]") is a transcript's note, not a placeholder.
func isModuleName(s string) bool {
	if strings.IndexByte(s, '_') < 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// maxFormConfirmation is the longest line read as a form's confirmation:
// a thanks and a request to check the inbox.
const maxFormConfirmation = 160

// formThanks open the message a sign-up, download or contact form shows
// once it is sent, in lower case. The page holds it hidden until then, so
// a walk of the markup finds it among the story's paragraphs.
var formThanks = []string{
	"thank you for subscribing", "thanks for subscribing", "thank you for signing up", "thanks for signing up",
	"thank you for downloading", "thanks for downloading", "thank you for registering", "thanks for registering",
	"thank you for your submission", "thanks for your submission",
	"thank you! your submission", "thank you! please check your", "thanks! please check your",
}

// maxFormConfirmationEnd is the most words a form's confirmation has
// after its thanks: "... to our weekly newsletter.", "... inbox now for
// your welcome email."
const maxFormConfirmationEnd = 6

// isFormConfirmation reports the message a form shows once it is sent
// ("Thank you for subscribing to our daily newsletter.", "Thank you!
// Please check your inbox now for your welcome email."), the success
// twin of isWidgetMessage. After the thanks the message ends or closes in
// a few words. A story that quotes such a thanks goes on after a comma or
// a semicolon ("Thank you for your submission, Mr Smith; the board ...")
// or reports who said it ("Thanks for signing up, the clerk told each
// voter").
func isFormConfirmation(s string) bool {
	if len(s) > maxFormConfirmation || len(s) < 15 || !hasLowerPrefix(s, "thank") {
		return false // most lines: a byte or two compared
	}
	i := slices.IndexFunc(formThanks, func(t string) bool { return hasLowerPrefix(s, t) })
	if i < 0 {
		return false
	}
	rest := s[len(formThanks[i]):]
	if rest != "" && isWordByte(lowerASCII(rest[0])) {
		return false // "thanks for subscribing" is a word's start: "subscribings"
	}
	rest = strings.TrimRight(rest, " .!")
	return !strings.ContainsAny(rest, ",;") && len(strings.Fields(rest)) <= maxFormConfirmationEnd && !hasReportingVerb(s)
}

// maxLoadingNote is the longest line read as a loading placeholder.
const maxLoadingNote = 32

// loadingNouns are what a widget says it is loading, in lower case: its
// content, never a thing ("Loading docks...").
var loadingNouns = []string{
	"posts", "comments", "content", "more", "video", "videos", "player", "map", "results", "data", "paragraph", "text", "article",
	"images", "photos", "gallery", "articles", "stories", "feed", "page", "chart", "replies", "items",
}

// isLoadingNote reports the placeholder a widget shows while its script
// fetches the content ("Loading...", "Loading posts…"): "Loading", one
// word at most that names the content, and an ellipsis. With the script
// not run, the placeholder is all the walk sees. A line that goes on
// ("Loading speed matters"), names a thing ("Loading bays...") or ends
// otherwise is text.
func isLoadingNote(s string) bool {
	if len(s) > maxLoadingNote || !hasLowerPrefix(s, "loading") {
		return false
	}
	rest, ok := strings.CutSuffix(s[len("loading"):], "...")
	if !ok {
		rest, ok = strings.CutSuffix(s[len("loading"):], "…")
	}
	rest = strings.TrimSpace(rest)
	return ok && (rest == "" || slices.ContainsFunc(loadingNouns, func(n string) bool { return strings.EqualFold(rest, n) }))
}

// maxWidgetMessage is the longest line read as a widget's message: an
// apology and a request or two.
const maxWidgetMessage = 240

// widgetApologies open the messages a form or a widget prints when it
// fails, hidden until then; widgetRequests are what such a message asks
// or says last, in lower case.
var (
	widgetApologies = []string{"sorry", "we're sorry", "we’re sorry", "we are sorry", "oops"}
	widgetRequests  = []string{"please try again", "try again later", "is not available", "isn't available", "went wrong"}
)

// isWidgetMessage reports the message of a form or a widget that failed
// ("Sorry, we couldn't find a match for this location. Please try again.",
// "We're sorry. It looks like this option is not available."): an apology
// set apart by its punctuation, then a request to try again or the news
// that the thing is not available, which ends the line. A story quotes
// such words within its sentences: the apology runs on ("Sorry seems to
// be the hardest word"), the words go on to where things went wrong ("...
// went wrong at the polling station"), or it says who spoke them ("...,
// the mayor told the meeting").
func isWidgetMessage(s string) bool {
	if len(s) > maxWidgetMessage || len(s) < 10 || lowerASCII(s[0]) != 's' && lowerASCII(s[0]) != 'w' && lowerASCII(s[0]) != 'o' {
		return false
	}
	i := slices.IndexFunc(widgetApologies, func(a string) bool { return hasLowerPrefix(s, a) })
	if i < 0 {
		return false
	}
	rest := s[len(widgetApologies[i]):]
	if rest == "" || strings.IndexByte(",.!", rest[0]) < 0 || hasReportingVerb(rest) {
		return false
	}
	// An apology that is a sentence of its own ("We're sorry.") is the
	// message's; one that runs on after a comma may open a story's
	// sentence, and the request must then close the line.
	whole := rest[0] != ','
	for _, r := range widgetRequests {
		if j := wordIndexFold(rest, r); j >= 0 && (whole || endsWidgetMessage(rest[j+len(r):])) {
			return true
		}
	}
	return false
}

// maxWidgetMessageEnd is the most words a widget's message has after its
// request: "... is not available in your browser."
const maxWidgetMessageEnd = 3

// endsWidgetMessage reports whether rest, what follows a widget's request,
// ends its message: a few words at most, no clause after a comma.
func endsWidgetMessage(rest string) bool {
	rest = strings.TrimRight(rest, " .!")
	return strings.IndexByte(rest, ',') < 0 && len(strings.Fields(rest)) <= maxWidgetMessageEnd
}

// creditVerbs name what the person after "by" did to the post.
var creditVerbs = []string{"written", "posted", "published", "reviewed", "edited", "fact-checked", "fact checked", "curated"}

// maxStrayCredit is the longest line read as a bare credit.
const maxStrayCredit = 60

// strayCreditInitials marks the first bytes of the creditVerbs, in lower
// case, as lowerASCII reads a line's first byte.
var strayCreditInitials = initialsOf(creditVerbs...)

// isStrayCredit reports a credit line left in the story's column with the
// byline's label and at most the name: "Written by Jane Doe", "Posted
// By", "Reviewed by,". The page's byline is read from the head; a
// sentence that opens with the words goes on past a name ("Written by
// hand in 1820, the letter ...").
func isStrayCredit(s string) bool {
	if len(s) > maxStrayCredit || len(s) < 9 || s[len(s)-1] == '.' || !strayCreditInitials[lowerASCII(s[0])] ||
		!strings.Contains(s[:min(len(s), 16)], " b") && !strings.Contains(s[:min(len(s), 16)], " B") {
		// Most short lines: they open with none of the creditVerbs, each
		// of which the line must open with (the one-byte test spares the
		// searches), or hold no " by" where a credit's stands.
		return false
	}
	for _, v := range creditVerbs {
		if !hasLowerPrefix(s, v) || !hasLowerPrefix(s[len(v):], " by") {
			continue
		}
		name := strings.TrimLeft(s[len(v)+3:], ",:")
		if name != "" && name[0] != ' ' {
			return false // "Written bywords"
		}
		words := strings.Fields(name)
		if len(words) > 4 {
			return false
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:!?") && !strings.HasSuffix(w, ".") {
				return false
			}
		}
		return true
	}
	return false
}

// tagLabels open the line of a post's tags, in lower case, with their
// colon.
var tagLabels = []string{"tags:", "tag:", "tagged:", "tagged with:", "filed under:"}

// maxTag is the longest item of a tag line: a tag is a word or a name.
const maxTag = 40

// isTagLine reports the line of a post's tags: a label, then short items
// parted by commas or bars, none of which ends a sentence ("Tags:
// Employment, Health & Fitness, Mid-sized Businesses"). A story's line
// that opens with "Topics:" goes on with sentences.
func isTagLine(s string) bool {
	if len(s) < 6 || strings.IndexByte(s[:min(len(s), 14)], ':') < 0 {
		return false
	}
	for _, l := range tagLabels {
		if !hasLowerPrefix(s, l) {
			continue
		}
		rest := strings.TrimSpace(s[len(l):])
		if rest == "" {
			return false
		}
		for _, item := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '|' }) {
			item = strings.TrimSpace(item)
			if item == "" || len(item) > maxTag || strings.ContainsAny(item, ".!?") {
				return false
			}
		}
		return true
	}
	return false
}

// placeholderFiller opens the placeholder text of templates.
const placeholderFiller = "lorem ipsum"

// mayBePlaceholder is isPlaceholderText's first test, small enough to be
// inlined where every kept line is asked: only "l" and "L" fold to the
// filler's first letter, so one byte's test spares every other line the
// comparison.
func mayBePlaceholder(text string) bool {
	return len(text) >= len(placeholderFiller) && text[0]|0x20 == placeholderFiller[0]
}

// isPlaceholderText reports the filler text of a template that was never
// filled in ("Lorem ipsum dolor sit amet, consectetur...", a label "Lorem
// ipsum 2"): a block of a page builder's demo, not the story. A sentence
// about the filler ("Lorem ipsum is the text typesetters...") is prose.
func isPlaceholderText(text string) bool {
	const filler, more = placeholderFiller, " dolor"
	if !mayBePlaceholder(text) || !strings.EqualFold(text[:len(placeholderFiller)], placeholderFiller) {
		return false
	}
	rest := text[len(filler):]
	return len(rest) <= 10 || len(rest) >= len(more) && strings.EqualFold(rest[:len(more)], more)
}

// isPromptLine reports a line the page sets among the story's paragraphs
// to speak about itself rather than the story: a sign-up prompt for its
// newsletter (see isSignupPrompt), a request to follow it on a social
// network (see isFollowPrompt) or to mail it a story (see isTipPrompt),
// the note of a paywall (see
// isPaywallPrompt), the fallback text of an embedded social post (its
// signature, see isEmbedSignature, or its text with the link to its
// picture, embedPictureLink), or its reading time (see isReadingTime). A
// line that opens the tail of the page ("Subscribe Free To Our Daily
// Newsletters") is not noise to pass over: it ends the body and the
// lists of related stories.
func isPromptLine(s string) bool {
	return isPromptLineIn(s, 0)
}

// isPromptLineIn is isPromptLine for a line whose phrases' kinds k are
// read already (promptRead set), or not (0).
func isPromptLineIn(s string, k promptKind) bool {
	if len(s) > maxEmbedFallback || len(s) < 5 {
		return false
	}
	// A tip prompt gives the newsroom's address: a byte search for its
	// "@" rules it out for most lines.
	if strings.IndexByte(s, '@') >= 0 && isTipPrompt(s) {
		return tailOf(s) == tailNone
	}
	if len(s) > maxSignupPrompt {
		// Only an embedded post's text is this long.
		return holdsPictureLink(s) && tailOf(s) == tailNone
	}
	// One pass over the line finds the words each kind of prompt must
	// hold; most lines hold none, and the finer checks run only for the
	// kinds found.
	if k&promptRead == 0 {
		k = promptAnchors.kinds(s)
	}
	prompt := isReadingTime(s) || isEmbedSignature(s) ||
		k&promptEmbed != 0 ||
		k&promptSignup != 0 && isSignupPrompt(s) ||
		k&promptFollow != 0 && isFollowPrompt(s) ||
		isPointerLine(s) ||
		k&promptPaywall != 0 && isPaywallPrompt(s) ||
		isMemberNote(s)
	return prompt && tailOf(s) == tailNone
}

// promptKind says which kind of prompt line a phrase of the promptAnchors
// belongs to.
type promptKind uint8

const (
	promptSignup promptKind = 1 << iota
	promptPaywall
	promptEmbed
	promptFollow
	// promptConsent marks the consentPhrases, filed with the prompts'
	// phrases so that the body's walk reads a paragraph once for both
	// (see lineKinds); isPromptLine reads none of it.
	promptConsent
	// promptRead marks kinds as read: a zero promptKind is a line not
	// read yet.
	promptRead promptKind = 1 << 7
)

// promptAnchors are the words and phrases of the prompt lines by their
// anchors: the targets of a sign-up prompt and of a follow prompt, the
// paywallPhrases and the picture link of an embedded post.
var promptAnchors = func() *phraseAnchors {
	kinds := map[string]promptKind{embedPictureLink: promptEmbed}
	for _, t := range signupTargets {
		kinds[t] = promptSignup
	}
	for _, t := range followTargets {
		kinds[t] = promptFollow
	}
	for _, p := range paywallPhrases {
		kinds[p] = promptPaywall
	}
	for _, p := range consentPhrases {
		kinds[p] = promptConsent
	}
	kinds[printedPolicy] = promptConsent
	phrases := make([]string, 0, len(kinds))
	for p := range kinds {
		phrases = append(phrases, p)
	}
	return anchorPhrases(phrases, kinds)
}()

// embedPictureLink opens the link to the picture of an embedded post.
const embedPictureLink = "pic.twitter.com/"

// holdsPictureLink reports whether s holds embedPictureLink. It looks for
// the link's closing slash, which few lines of prose hold, and compares
// what stands before each: a search for its opening "p" stopped at many
// words of every long line isPromptLine asks about.
func holdsPictureLink(s string) bool {
	const last = len(embedPictureLink) - 1 // where the slash stands in it
	for i := last; i < len(s); i++ {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return false
		}
		i += j
		if s[i-last:i+1] == embedPictureLink {
			return true
		}
	}
	return false
}

// paywallPhrases are said by the notes a paywall or a sign-in wall sets
// over a story, in lower case.
var paywallPhrases = []string{
	"reserved for subscribers", "subscribers only", "read the rest of this story",
	"read the rest of this article", "already have an account?", "already a subscriber?",
	"sign in to continue", "unlock this article", "unlock this piece", "unlock this post", "become a paid subscriber",
	"subscribe now to read", "subscribe to continue reading",
	"réservé aux abonnés", "réservée aux abonnés", "jetzt abonnieren", "nur für abonnenten",
	"bereits abonnent", "solo para suscriptores", "exclusivo para suscriptores",
}

// maxPaywallPrompt is the longest line read as a paywall's note.
const maxPaywallPrompt = maxSignupPrompt

// maxPaywallNote is the longest paywall's note read as one whatever
// stands before its phrase ("This content is reserved for subscribers
// only", "Il vous reste 57% de cet article à lire. La suite est réservée
// aux abonnés."): a note is a short sentence or two. A longer line holds
// the phrase where a request opens, or it is a story's sentence that
// tells of a paywall within a clause ("... the archive would be
// reserved for subscribers only from next year").
const maxPaywallNote = 90

// isPaywallPrompt reports a note of a paywall or a sign-in wall: "This
// content is reserved for subscribers only", "Already have an account?
// Log in", "Article réservé aux abonnés", "Jetzt abonnieren und
// weiterlesen". The story's text stands under such notes, not in them.
// One of the paywallPhrases opens the line or a sentence of it (see
// opensRequest), or the line is short; and no one is reported saying it
// (see hasReportingVerb): a story quotes a publisher's "Already a
// subscriber?" or tells that recipes "will be for subscribers only, the
// company said".
func isPaywallPrompt(s string) bool {
	if len(s) > maxPaywallPrompt || hasReportingVerb(s) {
		return false
	}
	short := len(s) <= maxPaywallNote
	for i := 0; i < len(s); i++ {
		for _, p := range paywallPhrases {
			if i+len(p) <= len(s) && lowerASCII(s[i]) == p[0] && equalFoldASCII(s[i:i+len(p)], p) && (short || opensRequest(s, i)) {
				return true
			}
		}
	}
	return false
}

// memberNotes are the notes Japanese sites set where a story or a tool
// of the page is for members only, as they end: "この記事は会員限定です"
// (this article is for members only), "ご利用には会員登録が必要です" (using
// it needs registration), "無料で会員登録できます" (you can register for
// free), "会員の方のみご利用いただけます" (for members only). A story about
// a service's members says "会員" in other sentences ("会員登録数は100万人を
// 超えた": registrations passed a million).
var memberNotes = []string{"会員限定です", "会員登録が必要です", "会員登録できます", "会員の方のみご利用"}

// readerWords speak to the reader or of the page in a Japanese note:
// the honorific "方" of the people it addresses ("会員の方", "購読者の方は"),
// the honorific "ご" of the reader's acts ("ご利用", "ご登録", "ご覧"), the
// page itself ("この記事", "本記事") and "こちら" (here, a link's words).
var readerWords = []string{"の方", "ご利用", "ご登録", "ご覧", "この記事", "本記事", "こちら"}

// isMemberNote reports a line whose last sentence holds one of the
// memberNotes and speaks to the reader (see readerWords): the note ends
// the line, after the page's own sentence if any ("記事に『リアクション』が
// できます。ご利用には会員登録が必要です。"). A story's sentence about a
// service says the words and goes on ("...無料で会員登録できます。同社は初
// 年度に10万人の利用を見込んでいる。"), or speaks of the service, not to
// the reader ("新サービスは、スマートフォンからも無料で会員登録できます。").
func isMemberNote(s string) bool {
	// The byte search for the first byte of "会" spares most lines the
	// search for the string, which costs more to set up.
	if len(s) > maxPaywallPrompt || strings.IndexByte(s, "会員"[0]) < 0 || !strings.Contains(s, "会員") {
		return false // most lines, past one fast search
	}
	for _, n := range memberNotes {
		if i := strings.Index(s, n); i >= 0 {
			rest := s[i+len(n):]
			if j := strings.Index(rest, "。"); j >= 0 && strings.TrimSpace(rest[j+len("。"):]) != "" {
				return false
			}
			sent := s[strings.LastIndex(s[:i], "。")+1:] // the note's sentence: -1 is the line's start
			for _, w := range readerWords {
				if strings.Contains(sent, w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// reportingVerbs tell who said a thing, in the languages of the
// paywallPhrases: a story's sentence reports a prompt ("... the newspaper
// told readers", "..., forderte der Verlag"), or an appeal or a warning
// in the words of a prompt ("Join only the groups you know, the office
// advises", "..., police warned residents", "wie die Behörde mitteilte");
// the prompt itself speaks to the reader and reports no one.
var reportingVerbs = []string{
	"said", "says", "told", "tells", "according", "announced", "wrote",
	"warned", "warns", "urged", "urges", "advised", "advises", "suggested",
	"sagte", "sagt", "forderte", "erklärte", "teilte", "mitteilte", "schrieb",
	"selon", "déclaré", "annoncé", "dijo", "afirmó", "según", "anunció",
}

// hasReportingVerb reports whether s holds one of the reportingVerbs as
// a word.
func hasReportingVerb(s string) bool {
	for i := 0; i < len(s); {
		var w string
		if w, i = wordAt(s, i); w != "" && anyFold(w, reportingVerbs, false) {
			return true
		}
	}
	return false
}

// wordAt returns the word of s that opens at byte i (a run of letters,
// digits and bytes past ASCII, read by one table look-up a byte) and the
// offset after it; at a byte that opens no word it returns "" and i+1.
// Unlike nextWord it keeps the word's bytes apart from what follows, for
// loops that look each word up whole.
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) && nameBytes[s[j]]&(byteWord|byteHigh) != 0 {
		j++
	}
	if j == i {
		return "", i + 1
	}
	return s[i:j], j
}

// maxSignupPrompt is the longest line read as a sign-up prompt: a
// prompt is a sentence or two, where a story's paragraph about
// newsletters runs on.
const maxSignupPrompt = 200

// signupVerbs ask the reader to subscribe; signupTargets are what the
// prompt offers. signupLeads are the words after which a verb still
// opens the request ("... and sign up for our newsletter", "by signing up
// to our free weekly newsletter", "Please subscribe").
var (
	signupVerbs   = []string{"sign up", "signing up", "subscribe", "join"}
	signupTargets = []string{"newsletter", "inbox", "mailing list", "new posts", "news updates", "email updates"}
	signupLeads   = []string{"and", "please", "by", "now"}
	inboxLeads    = []string{"get", "receive"}
)

// isSignupPrompt reports a prompt to sign up for the site's newsletter:
// a request to sign up, subscribe or join that names a newsletter or the
// reader's inbox in the same sentence ("Sign up for our newsletter for
// tips and events", "Please bookmark our site and sign up for our daily
// newsletter"), or an offer of news "delivered to your inbox" ("Get daily
// news delivered to your inbox"). The verb must open the request: a story
// tells of people who "subscribe to three newsletters" or of emails
// "delivered to your inbox" after a subject, not as an imperative. A line
// that reports who said it (see hasReportingVerb) is the story's: "Join
// us as we dig into the newsletter wars, said the editor", "Sign up rates
// for the newsletter rose, the company said".
func isSignupPrompt(s string) bool {
	if len(s) > maxSignupPrompt || len(s) < 10 {
		return false
	}
	target := -1
	for _, t := range signupTargets {
		if i := wordIndexFold(s, t); i >= 0 && (target < 0 || i < target) {
			target = i
		}
	}
	if target < 0 || hasReportingVerb(s) {
		return false // a story reports a request: "Join us ..., said the editor"
	}
	for at := 0; at < len(s); at = nextWord(s, at) {
		for _, v := range signupVerbs {
			if at+len(v) <= len(s) && equalFoldASCII(s[at:at+len(v)], v) && (at+len(v) == len(s) || !isWordByte(lowerASCII(s[at+len(v)]))) && opensRequest(s, at) && (sameSentence(s, at, target) || targetAfter(s, at, signupTargets)) {
				return true
			}
		}
	}
	// "Get the latest articles delivered to your inbox."
	first := s[:nextWord(s, 0)]
	return anyFold(strings.TrimRight(first, " "), inboxLeads, false) && containsFold(s, "to your inbox")
}

// nextWord is the index of the word after the one at i in s: past the
// word's letters and the spaces and punctuation after them.
func nextWord(s string, i int) int {
	for i < len(s) && (isWordByte(lowerASCII(s[i])) || s[i] >= utf8.RuneSelf) {
		i++
	}
	for i < len(s) && !isWordByte(lowerASCII(s[i])) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// opensRequest reports whether the word at i of s opens a request: it
// opens the line or a sentence (after a full stop, a colon, a dash or a
// symbol: "Want more? Sign up", "Ground Game: Sign up", "🚀 Sign up"), or
// follows one of the signupLeads. After a comma or a subject it is a
// clause of prose ("Follow the news, subscribe to newsletters and ...").
func opensRequest(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 || strings.IndexByte(".!?:;|(\"*[", s[j-1]) >= 0 {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:j]); r >= utf8.RuneSelf && !unicode.IsLetter(r) {
		return true // an emoji, a dash, a typographic quote
	}
	k := j
	for k > 0 && isWordByte(lowerASCII(s[k-1])) {
		k--
	}
	return anyFold(s[k:j], signupLeads, false)
}

// targetAfter reports whether one of targets, lower-case words, stands
// after the word at i of s in the same sentence: the request names what
// it offers after its verb ("Was this newsletter forwarded to you? Sign
// up to get it in your inbox").
func targetAfter(s string, i int, targets []string) bool {
	for _, t := range targets {
		if j := wordIndexFold(s[i:], t); j >= 0 && sameSentence(s, i, i+j) {
			return true
		}
	}
	return false
}

// followVerbs ask the reader to follow the site, in the languages of the
// pages seen; followTargets are the networks and news apps a follow
// prompt names. Every short line is searched for the targets (see
// promptAnchors), so the list holds the networks prompts name, not all
// there are: a prompt names several, and one of these among them.
var (
	followVerbs   = []string{"follow", "join", "folgen", "folge", "folgt", "folgst", "suivez", "ikuti"}
	followTargets = []string{"whatsapp", "telegram", "instagram", "facebook", "tiktok", "pinterest", "google news"}
)

// isFollowPrompt reports a request to follow the site or its author on a
// social network or a news app ("Follow us on Telegram, Facebook and X
// for the latest news", "Folgst du schon 20 Minuten auf Whatsapp?",
// "Follow me on Instagram: @handle"): a follow verb opens the request (see
// opensRequest), the site, its author or the reader stands after it (see
// followsSite) and a network after them in the same sentence. The story
// tells of people who follow or join a network after a subject
// ("Millions of users joined Facebook"), tells readers to follow other
// things ("Follow the instructions sent on WhatsApp", "Join WhatsApp
// groups only if ..."), reports who asked ("Follow us on Telegram, the
// ministry said"), or says "Folgen" as a noun ("Folgen hat der Streit
// auch für WhatsApp"); and a request after a sentence of the story's is
// quoted in it (see promptLead).
func isFollowPrompt(s string) bool {
	if len(s) > maxSignupPrompt || hasReportingVerb(s) || isQuotedSpeech(s) {
		return false
	}
	for at := 0; at < len(s); at = nextWord(s, at) {
		end := at
		for end < len(s) && (isWordByte(lowerASCII(s[end])) || s[end] >= utf8.RuneSelf) {
			end++
		}
		if end > at && anyFold(s[at:end], followVerbs, false) && opensRequest(s, at) && followsSite(s, end) && promptLead(s, at) && targetAfter(s, end, followTargets) {
			return true
		}
	}
	return false
}

// followObjects are the words after a follow verb that name the site,
// its author or the reader asked: "Follow us", "Follow me", "Join our
// WhatsApp channel", "Join my Facebook community", "Folgt uns", "Folgst
// du ...", "Suivez-nous", "Ikuti kami". "Sie" and "ihr" stand for the
// reader only before "uns" ("Folgen Sie uns"), since "Folgen sie" and
// "folgt ihr" are also said of others.
var followObjects = []string{
	"us", "me", "our", "my", "uns", "mich", "unserem", "unseren", "unserer", "du",
	"nous", "moi", "notre", "nos", "kami",
}

// followsSite reports whether the words after a follow verb that ends at
// i of s name whom the reader is to follow as the site or its author:
// one of the followObjects, or a name of capitalised words and "on"
// ("Follow Example News on Google News"). After a noun the verb asks the
// reader to follow something else ("Follow the instructions", "Join
// WhatsApp groups").
func followsSite(s string, i int) bool {
	w := nextWord(s, i)
	if w < i+1 || w >= len(s) {
		return false
	}
	word := func(at int) string {
		e := at
		for e < len(s) && (isWordByte(lowerASCII(s[e])) || s[e] >= utf8.RuneSelf) {
			e++
		}
		return s[at:e]
	}
	first := word(w)
	if first != "US" && anyFold(first, followObjects, false) {
		return true
	}
	if first == "Sie" || strings.EqualFold(first, "ihr") {
		return anyFold(word(nextWord(s, w)), []string{"uns", "mich"}, false)
	}
	// A name: up to four capitalised words or numbers ("Metro.co.uk"),
	// then "on".
	j := i
	for n := 0; n <= 4; n++ {
		for j < len(s) && s[j] == ' ' {
			j++
		}
		e := j
		for e < len(s) && s[e] != ' ' {
			e++
		}
		if e == j {
			return false
		}
		if n > 0 && equalFoldASCII(s[j:e], "on") {
			return true
		}
		if c := s[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
		j = e
	}
	return false
}

// maxPromptLead is the longest text a prompt sets before its request
// when a sentence ends there with a full stop ("Stay informed. Follow us
// on ..."): a story's sentence is longer.
const maxPromptLead = 32

// promptLead reports whether the text before a request at i of s is a
// prompt's own lead, not a sentence of the story's that the request goes
// on from: no sentence ends with a full stop before i (a prompt asks
// first: "Want more DIY projects? Follow me on Pinterest"), or the text
// before i is short.
func promptLead(s string, i int) bool {
	return i <= maxPromptLead || !strings.Contains(s[:i], ". ")
}

// maxPointerLine is the longest line read as a pointer to more of the
// site's stories: a sentence of the site's, where a story's paragraph
// that holds the words runs on.
const maxPointerLine = 120

// isPointerLine reports a short line that points the reader to more of
// the site's stories: "Mehr über den Verein lesen Sie hier.", "Lest den
// Originalartikel auf Englisch hier.", "... beim Newsletter richtig – hier
// entlang.", "For more stories like this, check our news page", "Read
// more news like this on example.com". The German ones end the line on
// "hier" (here), where a story's sentence with the words goes on ("Das
// Urteil lesen Sie hier nicht, denn ..."), and a pointer after a
// sentence of the story's ends its paragraph, not a line of its own (see
// promptLead); the English ones open it with the pointer's words ("For
// more stories like this"), where prose says "For more than a decade".
// The line's ends are tested first, so most lines are ruled out without
// a search.
func isPointerLine(s string) bool {
	if len(s) > maxPointerLine || len(s) < 12 {
		return false
	}
	if c := lowerASCII(s[0]); c == 'f' || c == 'r' {
		for _, p := range pointerOpenings {
			if hasLowerPrefix(s, p) {
				// "For more stories like this, the magazine said it
				// would hire ..." reports the words.
				return !hasReportingVerb(s)
			}
		}
	}
	t := trimRightASCII(s, " .!")
	if !hasSuffixFold(t, " hier") && !hasSuffixFold(t, " hier entlang") {
		return false
	}
	if k := strings.LastIndex(t, ". "); k >= 0 && !promptLead(t, k+2) {
		return false
	}
	return containsFold(s, "lesen sie hier") || containsFold(s, "lest den originalartikel") || containsFold(s, "hier entlang")
}

// pointerOpenings open an English pointer line, in lower case.
var pointerOpenings = []string{
	"for more stories like this", "for more news like this", "read more stories like this", "read more news like this",
}

// maxTipPrompt is the longest line read as a request for tips: a
// question and a request, with the address.
const maxTipPrompt = 250

// tipPhrases ask the reader for a story or for feedback, in lower case.
var tipPhrases = []string{
	"get in touch", "got a story", "story to tell", "your feedback", "ihr feedback", "news tip",
}

// isTipPrompt reports a request to mail the newsroom a story or feedback
// with its address: "Got a story? Get in touch with our news team by
// emailing us at news@example.com", "Do you have a story to tell? Email:
// jane@example.com", "Senden Sie uns Ihr Feedback an: briefe@example.de".
// A story gives an address to tell where a thing can be had, or reports
// an appeal aimed at someone else: the police's ("Anyone with information
// should get in touch with the police by emailing appeals@..."), a
// charity's ("..., the charity suggested"). So the sentence that holds
// the address must ask for mail to the newsroom (see asksNewsroomMail),
// and no one is reported saying it (see hasReportingVerb).
func isTipPrompt(s string) bool {
	if len(s) > maxTipPrompt {
		return false
	}
	at := mailAddress(s)
	if at < 0 {
		return false
	}
	tip := false
	for _, p := range tipPhrases {
		if containsFold(s, p) {
			tip = true
			break
		}
	}
	return tip && !hasReportingVerb(s) && !isQuotedSpeech(s) && asksNewsroomMail(s, at)
}

// closingQuotes close a quotation, in the styles of the languages the
// prompts are read in; the straight marks stand for both ends.
const closingQuotes = "\"'”’»“"

// isQuotedSpeech reports a line that quotes someone and goes on to say
// who: a quotation closes after a comma, "!" or "?" ("...,\" she added",
// "...?” the curator asked") or before a comma ("„...“, sagte sie"), and a
// word follows. A prompt speaks to the reader in its own voice; a request
// in the words of a prompt within quotes is what someone in the story
// said, whatever the verb that reports it ("..., the family posted on
// Sunday", "..., the leaflet reads"), so the list of reportingVerbs need
// not hold them all.
func isQuotedSpeech(s string) bool {
	for i := strings.IndexAny(s, closingQuotes); i >= 0; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if j := i + n; i > 0 && strings.ContainsRune(closingQuotes, r) {
			before := s[i-1]
			if before == ',' || before == '!' || before == '?' {
				if j+1 < len(s) && s[j] == ' ' && isLetterStart(s[j+1:]) {
					return true
				}
			} else if j+2 < len(s) && s[j] == ',' && s[j+1] == ' ' && isLetterStart(s[j+2:]) {
				return true
			}
		}
		k := strings.IndexAny(s[i+n:], closingQuotes)
		if k < 0 {
			break
		}
		i += n + k
	}
	return false
}

// isLetterStart reports whether s opens with a letter: the word that says
// who spoke after a quotation.
func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// newsroomWords name the newsroom as the one the reader writes to ("email
// us", "our news team", "Senden Sie uns", "écrivez-nous"), in lower case;
// "us" is matched only as printed, since "US" is a country.
var newsroomWords = []string{"us", "our", "uns", "unsere", "unserer", "nous", "notre"}

// asksNewsroomMail reports whether the sentence of s that holds the mail
// address at i asks the reader to write to the newsroom: it names the
// newsroom (see newsroomWords), it opens with "get in touch" not aimed at
// someone else ("Get in touch at news@...", not "Get in touch with your
// MP at ..."), or it is only a label and the address ("Email:
// jane@example.com", "Email tips@example.com"). The sentence that gives the address of the police
// or a council names them, and the reader's request before it ("Got a
// story about the floods?") is then the story's question.
func asksNewsroomMail(s string, i int) bool {
	start, end := 0, len(s)
	for k := i; k > 0; k-- {
		if s[k] == ' ' && strings.IndexByte(".!?", s[k-1]) >= 0 {
			start = k + 1
			break
		}
	}
	for k := i; k+1 < len(s); k++ {
		if s[k+1] == ' ' && strings.IndexByte(".!?", s[k]) >= 0 {
			end = k
			break
		}
	}
	sent := s[start:end]
	for w := 0; w < len(sent); w = nextWord(sent, w) {
		e := w
		for e < len(sent) && isWordByte(lowerASCII(sent[e])) {
			e++
		}
		if word := sent[w:e]; word != "US" && word != "Us" && anyFold(word, newsroomWords, false) {
			return true
		}
	}
	if hasLowerPrefix(sent, "get in touch") {
		return !hasLowerPrefix(strings.TrimLeft(sent[len("get in touch"):], " "), "with ")
	}
	j := i
	for j > start && (isWordByte(lowerASCII(s[j-1])) || strings.IndexByte(".-_+", s[j-1]) >= 0) {
		j-- // back over the address's local part
	}
	label := strings.TrimSpace(s[start:j])
	return label == "" || strings.IndexByte(label, ' ') < 0 && (strings.HasSuffix(label, ":") || anyFold(label, mailLabels, false))
}

// mailLabels are the words a prompt sets before its address without a
// colon ("Got a news tip? Email tips@example.com").
var mailLabels = []string{"email", "e-mail", "mail", "contact"}

// mailAddress is the index of the "@" of an e-mail address in s, or -1:
// an "@" between a word and a domain with a dot. A handle ("@newswire")
// has no word before it.
func mailAddress(s string) int {
	for i := strings.IndexByte(s, '@'); i >= 0; {
		if i > 0 && isWordByte(lowerASCII(s[i-1])) {
			j := i + 1
			for j < len(s) && (isWordByte(lowerASCII(s[j])) || s[j] == '-') {
				j++
			}
			if j > i+1 && j+1 < len(s) && s[j] == '.' && isWordByte(lowerASCII(s[j+1])) {
				return i
			}
		}
		k := strings.IndexByte(s[i+1:], '@')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return -1
}

// sameSentence reports that no sentence ends between i and j of s.
func sameSentence(s string, i, j int) bool {
	if j < i {
		i, j = j, i
	}
	for k := i; k < j; k++ {
		if (s[k] == '.' || s[k] == '!' || s[k] == '?') && k+1 < len(s) && s[k+1] == ' ' {
			return false
		}
	}
	return true
}

// maxEmbedFallback is the longest line read as an embedded post's text: a
// post of 280 characters, its picture link and the author's signature.
const maxEmbedFallback = 400

// isEmbedSignature reports the signature line of an embedded post: a
// dash, the author, the handle in parentheses and the date.
func isEmbedSignature(s string) bool {
	if len(s) < 12 || !isDigit(s[len(s)-1]) { // the post's date closes the signature
		return false
	}
	if strings.HasPrefix(s, "— ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "- ") {
		i := strings.Index(s, "(@")
		return i > 0 && strings.IndexByte(s[i:], ')') > 0
	}
	return false
}

// maxReadingTime is the longest line read as a reading-time note.
const maxReadingTime = 64

// readingTimeLabels name the reading time of a story, in the languages of
// the pages seen.
var readingTimeLabels = []string{
	"reading time", "read time", "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura",
	"tempo de leitura", "czas czytania", "leestijd", "lesetid", "lukuaika",
}

// isReadingTime reports the note of how long a story takes to read:
// "Lesezeit: 3 Min.", "Temps de Lecture 4 min.", "5 min read". It ends
// with the minutes, and names the reading time or says "read".
func isReadingTime(s string) bool {
	if len(s) > maxReadingTime || len(s) < 5 || !hasDigit(s) {
		return false
	}
	t := trimRightASCII(s, " .")
	if hasSuffixFold(t, " read") {
		t = trimRightASCII(t[:len(t)-len(" read")], " .")
		return endsWithMinutes(t)
	}
	if !endsWithMinutes(t) {
		return false
	}
	// The label stands right before the minutes: "Lesezeit: 3 Min.".
	for _, l := range readingTimeLabels {
		if i := lastIndexFold(t, l); i >= 0 {
			rest := strings.TrimLeft(t[i+len(l):], " :")
			n := digitsAt(rest, 0)
			return n > 0 && endsWithMinutes(rest) && len(strings.TrimLeft(rest[n:], " -")) <= len("minutes")
		}
	}
	return false
}

// lastIndexFold is strings.LastIndex for a lower-case ASCII sub, in any
// case.
func lastIndexFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// endsWithMinutes reports text that ends with a count of minutes: "3
// Min", "4 min", "12 minutes", "5-min".
func endsWithMinutes(t string) bool {
	// Each unit ends with one of three letters, in either case: one
	// byte's test spares most lines the four comparisons.
	if t == "" {
		return false
	}
	if c := t[len(t)-1] | 0x20; c != 's' && c != 'e' && c != 'n' {
		return false
	}
	// And with one of their last two bytes: "es", "te", "ns", "in" ("news"
	// and "time" end with neither). A unit is ASCII, so a line that ends
	// with it ends with its bytes, in either case.
	if len(t) < 2 {
		return false
	}
	switch uint16(t[len(t)-2]|0x20)<<8 | uint16(t[len(t)-1]|0x20) {
	case 'e'<<8 | 's', 't'<<8 | 'e', 'n'<<8 | 's', 'i'<<8 | 'n':
	default:
		return false
	}
	for _, unit := range []string{"minutes", "minute", "mins", "min"} {
		if hasSuffixFold(t, unit) {
			rest := strings.TrimRight(t[:len(t)-len(unit)], " -")
			return rest != "" && isDigit(rest[len(rest)-1])
		}
	}
	return false
}

// trimRightASCII is strings.TrimRight for a cut set of ASCII bytes, a
// byte's test each, where TrimRight builds the set's table on every call.
func trimRightASCII(s, cutset string) string {
	for s != "" && strings.IndexByte(cutset, s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}

// hasSuffixFold is strings.HasSuffix in any ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && equalFoldASCII(s[len(s)-len(suffix):], suffix)
}

// runOnCreditLabels are the labels of a credit that templates run on
// from the caption without a full stop, as they print them: capitalised.
var runOnCreditLabels = []string{"Foto", "Fotos", "Bild", "Bildrechte", "Photo", "Photos", "Credit"}

// endsWithRunOnCredit reports a caption whose credit follows without the
// full stop endsWithLabeledCredit wants: glued to the caption's last word
// when caption and credit are elements side by side ("... Boris
// NadeschdinBild: Jane Doe/TASS/dpa"), after a comma ("... nicht mehr
// geben, Foto: LAT Images"), or after a space when the credit names a
// picture agency ("... des Gesetzes Foto: Felix Zahn/imago"). A credit
// ends no sentence; prose that runs on into a label, as German nouns do
// ("Die Umfrage zeigt ein klares Bild: Die Mehrheit ist dagegen."), does.
func endsWithRunOnCredit(t string) bool {
	from := max(0, len(t)-maxCredit-4)
	if strings.IndexByte(t[from:], ':') < 0 || strings.ContainsRune(".!?", lastRune(t)) {
		return false
	}
	// Each colon near the end, from the last, may close a label.
	for c := lastColon(t, from, len(t)); c > 0; c = lastColon(t, from, c) {
		l := runOnLabelBefore(t[:c])
		if l == "" {
			continue
		}
		at := c - len(l)
		if at == 0 {
			continue
		}
		credit := strings.TrimSpace(t[c+1:])
		if !isCredit(credit) {
			continue
		}
		prev := lastRune(t[:at])
		switch {
		case prev != ' ' && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			return true // glued to the caption
		case prev == ' ' && strings.HasSuffix(t[:at], ", "):
			return true
		case prev == ' ' && namesPhotoAgency(credit):
			return true
		}
	}
	return false
}

// lastColon is the index of the last ':' in t[from:to], or -1.
func lastColon(t string, from, to int) int {
	if i := strings.LastIndexByte(t[from:to], ':'); i >= 0 {
		return from + i
	}
	return -1
}

// runOnLabelBefore returns the one of the runOnCreditLabels that s ends
// with, the longest, or "".
func runOnLabelBefore(s string) string {
	// Each label ends with one of these bytes (TestRunOnLabelEnds): the
	// word before most colons ends otherwise, and is spared the seven
	// comparisons.
	if s == "" {
		return ""
	}
	switch s[len(s)-1] {
	case 'o', 'd', 'e', 's', 't':
	default:
		return ""
	}
	found := ""
	for _, l := range runOnCreditLabels {
		if len(l) > len(found) && strings.HasSuffix(s, l) {
			found = l
		}
	}
	return found
}

// photoAgencyFolds are the photoAgencies in lower case, each once
// ("Reuters" and "REUTERS" are one): namesPhotoAgency compares them in
// any case, and lowered them on every call. Every agency is ASCII, so
// its lower case has its length.
var photoAgencyFolds = func() []string {
	var out []string
	for _, a := range photoAgencies {
		if l := strings.ToLower(a); !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}()

// namesPhotoAgency reports a credit that names one of the photoAgencies,
// in any case ("Felix Zahn/imago").
func namesPhotoAgency(credit string) bool {
	for _, a := range photoAgencyFolds {
		if i := wordIndexFold(credit, a); i >= 0 {
			if end := i + len(a); end == len(credit) || !isWordByte(lowerASCII(credit[end])) {
				return true
			}
		}
	}
	return false
}

// byCreditLabels open a credit that names who took or made the picture,
// as captions print them.
var byCreditLabels = []string{
	"Photo by", "Photos by", "Photograph by", "Image by", "Picture by", "Illustration by",
	"Photo credit", "Image credit", "Photo courtesy of", "Image courtesy of",
}

// endsWithByCredit reports a caption that ends with a credit of the form
// "Photo by Jane Doe" ("Guests pick pastries from the cabinets. | Photo
// by Jane Doe", "The Sony mirrorless system. Photo by: 'Jan Muster'."),
// or is only that credit: the label opens the text or follows a sentence
// or a separator, and the credit is a name (see isNameCredit). A
// sentence that opens with the words goes on as prose ("Photo by photo,
// the exhibition traces her life").
func endsWithByCredit(t string) bool {
	// Most paragraphs end on a lower-case word ("... the council
	// said."): no credit that runs to the end is a name then.
	if endsWithProseWord(t) {
		return false
	}
	// The label stands within a credit's length of the end: only that
	// tail is searched, and only at the capitals the labels open with,
	// found by fast searches for each (any label that stands there makes
	// the caption, so the order they are read in does not matter).
	from := max(0, len(t)-maxCredit-len("Photo courtesy of: "))
	for _, c := range [2]byte{'P', 'I'} {
		for at := from; ; at++ {
			i := strings.IndexByte(t[at:], c)
			if i < 0 {
				break
			}
			// Prose holds many a capital "I" or "P" ("In", "It",
			// "Paris"); a label's second letter ("Photo", "Picture",
			// "Image", "Illustration") rules most out before the
			// labels are compared.
			if at += i; at+1 < len(t) && byCreditSeconds[t[at+1]] && isByCreditAt(t, at) {
				return true
			}
		}
	}
	return false
}

// endsWithProseWord reports a text whose last word, after its last
// space, is of lower-case ASCII letters, a full stop after it or not, and
// is none of the nameJoiners ("... the council said."). No by-credit
// closes such a text (see endsWithByCredit): a credit after a label runs
// to the end and so holds that word, which isNameCredit refuses; and a
// label, which holds a space, that ended inside the word would leave no
// credit after it but the full stop, which isCredit refuses. Most
// paragraphs end so, and are spared the searches for the labels.
func endsWithProseWord(t string) bool {
	t = strings.TrimSuffix(t, ".")
	i := len(t) // where the word opens: the run of lower-case letters at the end
	for i > 0 && t[i-1] >= 'a' && t[i-1] <= 'z' {
		i--
	}
	if i == len(t) || i > 0 && t[i-1] != ' ' {
		return false
	}
	// The nameJoiners are of three letters or fewer.
	return len(t)-i > 3 || !anyFold(t[i:], nameJoiners, false)
}

// byCreditSeconds are the second bytes of the byCreditLabels.
var byCreditSeconds = func() (t [256]bool) {
	for _, l := range byCreditLabels {
		t[l[1]] = true
	}
	return t
}()

// isByCreditAt reports a by-credit label at index at of t that closes the
// caption: after a sentence or a separator, and followed by the credit
// alone (see endsWithByCredit).
func isByCreditAt(t string, at int) bool {
	l := byLabelAt(t, at)
	if l == "" || at+len(l) < len(t) && isWordByte(lowerASCII(t[at+len(l)])) {
		return false
	}
	before := strings.TrimRight(t[:at], " ")
	if before != "" && (before == t[:at] || !strings.ContainsRune(".!?|–—", lastRune(before))) {
		return false
	}
	credit := strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(t[at+len(l):], " "), ":"))
	return isCredit(credit) && isNameCredit(strings.TrimSuffix(credit, "."))
}

// byLabelAt returns the one of the byCreditLabels that t opens at index
// at, the longest, or "".
func byLabelAt(t string, at int) string {
	found := ""
	for _, l := range byCreditLabels {
		if len(l) > len(found) && strings.HasPrefix(t[at:], l) {
			found = l
		}
	}
	return found
}

// nameJoiners are the lower-case words a credit of names holds.
var nameJoiners = []string{"and", "by", "of", "for", "via", "the", "de", "van", "von", "der", "und"}

// isNameCredit reports a credit made of names: every word opens with a
// capital, a digit or a quote ("'Jan Muster'", "Endgame Gear/Digital
// Foundry", "Alice Muster; Design by Bob Muster"), but for the words that
// join names. A clause has lower-case words ("Reuters shows the damage").
func isNameCredit(c string) bool {
	if c == "" {
		return false
	}
	for w := range strings.FieldsSeq(c) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !anyFold(strings.TrimRight(w, ",;"), nameJoiners, false) {
			return false
		}
	}
	return true
}
