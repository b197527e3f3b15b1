package newswire

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// elideForParse removes from a page, in place, text that Parse never
// reads, so that html.Parse does not tokenize it and the tree does not
// hold it: the bodies of <script> elements other than JSON-LD, of <style>
// and of <noscript> (over a third of the bytes of a real page), the text
// of comments too long to be a template marker (see marker), and white
// space between tags where the walk reads nothing of it (see
// tagspace.go). It returns the bytes kept, in order: a part of buf, at its
// start or its end (see elider.finish).
//
// The tree html.Parse builds from the result is the tree it builds from
// buf with those text nodes removed (or their white space shortened) and
// those comments emptied; nothing else changes. To keep that promise the
// scanner follows x/net/html's tokenizer byte for byte (tags and their
// quoted attributes, comments and their odd endings, raw text and script
// escapes), and it follows the tree builder only as far as it must to know
// whether a <script> is raw text (inside <svg> and <math> it is not) and
// whether white space may open formatting elements again. Wherever the tree builder could do
// something the scanner does not follow, the scanner stops and keeps the
// rest of the page as it is: being wrong there would change the tree.
//
// The scanner reads only as far as reading pays (see elisionEnd): up to
// the opening of a script, a style, a noscript or a comment (see
// lastDroppable), or on to the page's last tag when the markup past the
// droppables holds enough newlines, or not at all. The scan follows every
// tag's attributes, which on a page whose scripts all sit in its head and
// whose markup holds little white space cost more than the rest saves.
func elideForParse(buf []byte) []byte {
	return elideTo(buf, elisionEnd(buf), true)
}

// elideTo is elideForParse with the scanner stopping past the token at
// last, a '<' of buf, or reading nothing when last is -1, and dropping
// white space between tags only when dropSpaces is set.
func elideTo(buf []byte, last int, dropSpaces bool) []byte {
	if last < 0 {
		return buf
	}
	// Declared, then set: a composite literal of the elider, hundreds
	// of bytes, is built zeroed aside and copied in.
	var e elider
	e.b = buf
	e.sp.on, e.sp.head, e.sp.tokEnd = dropSpaces, true, -1
	for i := 0; i <= last; {
		gap := false       // white space standing alone before the token at i
		if buf[i] != '<' { // markup often follows markup
			// Most text between tags is the white space that indents
			// them, a few bytes read here (a call of bytes.IndexByte
			// costs more), and the text is white space alone when the
			// '<' follows it.
			k := i
			for k < len(buf) && stopsAt(buf[k], spaces) {
				k++
			}
			j := k
			if k == len(buf) || buf[k] != '<' {
				if j = bytes.IndexByte(buf[k:], '<'); j < 0 {
					break
				}
				j += k
			}
			if e.sp.on {
				gap = e.sp.textRun(i, j == k)
			}
			i = j
		}
		if i+1 >= len(buf) || i > last {
			break
		}
		// What opens with the '<', as the tokenizer reads it.
		next, ok := i+1, true // a '<' in text
		dropAfter := false
		switch c := buf[i+1]; {
		case isASCIILetter(c):
			nameEnd := tagNameEnd(buf, i+2)
			if e.sp.on {
				t := spaceClasses.lookup(buf, i+1, nameEnd)
				t.kind = tokStart
				if gap || t.class != 0 || e.sp.head || e.sp.n > 0 {
					dropAfter = e.spaceBefore(gap, i, t)
				} else {
					e.sp.prev = t // most tags: nothing to follow
				}
			}
			next, ok = e.startTag(i, nameEnd)
		case c == '/':
			if e.sp.on {
				t := spaceTag{kind: tokOther}
				if i+2 < len(buf) && isASCIILetter(buf[i+2]) {
					t = spaceClasses.lookup(buf, i+2, tagNameEnd(buf, i+3))
					t.kind = tokEnd
				}
				if gap || t.class != 0 || e.sp.head {
					e.spaceBefore(gap, i, t)
				} else {
					e.sp.prev = t
				}
			}
			next, ok = e.endTag(i)
		case c == '!':
			if e.sp.on {
				e.spaceBefore(gap, i, spaceTag{kind: tokOther})
			}
			next, ok = e.declaration(i)
		case c == '?':
			if e.sp.on {
				e.spaceBefore(gap, i, spaceTag{kind: tokOther})
			}
			next, ok = closeAngle(buf, i+1) // a bogus comment, "<?xml ...>"
		default:
			if e.sp.on {
				e.spaceBefore(false, i, spaceTag{kind: tokText})
			}
		}
		if !ok {
			break // keep the rest
		}
		if e.sp.on {
			if dropAfter && blockStarts(buf[i:next]) {
				// A block's start tag, which the scanner passes over
				// without dropping anything: the white space before
				// it can go yet.
				e.drop(e.sp.gap, i)
			}
			e.sp.tokenEnd(i, next)
		}
		i = next
	}
	return e.finish()
}

// finish returns the bytes kept, buf read to its end: those kept so far,
// at its start, followed by the rest, from k on. Past the last droppable
// the rest is most of a page whose drops all stand near its start (a
// comment opening it, the scripts of its head), and moving those kept
// bytes up to meet the rest copies fewer than moving the rest down.
func (e *elider) finish() []byte {
	if e.w == e.k {
		return e.b // nothing dropped
	}
	if rest := len(e.b) - e.k; rest > e.w {
		from := e.k - e.w
		copy(e.b[from:], e.b[:e.w])
		return e.b[from:]
	}
	e.keep(len(e.b))
	return e.b[:e.w]
}

// spaceBefore applies the white-space rules before the token t at i, gap
// telling whether white space stands alone before it. It drops that white
// space where it can on what it knows, and reports whether it may do so
// once the token, a block's start tag, is read (see blockStarts).
func (e *elider) spaceBefore(gap bool, i int, t spaceTag) (dropAfter bool) {
	s := &e.sp
	if gap && s.mayDrop(e) {
		if s.dropsBefore(e.b[s.prevStart:s.tokEnd]) {
			e.drop(s.gap, i)
		} else {
			dropAfter = t.kind == tokStart && t.class&tcBlock != 0
		}
	}
	if e.depth == 0 {
		s.read(t)
	}
	s.prev = t
	return dropAfter && s.on
}

// What reading a page costs the scanner and saves html.Parse and the
// walk, in instructions, as counted on small real pages: the scanner
// follows each tag it reads exactly (see elideForParse); the tokenizer
// reads each byte of a script one at a time; and white space dropped
// between tags spares the tree builder and the walk a node (see
// tagspace.go), one on most lines of indented markup.
const (
	scanCostPerTag     = 400
	savePerDroppedByte = 30
	savePerNewlineRead = 800
)

// maxWeighedPage is the largest page whose read elisionEnd weighs. A
// larger page's scripts nearly always pay for reading it, and the counts
// that weigh the read cost more there than the few pages misjudged lose.
const maxWeighedPage = 64 << 10

// elisionEnd returns the index of the '<' the scanner reads up to: the
// page's last when the markup it would read past where the droppables
// alone stop it (see droppablesEnd; from the page's start when they stop
// it nowhere) holds enough newlines, not counting those in the text of
// the droppables there, that the white space dropped pays for reading its
// tags (see tagsPerPayingNewline); else where the droppables alone stop
// it. The choice is an estimate, and any answer is exact: the scanner
// keeps the rest of the page from wherever it stops.
func elisionEnd(buf []byte) int {
	end, last := droppablesEnd(buf)
	tail := buf // the markup past where the droppables stop the scanner
	if end >= 0 {
		_, to := droppedSpan(buf, end)
		tail = buf[to:]
	}
	newlines := bytes.Count(tail, []byte{'\n'})
	// The droppables past end, which droppablesEnd found not worth
	// reading up to: their text's newlines are a script's lines, not
	// markup's. (A droppable opening inside another's text has its
	// newlines taken off twice, which only makes reading on look worth
	// less.)
	for o := last; o > end; o = lastDroppable(buf[:o]) {
		from, to := droppedSpan(buf, o)
		newlines -= bytes.Count(buf[from:to], []byte{'\n'})
	}
	if tagsPerPayingNewline*newlines >= bytes.Count(tail, []byte{'<'}) {
		return bytes.LastIndexByte(buf, '<')
	}
	return end
}

// tagsPerPayingNewline is the most tags per newline of markup for which
// reading it pays by the clock, for the white space between tags alone.
// The scanner reads a tag in about 22 ns on the machine of the README.
// About every other newline of indented markup stands where the walk
// reads nothing of it, and each one dropped spares html.Parse and the
// walk about 200 ns (some 100 ns a newline read): the tokenizer's token
// and the tree's text node (about 150 bytes to allocate, and to collect),
// and the walk's visit. Counted in instructions with the collector off
// (see TestCostLoop) the two weigh as scanCostPerTag and
// savePerNewlineRead, which leaves the collector and the cache misses of
// fresh memory out. Parse timed against itself in one process, page by
// page: the generic fixtures of 1.7-2.9 tags a newline took 1-7 % less
// time read to their end, those of 4.6-4.7 up to 4 % more.
const tagsPerPayingNewline = 4

// droppablesEnd is where the scanner stops for the droppables alone: the
// '<' of the droppable past which reading on costs more than it saves,
// or -1 when reading up to any costs more or the page holds none; and the
// '<' of the last droppable, or -1. Most
// pages end with a script, or hold kilobytes of scripts in their head;
// but many small pages end with a one-line script (an analytics call)
// after a body of tags with no white space between them, and reading
// every tag of that body spares html.Parse only the one line. The
// droppables are looked at from the last backwards, until those seen save
// more than reading the page up to the last would cost, which on most
// pages is the last alone.
func droppablesEnd(buf []byte) (end, last int) {
	last = lastDroppable(buf)
	if last < 0 || len(buf) > maxWeighedPage {
		return last, last
	}
	tags := bytes.Count(buf[:last], []byte{'<'})
	saved := savePerDroppedByte * droppedAt(buf, last)
	if saved >= scanCostPerTag*tags {
		return last, last // a page that ends with a long script
	}
	lines := bytes.Count(buf[:last], []byte{'\n'})
	if saved+savePerNewlineRead*lines >= scanCostPerTag*tags {
		// Reading up to the last pays for itself, white space spread
		// over the page as newlines are: the common case, taken without
		// looking for the droppables before it.
		return last, last
	}
	// The worth of reading up to a droppable o is told over that of
	// reading up to the last one (rel), from the saving of the droppables
	// from o on (saved) and the tags and lines before o (tagsBefore,
	// linesBefore).
	best, bestRel := last, 0
	tagsBefore, linesBefore := tags, lines
	for o := last; ; {
		// Neither an earlier droppable nor none can do better than
		// reading no tag at all and giving up the savings seen.
		if scanCostPerTag*tags-saved-savePerNewlineRead*(lines-linesBefore) <= bestRel {
			return best, last
		}
		prev := lastDroppable(buf[:o])
		if prev < 0 {
			if scanCostPerTag*tags-saved-savePerNewlineRead*lines > bestRel {
				return -1, last
			}
			return best, last
		}
		tagsBefore -= bytes.Count(buf[prev:o], []byte{'<'})
		linesBefore -= bytes.Count(buf[prev:o], []byte{'\n'})
		o = prev
		if rel := scanCostPerTag*(tags-tagsBefore) - saved - savePerNewlineRead*(lines-linesBefore); rel > bestRel {
			best, bestRel = o, rel
		}
		saved += savePerDroppedByte * droppedAt(buf, o)
	}
}

// droppedAt estimates the bytes the scanner drops for the droppable that
// opens at o (see droppedSpan).
func droppedAt(buf []byte, o int) int {
	from, to := droppedSpan(buf, o)
	return to - from
}

// droppedSpan estimates the text the scanner drops for the droppable that
// opens at o, a '<' that opensDroppable accepts (so that buf[o+1] and
// buf[o+2] exist), as buf[from:to]: a comment's, up to its "-->"; a script's, a
// style's or a noscript's, from the end of its tag to the first "</"
// followed by the first letter of its name (in scripts '<' is common, "</"
// seldom).
func droppedSpan(buf []byte, o int) (from, to int) {
	from = o + 1
	if buf[o+1] == '!' {
		if end := bytes.Index(buf[from:], []byte("-->")); end >= 0 {
			return from, from + end
		}
		return from, len(buf)
	}
	gt := bytes.IndexByte(buf[from:], '>')
	if gt < 0 {
		return from, from
	}
	from += gt + 1
	name := buf[o+1] | 0x20
	for k := from; ; k += 2 {
		end := bytes.Index(buf[k:], []byte("</"))
		if end < 0 {
			return from, len(buf)
		}
		if k += end; k+2 < len(buf) && buf[k+2]|0x20 == name {
			return from, k
		}
	}
}

// lastDroppable returns the index of the last '<' of buf that may open
// what the scanner drops, "<sc", "<st" (not "<str"), "<no" or "<!-" in any
// case, or -1 when there is none (see opensDroppable).
func lastDroppable(buf []byte) int {
	return lastDroppableIn(buf, droppableChunk)
}

// droppableChunk is how many bytes lastDroppable reads at a time.
const droppableChunk = 1024

// lastDroppableIn is lastDroppable, reading buf from its end backwards
// chunk bytes at a time, as on most real pages a script ends it, and each
// chunk forwards with bytes.IndexByte, whose vector loop passes over the
// text between tags faster than a reading backwards.
func lastDroppableIn(buf []byte, chunk int) int {
	chunk = max(chunk, 1)
	for end := len(buf); end > 0; {
		from := max(0, end-chunk)
		if last := lastDroppableFrom(buf, from, end); last >= 0 {
			return last
		}
		end = from
	}
	return -1
}

// lastDroppableFrom is lastDroppable for the '<' of buf[from:end], which
// it reads forwards.
//
// Nearly half the '<' of a page follow the one before within eight bytes
// ("</a></p>", "<p><b>"): the eight bytes after each '<' are read in one
// word, whose lowest byte is the one the '<' opens with, and which is
// looked at for the next '<' (see bytesEqual, whose lowest mark is always
// a true one); bytes.IndexByte, whose call costs more than that look, is
// called only for the text past them. (One word is worth it where a
// second one, for the tenth of the '<' within sixteen bytes, was not.)
//
// The loop holds the rest of the chunk, r, rather than an index: the
// load of a word from r, whose length it has just tested, needs no
// bounds check, and fewer values are kept across the calls. The index of
// a '<' is worked out only for the few that may open a droppable. The
// fewer than nine bytes at the chunk's end are read one by one.
func lastDroppableFrom(buf []byte, from, end int) int {
	last := -1
	b := buf[:end]
	r := b[from:]
	for {
		j := bytes.IndexByte(r, '<')
		if j < 0 {
			return last
		}
		r = r[j:]
		for {
			// r opens with a '<' of b, at end-len(r).
			if len(r) < 9 {
				return lastDroppableInTail(buf, b, end-len(r), last)
			}
			w := binary.LittleEndian.Uint64(r[1:9])
			if mayOpenDroppable[byte(w)] {
				if i := end - len(r); opensDroppable(buf, i) {
					last = i
				}
			}
			m := bytesEqual(w, '<')
			if m == 0 {
				r = r[9:]
				break
			}
			r = r[1+bits.TrailingZeros64(m)/8:]
		}
	}
}

// lastDroppableInTail is lastDroppableFrom for the bytes of b from i on,
// fewer than nine, given the last droppable before them. When a '<' ends
// b the byte after it lies past b, so it is taken for one that may open
// a droppable, and opensDroppable, which reads buf itself, decides.
func lastDroppableInTail(buf, b []byte, i, last int) int {
	for ; i < len(b); i++ {
		if b[i] == '<' && (i+1 == len(b) || mayOpenDroppable[b[i+1]]) && opensDroppable(buf, i) {
			last = i
		}
	}
	return last
}

// mayOpenDroppable holds the bytes that may follow the '<' of an opening
// opensDroppable looks for: those c whose c|0x20 is 's', 'n' or '!' (a
// control byte among them only makes opensDroppable read further).
var mayOpenDroppable = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c|0x20 == 's' || c|0x20 == 'n' || c|0x20 == '!'
	}
	return t
}()

// opensDroppable reports whether the '<' at i opens "<sc", "<st", "<no" or
// "<!-", in any case, but for "<str". (c|0x20 is a small letter only when
// c is that letter in either case; '!' and '-' have the bit already, and a
// control byte that takes it for one only makes the scanner read further.)
//
// "<str" opens <strong> and <strike>, never <style>. A page's last bold
// words often stand well past its last script (a story's "Read more", a
// credit line), and past the last droppable the scanner would drop only
// white space, which costs it more to follow than it saves html.Parse
// unless the markup there holds enough newlines (see elisionEnd).
func opensDroppable(b []byte, i int) bool {
	if i+2 >= len(b) {
		return false // no tag ends here: nothing is dropped
	}
	c, d := b[i+1]|0x20, b[i+2]|0x20
	switch c {
	case 's':
		return d == 'c' || d == 't' && (i+3 == len(b) || b[i+3]|0x20 != 'r')
	case 'n':
		return d == 'o'
	}
	return c == '!' && d == '-'
}

// markerMaxLen is the longest comment, once trimmed, that marker reads:
// a longer one is emptied.
const markerMaxLen = 64

// maxForeignDepth is how deep the scanner follows elements nested in
// <svg> or <math>; deeper, it keeps the rest of the page.
const maxForeignDepth = 32

// elider compacts a page while reading it: bytes kept are copied down to
// w, bytes dropped are passed over. Only removing, it never writes past
// what it has read, and until it first drops it copies nothing.
type elider struct {
	b    []byte
	w, k int // where the next kept byte goes; the first byte read and not yet kept
	// foreign holds the names of the elements open in <svg> or <math>,
	// innermost last, as spans of b. Nothing is dropped while one is open,
	// so the bytes they point at are never moved under them.
	foreign [maxForeignDepth]nameSpan
	depth   int
	// templates counts open <template> elements. Their content is parsed
	// with insertion modes that can ignore a <style> start tag and keep
	// its text elsewhere, so nothing is dropped inside one.
	templates int
	// sp follows the rules for white space between tags.
	sp spacer
}

type nameSpan struct{ start, end int }

// keep keeps the bytes read up to i.
func (e *elider) keep(i int) {
	if e.w != e.k {
		copy(e.b[e.w:], e.b[e.k:i])
	}
	e.w += i - e.k
	e.k = i
}

// drop keeps the bytes up to from and drops those from there to to.
func (e *elider) drop(from, to int) {
	e.keep(from)
	e.k = to
}

// startTag reads the start tag at i, whose name ends at nameEnd, and, for
// an element whose content is raw text, that content too.
func (e *elider) startTag(i, nameEnd int) (int, bool) {
	if e.depth > 0 {
		t, ok := readTag(e.b, i+1)
		if !ok {
			return 0, false
		}
		return t.end, e.foreignStart(e.b[i+1:t.nameEnd], t)
	}
	name := e.b[i+1 : nameEnd]
	var low [16]byte
	if !mayMatter(name) {
		// Most tags: of those only the end is needed, read without
		// readTag's bookkeeping.
		return tagEnd(e.b, nameEnd)
	}
	lname := lowerName(&low, name)
	switch string(lname) {
	case "svg", "math":
		t, ok := readTag(e.b, i+1)
		// Where templates are open the tree builder may ignore the tag;
		// a self-closing flag the scanner cannot be sure of may leave
		// the element open or not.
		if !ok || e.templates > 0 || t.unsure {
			return 0, false
		}
		if !t.selfClosing {
			e.foreign[0] = nameSpan{i + 1, t.nameEnd}
			e.depth = 1
		}
		return t.end, true
	case "frameset":
		// In a frameset the tree builder ignores <script> and <style>
		// and keeps the white space of their text: not worth following.
		return 0, false
	case "plaintext":
		return 0, false // the rest of the page is text
	}
	end, ok := tagEnd(e.b, nameEnd)
	if !ok {
		return 0, false
	}
	switch string(lname) {
	case "template":
		e.templates++
	case "script":
		textEnd := scriptEnd(e.b, end, name)
		if e.templates == 0 && !mayBeJSON(e.b[i:end]) {
			e.drop(end, textEnd)
		}
		return textEnd, true
	case "style", "noscript":
		textEnd := rawTextEnd(e.b, end, name)
		if e.templates == 0 {
			e.drop(end, textEnd)
		}
		return textEnd, true
	case "title", "textarea", "xmp", "iframe", "noembed", "noframes":
		return rawTextEnd(e.b, end, name), true
	}
	return end, true
}

// mayBeJSON reports whether a <script> start tag may be one of JSON-LD,
// whose text the metadata reader needs: it names JSON, or holds a
// character reference that could spell it.
func mayBeJSON(tag []byte) bool {
	return indexFold(tag, "json") >= 0 || bytes.IndexByte(tag, '&') >= 0
}

// foreignStart follows a start tag inside <svg> or <math>, where the tree
// builder makes every element foreign and no element's content raw text,
// and reports whether the scanner can go on. It cannot where the tree
// builder would treat the tag as HTML: at an integration point (an SVG
// <title>, <desc> or <foreignObject>, a MathML text element) or for a tag
// that breaks out of foreign content (<p>, <div>, <b> ...). Names that
// are not ASCII are given up on too: the tree builder matches end tags to
// elements by Unicode case folding.
func (e *elider) foreignStart(name []byte, t scannedTag) bool {
	var low [16]byte
	top := e.foreign[e.depth-1]
	if integrationPoint(string(lowerName(&low, e.b[top.start:top.end]))) {
		return false
	}
	if breaksOut(string(lowerName(&low, name))) || t.unsure || !isASCIIName(name) {
		return false
	}
	if t.selfClosing {
		return true
	}
	if e.depth == maxForeignDepth {
		return false
	}
	e.foreign[e.depth] = nameSpan{t.nameStart, t.nameEnd}
	e.depth++
	return true
}

// endTag reads the end tag, or what the tokenizer makes of "</", at i.
func (e *elider) endTag(i int) (int, bool) {
	b := e.b
	if i+2 >= len(b) {
		return 0, false
	}
	switch c := b[i+2]; {
	case c == '>':
		return i + 3, true // "</>" is nothing
	case !isASCIILetter(c):
		return closeAngle(b, i+2) // a bogus comment
	}
	if e.depth == 0 && e.templates == 0 {
		// Only the end matters: most end tags are "</name>", read here
		// as readTag would, without its bookkeeping.
		for q := i + 3; q < len(b); q++ {
			if c := b[q]; c == '>' {
				return q + 1, true
			} else if c == '"' || c == '\'' {
				break
			}
		}
	}
	t, ok := readTag(b, i+2)
	if !ok {
		return 0, false
	}
	name := b[i+2 : t.nameEnd]
	if e.depth > 0 {
		return t.end, e.foreignEnd(name)
	}
	if e.templates > 0 && len(name) == len("template") {
		var low [16]byte
		if string(lowerName(&low, name)) == "template" {
			e.templates--
		}
	}
	return t.end, true
}

// mayMatter reports whether a start tag's name may be one the scanner
// acts on, by its length and first two letters: most tags are passed over
// at that. ("span", "strong", "table", "section" open as some of those
// names do, and by their first letter alone went on to be lower-cased and
// compared.) The letters are looked up by the name's length in
// matterOpenings, small enough for the call to be inlined in startTag.
func mayMatter(name []byte) bool {
	if len(name) < len("svg") || len(name) > len("plaintext") {
		return false
	}
	// The first two bytes in lower case: c|0x20 is a given small letter
	// only when c is that letter in either case, and never 0.
	k := uint16(name[0]|0x20)<<8 | uint16(name[1]|0x20)
	o := &matterOpenings[len(name)]
	return k == o[0] || k == o[1] || k == o[2]
}

// matterOpenings holds, by length, the first two letters of the names
// the scanner acts on (0 where there are fewer than three).
var matterOpenings = [len("plaintext") + 1][3]uint16{
	3: {'s'<<8 | 'v', 'x'<<8 | 'm'},               // svg, xmp
	4: {'m'<<8 | 'a'},                             // math
	5: {'s'<<8 | 't', 't'<<8 | 'i'},               // style, title
	6: {'s'<<8 | 'c', 'i'<<8 | 'f'},               // script, iframe
	7: {'n'<<8 | 'o'},                             // noembed
	8: {'f'<<8 | 'r', 't'<<8 | 'e', 'n'<<8 | 'o'}, // frameset, template, textarea, noscript, noframes
	9: {'p'<<8 | 'l'},                             // plaintext
}

// foreignEnd follows an end tag inside <svg> or <math>: the tree builder
// closes the innermost open element of that name. An end tag that names
// none is handed to the HTML insertion mode, which may close elements the
// scanner does not follow, so the scanner gives up there.
func (e *elider) foreignEnd(name []byte) bool {
	if !isASCIIName(name) {
		return false
	}
	for d := e.depth - 1; d >= 0; d-- {
		if sameNameFold(e.b[e.foreign[d].start:e.foreign[d].end], name) {
			e.depth = d
			return true
		}
	}
	return false
}

// declaration reads what opens with "<!" at i: a comment, a doctype, a
// CDATA section in foreign content or a bogus comment.
func (e *elider) declaration(i int) (int, bool) {
	b := e.b
	if i+3 >= len(b) {
		return 0, false
	}
	if b[i+2] == '-' && b[i+3] == '-' {
		dataEnd, end := commentEnd(b, i+4)
		if end < 0 {
			return 0, false
		}
		if e.depth == 0 && longComment(b[i+4:dataEnd]) {
			// "<!--" and "-->" stay, so the text on either side stays
			// two text nodes as it was.
			e.drop(i+4, end)
			e.w += copy(e.b[e.w:], "-->")
		}
		return end, true
	}
	if e.depth > 0 && bytes.HasPrefix(b[i+2:], []byte("[CDATA[")) {
		k := bytes.Index(b[i+9:], []byte("]]>"))
		if k < 0 {
			return 0, false
		}
		return i + 9 + k + 3, true
	}
	return closeAngle(b, i+2) // a doctype or a bogus comment
}

// longComment reports whether a comment's text is surely longer than
// marker reads once trimmed. The tokenizer turns "\r\n" into "\n" and
// decodes character references, so a comment with references is kept.
func longComment(data []byte) bool {
	if len(data) <= markerMaxLen || bytes.IndexByte(data, '&') >= 0 {
		return false
	}
	return len(bytes.TrimSpace(data))-bytes.Count(data, []byte{'\r'}) > markerMaxLen
}

// commentEnd finds the end of the comment whose text starts at from, as
// the tokenizer does: the first '>' after "--" or "--!", or right after
// the opening "<!--" or "<!---". It returns the end of the text and of the
// comment, or -1 when the comment runs to the end of the page.
func commentEnd(b []byte, from int) (dataEnd, end int) {
	for q := from; ; q++ {
		k := bytes.IndexByte(b[q:], '>')
		if k < 0 {
			return -1, -1
		}
		q += k
		switch {
		case q == from || q == from+1 && b[from] == '-':
			return from, q + 1
		case q-2 >= from && b[q-1] == '-' && b[q-2] == '-':
			return q - 2, q + 1
		case q-3 >= from && b[q-1] == '!' && b[q-2] == '-' && b[q-3] == '-':
			return q - 3, q + 1
		}
	}
}

// closeAngle returns the index after the first '>' from i on; false when
// there is none, and the rest of the page is one token.
func closeAngle(b []byte, i int) (int, bool) {
	k := bytes.IndexByte(b[i:], '>')
	if k < 0 {
		return 0, false
	}
	return i + k + 1, true
}

// rawTextEnd returns where the raw text or RCDATA from i of the element
// named name ends: at the first "</name" followed by white space, '/' or
// '>', in any case, or at the end of the page.
func rawTextEnd(b []byte, i int, name []byte) int {
	for {
		k := bytes.Index(b[i:], []byte("</"))
		if k < 0 {
			return len(b)
		}
		i += k
		if endTagAt(b, i+2, name) {
			return i
		}
		i += 2
	}
}

// endTagAt reports whether b holds name, in any case, at i, followed by
// one of the bytes that end a tag name.
func endTagAt(b []byte, i int, name []byte) bool {
	if i+len(name) >= len(b) || !sameNameFold(b[i:i+len(name)], name) {
		return false
	}
	switch b[i+len(name)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true
	}
	return false
}

// States of the tokenizer inside a script, named as in the HTML standard
// ("script data escaped dash" ...). Script text that holds "<!--" is
// escaped: in it, "<script" opens a double-escaped stretch in which
// "</script>" does not end the element.
const (
	sData = iota
	sLess
	sEscapeStart
	sEscapeStartDash
	sEscaped
	sEscapedDash
	sEscapedDashDash
	sEscapedLess
	sDouble
	sDoubleDash
	sDoubleDashDash
	sDoubleLess
)

// scriptEnd returns where the text of the script from i ends: at the
// "</script" that closes it, or at the end of the page. It follows
// x/net/html's readScript state for state, including where that differs
// from the standard (a '<' in escaped text not followed by '/' or a
// letter returns to plain script data).
//
// name is the script's own tag name, "script" in some case.
func scriptEnd(b []byte, i int, name []byte) int {
	end := rawTextEnd(b, i, name)
	if !bytes.Contains(b[i:end], []byte("<!--")) {
		return end // never escaped: the first end tag closes it
	}
	st := sData
	for p := i; p < len(b); {
		c := b[p]
		p++
		switch st {
		case sData:
			if c == '<' {
				st = sLess
			}
		case sLess:
			switch c {
			case '/':
				if endTagAt(b, p, name) {
					return p - 2
				}
				st = sData
			case '!':
				st = sEscapeStart
			default:
				p--
				st = sData
			}
		case sEscapeStart, sEscapeStartDash:
			switch {
			case c != '-':
				p--
				st = sData
			case st == sEscapeStart:
				st = sEscapeStartDash
			default:
				st = sEscapedDashDash
			}
		case sEscaped, sEscapedDash, sEscapedDashDash:
			switch {
			case c == '-':
				st = min(st+1, sEscapedDashDash)
			case c == '<':
				st = sEscapedLess
			case c == '>' && st == sEscapedDashDash:
				st = sData
			default:
				st = sEscaped
			}
		case sEscapedLess:
			switch {
			case c == '/':
				if endTagAt(b, p, name) {
					return p - 2
				}
				st = sEscaped
			case isASCIILetter(c):
				// The letters of a name that is not "script" are read
				// again as escaped text, where they change nothing.
				p--
				st = sEscaped
				if endTagAt(b, p, name) {
					p += len(name) + 1
					st = sDouble
				}
			default:
				p--
				st = sData
			}
		case sDouble, sDoubleDash, sDoubleDashDash:
			switch {
			case c == '-':
				st = min(st+1, sDoubleDashDash)
			case c == '<':
				st = sDoubleLess
			case c == '>' && st == sDoubleDashDash:
				st = sData
			default:
				st = sDouble
			}
		case sDoubleLess:
			st = sDouble
			if c != '/' {
				p--
			} else if endTagAt(b, p, name) {
				p += len(name) + 1
				st = sEscaped
			}
		}
	}
	return len(b)
}

// scannedTag is what the scanner needs of a tag.
type scannedTag struct {
	nameStart, nameEnd int
	end                int // just past the closing '>'
	// selfClosing is the tokenizer's self-closing flag when unsure is
	// false. The tokenizer ignores a '/' that ends the value of the last
	// attribute it kept, and it drops repeated attributes: when the '/'
	// ends the last attribute written, the scanner cannot tell.
	selfClosing, unsure bool
}

// readTag reads a start or end tag whose name starts at the letter at i,
// as x/net/html's readTag does, quoting rules and all. False means the
// page ends inside the tag, which the tokenizer then drops.
func readTag(b []byte, i int) (t scannedTag, ok bool) {
	n := len(b)
	t.nameStart = i
	q := skipTo(b, i+1, nameStops)
	t.nameEnd = q
	lastVal := -1 // end of the value of the last attribute with a name
	for {
		for q < n && stopsAt(b[q], spaces) {
			q++
		}
		if q >= n {
			return t, false
		}
		if b[q] == '>' {
			q++
			break
		}
		// The attribute's name: an '=' is part of it only first.
		ks := q
		if b[q] == '=' {
			q++
		}
		ke := skipTo(b, q, keyStops)
		ve, next, ok := attrValue(b, ke)
		if !ok {
			return t, false
		}
		q = next
		if ke > ks {
			lastVal = ve
		}
	}
	t.end = q
	if b[q-2] == '/' {
		t.selfClosing = lastVal < 0 || q-2 != lastVal-1
		t.unsure = !t.selfClosing
	}
	return t, true
}

// tagEnd returns the index after the '>' that ends a tag whose name ends
// at q: readTag's reading of the attributes, quotes and all, keeping
// nothing of them. False means the page ends inside the tag.
func tagEnd(b []byte, q int) (int, bool) {
	n := len(b)
	// Nearly every attribute is written ` key="value"`: such a one is
	// passed over here in one look at each byte of its name and a search
	// for its closing quote, as readTag would read it. At the first that
	// is written otherwise, the loop below reads on from its space.
	for q+1 < n && b[q] == ' ' && keyBytes[b[q+1]] {
		k := q + 2
		for k < n && keyBytes[b[k]] {
			k++
		}
		if k+1 >= n || b[k] != '=' || b[k+1] != '"' && b[k+1] != '\'' {
			break
		}
		j := bytes.IndexByte(b[k+2:], b[k+1])
		if j < 0 {
			return 0, false
		}
		q = k + 2 + j + 1
	}
	for {
		for q < n && stopsAt(b[q], spaces) {
			q++
		}
		if q >= n {
			return 0, false
		}
		switch b[q] {
		case '>':
			return q + 1, true
		case '/':
			// An attribute with no name: the tokenizer drops the '/'.
			q++
			continue
		case '=':
			q++ // an '=' opening a name is part of it
		}
		_, next, ok := attrValue(b, skipTo(b, q, keyStops))
		if !ok {
			return 0, false
		}
		q = next
	}
}

// attrValue reads what follows an attribute's name, which ends at q, as
// the tokenizer does: white space, then a '/' (passed over) or an '='
// and the value, quoted or not. It returns the end of the value (q when
// there is none) and the index to read on from. False means the page
// ends inside the tag.
func attrValue(b []byte, q int) (valueEnd, next int, ok bool) {
	n := len(b)
	ve := q
	for q < n && stopsAt(b[q], spaces) {
		q++
	}
	if q >= n {
		return 0, 0, false
	}
	switch b[q] {
	case '/':
		q++
	case '=':
		q++
		for q < n && stopsAt(b[q], spaces) {
			q++
		}
		if q >= n {
			return 0, 0, false
		}
		switch quote := b[q]; quote {
		case '>':
		case '\'', '"':
			k := bytes.IndexByte(b[q+1:], quote)
			if k < 0 {
				return 0, 0, false
			}
			ve = q + 1 + k
			q = ve + 1
		default:
			if q = skipTo(b, q, valueStops); q >= n {
				return 0, 0, false
			}
			ve = q
		}
	}
	return ve, q, true
}

// keyBytes are the bytes of the attribute names tagEnd passes over at
// once: ASCII letters, digits, '-', '_', ':' and '.', none of which ends
// a name or opens one as '=' does.
var keyBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
	}
	return t
}()

// integrationPoint reports whether an element of that name in foreign
// content may be one where the tree builder reads start tags as HTML.
func integrationPoint(name string) bool {
	switch name {
	case "foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext":
		return true
	}
	return false
}

// breaksOut reports whether a start tag of that name closes foreign
// content (x/net/html's breakout list, and <font>, which does with some
// attributes).
func breaksOut(name string) bool {
	switch name {
	case "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
		"embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
		"menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
		"strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font":
		return true
	}
	return false
}

// lowerName writes name in lower case into dst and returns it, or nil
// when it is too long to be any name the scanner looks for.
func lowerName(dst *[16]byte, name []byte) []byte {
	if len(name) > len(dst) {
		return nil
	}
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst[:len(name)]
}

// sameNameFold reports whether a and b are equal but for the case of
// ASCII letters.
func sameNameFold(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// isASCIIName reports whether a tag name is ASCII without NUL, so that
// ASCII case folding matches elements as the tree builder does.
func isASCIIName(name []byte) bool {
	for _, c := range name {
		if c == 0 || c >= 0x80 {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// Sets of the bytes below 64 that end a token's part, one bit a byte,
// for stopsAt: every byte that ends a tag's name, an attribute's name or
// an unquoted value is one of them.
const (
	spaces     = 1<<' ' | 1<<'\n' | 1<<'\r' | 1<<'\t' | 1<<'\f'
	nameStops  = spaces | 1<<'/' | 1<<'>'
	keyStops   = nameStops | 1<<'='
	valueStops = spaces | 1<<'>'
)

// skipTo returns the index of the first byte from q on that is in set,
// a set of bytes below 0x40, or len(b). The bytes that end names and
// unquoted values all lie below 0x40 and letters above, so eight bytes at
// a time are passed over while none of them is below 0x40.
func skipTo(b []byte, q int, set uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for q+8 <= len(b) {
		x := binary.LittleEndian.Uint64(b[q:])
		// The high bit of each byte below 0x40, and maybe of some
		// above one that is (a borrow runs on), never below.
		m := (x - 0x40*ones) &^ x & highs
		if m == 0 {
			q += 8
			continue
		}
		q += bits.TrailingZeros64(m) / 8
		if stopsAt(b[q], set) {
			return q
		}
		q++
	}
	for q < len(b) && !stopsAt(b[q], set) {
		q++
	}
	return q
}

// tagNameEnd is skipTo(b, q, nameStops) for the rest of a tag's name, as
// the scanner reads one at each tag: the few bytes most names have are
// read one by one here, in the loop that calls it, where a call of skipTo
// and its reading of a word cost more.
func tagNameEnd(b []byte, q int) int {
	for q < len(b) && !stopsAt(b[q], nameStops) {
		q++
	}
	return q
}

// stopsAt reports whether c is in set, a set of bytes below 64.
func stopsAt(c byte, set uint64) bool { return c < 64 && set>>c&1 != 0 }
