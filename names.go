package newswire

import (
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nameVerdict is what the walk has found of one class or id value. Each
// part is worked out the first time an element asks for it.
type nameVerdict uint16

const (
	judgedChrome  nameVerdict = 1 << iota
	nameChrome                // isChromeName
	judgedCaption             // nameCaption is known
	nameCaption               // hasHint(val, captionHints)
	judgedAuthor              // nameAuthor and nameComment are known
	nameAuthor                // holds "author" or "byline"
	nameComment               // holds "comment"
	judgedHidden              // nameHidden is known
	nameHidden                // isHiddenClass
)

// nameVerdicts are the walk's verdicts on class and id values, by value.
// Templates repeat the same few names on every element of a page: one
// look-up answers the chrome, caption and author tests of a value, where
// each test kept its own before.
//
// They are kept in an open-addressed table of their own rather than a
// map: most values of a small page are met once, and a map hashes such a
// value twice, to find it absent and to store its verdict, where the
// table stores the verdict in the slot its look-up ended at. The zero
// value is an empty table.
type nameVerdicts struct {
	slots []nameSlot // a power of two of them, or none yet
	used  int        // slots holding a value
}

// nameSlot is a value and its verdict; a verdict of 0, which no judged
// value has, marks an empty slot.
type nameSlot struct {
	val string
	v   nameVerdict
}

const (
	// minNameSlots is the table's first size: the names of a small page.
	minNameSlots = 64
	// maxNameSlots bounds the table: past it, a page of machine-made
	// names has the rest judged as they come, without being kept.
	maxNameSlots = 1 << 13
	// maxNameProbe bounds a look-up: values the hash cannot tell apart
	// (see nameHash) are judged anew past it, rather than searched for
	// along a run that could grow with the page.
	maxNameProbe = 8
)

// judge returns the verdict on val with the parts in need worked out.
//
// Most values hold none of the words the tests search for: the letters
// they hold, read once, rule that out (see lettersOf), for less than
// looking the value up in the table would cost. Only a value whose
// letters let a test through is looked up, and its verdict kept: most
// values of a page are met once, and those met again (a menu's "nav-item"
// on each item) are mostly ruled out again as cheaply.
func (m *nameVerdicts) judge(val string, need nameVerdict) nameVerdict {
	letters := lettersOf(val)
	// The parts judged by the letters alone, of those asked for: only
	// they are read from the answer, and a part not asked for now is
	// ruled out again, by the letters, when it is.
	//
	// The chrome, author and hidden parts are worked out whether asked
	// or not, with no branch on need: which parts an element asks for
	// changes from one element to the next, and a test of each was
	// guessed wrong often. Few ask for the caption part.
	lower := letters.lower
	ruledOut := nameVerdict(0)
	if !chromeLetters.mayHold(letters.folded) {
		ruledOut |= judgedChrome
	}
	// The three words each miss a letter of val when the least of the
	// sets of letters they miss is not empty: no branch for each.
	if min(authorLetters&^lower, bylineLetters&^lower, commentLetters&^lower) != 0 {
		ruledOut |= judgedAuthor
	}
	if !lower.holds(hiddenLetters) {
		ruledOut |= judgedHidden
	}
	if need&judgedCaption != 0 && !captionLetters.mayHold(letters.folded) {
		ruledOut |= judgedCaption
	}
	ruledOut &= need
	if need&^ruledOut == 0 {
		return need
	}
	at := m.slotOf(val)
	var v nameVerdict
	if at >= 0 {
		v = m.slots[at].v
	}
	v |= ruledOut
	if v&need == need {
		return v
	}
	if need&judgedChrome != 0 && v&judgedChrome == 0 {
		v |= judgedChrome
		if isChromeName(val) {
			v |= nameChrome
		}
	}
	if need&judgedCaption != 0 && v&judgedCaption == 0 {
		v |= judgedCaption
		if hasHint(val, captionHints) {
			v |= nameCaption
		}
	}
	if need&judgedAuthor != 0 && v&judgedAuthor == 0 {
		v |= judgedAuthor
		author, comment := authorMarksIn(val, lower)
		if author {
			v |= nameAuthor
		}
		if comment {
			v |= nameComment
		}
	}
	if need&judgedHidden != 0 && v&judgedHidden == 0 {
		v |= judgedHidden
		if isHiddenClass(val) {
			v |= nameHidden
		}
	}
	if at >= 0 {
		m.store(at, val, v)
	}
	return v
}

// slotOf returns the slot that holds val, or the empty slot where it
// belongs, or -1 when the probe ends at neither.
func (m *nameVerdicts) slotOf(val string) int {
	if len(m.slots) == 0 {
		m.slots = make([]nameSlot, minNameSlots)
	}
	mask := len(m.slots) - 1
	i := int(nameHash(val)>>32) & mask
	for range maxNameProbe {
		if s := &m.slots[i]; s.v == 0 || s.val == val {
			return i
		}
		i = (i + 1) & mask
	}
	return -1
}

// store sets the verdict in slot at, which holds val or is the empty
// slot slotOf found for it, growing the table once it is half full.
func (m *nameVerdicts) store(at int, val string, v nameVerdict) {
	s := &m.slots[at]
	if s.v == 0 {
		s.val = val
		m.used++
	}
	s.v = v
	if m.used*2 > len(m.slots) && len(m.slots) < maxNameSlots {
		old := m.slots
		m.slots, m.used = make([]nameSlot, 2*len(old)), 0
		for _, s := range old {
			if s.v != 0 {
				if at := m.slotOf(s.val); at >= 0 {
					m.store(at, s.val, s.v)
				}
			}
		}
	}
}

// reset empties the table for the next page. A table grown by a page of
// many names is dropped rather than cleared page after page.
func (m *nameVerdicts) reset() {
	if len(m.slots) > 8*minNameSlots {
		m.slots = nil
	}
	clear(m.slots)
	m.used = 0
}

// nameHash hashes a class or id value by its length and its first, middle
// and last eight bytes: it is worked out for every class and id value of
// a page, and those bytes tell a page's names apart. Values alike in all
// of them share a probe run, which maxNameProbe bounds.
func nameHash(s string) uint64 {
	const k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := uint64(len(s)) * k1
	if len(s) < 8 {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * k2
		}
		return h ^ h>>29
	}
	h = (h ^ load64(s, 0)) * k2
	h = (h ^ load64(s, len(s)-8)) * k1
	if len(s) > 16 {
		h = (h ^ load64(s, len(s)/2-4)) * k2
	}
	return h ^ h>>29
}

// authorMarksIn reports whether a class or id value marks the author's
// name, by holding "byline" or "author" as the word for a writer (not as
// the start of "authority", "authorities" or "authorize": a menu item
// "authorities-governing-board"), and whether it marks comments, by
// holding "comment". The walk asks this of every new class and id value
// of a page: a search for each word, which passes over a value many
// bytes at a time, costs less than one reading of it byte by byte that
// tests each byte for the three.
//
// The value's small letters are among lower (see valueLetters): a word is
// searched for only in a value that holds its letters. judge searches a
// value when one of the three words may be in it, and a long value of
// utility classes holds the letters of one but seldom of all three.
func authorMarksIn(val string, lower letterSet) (author, comment bool) {
	comment = lower.holds(commentLetters) && strings.Contains(val, "comment")
	if lower.holds(bylineLetters) && strings.Contains(val, "byline") {
		return true, comment
	}
	if !lower.holds(authorLetters) {
		return false, comment
	}
	for i := strings.Index(val, "author"); i >= 0; i = indexFrom(val, "author", i+1) {
		after := val[i+len("author"):]
		if !strings.HasPrefix(after, "it") && !strings.HasPrefix(after, "iz") && !strings.HasPrefix(after, "is") {
			return true, comment
		}
	}
	return false, comment
}

// elementNames is what an element's kind and names say of it: whether it
// is page chrome (only elements that hold sections of a page are judged by
// their class names; a link or a span called "share-button" marks no
// section), with the class or id value that names the chrome ("" when the
// element's kind or role does); whether templates mark it as holding the
// author's name (rel="author", itemprop="author", or a class or id naming
// the author or byline, searched as written so that nothing is
// allocated); and whether it may frame an image with its caption.
//
// Its strings come first and its flags together, so that it takes 40
// bytes rather than 56: the walk returns one for each element with
// attributes.
type elementNames struct {
	chromeBy  string // the class or id value that names the chrome
	divClass  string // a <div>'s first class, judged as a caption's by frames
	chrome    bool
	author    bool
	container bool // a figure, a table, or a <span> whose class names a caption
	hidden    bool // the hidden attribute, or an inline style that hides it: see hidesBox
}

// marks reports whether the names set any of the walk's state.
func (e *elementNames) marks() bool {
	return e.chrome || e.author || e.container || e.hidden || e.divClass != ""
}

// frames reports whether the element may frame an image with its caption.
// A <div>'s class is judged only here: the walk asks only of a <div>
// that turned out to hold an image, where judging every new class of a
// page cost a search for each caption hint. (A <span>'s is judged at once:
// closing a caption span ends the line it is in, image or not.)
func (e *elementNames) frames(m *nameVerdicts) bool {
	return e.container || e.divClass != "" && m.judge(e.divClass, judgedCaption)&nameCaption != 0
}

// bareNames is judgeNames for an element without attributes, which
// only its tag and kind judge: most elements of a page ("<p>", "<li>",
// "<b>") have none, and are spared the call and the reading of their
// attributes.
func bareNames(a atom.Atom, kind elemKind) elementNames {
	return elementNames{chrome: kind&kindChrome != 0, container: a == atom.Figure || a == atom.Table}
}

// judgeNames works out n's elementNames in one reading of its
// attributes, with one look-up in m per class or id value: the walk asks
// all four questions of every element.
func judgeNames(n *html.Node, kind elemKind, m *nameVerdicts) elementNames {
	var out elementNames
	readNames(n, kind, m, &out)
	return out
}

// readNames is judgeNames setting *out, which the walk keeps in its own
// frame: returned, the 40 bytes were loaded into registers by judgeNames
// and stored back by the walk, for every element with attributes. *out
// must be zero, as every caller's new variable is: it is not cleared
// again.
func readNames(n *html.Node, kind elemKind, m *nameVerdicts, out *elementNames) {
	out.chrome = kind&kindChrome != 0
	chromeDone := kind&kindChrome != 0 || kind&kindSection == 0
	// A class on <body> or <html> ("single-author", a blog's setting)
	// marks the whole page, not the author's name.
	authorDone, classDone := n.DataAtom == atom.Body || n.DataAtom == atom.Html, false
	caption := n.DataAtom == atom.Span
	div := n.DataAtom == atom.Div
	switch n.DataAtom {
	case atom.Figure, atom.Table:
		out.container = true
	}
	for i := range n.Attr {
		a := &n.Attr[i] // not a copy of its three strings
		switch a.Key {
		case "class", "id":
			isClass := len(a.Key) == len("class") // of the two, told by length
			need := nameVerdict(0)
			if !chromeDone {
				need |= judgedChrome
			}
			if !authorDone {
				need |= judgedAuthor
			}
			firstClass := (caption || div) && !classDone && isClass && a.Namespace == ""
			if firstClass {
				classDone = true
				if a.Val == "" || div {
					out.divClass = a.Val
					firstClass = false
				} else {
					need |= judgedCaption
				}
			}
			if isClass && !out.hidden {
				need |= judgedHidden
			}
			if need == 0 {
				continue
			}
			v := m.judge(a.Val, need)
			out.hidden = out.hidden || v&nameHidden != 0
			if !chromeDone && v&nameChrome != 0 {
				out.chrome, out.chromeBy, chromeDone = true, a.Val, true
			}
			if !authorDone && v&nameAuthor != 0 {
				out.author, authorDone = v&nameComment == 0, true
			}
			if firstClass {
				out.container = v&nameCaption != 0
			}
		case "role":
			if !out.chrome && kind&(kindSection|kindRoled) != 0 && isFurnitureRole(a.Val) {
				out.chrome, chromeDone = true, true
			}
		case "rel", "itemprop":
			if !authorDone && strings.Contains(a.Val, "author") {
				out.author, authorDone = true, true
			}
		case "hidden":
			out.hidden = true
		case "style":
			out.hidden = out.hidden || hidesBox(a.Val)
		}
	}
}

// isFurnitureRole reports whether an ARIA role marks a box beside the
// story: a menu, a rail of related links, asides and fact boxes. Like a
// class name it is evidence: resolveChrome keeps a marked box that wraps
// the story. The banner and contentinfo landmarks are left out: templates
// set role="banner" on a story's own hero (the headline, the byline and
// the first paragraphs) and contentinfo on its closing lines, and
// resolveChrome rescues only a box that wraps the whole story, so those
// roles cost story text more often than they mark the site's furniture,
// which its class names and <header>/<footer> tags mark already.
func isFurnitureRole(role string) bool {
	return role == "navigation" || role == "complementary"
}

// chromeNameASCII judges one name of an ASCII class or id value, as
// isChromeNameFields judges a name: whether it is made of content words
// (see isContentWords), and whether its words say chrome (see
// isChromeWords). It splits the name as nameWords does and looks each
// word, and each two words run together, up in wordTable with the name
// lower-cased once on the stack: the walk judges every new class and id
// value of a page, and copies and map look-ups were most of what that cost.
func chromeNameASCII(name string) (content, chrome bool) {
	if len(name) > maxNameLen {
		return false, false
	}
	// The name in lower case, with room to read a packed word of
	// maxPacked bytes from any of its bytes.
	var low [maxNameLen + maxPacked]byte
	// Each word is looked up as it is split, and with the word before
	// it (prev, packed) run together: the packed keys of all of a
	// name's words, kept for a loop of look-ups after, cost more to
	// clear than the look-ups.
	var words [maxNameWords]string
	var kinds [maxNameWords]wordKind
	var pairs [maxNameWords]bool
	var prev packedKey
	n, start := 0, 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		b := nameBytes[c]
		low[i] = c | b&byteUpper // byteUpper is the bit that lower-cases
		if b&byteWord != 0 && (b&byteUpper == 0 || i == start || nameBytes[name[i-1]]&byteLower == 0) {
			continue // inside a word: not a separator, nor a capital after a small letter ("mainNav")
		}
		if i > start {
			k := packWord(low[start:], i-start)
			words[n], kinds[n] = name[start:i], wordTable.kind(k)
			pairs[n] = n > 0 && wordTable.kind(prev.join(k))&wordChrome != 0
			prev = k
			if n++; n == len(words) {
				break
			}
		}
		start = i + 1
		if b&byteWord != 0 {
			start = i // the capital opens the next word
		}
	}
	if start < len(name) && n < len(words) {
		k := packWord(low[start:], len(name)-start)
		words[n], kinds[n] = name[start:], wordTable.kind(k)
		pairs[n] = n > 0 && wordTable.kind(prev.join(k))&wordChrome != 0
		n++
	}
	if isContentWords(words[:n], kinds[:n]) {
		return true, false
	}
	return false, isChromeWords(words[:n], kinds[:n], pairs[:n])
}

// wordHashShift is how far wordHash moves the hash for each byte: a
// letter or digit lower-cased differs from the others in its low five
// bits or in the bits above, which the shift moves on.
const wordHashShift = 5

// wordHash is the hash isChromeName works out of each word of a name of
// letters and digits, as it splits the name, lower-cased by setting
// byteUpper in each byte (which does not change a digit). As the hash
// of each byte is shifted on and the next xored in, the hash of two
// words run together is the first's shifted by the second's length,
// xored with the second's: no second reading of either.
func wordHash(w string) uint64 {
	var h uint64
	for i := 0; i < len(w); i++ {
		h = h<<wordHashShift ^ uint64(w[i]|byteUpper)
	}
	return h
}

// wordHashBits are sets of the hashes of words with their lengths, cut
// down to wordHashLog bits (see cutHash): of the chrome words of
// wordKinds (chrome), as a word of a name or two words run together;
// and of the content words and "text" (content), the words
// isContentWords takes as content. They are all a name's words can
// change chromeNameASCII's answer by: a name without a chrome word or
// pair is no chrome, however many modifier or wrapper words it holds,
// and one with a word that is no content word is no content.
type wordHashBits struct {
	chrome, content [1 << wordHashLog / 64]uint64
}

// wordHashLog is the bits of a cut hash: a set of 2,048 bits, some
// forty times the words it holds, lets few words through that are none
// of them.
const wordHashLog = 11

// cutHash cuts the hash h of a word of n bytes down to wordHashLog bits.
func cutHash(h uint64, n int) uint {
	return uint((h + uint64(n)*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15 >> (64 - wordHashLog))
}

// word reports whether the word of hash h and n bytes may be a chrome
// word, and whether it may be a content word or "text". Either may be
// reported of a word that is not (two hashes alike); neither is missed.
func (t *wordHashBits) word(h uint64, n int) (chrome, content bool) {
	x := cutHash(h, n)
	return t.chrome[x/64]&(1<<(x%64)) != 0, t.content[x/64]&(1<<(x%64)) != 0
}

// pair reports whether the word of hash h and n bytes run together with
// the word before it, of hash prev and prevLen bytes, may be a chrome
// word.
func (t *wordHashBits) pair(h, prev uint64, n, prevLen int) bool {
	x := cutHash(prev<<(wordHashShift*uint(n))^h, prevLen+n)
	return t.chrome[x/64]&(1<<(x%64)) != 0
}

// tableWordHashes are the hashes of the words of wordKinds and "text".
var tableWordHashes = func() *wordHashBits {
	t := new(wordHashBits)
	add := func(set []uint64, w string) {
		x := cutHash(wordHash(w), len(w))
		set[x/64] |= 1 << (x % 64)
	}
	add(t.content[:], "text")
	for w, k := range wordKinds {
		if k&wordChrome != 0 {
			add(t.chrome[:], w)
		}
		if k&wordContent != 0 {
			add(t.content[:], w)
		}
	}
	return t
}()

// maxNameWords is the most words of a name chromeNameASCII judges.
const maxNameWords = 8

// packedKey is a word of ASCII in lower case packed in two machine words,
// its bytes 0-7 in lo and 8-15 in hi, zeros past its end; n is its length.
// A word longer than maxPacked is marked by n alone: no table word is.
type packedKey struct {
	lo, hi uint64
	n      int
}

// maxPacked is the longest word a packedKey holds.
const maxPacked = 16

// packWord packs the n lower-case bytes that open low, which has room for
// maxPacked bytes at least.
func packWord(low []byte, n int) packedKey {
	if n > maxPacked {
		return packedKey{n: n}
	}
	lo := binary.LittleEndian.Uint64(low[:8])
	hi := binary.LittleEndian.Uint64(low[8:16])
	if n <= 8 {
		return packedKey{lo: lo & lowBytes(n), n: n}
	}
	return packedKey{lo: lo, hi: hi & lowBytes(n-8), n: n}
}

// lowBytes is a mask of the n low bytes of a machine word, 0 < n <= 8.
func lowBytes(n int) uint64 { return ^uint64(0) >> (64 - 8*n) }

// join returns k and l run together.
func (k packedKey) join(l packedKey) packedKey {
	n := k.n + l.n
	if n > maxPacked {
		return packedKey{n: n}
	}
	sh := uint(8 * k.n)
	if k.n < 8 {
		return packedKey{lo: k.lo | l.lo<<sh, hi: l.lo>>(64-sh) | l.hi<<sh, n: n}
	}
	return packedKey{lo: k.lo, hi: k.hi | l.lo<<(sh-64), n: n}
}

// packedWords is wordKinds as an open-addressed table of packed keys.
type packedWords struct {
	keys  [packedSlots][2]uint64
	kinds [packedSlots]wordKind
}

// packedSlots is the table's size: a power of two over three times the
// number of words, so that the look-up of a word that is none of them,
// which most are, mostly ends at its first slot.
const packedSlots = 256

// newPackedWords builds the table. It panics if a word of kinds is not
// lower-case ASCII of maxPacked bytes at most, which a packedKey cannot
// hold: the tables above are written so (TestWordTable checks it).
func newPackedWords(kinds map[string]wordKind) *packedWords {
	t := new(packedWords)
	// In the words' order, not the map's, which differs from one run to
	// the next: so would the probes of words that hash alike.
	for _, w := range slices.Sorted(maps.Keys(kinds)) {
		kind := kinds[w]
		if len(w) == 0 || len(w) > maxPacked || strings.ToLower(w) != w || !isASCII(w) {
			panic("newswire: word table holds " + w)
		}
		var buf [maxPacked]byte
		copy(buf[:], w)
		k := packWord(buf[:], len(w))
		i := k.slot()
		for t.keys[i][0] != 0 {
			i = (i + 1) % packedSlots
		}
		t.keys[i] = [2]uint64{k.lo, k.hi}
		t.kinds[i] = kind
	}
	return t
}

// slot is where the probe for k starts.
func (k packedKey) slot() int {
	return int((k.lo*0x9E3779B97F4A7C15 ^ k.hi*0xC2B2AE3D27D4EB4F) >> (64 - 8))
}

// kind returns the kind of the word packed in k, 0 when it is none.
func (t *packedWords) kind(k packedKey) wordKind {
	if k.n > maxPacked {
		return 0
	}
	for i := k.slot(); ; i = (i + 1) % packedSlots {
		if t.keys[i] == [2]uint64{k.lo, k.hi} {
			return t.kinds[i]
		}
		if t.keys[i][0] == 0 {
			return 0
		}
	}
}

// wordTable is wordKinds packed.
var wordTable = newPackedWords(wordKinds)

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameBytes classifies the bytes of class and id names for isChromeName
// and chromeNameASCII, one look-up a byte.
var nameBytes = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = byteWord | byteLower
		case c >= 'A' && c <= 'Z':
			t[c] = byteWord | byteUpper
		case c >= '0' && c <= '9':
			t[c] = byteWord
		case c >= utf8.RuneSelf:
			t[c] = byteHigh
		case isASCIISpace(byte(c)):
			t[c] = byteSpace
		}
	}
	return t
}()

// smallWordBytes are the small letters and digits, each as itself, and
// zeros for the other bytes: nameToJudge reads a word's bytes with one
// look-up each, where nameBytes would take a second test to tell a small
// letter from a capital.
var smallWordBytes = func() (t [256]byte) {
	for c := range 256 {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			t[c] = byte(c)
		}
	}
	return t
}()

// The classes of nameBytes.
const (
	byteWord  = 1 << iota // a letter or digit: part of a word
	byteLower             // a small letter
	byteSpace             // ASCII white space, between names
	byteHigh              // past ASCII
	byteUpper = 0x20      // a capital: the bit that makes it small
)

// isHiddenClass reports a class value that hides its element with the
// utility class CSS frameworks name "hidden" (display: none in Tailwind,
// Bootstrap, Foundation): the word alone, not "hidden-xs" or
// "overflow-hidden". Pages hide with it what a script shows later (a
// form's message, a player's labels, the punctuation a screen reader
// reads between a card's parts, a card a button opens: "hidden
// aria-expanded:block"), as they do with a hidden attribute. A block
// with a breakpoint variant beside it ("hidden md:block") shows on wider
// screens only: an ad slot, a share bar, a rail; like any hidden part,
// one that reads as story is taken back (see showCollapsed). An inline
// one is kept by the walk instead (see showsAtBreakpoint).
func isHiddenClass(val string) bool {
	const word = "hidden"
	i := strings.Index(val, word)
	if i < 0 {
		return false // most values: one search
	}
	for ; i >= 0; i = indexFrom(val, word, i+len(word)) {
		end := i + len(word)
		if (i == 0 || isASCIISpace(val[i-1])) && (end == len(val) || isASCIISpace(val[end])) {
			return true
		}
	}
	return false
}

// showsAtBreakpoint reports a class value holding a display class under a
// screen-width variant ("md:block", "lg:inline-flex", Bootstrap's
// "d-md-inline"): the element shows on wider screens whatever its
// "hidden". A state variant ("aria-expanded:block", "group-hover:flex")
// waits for a script or the pointer, so it shows nothing by default.
func showsAtBreakpoint(val string) bool {
	for tok := range strings.FieldsSeq(val) { // no slice: read for every hidden element
		if c := strings.LastIndexByte(tok, ':'); c > 0 {
			if isDisplayValue(tok[c+1:]) && allBreakpoints(tok[:c]) {
				return true
			}
			continue
		}
		if rest, ok := strings.CutPrefix(tok, "d-"); ok {
			if bp, disp, ok := strings.Cut(rest, "-"); ok && isBreakpoint(bp) && isDisplayValue(disp) {
				return true
			}
		}
	}
	return false
}

// allBreakpoints reports variants ("md", "sm:lg") that are all
// screen widths, so nothing but the window's size decides them.
func allBreakpoints(variants string) bool {
	for v := range strings.SplitSeq(variants, ":") {
		if !isBreakpoint(v) {
			return false
		}
	}
	return true
}

// isBreakpoint reports a screen-width variant name: the frameworks' sm, md,
// lg, xl, 2xl ... and a site's own width named after one ("lg-nav"),
// or an arbitrary width ("min-[900px]", "max-md").
func isBreakpoint(v string) bool {
	if strings.HasPrefix(v, "min-") || strings.HasPrefix(v, "max-") {
		return true
	}
	name, _, _ := strings.Cut(v, "-")
	switch strings.TrimLeft(name, "0123456789") {
	case "xs", "sm", "md", "lg", "xl", "xxl":
		return true
	}
	return false
}

// isDisplayValue reports a display utility that shows an element.
func isDisplayValue(v string) bool {
	switch v {
	case "block", "inline", "inline-block", "flex", "inline-flex", "grid",
		"inline-grid", "table", "inline-table", "table-row", "table-cell",
		"contents", "flow-root", "list-item":
		return true
	}
	return false
}

// indexFrom is strings.Index of sub in s from byte from, as an index of
// s, or -1.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if j := strings.Index(s[from:], sub); j >= 0 {
		return from + j
	}
	return -1
}

// letterSet is a set of the letters a-z, bit c-'a' for letter c.
type letterSet uint32

// allLetters is every letter, and more bits: what a byte past ASCII
// stands for (see nameLetters).
const allLetters = ^letterSet(0)

// holds reports whether s holds every letter of w.
func (s letterSet) holds(w letterSet) bool { return s&w == w }

// letterSetOf is the set of the letters of w, a word in lower case.
func letterSetOf(w string) letterSet {
	var s letterSet
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			s |= 1 << (c - 'a')
		}
	}
	return s
}

// valueLetters are the letters of a class or id value: folded, in either
// case, for the tests that fold it (isChromeName, hasHint), and lower,
// as written in lower case, for those that search it as it is
// (authorMarks, isHiddenClass). A value that holds a word holds its
// letters, even split in two words ("side-bar"): a value without them
// is spared the search.
type valueLetters struct {
	folded, lower letterSet
}

// nameLetters is, for each byte, its bits in valueLetters: folded in the
// low half, lower in the high half. A byte past ASCII sets them all, as
// strings.ToLower may make an ASCII letter of the rune it is in (the
// Kelvin sign "K" is "k").
var nameLetters = func() (t [256]uint64) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = 1<<(c-'a') | 1<<(32+c-'a')
		case c >= 'A' && c <= 'Z':
			t[c] = 1 << (c - 'A')
		case c >= utf8.RuneSelf:
			t[c] = ^uint64(0)
		}
	}
	return t
}()

// lettersOf reads the letters of val, a byte at a time with no branch
// but the loop's: it reads every class and id value a page names.
//
// A set of letters is the same however often a byte is read, so a value
// of four bytes or more is read in steps of eight or four whose last one
// overlaps the one before, rather than a byte at a time at its end; and
// the steps are cut from the value's front, whose length the loop tests,
// so that their bytes need no check of their bounds.
func lettersOf(val string) valueLetters {
	var m uint64
	switch n := len(val); {
	case n >= 8:
		for t := val; len(t) >= 8; t = t[8:] {
			m |= lettersOf8(t[:8])
		}
		if n%8 != 0 {
			m |= lettersOf8(val[n-8:])
		}
	case n >= 4:
		a, b := val[:4], val[n-4:]
		m = nameLetters[a[0]] | nameLetters[a[1]] | nameLetters[a[2]] | nameLetters[a[3]] |
			nameLetters[b[0]] | nameLetters[b[1]] | nameLetters[b[2]] | nameLetters[b[3]]
	default:
		for i := 0; i < n; i++ {
			m |= nameLetters[val[i]]
		}
	}
	return valueLetters{folded: letterSet(m), lower: letterSet(m >> 32)}
}

// lettersOf8 is the nameLetters of eight bytes, t's first.
func lettersOf8(t string) uint64 {
	t = t[:8]
	return nameLetters[t[0]] | nameLetters[t[1]] | nameLetters[t[2]] | nameLetters[t[3]] |
		nameLetters[t[4]] | nameLetters[t[5]] | nameLetters[t[6]] | nameLetters[t[7]]
}

// wordLetters tells whether a set of letters holds all the letters of
// one of a list of words (at most 32 of them), in three look-ups: the
// alphabet is cut in three parts, and the entry of a part's letters in
// parts[k] has bit j set when the letters of word j that fall in part k
// are all among them. A word fits a set when its bit is set in all
// three: a loop over the words would cost more than the search it spares.
type wordLetters struct {
	parts [3][1 << 9]uint32
}

// wordLetterParts are the shifts of the alphabet's three parts, a-i, j-r
// and s-z.
var wordLetterParts = [3]uint{0, 9, 18}

// newWordLetters returns the table of words, lower-case words of 32 at
// most: it panics past that, as the package loads.
func newWordLetters(words []string) *wordLetters {
	if len(words) > 32 {
		panic("newswire: more than 32 words for wordLetters")
	}
	t := new(wordLetters)
	for j, w := range words {
		ws := letterSetOf(w)
		for k, sh := range wordLetterParts {
			part := uint32(ws>>sh) & (1<<9 - 1)
			// Each set of the part's letters that holds the word's.
			for x := part; x < 1<<9; x = (x + 1) | part {
				t.parts[k][x] |= 1 << j
			}
		}
	}
	return t
}

// mayHold reports whether a value of letters s may hold one of the words.
func (t *wordLetters) mayHold(s letterSet) bool {
	return t.parts[0][s&(1<<9-1)]&t.parts[1][s>>9&(1<<9-1)]&t.parts[2][s>>18&(1<<9-1)] != 0
}

// The letters of the words judge searches values for.
var (
	// chromeLetters: the chrome words of wordKinds, the only words (or
	// two words run together) by which isChromeName finds chrome. A word
	// that holds another's letters adds nothing to the test, and the
	// table holds 32 at most: only the others are kept.
	chromeLetters = newWordLetters(leastLetterSets(func() (ws []string) {
		for w, k := range wordKinds {
			if k&wordChrome != 0 {
				ws = append(ws, w)
			}
		}
		return ws
	}()))
	captionLetters = newWordLetters(captionHints)
	authorLetters  = letterSetOf("author")
	bylineLetters  = letterSetOf("byline")
	commentLetters = letterSetOf("comment")
	hiddenLetters  = letterSetOf("hidden")
)

// leastLetterSets returns the words whose letters hold no other word's
// letters, one of each set of letters, in order.
func leastLetterSets(words []string) []string {
	slices.Sort(words)
	sets := make([]letterSet, len(words))
	for i, w := range words {
		sets[i] = letterSetOf(w)
	}
	var least []string
	for i, w := range words {
		kept := true
		for j, o := range sets {
			if j != i && sets[i].holds(o) && (sets[i] != o || j < i) {
				kept = false
				break
			}
		}
		if kept {
			least = append(least, w)
		}
	}
	return least
}
