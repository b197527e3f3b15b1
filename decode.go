package newswire

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"mime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// sniffLen is how much of the input is looked at before parsing, to tell
// HTML from other files and to find the charset. Declarations are searched
// further than the 1,024 bytes of the HTML standard's prescan because real
// pages put kilobytes of scripts before their <meta charset>.
const sniffLen = 64 << 10

// parseHTML decodes r to UTF-8 and parses it, reading at most max bytes.
func parseHTML(r io.Reader, max int64) (*html.Node, error) {
	return parseHTMLIn(r, max, "")
}

// parseHTMLIn is parseHTML for a page whose transport named a charset.
//
// Whatever the reader, the page is judged on exactly its first sniffLen
// bytes, so that the same bytes give the same article from a file, a
// bytes.Reader or a network stream. Readers that can be read at an offset
// (bytes.Reader, strings.Reader, files) have their size checked before
// anything is read and are then parsed from the start again; other
// streams are parsed from the buffered start followed by the rest.
func parseHTMLIn(r io.Reader, max int64, transport string) (*html.Node, error) {
	hb := headBuffers.Get().(*headBuffer)
	defer headBuffers.Put(hb)
	head, sec, rest, err := readHead(r, max, hb.buf[:sniffLen])
	if err != nil {
		return nil, err
	}
	sn := sniff(head, transport)
	if err := sn.verdict(); err != nil {
		return nil, err
	}
	skip := 0
	if sn.bom {
		skip = len(utf8BOM)
	}
	enc := sn.encoding()
	var in io.Reader
	size := len(head) // the page's size, when known, else a first guess
	if sec.ra != nil {
		if sec.size == int64(len(head)) {
			switch enc {
			case "utf-8":
				// The whole page was read to sniff it, and is read as
				// it is: it is parsed from there rather than read and
				// copied again, a fixed cost of every small page.
				hb.page.Reset(elideForParse(head[skip:]))
				doc, err := html.Parse(&hb.page)
				if err != nil {
					return nil, parseError(err, nil, max)
				}
				return doc, nil
			case utf8Twice:
				// So is a small page encoded twice, undone in one call
				// rather than read again through onceReader and copied
				// twice more.
				bp := pageBuffers.Get().(*[]byte)
				page, _ := appendOnce((*bp)[:0], head[skip:], true)
				return parsePooled(bp, page, nil, nil, max)
			}
		}
		rest = &limitReader{r: io.NewSectionReader(sec.ra, sec.off+int64(skip), sec.size-int64(skip)), left: max}
		in = rest
		size = int(sec.size)
	} else {
		in = io.MultiReader(bytes.NewReader(head[skip:]), rest)
	}
	return parseDecoded(decoder(enc, in), rest, max, size)
}

// readHead reads the start of the page into buf. It returns that start and
// what parsing must read after sniffing: when r can be read at offsets,
// the whole page again as a section (which the caller limits only if it
// reads it: a small page is parsed from buf), else a limited reader of
// the rest of the stream.
func readHead(r io.Reader, max int64, buf []byte) ([]byte, section, *limitReader, error) {
	if sec, ok := sectionOf(r); ok {
		if sec.size > max {
			return nil, section{}, nil, tooLarge(max)
		}
		// The bytes read lie inside the section, where io.SectionReader's
		// ReadAt reads on to the reader's own; an empty section it does
		// not read at all.
		var n int
		var err error
		if sec.size > 0 {
			want := buf[:min(int64(len(buf)), sec.size)]
			n, err = sec.ra.ReadAt(want, sec.off)
			if n < 0 || n > len(want) {
				n, err = 0, errImpossibleCount
			}
		}
		if err != nil && err != io.EOF {
			return nil, section{}, nil, fmt.Errorf("newswire: reading page: %w", err)
		}
		return buf[:n], sec, nil, nil
	}
	lr := &limitReader{r: r, left: max}
	n, err := readFull(lr, buf)
	switch {
	case errors.Is(err, ErrTooLarge):
		return nil, section{}, nil, tooLarge(max)
	case err != nil && err != io.EOF && err != io.ErrUnexpectedEOF:
		return nil, section{}, nil, fmt.Errorf("newswire: reading page: %w", err)
	}
	return buf[:n], section{}, lr, nil
}

// errImpossibleCount is the error of a reader that says it read fewer
// than no bytes or more than it was given room for: such a reader is
// broken, and its count cannot be used without slicing past the buffer
// (where the standard library's readers panic).
var errImpossibleCount = errors.New("reader returned an impossible byte count")

// readFull is io.ReadFull for a reader that may be broken: one that
// returns nothing and no error a hundred times in a row fails with
// io.ErrNoProgress, as it does in html.Parse, rather than hang.
func readFull(r io.Reader, buf []byte) (int, error) {
	n, empty := 0, 0
	for n < len(buf) {
		k, err := r.Read(buf[n:])
		n += k
		switch {
		case n == len(buf):
			return n, nil
		case err == io.EOF && n > 0:
			return n, io.ErrUnexpectedEOF
		case err != nil:
			return n, err
		case stalled(&empty, k):
			return n, io.ErrNoProgress
		}
	}
	return n, nil
}

// decoder reads r, in the named charset, as UTF-8. Windows-1252, the
// charset of most old pages, is decoded by table rather than by a general
// transformer with buffers of its own.
func decoder(enc string, r io.Reader) io.Reader {
	switch enc {
	case "utf-8":
		return r
	case "windows-1252":
		return &cp1252Reader{r: r}
	case utf8Twice:
		return &onceReader{r: r}
	}
	if e, _ := charset.Lookup(enc); e != nil {
		return e.NewDecoder().Reader(r)
	}
	return r
}

// parseDecoded reads the decoded page whole, of about size bytes, drops
// the text Parse never reads (elideForParse) and parses the rest, naming
// what went wrong.
func parseDecoded(in io.Reader, lr *limitReader, max int64, size int) (*html.Node, error) {
	bp := pageBuffers.Get().(*[]byte)
	page, err := readDecoded(in, (*bp)[:0], size)
	return parsePooled(bp, page, err, lr, max)
}

// parsePooled parses page, decoded into the pooled buffer bp, unless
// decoding failed with err, and gives the buffer back: the end that
// parseDecoded shares with a small page decoded from the bytes read to
// sniff it.
func parsePooled(bp *[]byte, page []byte, err error, lr *limitReader, max int64) (*html.Node, error) {
	var doc *html.Node
	if err == nil {
		doc, err = html.Parse(bytes.NewReader(elideForParse(page)))
	}
	// html.Parse copies all it keeps; a buffer grown past maxPooledPage
	// is left to the collector, so that the pool's memory stays bounded.
	if cap(page) <= maxPooledPage {
		*bp = page[:0]
	}
	pageBuffers.Put(bp)
	if err != nil {
		return nil, parseError(err, lr, max)
	}
	return doc, nil
}

// parseError names what went wrong reading or parsing a page through lr,
// nil when the page was parsed from the bytes read to sniff it.
func parseError(err error, lr *limitReader, max int64) error {
	if errors.Is(err, ErrTooLarge) {
		return tooLarge(max)
	}
	if lr != nil && lr.err != nil {
		return fmt.Errorf("newswire: reading page: %w", lr.err)
	}
	// The tokenizer gives up on markup such as elements nested past its
	// stack limit: no article can be read from such a page.
	return fmt.Errorf("%w: unreadable markup: %v", ErrNotArticle, err)
}

// maxEmptyReads is how many reads in a row may return nothing, and no
// error, before a reader counts as stuck: html.Parse's own limit.
const maxEmptyReads = 100

// stalled counts a read of n bytes that returned no error, and reports
// whether the reader has now returned nothing maxEmptyReads times in a
// row.
func stalled(empty *int, n int) bool {
	if n > 0 {
		*empty = 0
		return false
	}
	*empty++
	return *empty == maxEmptyReads
}

// readDecoded appends all of r to buf, which it first grows to hold size
// bytes. Like the tokenizer, it gives up on a reader that returns
// nothing, and no error, a hundred times in a row.
func readDecoded(r io.Reader, buf []byte, size int) ([]byte, error) {
	if cap(buf) <= size {
		buf = make([]byte, 0, size+1) // +1: the read that meets the end
	}
	for empty := 0; ; {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return buf, err
		case stalled(&empty, n):
			return buf, io.ErrNoProgress
		}
	}
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
}

// section is the unread rest of a reader that can be read at offsets:
// size bytes of ra from off. It is a value where an *io.SectionReader
// would be allocated for every page; the section is wrapped in one only
// for a page read again (larger than sniffLen, or decoded from another
// charset).
type section struct {
	ra        io.ReaderAt
	off, size int64
}

// sectionOf returns the unread rest of r as a section that can be read at
// offsets, when r allows it, and moves r past it as a read would.
//
// The readers most pages come in are taken by their type first: asking an
// interface for another interface costs a search of its methods.
func sectionOf(r io.Reader) (section, bool) {
	var ra io.ReaderAt
	var sk io.Seeker
	switch v := r.(type) {
	case *bytes.Reader:
		ra, sk = v, v
	case *strings.Reader:
		ra, sk = v, v
	default:
		var ok1, ok2 bool
		ra, ok1 = r.(io.ReaderAt)
		sk, ok2 = r.(io.Seeker)
		if !ok1 || !ok2 {
			return section{}, false
		}
	}
	pos, err := sk.Seek(0, io.SeekCurrent)
	if err != nil {
		return section{}, false
	}
	end, err := sk.Seek(0, io.SeekEnd)
	if err != nil || end < pos {
		sk.Seek(pos, io.SeekStart)
		return section{}, false
	}
	return section{ra, pos, end - pos}, true
}

// sniffer holds what the start of a page says about whether it is HTML
// and in which charset.
type sniffer struct {
	magic       []byte // the binary format the page starts with, if any
	bom, utf16  bool
	textSeen    bool   // something other than white space was seen
	tagSeen     bool   // a '<' near the start of that text
	declared    string // the charset a <meta> declares
	transport   string // the charset the transport's Content-Type names
	invalid     bool   // bytes that are not UTF-8
	highBit     bool   // any non-ASCII byte
	wideRunes   int    // multi-byte UTF-8 runes, counted only under a multi-byte legacy charset
	twice       bool   // valid UTF-8 whose text is UTF-8 encoded twice: see encodedTwice
	nuls, total int
}

// sniff judges head, the first sniffLen bytes of a page (or all of a
// shorter one), with transport the charset its Content-Type names.
func sniff(head []byte, transport string) sniffer {
	s := sniffer{transport: transport, total: len(head)}
	if len(head) > 0 && magicOpeners[head[0]] {
		for _, m := range binaryMagic {
			if bytes.HasPrefix(head, m) {
				s.magic = m
			}
		}
	}
	s.bom = bytes.HasPrefix(head, utf8BOM)
	s.utf16 = bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
	if s.utf16 {
		s.declared = "utf-16le"
		if head[0] == 0xFE {
			s.declared = "utf-16be"
		}
	}
	if text := trimSpacesAndBOMs(head); len(text) > 0 {
		s.textSeen = true
		s.tagSeen = bytes.IndexByte(text[:min(len(text), 4096)], '<') >= 0
	}
	s.nuls = bytes.Count(head, []byte{0})
	if s.declared == "" {
		if ok, name := declaredCharset(head); ok {
			s.declared = name
		}
	}
	// The ASCII that opens most pages is skipped once for both checks.
	// A page encoded twice is valid UTF-8 past ASCII (every rune past
	// it spells part of a rune, which only a valid rune of the Latin-1
	// or windows-1252 ranges does, or is a rune cut off at the end, which
	// utf8Check passes too), so it is not read again by utf8Check; any
	// other page leaves encodedTwice at its first rune that spells
	// nothing, most often its first rune past ASCII.
	ascii := skipASCII(head, 0)
	s.twice = ascii < len(head) && encodedTwice(head[ascii:])
	valid, high := true, true
	if !s.twice {
		valid, high = utf8Check(head[ascii:])
	}
	s.invalid = !valid
	s.highBit = high
	if valid && high && multiByteLegacy(cmp.Or(transport, s.declared)) {
		s.wideRunes = countWideRunes(head, minWideRunes)
	}
	return s
}

// encodedTwice reports valid UTF-8 whose text was UTF-8 read as Latin-1
// (or windows-1252) and encoded again: "Investor\u00e2\u0080\u0099s" for
// "Investor’s". It holds when every non-ASCII rune of b is one of those
// single-byte charsets' characters, their bytes make up whole multi-byte
// UTF-8 runes of the kinds such text holds (see isMojibakeRune), and at
// least minTwice runes were spelt so. Real text in those charsets almost
// always has a letter that starts no multi-byte rune ("é" before a space),
// and any other script has runes past them. The rare real pair that does
// spell a rune ("É’" spells U+0252) spells one of another kind; and as the
// repair leaves every rune that spells nothing as it is (see appendOnce), a
// page misjudged keeps its correct text.
func encodedTwice(b []byte) bool {
	var once [utf8.UTFMax]byte // room for a rune spelt, which is not kept
	found := 0
	for i := 0; i < len(b); {
		if i = skipASCII(b, i); i == len(b) {
			break
		}
		_, n, st := appendTwiceEncoded(once[:0], b[i:])
		if st != spelt {
			// A rune cut off by the end of b does not count against it.
			return st == cutOff && found >= minTwice
		}
		found++
		i += n
	}
	return found >= minTwice
}

// minTwice is how many runes encoded twice make a page so.
const minTwice = 2

// spelling is what twiceEncodedRune found at the start of its bytes.
type spelling int

const (
	spelt    spelling = iota // runes that spell one rune encoded twice
	notSpelt                 // a rune that is not part of such a spelling
	cutOff                   // the start of a spelling, cut off by the end of the bytes
)

// appendTwiceEncoded reads at the start of b the runes that spell one
// multi-byte rune encoded twice. When it finds them (spelt) it appends
// that rune, encoded once, to dst and returns the bytes of b they take.
// Otherwise it returns dst as it was and, when b starts with a rune that
// is not part of such a spelling (notSpelt), that rune's size, for the
// caller to keep it as it is; a spelling or rune cut off by the end of b
// (cutOff) has no size.
//
// The rune is spelt into dst, where it is checked, so that the caller
// does not decode the spelling a second time to write it. A lead byte
// alone is never a full rune, so the check starts at the second byte; and
// a rune spelt by three or four runes is one text encoded twice holds
// whatever it is (isMojibakeRune), so only a rune of two bytes is decoded
// to be judged.
// The runes of U+0080-U+00FF, which stand for their own bytes and spell
// most leads (Ã, Â, â) and most continuations, are decoded in the loop
// rather than by a call: their lead byte C2 or C3 and a continuation byte
// are a valid rune.
func appendTwiceEncoded(dst, b []byte) ([]byte, int, spelling) {
	start := len(dst)
	first := 0 // the size of b's first rune
	for i := 0; i < len(b); {
		var c byte
		var size int
		var ok bool
		if lead := b[i]; (lead == 0xC2 || lead == 0xC3) && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			c, size, ok = (lead&3)<<6|b[i+1]&0x3F, 2, true
		} else if c, size, ok = runeByte(b[i:]); size == 0 {
			return dst[:start], 0, cutOff
		}
		if i == 0 {
			first = size
		}
		n := len(dst) - start
		if !ok || n == 0 && (c < 0xC2 || c > 0xF4) || n > 0 && (c < 0x80 || c > 0xBF) {
			return dst[:start], first, notSpelt
		}
		dst = append(dst, c)
		i += size
		if n > 0 && utf8.FullRune(dst[start:]) {
			if n > 1 {
				return dst, i, spelt
			}
			if r, _ := utf8.DecodeRune(dst[start:]); isMojibakeRune(r, 2) {
				return dst, i, spelt
			}
			return dst[:start], first, notSpelt
		}
	}
	return dst[:start], 0, cutOff
}

// runeByte decodes the rune at the start of b and returns the byte that
// stands for it (singleByteOf; ok is false when none does) and its size,
// 0 when it is cut off by the end of b. Every rune that stands for a byte
// takes two bytes (Latin-1, and windows-1252's letters and accents) or
// three with the lead byte E2 (its punctuation, € and ™): both are decoded
// here, from their bytes checked as a valid encoding, rather than by
// utf8.DecodeRune, which leaves every rune past ASCII to a call.
func runeByte(b []byte) (c byte, size int, ok bool) {
	if len(b) >= 2 && b[0] >= 0xC2 && b[0] <= 0xDF && b[1]&0xC0 == 0x80 {
		c, ok := singleByteOf(rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F))
		return c, 2, ok
	}
	if len(b) >= 3 && b[0] == 0xE2 && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80 {
		c, ok := singleByteOf(0x2000 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F))
		return c, 3, ok
	}
	if !utf8.FullRune(b) {
		return 0, 0, false
	}
	r, size := utf8.DecodeRune(b)
	c, ok = singleByteOf(r)
	return c, size, ok
}

// isMojibakeRune reports whether r, spelt by n runes, is one that text
// encoded twice holds. Real text spells a rune only by chance, and then by
// two runes, a capital or ß before a sign ("É’" spells U+0252, "ß“"
// U+07D3); so a rune spelt by two must be what a Western page encoded twice
// holds, an accented letter of Latin-1 or Latin Extended-A or a no-break
// space. Three or four runes in a row that spell one (’ “ — ℃ 𝕏) are
// never real text.
func isMojibakeRune(r rune, n int) bool {
	return n > 2 || r >= 0xA0 && r <= 0x17F
}

// singleByteOf is the byte that stands for r in windows-1252, or in
// Latin-1 for the bytes windows-1252 leaves undefined, for r past ASCII.
// The runes windows-1252 puts at 0x80-0x9F are told apart by a switch
// rather than a search of its table: a page encoded twice has one or two
// of them in most spellings (’ is â€™). TestSingleByteOf pins the switch
// to the table.
func singleByteOf(r rune) (byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		return 0, false
	case r < 0x100:
		return byte(r), true
	}
	switch r {
	case '€':
		return 0x80, true
	case '‚':
		return 0x82, true
	case 'ƒ':
		return 0x83, true
	case '„':
		return 0x84, true
	case '…':
		return 0x85, true
	case '†':
		return 0x86, true
	case '‡':
		return 0x87, true
	case 'ˆ':
		return 0x88, true
	case '‰':
		return 0x89, true
	case 'Š':
		return 0x8A, true
	case '‹':
		return 0x8B, true
	case 'Œ':
		return 0x8C, true
	case 'Ž':
		return 0x8E, true
	case '‘':
		return 0x91, true
	case '’':
		return 0x92, true
	case '“':
		return 0x93, true
	case '”':
		return 0x94, true
	case '•':
		return 0x95, true
	case '–':
		return 0x96, true
	case '—':
		return 0x97, true
	case '˜':
		return 0x98, true
	case '™':
		return 0x99, true
	case 'š':
		return 0x9A, true
	case '›':
		return 0x9B, true
	case 'œ':
		return 0x9C, true
	case 'ž':
		return 0x9E, true
	case 'Ÿ':
		return 0x9F, true
	}
	return 0, false
}

// minWideRunes is how many multi-byte UTF-8 runes outweigh a declared
// multi-byte legacy charset. Text in GBK, Shift_JIS, EUC or Big5 almost never
// reads as valid UTF-8 for long, but one or two pairs can by chance.
const minWideRunes = 16

// countWideRunes counts the multi-byte runes of valid UTF-8 b, stopping at
// limit.
func countWideRunes(b []byte, limit int) int {
	n := 0
	for i := 0; i < len(b) && n < limit; i++ {
		if b[i] >= 0xC0 {
			n++
		}
	}
	return n
}

// multiByteLegacy reports whether name, a canonical charset name as
// declaredCharset and transportCharset give them, is an East Asian
// multi-byte charset.
func multiByteLegacy(name string) bool {
	switch name {
	case "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr", "gbk", "gb18030", "big5":
		return true
	}
	return false
}

// verdict refuses input that cannot be an HTML page: empty, blank, a known
// binary format, or text without a single tag near its start.
func (s *sniffer) verdict() error {
	switch {
	case s.magic != nil:
		return fmt.Errorf("%w: binary file (starts %q)", ErrNotArticle, s.magic)
	case s.utf16, isUTF16(s.transport):
		return nil // let the decoder judge it
	case !s.textSeen:
		return fmt.Errorf("%w: empty input", ErrNotArticle)
	case !s.tagSeen:
		return fmt.Errorf("%w: no HTML markup", ErrNotArticle)
	case s.nuls > s.total/16:
		return fmt.Errorf("%w: binary content", ErrNotArticle)
	}
	return nil
}

// encoding names the charset to decode with. A BOM wins; then the
// transport's charset, then a <meta> declaration, unless the bytes
// contradict the one that applies: a page declared as a
// single-byte charset whose bytes are valid multi-byte UTF-8 is UTF-8, and a
// page declared (or assumed) UTF-8 whose bytes are not valid UTF-8 is
// windows-1252, the usual truth of such pages. Such a UTF-8 page whose text
// is all UTF-8 encoded twice (see encodedTwice) is read with the second
// encoding undone, as its publisher meant it. A page declared in a
// multi-byte East Asian charset is UTF-8 when its bytes are valid UTF-8 with
// many multi-byte runes: archived pages are often re-saved as UTF-8 with
// their old <meta> left in place.
func (s *sniffer) encoding() string {
	declared := s.declared
	if s.transport != "" && !s.utf16 {
		declared = s.transport
	}
	switch {
	case s.bom:
		return "utf-8"
	case s.utf16 || isUTF16(declared):
		return declared
	case declared == "" || declared == "utf-8":
		if s.invalid {
			return "windows-1252"
		}
		return s.utf8()
	case singleByte(declared) && !s.invalid && s.highBit:
		return s.utf8()
	case s.wideRunes >= minWideRunes:
		return "utf-8"
	default:
		return declared
	}
}

// utf8Twice names the encoding of a page of UTF-8 encoded twice, which is
// decoded by undoing the second encoding: see encodedTwice.
const utf8Twice = "utf-8, encoded twice"

// utf8 is the encoding of a page whose bytes are valid UTF-8: UTF-8, or
// UTF-8 encoded twice.
func (s *sniffer) utf8() string {
	if s.twice {
		return utf8Twice
	}
	return "utf-8"
}

// transportCharset is the canonical name of the charset a Content-Type
// value names, or "" when it names none that is known.
func transportCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	if _, name := charset.Lookup(params["charset"]); name != "" {
		return name
	}
	return ""
}

func isUTF16(name string) bool { return name == "utf-16le" || name == "utf-16be" }

// headBuffers recycles the buffers that hold the start of a page while it
// is sniffed and parsed; html.Parse copies all it keeps, so a buffer is
// free again once parsing returns.
var headBuffers = sync.Pool{New: func() any {
	return &headBuffer{buf: make([]byte, sniffLen)}
}}

// headBuffer holds the start of a page, and the reader html.Parse reads a
// page parsed from it through, so that parsing a small page allocates
// neither.
type headBuffer struct {
	buf  []byte
	page bytes.Reader
}

// pageBuffers recycles the buffers that hold a whole decoded page while
// it is parsed; those grown past maxPooledPage are not kept.
var pageBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledPage = 1 << 20

// windows1252 maps the bytes 0x80-0x9F of windows-1252 to runes; the
// bytes from 0xA0 up are the same code points in Unicode (Latin-1).
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// cp1252Reader decodes windows-1252 to UTF-8 as it reads, by table: the
// charset of most old pages, without a general transformer's buffers.
type cp1252Reader struct {
	r   io.Reader
	in  [4096]byte
	buf []byte // room for decoding when p is too small for it
	out []byte // decoded bytes not yet returned, in buf
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	if len(c.out) == 0 {
		// A byte decodes to at most three: read a third of p and decode
		// straight into it, or through buf when p is smaller than three.
		n, err := c.r.Read(c.in[:min(len(c.in), max(len(p)/3, 1))])
		if n == 0 {
			return 0, err
		}
		if 3*n <= len(p) {
			return len(decodeWindows1252(p[:0], c.in[:n])), nil
		}
		c.buf = decodeWindows1252(c.buf[:0], c.in[:n])
		c.out = c.buf
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// decodeWindows1252 appends src, in windows-1252, to dst as UTF-8.
func decodeWindows1252(dst, src []byte) []byte {
	for _, c := range src {
		switch {
		case c < 0x80:
			dst = append(dst, c)
		case c < 0xA0:
			dst = utf8.AppendRune(dst, windows1252[c-0x80])
		default:
			dst = utf8.AppendRune(dst, rune(c))
		}
	}
	return dst
}

// onceReader reads UTF-8 encoded twice as UTF-8: each rune that
// windows-1252 or Latin-1 has becomes its byte again. Other runes are
// kept as they are.
type onceReader struct {
	r    io.Reader
	in   [4096]byte
	kept int // bytes at the start of in not decoded yet: a rune cut by a read
	out  []byte
	buf  [4096]byte
	err  error
}

func (o *onceReader) Read(p []byte) (int, error) {
	for len(o.out) == 0 {
		if o.err != nil {
			return 0, o.err
		}
		n, err := o.r.Read(o.in[o.kept:])
		o.kept += n
		o.err = err
		// Until the input ends, a spelling cut off by the end of a read
		// waits for the rest; at the end it is passed on as it is.
		var used int
		o.out, used = appendOnce(o.buf[:0], o.in[:o.kept], err != nil)
		o.kept = copy(o.in[:], o.in[used:o.kept])
	}
	n := copy(p, o.out)
	o.out = o.out[n:]
	return n, nil
}

// appendOnce appends src, UTF-8 encoded twice, to dst with the second
// encoding undone, and returns how many bytes of src it used. Only runes
// that spell a rune encoded twice are changed: every other rune is kept as
// it is, so text the page encoded once (a story after a template that
// encoded twice) comes through whole. Unless final, a spelling or rune cut
// off by the end of src is left for the next call; the output is never
// longer than the bytes used, so dst is grown once for all of src.
//
// Most of a page is ASCII markup, kept as it is: it is passed over by
// skipASCII and copied a run at a time, not a byte an append.
func appendOnce(dst, src []byte, final bool) ([]byte, int) {
	dst = slices.Grow(dst, len(src))
	i := 0
	for {
		j := skipASCII(src, i)
		dst = append(dst, src[i:j]...)
		if i = j; i == len(src) {
			return dst, i
		}
		var n int
		var st spelling
		dst, n, st = appendTwiceEncoded(dst, src[i:])
		switch {
		case st == spelt:
			i += n
		case st == notSpelt:
			dst = append(dst, src[i:i+n]...)
			i += n
		case final:
			_, size := utf8.DecodeRune(src[i:])
			dst = append(dst, src[i:i+size]...)
			i += size
		default:
			return dst, i
		}
	}
}

// limitReader fails with ErrTooLarge once more than left bytes were asked
// for, so that an oversized input is refused after reading only the limit.
type limitReader struct {
	r    io.Reader
	left int64
	err  error // the first error of r other than io.EOF
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	if n < 0 || n > len(p) {
		// Taking a broken reader's count would slice past the buffer.
		n, err = 0, errImpossibleCount
	}
	if err != nil && err != io.EOF && l.err == nil {
		l.err = err
	}
	l.left -= int64(n)
	if l.left < 0 {
		return 0, ErrTooLarge
	}
	return n, err
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// binaryMagic are the openings of files that get sent to an HTML parser by
// mistake.
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("\xFF\xD8\xFF"), []byte("GIF8"),
	[]byte("PK\x03\x04"), []byte("\x1F\x8B"), []byte("RIFF"), []byte("BM"),
	[]byte("\x00\x00\x01\x00"), []byte("OggS"), []byte("ID3"), []byte("\x7FELF"),
}

// magicOpeners are the first bytes of the binaryMagic: a page that opens
// with another byte, as every HTML page does, is not compared with each.
var magicOpeners = func() (t [256]bool) {
	for _, m := range binaryMagic {
		t[m[0]] = true
	}
	return t
}()

// trimSpacesAndBOMs is bytes.TrimLeft(b, " \t\r\n\f\uFEFF") written out
// (the rune U+FEFF is the bytes of utf8BOM): with a cutset that is not all
// ASCII, TrimLeft decodes each rune and searches the cutset for it, a
// fixed cost of every page sniffed.
func trimSpacesAndBOMs(b []byte) []byte {
	for len(b) > 0 {
		switch {
		case stopsAt(b[0], spaces):
			b = b[1:]
		case bytes.HasPrefix(b, utf8BOM):
			b = b[len(utf8BOM):]
		default:
			return b
		}
	}
	return b
}

func singleByte(name string) bool {
	e, canonical := charset.Lookup(name)
	if e == nil {
		return false
	}
	switch canonical {
	case "utf-8", "utf-16le", "utf-16be":
		return false
	}
	return !multiByteLegacy(canonical)
}

// mayOpen marks the bytes of x, eight read as a little-endian word, that
// may open c followed by d: the high bit of each byte that is c followed
// by d, or of the last byte when it is c (d may follow in the next word).
// It errs only towards marking, and the lowest byte of a true opening is
// always marked.
func mayOpen(x uint64, c, d byte) uint64 {
	cs, ds := bytesEqual(x, c), bytesEqual(x, d)
	return cs&(ds>>8) | cs&(1<<63)
}

// bytesEqual sets the high bit of each byte of x that is c, and
// possibly of some above one that is: a byte above a match may show as
// one too (the borrow of the subtraction runs on), never one below.
func bytesEqual(x uint64, c byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x ^ ones*uint64(c)
	return (y - ones) &^ y & highs
}

// skipASCII returns the index of the first byte of b from i on that is
// not ASCII, or len(b), a hundred and twenty-eight bytes a step, then
// eight: the head of most pages is kilobytes of ASCII markup, looked at
// once for the charset. Its two halves are told apart at the step that
// holds a byte past ASCII, so the words after it are read from the half
// that holds it.
//
// The loops hold the rest of b, r, whose length they test, rather than an
// index: the loads from a block of r of a constant length need no bounds
// checks.
func skipASCII(b []byte, i int) int {
	const high = 0x8080808080808080
	if i >= len(b) {
		return i
	}
	r := b[i:]
	for len(r) >= 128 {
		w := r[:128:128]
		x := binary.LittleEndian.Uint64(w[0:]) | binary.LittleEndian.Uint64(w[8:]) |
			binary.LittleEndian.Uint64(w[16:]) | binary.LittleEndian.Uint64(w[24:]) |
			binary.LittleEndian.Uint64(w[32:]) | binary.LittleEndian.Uint64(w[40:]) |
			binary.LittleEndian.Uint64(w[48:]) | binary.LittleEndian.Uint64(w[56:])
		y := binary.LittleEndian.Uint64(w[64:]) | binary.LittleEndian.Uint64(w[72:]) |
			binary.LittleEndian.Uint64(w[80:]) | binary.LittleEndian.Uint64(w[88:]) |
			binary.LittleEndian.Uint64(w[96:]) | binary.LittleEndian.Uint64(w[104:]) |
			binary.LittleEndian.Uint64(w[112:]) | binary.LittleEndian.Uint64(w[120:])
		if (x|y)&high != 0 {
			if x&high == 0 {
				r = r[64:]
			}
			break
		}
		r = r[128:]
	}
	for len(r) >= 8 && binary.LittleEndian.Uint64(r)&high == 0 {
		r = r[8:]
	}
	for len(r) > 0 && r[0] < utf8.RuneSelf {
		r = r[1:]
	}
	return len(b) - len(r)
}

// utf8Check reports whether b is valid UTF-8 (ignoring a rune cut off at its
// end) and whether it holds any non-ASCII byte.
//
// It reads rune by rune, and passes over the ASCII between runes eight
// bytes a step, jumping to the next non-ASCII byte of a word: utf8.Valid
// skips ASCII that way only until its first non-ASCII byte, and reads
// every byte after it, so that a page in a Latin script paid for a
// byte-by-byte read from its first accented letter on. A long run of
// ASCII is left to skipASCII, a hundred and twenty-eight bytes a step.
//
// The verdict is utf8.Valid's: a rune cannot run across an ASCII byte,
// and DecodeRune refuses (RuneError of width 1) exactly the encodings
// Valid refuses. A two-byte rune, a lead byte C2-DF and a continuation
// byte, is valid whatever its value and is read without the call. A
// refused rune that is not a full one (see utf8.FullRune) is the rune cut
// off at the end: a prefix of a valid encoding, only continuation bytes
// after its first, which reaches the end of b.
func utf8Check(b []byte) (valid, highBit bool) {
	const high = 0x8080808080808080
	i := skipASCII(b, 0)
	if i == len(b) {
		return true, false
	}
	words := 0 // ASCII words in a row
	for i < len(b) {
		if i+8 <= len(b) {
			w := binary.LittleEndian.Uint64(b[i:i+8]) & high
			if w == 0 {
				i += 8
				if words++; words == 8 {
					i, words = skipASCII(b, i), 0
				}
				continue
			}
			words = 0
			i += bits.TrailingZeros64(w) >> 3
		} else if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		if c := b[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return !utf8.FullRune(b[i:]), true
		}
		i += size
	}
	return true, true
}

// declaredCharset finds the charset a <meta> tag declares, in either the
// <meta charset=...> or the http-equiv Content-Type form. It reports the
// canonical name and whether a known one was found.
//
// Only the inside of a "<meta" tag counts, so the search jumps from one
// '<' to the next and reads just the meta tags, up to the first '>' or
// '<' that ends them: a page's kilobytes of scripts and styles before its
// declaration are passed over a tag at a time, not a word at a time.
func declaredCharset(head []byte) (bool, string) {
	for lt := 0; ; {
		i := bytes.IndexByte(head[lt:], '<')
		if i < 0 {
			return false, ""
		}
		lt += i
		if !opensMeta(head[lt:]) {
			lt++
			continue
		}
		end := lt + len("<meta")
		if i := indexAngle(head[end:]); i >= 0 {
			end += i
		} else {
			end = len(head)
		}
		if ok, name := charsetInTag(head, lt+len("<meta"), end); ok {
			return true, name
		}
		lt = end
	}
}

// indexAngle is bytes.IndexAny(b, "<>") written out: IndexAny builds its
// set of bytes at each call, which costs more than the few bytes of a meta
// tag it reads.
func indexAngle(b []byte) int {
	for i, c := range b {
		if c == '<' || c == '>' {
			return i
		}
	}
	return -1
}

// opensMeta reports whether b starts with "<meta", in any case.
func opensMeta(b []byte) bool {
	return len(b) >= 5 && b[1]|0x20 == 'm' && b[2]|0x20 == 'e' && b[3]|0x20 == 't' && b[4]|0x20 == 'a'
}

// charsetInTag finds the first known charset named after a "charset"
// between from and end, the inside of a meta tag in head. The name itself
// is read on in head as far as its bytes go.
func charsetInTag(head []byte, from, end int) (bool, string) {
	for off := from; off < end; {
		i := indexFold(head[off:end], "charset")
		if i < 0 {
			return false, ""
		}
		off += i + len("charset")
		j := off
		for j < len(head) && (head[j] == ' ' || head[j] == '=' || head[j] == '"' || head[j] == '\'') {
			j++
		}
		k := j
		for k < len(head) && isCharsetByte(head[k]) {
			k++
		}
		if k == j {
			continue
		}
		if string(head[j:k]) == "utf-8" || string(head[j:k]) == "UTF-8" {
			return true, "utf-8" // most pages; charset.Lookup copies and lower-cases the label
		}
		if e, name := charset.Lookup(string(head[j:k])); e != nil {
			return true, name
		}
	}
	return false, ""
}

func isCharsetByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
// Pages put kilobytes of scripts before their charset: eight bytes at a
// time are passed over while none of them can open the needle, and from a
// word that may hold an opening the search goes straight to its first
// marked byte rather than byte by byte.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(b); i++ {
		for i+8 <= len(b) {
			m := mayOpen(binary.LittleEndian.Uint64(b[i:])|0x2020202020202020, needle[0], needle[1])
			if m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i+n > len(b) {
			break
		}
		j := 0
		for j < n && b[i+j]|0x20 == needle[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}
