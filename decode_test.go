package newswire

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/charset"
)

// TestWindows1252Table checks the library's own windows-1252 decoder, by
// table and as a reader read in small pieces, against x/net's. The five
// bytes the code page leaves undefined are left out: the WHATWG table
// maps them to C1 controls, x/text to U+FFFD, and the walk drops both.
func TestWindows1252Table(t *testing.T) {
	undefined := map[int]bool{0x81: true, 0x8D: true, 0x8F: true, 0x90: true, 0x9D: true}
	all := make([]byte, 0, 256*3)
	for i := 0; i < 256; i++ {
		if !undefined[i] && !undefined[255-i] {
			all = append(all, byte(i), 'x', byte(255-i))
		}
	}
	e, _ := charset.Lookup("windows-1252")
	want, err := e.NewDecoder().Bytes(all)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(decodeWindows1252(nil, all)))

	got, err := io.ReadAll(iotest.OneByteReader(&cp1252Reader{r: bytes.NewReader(all)}))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	got, err = io.ReadAll(&cp1252Reader{r: iotest.HalfReader(bytes.NewReader(all))})
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	assert.Equal(t, "\u0081", string(decodeWindows1252(nil, []byte{0x81})))
}

func TestSniffer(t *testing.T) {
	tests := []struct {
		name, page, enc string
	}{
		{"plain ascii", "<html><p>hello</p>", "utf-8"},
		{"utf-8 text", "<html><p>café “quoted”</p>", "utf-8"},
		{"latin-1 bytes, no declaration", "<html><p>caf\xe9</p>", "windows-1252"},
		{"declared latin-1", `<meta charset="ISO-8859-1"><p>caf` + "\xe9 au lait", "windows-1252"},
		{"declared but utf-8", `<meta charset="windows-1252"><p>café`, "utf-8"},
		{"declared utf-8 but latin-1", `<meta charset="utf-8"><p>caf` + "\xe9 au lait", "windows-1252"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>x`, "koi8-r"},
		{"BOM", "\xEF\xBB\xBF<meta charset=windows-1252><p>café", "utf-8"},
		{"utf-16 BOM", "\xFF\xFE<\x00p\x00>\x00", "utf-16le"},
		{"charset outside meta", `<p>charset=koi8-r</p>`, "utf-8"},
		{"declared gb2312, re-saved as utf-8", `<meta http-equiv="content-type" content="text/html;charset=GB2312"><title>促进航天技术更好惠及人民--时政--人民网</title>`, "utf-8"},
		{"declared shift_jis, a few utf-8 runes", `<meta charset="shift_jis"><p>café</p>`, "shift_jis"},
	}
	for _, tt := range tests {
		s := sniff([]byte(tt.page), "")
		assert.NoError(t, s.verdict(), tt.name)
		assert.Equal(t, tt.enc, s.encoding(), tt.name)
	}
	// Real GBK text does not read as UTF-8.
	gbk := encodeAs(t, "gbk", `<meta charset="gb2312"><title>促进航天技术更好惠及人民--时政--人民网</title>`)
	sg := sniff(gbk, "")
	assert.Equal(t, "gbk", sg.encoding())
	// A head that ends inside a rune is not taken for invalid UTF-8.
	page := []byte("<p>" + string(bytes.Repeat([]byte("é"), sniffLen)))
	s := sniff(page[:sniffLen], "")
	assert.Equal(t, "utf-8", s.encoding())
}

// cyrillicPage is an SMN-shaped page in Russian, so that a wrong charset
// shows in every field.
func cyrillicPage(head string) string {
	return `<html><head>` + head + `<title>Ракета стартовала с космодрома Восточный</title></head><body>
<h1>Ракета стартовала с космодрома Восточный</h1>
<span class="BL">by Staff Writers</span><br><span class="BHS">Moscow (RIA Novosti) Nov 06, 2015</span><br>
<p>Ракета-носитель «Союз» стартовала в четверг с космодрома Восточный и вывела на орбиту метеорологический спутник.
<p>Это седьмой пуск года для оператора, который сообщил, что все системы сработали штатно.
<p>Спутник передадут заказчику после трёх месяцев испытаний на орбите.
</body></html>`
}

func encodeAs(t *testing.T, name, s string) []byte {
	t.Helper()
	e, _ := charset.Lookup(name)
	require.NotNil(t, e, name)
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

// TestWithContentType checks the transport's charset against
// charset.DetermineEncoding's order: BOM, transport, <meta>, default.
func TestWithContentType(t *testing.T) {
	const headline = "Ракета стартовала с космодрома Восточный"
	cp1251 := encodeAs(t, "windows-1251", cyrillicPage(""))
	declared1252 := encodeAs(t, "windows-1251", cyrillicPage(`<meta charset="windows-1252">`))
	bomUTF8 := append([]byte("\xEF\xBB\xBF"), cyrillicPage("")...)
	tests := []struct {
		name string
		page []byte
		ct   string
		want bool // whether the Russian comes out right
	}{
		{"no transport charset: the default misreads it", cp1251, "", false},
		{"transport names it", cp1251, "text/html; charset=windows-1251", true},
		{"transport label in other case and quoted", cp1251, `text/html; Charset="CP1251"`, true},
		{"transport beats <meta>", declared1252, "text/html; charset=windows-1251", true},
		{"unknown charset is ignored", cp1251, "text/html; charset=no-such-set", false},
		{"malformed Content-Type is ignored", cp1251, "text/html; charset", false},
		{"BOM beats the transport", bomUTF8, "text/html; charset=windows-1251", true},
		{"UTF-8 bytes under a single-byte label", []byte(cyrillicPage("")), "text/html; charset=iso-8859-5", true},
	}
	for _, tt := range tests {
		for kind, r := range map[string]io.Reader{
			"in place": bytes.NewReader(tt.page),
			"stream":   onlyReader{bytes.NewReader(tt.page)},
		} {
			a, err := Parse(r, WithContentType(tt.ct))
			require.NoError(t, err, tt.name)
			if tt.want {
				assert.Equal(t, headline, a.Headline, tt.name, kind)
				assert.True(t, strings.HasPrefix(a.Body[0], "Ракета-носитель «Союз» стартовала"), tt.name, kind)
			} else {
				assert.NotEqual(t, headline, a.Headline, tt.name, kind)
			}
		}
	}
	// A page of UTF-16 without a BOM (the encoder writes none) is readable
	// only through the transport.
	utf16 := encodeAs(t, "utf-16le", cyrillicPage(""))
	a, err := Parse(bytes.NewReader(utf16), WithContentType("text/html; charset=utf-16le"))
	if assert.NoError(t, err) {
		assert.Equal(t, headline, a.Headline)
	}
}

// readerKinds are the ways a caller may hand Parse the same bytes: readers
// that can be read at offsets, sniffed in place, and streams.
func readerKinds(t *testing.T, page []byte) map[string]func() io.Reader {
	t.Helper()
	path := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(path, page, 0o600))
	return map[string]func() io.Reader{
		"bytes.Reader":   func() io.Reader { return bytes.NewReader(page) },
		"strings.Reader": func() io.Reader { return strings.NewReader(string(page)) },
		"*os.File": func() io.Reader {
			f, err := os.Open(path)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		},
		"io.Reader":          func() io.Reader { return onlyReader{bytes.NewReader(page)} },
		"one byte at a time": func() io.Reader { return iotest.OneByteReader(bytes.NewReader(page)) },
	}
}

// assertSameFromEveryReader parses page from every kind of reader and
// checks that all give the same Article, byte for byte, and the same error.
func assertSameFromEveryReader(t *testing.T, name string, page []byte, opts ...Option) {
	t.Helper()
	want, wantErr := Parse(bytes.NewReader(page), opts...)
	for kind, open := range readerKinds(t, page) {
		a, err := Parse(open(), opts...)
		assert.Equal(t, want, a, "%s from %s", name, kind)
		if wantErr == nil {
			assert.NoError(t, err, "%s from %s", name, kind)
		} else if assert.Error(t, err, "%s from %s", name, kind) {
			assert.Equal(t, wantErr.Error(), err.Error(), "%s from %s", name, kind)
		}
	}
}

// TestSameArticleFromEveryReader checks, over every fixture, the shared
// reproducers and pages built around the edges of the sniffing window,
// that the reader a page comes through never changes its article.
func TestSameArticleFromEveryReader(t *testing.T) {
	for _, f := range fixtures(t) {
		page, err := os.ReadFile(f.html)
		require.NoError(t, err)
		assertSameFromEveryReader(t, f.name, page, WithURL(f.url))
	}
	repro, _ := filepath.Glob(filepath.Join("..", "shared", "repro", "*.html"))
	for _, path := range repro {
		page, err := os.ReadFile(path)
		require.NoError(t, err)
		assertSameFromEveryReader(t, filepath.Base(path), page)
	}
	for name, page := range windowEdgePages() {
		assertSameFromEveryReader(t, name, page)
	}
}

// windowEdgePages are pages whose verdict or charset hangs on bytes near
// the edges of the sniffing window: a byte that is not UTF-8 just inside or
// outside the first sniffLen bytes of a UTF-8 page, and a first tag after
// kilobytes of white space or of plain text.
func windowEdgePages() map[string][]byte {
	pages := map[string][]byte{}
	utf8Page := article("<p>Le café “Au Bon Coin” a servi des croissants à l’équipe de lancement toute la nuit.")
	for _, at := range []int{4095, 4096, 4097, sniffLen - 1, sniffLen, sniffLen + 1, sniffLen + 3000, sniffLen + 4096} {
		// The stray byte sits in a comment after the story.
		pad := at - len(utf8Page) + len("</body></html>") - len("<!-- ")
		if pad < 0 {
			continue
		}
		page := strings.Replace(utf8Page, "</body></html>", "<!-- "+strings.Repeat("x", pad)+"\xff -->"+"</body></html>", 1)
		if strings.IndexByte(page, 0xff) != at {
			panic("stray byte misplaced")
		}
		pages[fmt.Sprintf("stray byte at %d", at)] = []byte(page)
	}
	for _, spaces := range []int{0, 3000, 4096, 5000, sniffLen + 10} {
		for _, text := range []int{0, 2000, 4095, 4097} {
			lead := strings.Repeat(" ", spaces) + strings.Repeat("Plain preamble. ", text/16) + strings.Repeat("x", text%16)
			pages[fmt.Sprintf("%d spaces and %d bytes of text before the first tag", spaces, text)] = []byte(lead + article(""))
		}
	}
	pages["BOM and spaces before the first tag"] = []byte("\xEF\xBB\xBF" + strings.Repeat("\n", 5000) + article(""))
	return pages
}

// twice encodes s as UTF-8 a second time, reading its bytes as Latin-1,
// as a broken publishing chain does.
func twice(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		b = utf8.AppendRune(b, rune(s[i]))
	}
	return string(b)
}

// TestEncodedTwice checks the rule that reads a page of UTF-8 encoded twice
// as its publisher meant it, and that real text of any charset is not
// taken for one.
func TestEncodedTwice(t *testing.T) {
	tests := []struct {
		name, page string
		want       bool
	}{
		{"quotes and dashes encoded twice", twice(`<meta charset="UTF-8"><title>A DIY Investor’s Guide — Part I</title><p>I won’t be “creating” one.`), true},
		{"accents encoded twice", twice(`<p>Le café de la gare a été fermé.`), true},
		{"encoded twice through windows-1252", `<p>Investorâ€™s guide, â€œquotedâ€` + "\u009d" + `</p>`, true},
		{"a single rune encoded twice", twice(`<p>Investor’s guide</p>`), false},
		{"plain UTF-8 accents", `<p>Le café de la gare a été fermé.</p>`, false},
		{"plain UTF-8 quotes", `<p>Investor’s “guide”</p>`, false},
		{"encoded twice beside real quotes", twice(`<p>Investor’s guide, “quoted”`) + `<p>It’s real</p>`, false},
		{"Cyrillic", `<p>Ракета стартовала с космодрома</p>`, false},
		{"capital A tilde before a sign", `<p>Ã© and Ã© are mojibake, Ã alone is not</p>`, false},
		{"ASCII", `<p>plain</p>`, false},
		// Real pairs that spell a rune, but not one text encoded twice holds.
		{"capital accent before a curly quote", `<title>PELÉ’S LAST MATCH</title><h1>PELÉ’S LAST MATCH</h1>`, false},
		{"sharp s before a curly quote", `<p>„Sie ist groß“, sagte er. Es war groß“</p>`, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, encodedTwice([]byte(tt.page)), tt.name)
	}
	// A head cut inside a rune encoded twice still reads as one.
	page := []byte(twice(`<p>Investor’s guide, “quoted”`))
	assert.True(t, encodedTwice(page[:len(page)-1]))
}

// TestReadEncodedTwice checks that a page of UTF-8 encoded twice is read
// with the second encoding undone, whatever its declaration and however
// the reader splits it.
func TestReadEncodedTwice(t *testing.T) {
	body := "A DIY Investor’s Guide — “Part I”, Café. "
	page := `<html><head><meta charset="UTF-8"><title>` + twice(body) + `</title></head><body><p>` +
		twice(strings.Repeat(body, 1500)) + `</p><p>` + "\u00ff\u0100" + `</p></body></html>`
	s := sniff([]byte(page[:sniffLen]), "")
	assert.Equal(t, utf8Twice, s.encoding())
	declared := sniff([]byte(strings.Replace(page, "UTF-8", "windows-1252", 1)[:sniffLen]), "")
	assert.Equal(t, utf8Twice, declared.encoding())
	plain := sniff([]byte(body), "")
	assert.Equal(t, "utf-8", plain.encoding())

	want := strings.Repeat(body, 400)
	for name, r := range map[string]io.Reader{
		"whole":    &onceReader{r: strings.NewReader(twice(want))},
		"one byte": &onceReader{r: iotest.OneByteReader(strings.NewReader(twice(want)))},
		"halves":   iotest.HalfReader(&onceReader{r: iotest.HalfReader(strings.NewReader(twice(want)))}),
	} {
		got, err := io.ReadAll(r)
		require.NoError(t, err, name)
		assert.Equal(t, want, string(got), name)
	}
	// Runes no single-byte charset has are kept, and so is a rune cut off
	// at the end.
	got, err := io.ReadAll(&onceReader{r: strings.NewReader(twice("é") + "Ω\xc3")})
	require.NoError(t, err)
	assert.Equal(t, "éΩ\xc3", string(got))
	// Text encoded once, after a part encoded twice, comes through whole:
	// only spellings of a rune encoded twice are undone.
	mixed := twice("Investor’s “guide”") + " — the café in Zürich, PELÉ’S ÿĀ"
	for name, r := range map[string]io.Reader{
		"whole":    &onceReader{r: strings.NewReader(mixed)},
		"one byte": &onceReader{r: iotest.OneByteReader(strings.NewReader(mixed))},
	} {
		got, err := io.ReadAll(r)
		require.NoError(t, err, name)
		assert.Equal(t, "Investor’s “guide” — the café in Zürich, PELÉ’S ÿĀ", string(got), name)
	}

	doc, err := parseHTML(strings.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	a, err := ParseNode(doc)
	require.NoError(t, err)
	assert.Equal(t, strings.TrimSpace(body), a.Headline)
}

// TestIndexFold checks the case-blind search for "charset", whose eight-
// byte skipping must find a needle wherever it sits.
func TestIndexFold(t *testing.T) {
	for _, pad := range []int{0, 1, 7, 8, 9, 15, 16, 17, 100} {
		for _, needle := range []string{"charset", "CHARSET", "ChArSeT"} {
			b := []byte(strings.Repeat("x", pad) + needle + "=utf-8")
			assert.Equal(t, pad, indexFold(b, "charset"), "%d %s", pad, needle)
		}
		assert.Equal(t, -1, indexFold([]byte(strings.Repeat("ch", pad)+"charse"), "charset"), pad)
		assert.Equal(t, -1, indexFold([]byte(strings.Repeat("\xe3", pad)), "charset"), pad)
	}
	for w, at := range map[string]int{"xxxxxxch": 6, "chxxxxxx": 0, "xxxchxxx": 3, "xxxxxxxc": 7, "cxchxchx": 2} {
		m := mayOpen(binary.LittleEndian.Uint64([]byte(w)), 'c', 'h')
		assert.Equal(t, at, bits.TrailingZeros64(m)/8, w)
	}
	for _, w := range []string{"xxxxxxxx", "hcxxxxxx", "cxcxcxcx", "xxxxxxxh"} {
		assert.Zero(t, mayOpen(binary.LittleEndian.Uint64([]byte(w)), 'c', 'h'), w)
	}
	// Openings after one that fails are found too.
	for _, pad := range []int{0, 3, 7, 8, 13} {
		b := []byte(strings.Repeat("x", pad) + "chc charse charset")
		assert.Equal(t, pad+11, indexFold(b, "charset"), pad)
	}
}

// TestSkipASCII checks that the word-at-a-time skip stops at the first
// byte past ASCII wherever it sits.
func TestSkipASCII(t *testing.T) {
	for n := 0; n < 140; n++ {
		b := append(bytes.Repeat([]byte("a"), n), 0xC3, 0xA9, 'x')
		for from := 0; from <= n; from++ {
			assert.Equal(t, n, skipASCII(b, from), "%d from %d", n, from)
		}
		assert.Equal(t, n, skipASCII(b[:n], 0))
	}
}

// TestSkipASCIIBlocks checks skipASCII's blocks of a hundred and
// twenty-eight bytes, and the half of one that holds a byte past ASCII,
// against a byte-by-byte reading, for such a byte at every place of a
// page several blocks long and for starts at every place before it.
func TestSkipASCIIBlocks(t *testing.T) {
	plain := func(b []byte, i int) int {
		for i < len(b) && b[i] < utf8.RuneSelf {
			i++
		}
		return i
	}
	b := bytes.Repeat([]byte("a"), 400)
	for at := 0; at <= len(b); at++ {
		if at < len(b) {
			b[at] = 0x80
		}
		for from := 0; from <= at; from += 1 + from/16 {
			assert.Equal(t, plain(b, from), skipASCII(b, from), "byte past ASCII at %d, from %d", at, from)
		}
		if at < len(b) {
			b[at] = 'a'
		}
	}
}

// TestDeclaredCharset checks the tag-by-tag search for a declared charset:
// only the inside of a <meta> tag counts, up to the '>' or '<' that ends
// it, and a "charset" naming nothing known is passed over for the next.
func TestDeclaredCharset(t *testing.T) {
	for _, tc := range []struct {
		head string
		want string // "" when none is found
	}{
		{`<meta charset="utf-8">`, "utf-8"},
		{`<!doctype html><HTML><HEAD><META CHARSET=ISO-8859-1>`, "windows-1252"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, "koi8-r"},
		{`<meta name="x" content="charset"><meta charset='koi8-r'>`, "koi8-r"},
		{`<meta charset=no-such-set charset=koi8-r>`, "koi8-r"},
		{`<metadata charset=koi8-r>`, "koi8-r"},
		{`<script>if (a<b) x = "<meta charset=koi8-r>"</script>`, "koi8-r"},
		// Near misses: a charset outside any meta tag.
		{`<p>charset=koi8-r</p>`, ""},
		{`<meta content="a>charset=koi8-r">`, ""},
		{`<meta <p charset=koi8-r>`, ""},
		{`<met charset=koi8-r>`, ""},
		{`<meta name="description" content="x">charset=koi8-r`, ""},
		{`<meta charset=`, ""},
		{`<meta`, ""},
	} {
		ok, name := declaredCharset([]byte(tc.head))
		assert.Equal(t, tc.want != "", ok, tc.head)
		assert.Equal(t, tc.want, name, tc.head)
	}
}

// TestDeclaredCharsetAsSearch checks the tag-by-tag search against the
// plain one it replaced, every "charset" in the page tried in turn and
// kept when it lies inside a "<meta" tag, over random pages built of the
// pieces that matter.
func TestDeclaredCharsetAsSearch(t *testing.T) {
	pieces := []string{"<", ">", "<meta", "<META ", "<Meta", "charset", "CharSet=", "=", "\"", "'", " ",
		"utf-8", "koi8-r", "gbk", "no-such", "x", "\xe9", "<p>", "content=\"text/html; "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		head := []byte(b.String())
		ok, name := declaredCharset(head)
		wok, wname := declaredCharsetSearch(head)
		require.Equal(t, wok, ok, "%q", head)
		require.Equal(t, wname, name, "%q", head)
	}
}

// declaredCharsetSearch is the plain search declaredCharset must agree
// with.
func declaredCharsetSearch(head []byte) (bool, string) {
	for off := 0; off < len(head); {
		i := indexFold(head[off:], "charset")
		if i < 0 {
			return false, ""
		}
		at := off + i
		off = at + len("charset")
		lt := bytes.LastIndexByte(head[:at], '<')
		if lt < 0 || bytes.IndexByte(head[lt:at], '>') >= 0 || len(head)-lt < 5 || !bytes.EqualFold(head[lt+1:lt+5], []byte("meta")) {
			continue
		}
		j := off
		for j < len(head) && strings.IndexByte(" =\"'", head[j]) >= 0 {
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

// stuckReader returns nothing and no error, as a broken reader may.
type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

func TestReadDecoded(t *testing.T) {
	page := bytes.Repeat([]byte("<p>text</p>"), 1000)
	for _, size := range []int{0, 100, len(page), 2 * len(page)} {
		got, err := readDecoded(iotest.HalfReader(bytes.NewReader(page)), nil, size)
		require.NoError(t, err)
		assert.Equal(t, page, got, "size %d", size)
	}
	_, err := readDecoded(stuckReader{}, nil, 10)
	assert.ErrorIs(t, err, io.ErrNoProgress)
	_, err = readDecoded(iotest.TimeoutReader(bytes.NewReader(page)), nil, 10)
	assert.ErrorIs(t, err, iotest.ErrTimeout)

	// Parse names the same failures as when html.Parse read the stream,
	// and a reader stuck in its first bytes does not hang it either.
	_, err = Parse(stuckReader{})
	assert.ErrorIs(t, err, io.ErrNoProgress)
	_, err = Parse(io.MultiReader(strings.NewReader("<p>"), stuckReader{}))
	assert.ErrorIs(t, err, io.ErrNoProgress)
	_, err = Parse(iotest.TimeoutReader(bytes.NewReader(page)))
	assert.ErrorIs(t, err, iotest.ErrTimeout)
	_, err = Parse(bytes.NewReader(page), WithMaxBytes(100))
	assert.ErrorIs(t, err, ErrTooLarge)
}

// TestTrimSpacesAndBOMs checks trimSpacesAndBOMs against the
// bytes.TrimLeft it writes out, on white space, byte order marks, their
// broken halves and other runes.
func TestTrimSpacesAndBOMs(t *testing.T) {
	parts := []string{"", " ", "\t", "\r\n", "\f", "\v", "\xEF\xBB\xBF", "\xEF\xBB", "\xEF", "\uFFFE", "\u00a0", "<", "a", "\x00"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				in := []byte(a + b + c)
				want := bytes.TrimLeft(in, " \t\r\n\f\xEF\xBB\xBF")
				assert.Equal(t, string(want), string(trimSpacesAndBOMs(in)), "%q", in)
			}
		}
	}
}

// TestMagicOpeners checks that every binaryMagic opens with one of the
// magicOpeners, which sniff compares with them only.
func TestMagicOpeners(t *testing.T) {
	for _, m := range binaryMagic {
		assert.True(t, magicOpeners[m[0]], "%q", m)
	}
}

// TestUTF8Check checks utf8Check's rune-by-rune reading against
// utf8.Valid, on ASCII mixed with runes sparse and dense, broken ones, and
// a rune cut off at the end (which utf8Check ignores).
func TestUTF8Check(t *testing.T) {
	parts := []string{"a", "abcdefghijklmnopqrstuvwxyz0123456789", "é", "—", "€", "𝄞", "日本語", "\xEF\xBF\xBD",
		"\xC3", "\xE2\x80", "\xF0\x9D\x84", "\x80", "\xFF", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				for _, pad := range []int{0, 7, 64} {
					in := []byte(a + strings.Repeat("x", pad) + b + c)
					valid, high := utf8Check(in)
					assert.Equal(t, validButCutRune(in), valid, "%q", in)
					assert.Equal(t, bytes.IndexFunc(in, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0, high, "%q", in)
				}
			}
		}
	}
}

// validButCutRune is utf8Check's verdict as utf8.Valid gives it: whether
// b is valid UTF-8, a rune cut off at its end ignored.
func validButCutRune(b []byte) bool {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return utf8.Valid(b[:len(b)-k])
			}
			break
		}
	}
	return utf8.Valid(b)
}

// TestUTF8CheckRandom checks utf8Check against utf8.Valid (a rune cut off
// at the end ignored) on random mixes of ASCII runs, runes and broken
// bytes, at every length up to a few hundred bytes.
func TestUTF8CheckRandom(t *testing.T) {
	parts := []string{" ", "abcdefghij", "abcdefghijklmnopqrstuvwxyz0123456789 ", "é", "—", "𝄞", "Привет", "\xC3", "\xE2\x80", "\x80", "\xFF", "\xED\xA0\x80", "\xC0\xAF"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		in := []byte(sb.String())
		valid, _ := utf8Check(in)
		assert.Equal(t, validButCutRune(in), valid, "%q", in)
	}
}

// TestReaderPastItsEnd pins that Parse reads what is left of a reader,
// whatever its type: an *io.SectionReader seeked past its end holds
// nothing, as a bytes.Reader there does, so the two give one answer, with
// a UTF-16 transport too (it lets an empty start through the sniff) and
// under a limit the whole section would break. Before 2026-11-30 such a
// section was read again from its start, bytes its caller had skipped.
func TestReaderPastItsEnd(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "generic-form-wrapped.html"))
	require.NoError(t, err)
	for _, ct := range []string{"", "text/html; charset=utf-16le"} {
		for _, max := range []int64{0, int64(len(page)) - 1} {
			opts := []Option{WithContentType(ct)}
			if max > 0 {
				opts = append(opts, WithMaxBytes(max))
			}
			br := bytes.NewReader(page)
			_, err := br.Seek(0, io.SeekEnd)
			require.NoError(t, err)
			sr := io.NewSectionReader(bytes.NewReader(page), 0, int64(len(page)))
			_, err = sr.Seek(int64(len(page))+10, io.SeekStart)
			require.NoError(t, err)
			_, want := Parse(br, opts...)
			_, got := Parse(sr, opts...)
			require.Error(t, want, "%q %d", ct, max)
			assert.ErrorIs(t, got, ErrNotArticle, "%q %d", ct, max)
			assert.Equal(t, want.Error(), got.Error(), "%q %d", ct, max)
		}
	}
}

// miscounter is a broken reader: it reads its page as a bytes.Reader does
// but reports a count past the room it was given (extra > 0 more) or
// below zero (extra < 0).
type miscounter struct {
	r     *bytes.Reader
	extra int
}

func (m *miscounter) Read(p []byte) (int, error) {
	_, err := m.r.Read(p)
	return m.count(len(p)), err
}

func (m *miscounter) count(room int) int {
	if m.extra < 0 {
		return m.extra
	}
	return room + m.extra
}

// miscounterAt is a miscounter that can also be read at offsets, so that
// Parse takes its page as a section.
type miscounterAt struct{ miscounter }

func (m *miscounterAt) ReadAt(p []byte, off int64) (int, error) {
	_, err := m.r.ReadAt(p, off)
	return m.count(len(p)), err
}

func (m *miscounterAt) Seek(off int64, whence int) (int64, error) {
	return m.r.Seek(off, whence)
}

// TestReaderWithImpossibleCount pins that a reader claiming to have read
// more than its buffer or fewer than no bytes is an error of Parse, on
// the stream path and the section path alike, small page or large,
// rather than a slice past the buffer.
func TestReaderWithImpossibleCount(t *testing.T) {
	small, err := os.ReadFile(filepath.Join("testdata", "generic-form-wrapped.html"))
	require.NoError(t, err)
	large := bytes.Repeat(small, 40) // past the head buffer: read again
	for _, page := range [][]byte{small, large} {
		for _, extra := range []int{1, 4096, -1, -1 << 20} {
			for _, r := range []io.Reader{
				&miscounter{bytes.NewReader(page), extra},
				&miscounterAt{miscounter{bytes.NewReader(page), extra}},
			} {
				var art *Article
				require.NotPanics(t, func() { art, err = Parse(r) }, "%T %d %d", r, len(page), extra)
				assert.Nil(t, art, "%T %d %d", r, len(page), extra)
				assert.ErrorIs(t, err, errImpossibleCount, "%T %d %d", r, len(page), extra)
			}
		}
	}
}
