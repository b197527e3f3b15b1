package newswire

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	lr := &limitReader{r: r, left: max}
	buf := headBuffers.Get().(*[]byte)
	defer headBuffers.Put(buf)
	head := (*buf)[:sniffSize(r, max)]
	n, err := io.ReadFull(lr, head)
	head = head[:n]
	switch {
	case errors.Is(err, ErrTooLarge):
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	case err != nil && err != io.EOF && err != io.ErrUnexpectedEOF:
		return nil, fmt.Errorf("newswire: reading page: %w", err)
	}
	if err := sniffHTML(head); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(head, utf8BOM) {
		head = head[len(utf8BOM):]
	}
	whole := err != nil // the page ended inside the sniffing window
	var in io.Reader = io.MultiReader(bytes.NewReader(head), lr)
	switch enc := chooseEncoding(head); {
	case enc == "utf-8":
	case enc == "windows-1252" && whole:
		// The common case of old pages, decoded in place of a transformer.
		out := utf8Buffers.Get().(*[]byte)
		defer utf8Buffers.Put(out)
		*out = decodeWindows1252((*out)[:0], head)
		in = bytes.NewReader(*out)
	default:
		if e, _ := charset.Lookup(enc); e != nil {
			in = e.NewDecoder().Reader(in)
		}
	}
	doc, err := html.Parse(in)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
		}
		if lr.err != nil {
			return nil, fmt.Errorf("newswire: reading page: %w", lr.err)
		}
		// The tokenizer gives up on markup such as elements nested past
		// its stack limit: no article can be read from such a page.
		return nil, fmt.Errorf("%w: unreadable markup: %v", ErrNotArticle, err)
	}
	return doc, nil
}

// headBuffers recycles the buffers that hold the start of a page while it
// is sniffed and parsed; html.Parse copies all it keeps, so a buffer is
// free again once parsing returns.
var headBuffers = sync.Pool{New: func() any {
	b := make([]byte, sniffLen)
	return &b
}}

// utf8Buffers recycles the buffers that hold a page decoded to UTF-8.
var utf8Buffers = sync.Pool{New: func() any {
	b := make([]byte, 0, sniffLen)
	return &b
}}

// windows1252 maps the bytes 0x80-0x9F of windows-1252 to runes; the
// bytes from 0xA0 up are the same code points in Unicode (Latin-1).
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
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

// sniffSize is how many bytes to read before parsing: sniffLen, or less
// when the reader tells its length (bytes.Reader, strings.Reader, files),
// so that a small page does not cost a large buffer.
func sniffSize(r io.Reader, limit int64) int64 {
	size := int64(sniffLen)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = min(size, int64(v.Len())+1)
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = min(size, fi.Size()+1)
		}
	}
	return max(1, min(size, limit+1))
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

// sniffHTML refuses input that cannot be an HTML page: empty, blank, a known
// binary format, or text without a single tag near its start.
func sniffHTML(head []byte) error {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return fmt.Errorf("%w: binary file (starts %q)", ErrNotArticle, m)
		}
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return nil // UTF-16 with a BOM: let the decoder judge it
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f\xEF\xBB\xBF")
	if len(trimmed) == 0 {
		return fmt.Errorf("%w: empty input", ErrNotArticle)
	}
	if bytes.IndexByte(trimmed[:min(len(trimmed), 4096)], '<') < 0 {
		return fmt.Errorf("%w: no HTML markup", ErrNotArticle)
	}
	if bytes.Count(head, []byte{0}) > len(head)/16 {
		return fmt.Errorf("%w: binary content", ErrNotArticle)
	}
	return nil
}

// chooseEncoding names the charset to decode with. A BOM wins; then a
// declaration, unless the bytes contradict it: a page declared as a
// single-byte charset whose bytes are valid multi-byte UTF-8 is UTF-8, and a
// page declared (or assumed) UTF-8 whose bytes are not valid UTF-8 is
// windows-1252, the usual truth of such pages.
func chooseEncoding(head []byte) string {
	if bytes.HasPrefix(head, utf8BOM) {
		return "utf-8"
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return "utf-16le"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "utf-16be"
	}
	declared := ""
	if e, name := declaredCharset(head); e {
		declared = name
	}
	valid, highBit := utf8Check(head)
	switch {
	case declared == "" || declared == "utf-8":
		if !valid {
			return "windows-1252"
		}
		return "utf-8"
	case singleByte(declared) && valid && highBit:
		return "utf-8"
	default:
		return declared
	}
}

func singleByte(name string) bool {
	e, canonical := charset.Lookup(name)
	if e == nil {
		return false
	}
	switch canonical {
	case "utf-8", "utf-16le", "utf-16be", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr", "gbk", "gb18030", "big5":
		return false
	}
	return true
}

// utf8Check reports whether b is valid UTF-8 (ignoring a rune cut off at its
// end) and whether it holds any non-ASCII byte.
func utf8Check(b []byte) (valid, highBit bool) {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return true, false
	}
	rest := b[i:]
	for len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size <= 1 {
			return len(rest) < utf8.UTFMax && !utf8.FullRune(rest), true
		}
		rest = rest[size:]
	}
	return true, true
}

// declaredCharset finds the charset a <meta> tag declares, in either the
// <meta charset=...> or the http-equiv Content-Type form. It reports the
// canonical name and whether a known one was found.
func declaredCharset(head []byte) (bool, string) {
	for off := 0; off < len(head); {
		i := indexFold(head[off:], "charset")
		if i < 0 {
			return false, ""
		}
		at := off + i
		off = at + len("charset")
		if !insideMetaTag(head, at) {
			continue
		}
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
		if e, name := charset.Lookup(string(head[j:k])); e != nil {
			return true, name
		}
	}
	return false, ""
}

func isCharsetByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// insideMetaTag reports whether position at lies inside a "<meta" tag.
func insideMetaTag(b []byte, at int) bool {
	lt := bytes.LastIndexByte(b[:at], '<')
	if lt < 0 || bytes.IndexByte(b[lt:at], '>') >= 0 {
		return false
	}
	return len(b)-lt >= 5 && bytes.EqualFold(b[lt+1:lt+5], []byte("meta"))
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(b); i++ {
		c := b[i] | 0x20
		if c != needle[0] {
			continue
		}
		j := 1
		for j < n && b[i+j]|0x20 == needle[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}
