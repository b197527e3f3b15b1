package newswire

import (
	"bytes"
	"encoding/binary"
)

// White space between tags.
//
// Most text nodes of a page are the white space that indents its markup:
// on hand-written and template pages nearly one for every tag. The tree
// builder allocates a node for each, and the walk visits each only to find
// that it adds nothing. The scanner of elideForParse therefore also drops,
// as far as it reads the page, a run of white space that stands alone
// between two tags where the walk would add nothing for it, which it
// knows by the tags around it:
//
//   - in the head, before any element of the body, where no text is read;
//   - after the start tag of a block element (a <div>, a <p>, an <li> ...)
//     or a <br>, where the walk has just ended a block, so that the white
//     space opens an empty one;
//   - after </p>, which ends a paragraph whether one is open or not;
//   - before the start tag of a block element or a <br>: the walk ends the
//     block there and trims the white space that ends it.
//
// The elements named are those the tree builder always makes where their
// tag stands and the walk always ends a block at (see TestBlockSpaceTags).
//
// The tree builder does one more thing with white space, which the
// scanner must keep from happening elsewhere: in the body, text first
// re-opens the formatting elements (<b>, <a>, <font> ...) that another
// element's end closed under them, and so decides where the elements
// after it go. The scanner follows the formatting elements' tags, and
// drops white space only while every one it has seen has been closed by
// its own end tag in order, with fewer than eight elements opened in it
// (the tree builder closes a misnested one in at most eight rounds, and
// past that leaves a copy open). Where that is not so (an end tag out of
// order, a formatting element open across a table's or cell's edge), and
// after a <pre> or <listing>, whose white space is text, it drops no more
// white space on the page.
//
// The scanner does not read a page further for its white space alone
// (see lastDroppable): it costs a few hundred instructions a tag to read
// exactly as the tokenizer does, and a node of white space saves the tree
// builder and the walk about eight hundred, so a page would gain little.

// tagClass is what the white-space rules need to know of a tag's name.
type tagClass uint8

const (
	// tcBlock: the tree builder makes the element where its start tag
	// stands, and the walk ends the block before and after it.
	tcBlock tagClass = 1 << iota
	// tcHead: the element may stand in the head.
	tcHead
	// tcFormatting: the tree builder keeps the element on its list of
	// active formatting elements.
	tcFormatting
	// tcScope: the element bounds the scope the tree builder looks for a
	// formatting element in, so an end tag inside it may close nothing.
	tcScope
	// tcVerbatim: white space in the element is its text.
	tcVerbatim
	// tcP is <p>, whose end tag makes a paragraph where none is open.
	tcP
	// tcPlain: an element never special, or void, which the adoption
	// agency never takes for a furthest block.
	tcPlain
)

// maxFormatting is how many formatting elements the scanner follows open
// at once; with more it drops no more white space on the page.
const maxFormatting = 16

// tagKind says whether the token the scanner looks at is a start tag, an
// end tag, something else (a comment, a doctype), or a '<' in text.
type tagKind uint8

const (
	tokOther tagKind = iota
	tokStart
	tokEnd
	tokText
)

// spaceTag is a token as the white-space rules see it.
type spaceTag struct {
	kind  tagKind
	class tagClass
	id    uint8 // which formatting element, when class has tcFormatting
}

// spacer holds the state of the white-space rules over a page.
type spacer struct {
	on   bool // white space between tags is still dropped
	head bool // nothing has been read but the head's elements
	// open holds the formatting elements open, innermost last, by id.
	open [maxFormatting]uint8
	n    int
	// starts counts start tags read while a formatting element is open;
	// opened holds its count when each open one was opened.
	starts uint32
	opened [maxFormatting]uint32
	// The last token read, where it starts and ends (tokEnd is -1 after a
	// '<' in text), and where white space standing alone after it starts.
	prev              spaceTag
	prevStart, tokEnd int
	gap               int
}

// textRun follows the text at i, up to a '<', all white space as the tree
// builder reads it when white is set, and reports whether it is white
// space standing alone between two tokens (if the '<' opens one).
func (s *spacer) textRun(i int, white bool) bool {
	if i == s.tokEnd && white {
		s.gap = i
		return true
	}
	s.head = false
	return false
}

// tokenEnd notes where the token just read, from i to next, lies.
func (s *spacer) tokenEnd(i, next int) {
	s.prevStart, s.tokEnd = i, next
	if s.prev.kind == tokText {
		s.tokEnd = -1
	}
}

// spaceTagNames lists the tags the rules know, by class; formatting
// elements are numbered by their place in the list.
var spaceTagNames = []struct {
	class tagClass
	names []string
}{
	{tcBlock | tcP, []string{"p"}},
	{tcBlock, []string{"address", "article", "aside", "blockquote", "br", "center", "dd", "details", "dialog",
		"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
		"h5", "h6", "header", "hr", "li", "main", "nav", "ol", "section", "summary", "ul"}},
	{tcBlock | tcScope, []string{"table"}},
	{tcScope, []string{"applet", "caption", "marquee", "object", "select", "td", "th"}},
	{tcScope | tcHead, []string{"html", "template"}},
	{tcHead, []string{"head", "meta", "link", "title", "script", "style", "base", "basefont", "bgsound",
		"noscript", "noframes"}},
	{tcVerbatim, []string{"pre", "listing"}},
	{tcPlain, []string{"span", "img", "picture", "source", "time", "label", "abbr", "sup", "sub", "mark", "cite", "q", "input", "wbr"}},
	{tcFormatting, []string{"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
		"strong", "tt", "u"}},
}

// spaceClasses is spaceTagNames hashed for lookup.
var spaceClasses = func() (t spaceClassTable) {
	for _, group := range spaceTagNames {
		for k, name := range group.names {
			b := []byte(name + "\x00\x00\x00\x00\x00\x00\x00\x00")
			key := nameKey(b, 0, len(name))
			e := spaceClassEntry{key: key, n: uint8(len(name)), rest: name[min(len(name), 8):], tag: spaceTag{class: group.class}}
			if group.class&tcFormatting != 0 {
				e.tag.id = uint8(k + 1)
			}
			h := keyHash(key)
			for t.slot[h].n != 0 {
				h++
			}
			t.slot[h] = e
		}
	}
	return t
}()

// spaceClassTable is a hash table of tag names, by open addressing: a
// name sits in the slot its hash names or, when another took that one, in
// the next free slot after it (a uint8 index wraps, and so do the slots).
type spaceClassTable struct {
	slot [256]spaceClassEntry
}

// spaceClassEntry is a name of the table: its length, its first eight
// bytes as a key (see nameKey) and the rest.
type spaceClassEntry struct {
	key  uint64
	n    uint8
	tag  spaceTag
	rest string
}

// nameKey packs the first eight bytes (or fewer) of the name b[from:to]
// into a word, with ASCII capitals made small, eight bytes at a time
// where the page holds them. spaceClassTable.lookup repeats its branch of
// eight bytes inline; TestLookupAgreesWithNameKey keeps the two alike.
func nameKey(b []byte, from, to int) uint64 {
	n := min(to-from, 8)
	var x uint64
	if from+8 <= len(b) {
		x = binary.LittleEndian.Uint64(b[from:])
		if n < 8 {
			x &= 1<<(8*n) - 1
		}
	} else {
		for i := n - 1; i >= 0; i-- {
			x = x<<8 | uint64(b[from+i])
		}
	}
	return foldKey(x)
}

// foldKey makes the ASCII capitals of the eight bytes of x small.
func foldKey(x uint64) uint64 {
	// The high bit of each byte from 'A' to 'Z': adding 0x3F carries into
	// it from 'A' on, adding 0x25 from '[' on; bytes with the high bit set
	// are left alone.
	const lows, highs = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	h := x & lows
	upper := (h + 0x3F3F3F3F3F3F3F3F) &^ (h + 0x2525252525252525) &^ x & highs
	return x | upper>>2
}

// keyHash hashes a nameKey to a slot.
func keyHash(key uint64) uint8 { return uint8(key * 0x9E3779B97F4A7C15 >> 56) }

// lookup returns the class of the tag name b[from:to], in any case, and
// its number among the formatting elements; the zero spaceTag for other
// names.
func (t *spaceClassTable) lookup(b []byte, from, to int) spaceTag {
	n := to - from
	if n == 0 || n > len("figcaption") {
		return spaceTag{}
	}
	// nameKey's reading of a name with eight bytes from its start, as
	// nearly every one has: written here, it costs no call a tag.
	var key uint64
	if from+8 <= len(b) {
		key = binary.LittleEndian.Uint64(b[from:])
		if n < 8 {
			key &= 1<<(8*n) - 1
		}
		key = foldKey(key)
	} else {
		key = nameKey(b, from, to)
	}
	for h := keyHash(key); ; h++ {
		e := &t.slot[h]
		if e.key == key && int(e.n) == n && (n <= 8 || sameNameFold([]byte(e.rest), b[from+8:to])) {
			return e.tag
		}
		if e.n == 0 {
			return spaceTag{}
		}
	}
}

// dropsBefore reports whether the white space between prev and next may
// be dropped on what is known before next is read; dropsAfter, when it
// is not, whether it may once next is read (see blockStarts).
func (s *spacer) dropsBefore(prevTag []byte) bool {
	prev := s.prev
	switch {
	case s.head:
		return true
	case prev.kind == tokStart && prev.class&tcBlock != 0:
		return blockStarts(prevTag)
	case prev.kind == tokEnd && prev.class&tcP != 0:
		return true
	}
	return false
}

// blockStarts reports whether a block element's start tag, tag, surely
// opens a block where it stands. A <div> with an id "S:..." (which a
// character reference may spell) may be a streamed part of the page,
// which the walk reads at its placeholder instead (see sentPartRead).
//
// The "S:" is looked for at each ':' (rare in a block's start tag) with
// bytes.IndexByte's vector loop: bytes.Contains reads a tag that short a
// byte at a time.
func blockStarts(tag []byte) bool {
	if bytes.IndexByte(tag, '&') >= 0 {
		return false
	}
	for rest := tag; ; {
		k := bytes.IndexByte(rest, ':')
		if k < 0 {
			return true
		}
		if k > 0 && rest[k-1] == 'S' {
			return false
		}
		rest = rest[k+1:]
	}
}

// mayDrop reports whether the rules allow dropping white space at all
// where the scanner stands.
func (s *spacer) mayDrop(e *elider) bool {
	return s.on && s.n == 0 && e.depth == 0 && e.templates == 0
}

// read follows next, a token read outside foreign content.
func (s *spacer) read(t spaceTag) {
	if s.head && !(t.kind == tokOther || t.class&tcHead != 0 && (t.kind == tokStart || t.kind == tokEnd)) {
		s.head = false
	}
	if t.kind == tokStart && s.n > 0 && t.class&(tcPlain|tcFormatting) == 0 {
		s.starts++
	}
	switch {
	case t.class&tcFormatting != 0:
		if t.kind == tokStart {
			for _, id := range s.open[:s.n] {
				if id == t.id && (t.id == 1 || t.id == 8) {
					// A second <a> or <nobr> closes the first, out of
					// the order the scanner follows.
					s.on = false
				}
			}
			if s.n == maxFormatting {
				s.on = false
				return
			}
			s.open[s.n] = t.id
			s.opened[s.n] = s.starts
			s.n++
		} else if t.kind == tokEnd {
			if s.n == 0 || s.open[s.n-1] != t.id || s.starts-s.opened[s.n-1] >= 8 {
				// Out of order, or with so many elements opened in it
				// that the adoption agency's eight rounds may leave a
				// copy of it on the list of active formatting elements.
				s.on = false
				return
			}
			s.n--
		}
	case t.class&tcScope != 0:
		if s.n > 0 {
			s.on = false
		}
	case t.class&tcVerbatim != 0:
		if t.kind == tokStart {
			s.on = false
		}
	}
}
