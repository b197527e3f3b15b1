package newswire

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The functions below are the repair of UTF-8 encoded twice as it was
// written before appendOnce copied ASCII a run at a time and the rune
// spelt was checked in place: the references the faster code must agree
// with, byte for byte.

func refEncodedTwice(b []byte) bool {
	found := 0
	for i := 0; i < len(b); {
		if i = skipASCII(b, i); i == len(b) {
			break
		}
		n, st := refTwiceEncodedRune(b[i:])
		if st != spelt {
			return st == cutOff && found >= minTwice
		}
		found++
		i += n
	}
	return found >= minTwice
}

func refTwiceEncodedRune(b []byte) (int, spelling) {
	var bytes [utf8.UTFMax]byte
	n := 0
	i := 0
	for i < len(b) {
		if !utf8.FullRune(b[i:]) {
			return 0, cutOff
		}
		r, size := utf8.DecodeRune(b[i:])
		c, ok := refSingleByteOf(r)
		if !ok || n == 0 && (c < 0xC2 || c > 0xF4) || n > 0 && (c < 0x80 || c > 0xBF) {
			return 0, notSpelt
		}
		bytes[n] = c
		n++
		i += size
		if utf8.FullRune(bytes[:n]) {
			if r, _ := utf8.DecodeRune(bytes[:n]); isMojibakeRune(r, n) {
				return i, spelt
			}
			return 0, notSpelt
		}
	}
	return 0, cutOff
}

func refSingleByteOf(r rune) (byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		return 0, false
	case r < 0x100:
		return byte(r), true
	}
	for i, w := range windows1252 {
		if w == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

func refAppendOnce(dst, src []byte, final bool) ([]byte, int) {
	i := 0
	for i < len(src) {
		if src[i] < utf8.RuneSelf {
			dst = append(dst, src[i])
			i++
			continue
		}
		n, st := refTwiceEncodedRune(src[i:])
		switch {
		case st == cutOff && !final:
			return dst, i
		case st == spelt:
			for _, r := range string(src[i : i+n]) {
				c, _ := refSingleByteOf(r)
				dst = append(dst, c)
			}
			i += n
		default:
			_, size := utf8.DecodeRune(src[i:])
			dst = append(dst, src[i:i+size]...)
			i += size
		}
	}
	return dst, i
}

// TestSingleByteOf pins singleByteOf's switch to the windows1252 table for
// every rune and for the values past the last one.
func TestSingleByteOf(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		c, ok := singleByteOf(r)
		wc, wok := refSingleByteOf(r)
		if c != wc || ok != wok {
			t.Fatalf("singleByteOf(%U) = %#x, %v; want %#x, %v", r, c, ok, wc, wok)
		}
	}
}

// onceSamples are texts that exercise every way a spelling can end:
// spelt by two, three and four runes, refused, cut off, invalid, or
// beside text encoded once.
func onceSamples() []string {
	samples := []string{
		"", "plain ASCII", "\xc3", "\xc2", "\xe2\x82", "\x80", "\xff",
		twice("Investor’s “guide” — café 𝕏 ℃ Zürich ß Ā ſ"),
		"Investor’s “guide” — café in Zürich, PELÉ’S ÿĀ",
		`<p>Investorâ€™s guide, â€œquotedâ€` + "\u009d" + `</p>`,
		"Ã© and Ã© are mojibake, Ã alone is not, Ã",
		"PELÉ’S „Sie ist groß“ groß“", "Ракета стартовала",
		"Ã\u0080Ã", "â€", "â€\x99", "ð\u009f\u0098", "ð\u009f\u0098\u0080",
		"à\u0080\u0080", "í\u00a0\u0080", "ô\u0090\u0080\u0080", "Â\u00a0Â\u009f",
		"\xc3\x83\xc2", "\xc3\x83\xc2\xa9", "\xc3\x83\xc2\xa9\xc3", strings.Repeat("a", 300) + twice("é") + strings.Repeat("b", 9),
	}
	// Random mixes of the pieces spellings are made of.
	pieces := []string{"a", " ", "<p>", "Ã", "Â", "â", "ð", "€", "™", "©", "\u0080", "\u009d", "\u00bf", "é", "’", "Ω",
		"\xc3", "\xe2\x82", "\x80", "\xff", twice("’"), twice("é"), twice("𝕏"), strings.Repeat("x", 70)}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		samples = append(samples, b.String())
	}
	return samples
}

// TestAppendOnceAsBefore checks appendOnce, appendTwiceEncoded and
// encodedTwice against the byte-at-a-time references on every sample,
// whole and split at every byte, final or not.
func TestAppendOnceAsBefore(t *testing.T) {
	for _, s := range onceSamples() {
		src := []byte(s)
		assert.Equal(t, refEncodedTwice(src), encodedTwice(src), "%q", s)
		for k := 0; k <= len(src); k++ {
			for _, final := range []bool{false, true} {
				want, wantUsed := refAppendOnce([]byte("x"), src[:k], final)
				got, used := appendOnce([]byte("x"), src[:k], final)
				require.Equal(t, wantUsed, used, "%q[:%d] final %v", s, k, final)
				require.Equal(t, want, got, "%q[:%d] final %v", s, k, final)
			}
			if k < len(src) {
				wn, wst := refTwiceEncodedRune(src[k:])
				got, n, st := appendTwiceEncoded([]byte("x"), src[k:])
				require.Equal(t, wst, st, "%q[%d:]", s, k)
				switch st {
				case spelt:
					require.Equal(t, wn, n, "%q[%d:]", s, k)
					want, _ := refAppendOnce([]byte("x"), src[k:k+n], true)
					require.Equal(t, want, got, "%q[%d:]", s, k)
				case notSpelt:
					_, size := utf8.DecodeRune(src[k:])
					require.Equal(t, size, n, "%q[%d:]", s, k)
					require.Equal(t, []byte("x"), got)
				default:
					require.Equal(t, []byte("x"), got)
				}
			}
		}
	}
}

// TestOnceReaderAsBefore reads the samples joined into a page through
// onceReader, whole, a byte a read and in halves, and checks the page
// comes out as the reference repairs it in one call.
func TestOnceReaderAsBefore(t *testing.T) {
	page := strings.Join(onceSamples(), "")
	want, _ := refAppendOnce(nil, []byte(page), true)
	for name, r := range map[string]io.Reader{
		"whole":    &onceReader{r: strings.NewReader(page)},
		"one byte": &onceReader{r: iotest.OneByteReader(strings.NewReader(page))},
		"halves":   iotest.HalfReader(&onceReader{r: iotest.HalfReader(strings.NewReader(page))}),
	} {
		got, err := io.ReadAll(r)
		require.NoError(t, err, name)
		require.True(t, bytes.Equal(want, got), name)
	}
}

// TestEncodedTwiceIsValid pins what lets sniff skip utf8Check on a page
// encoded twice: bytes encodedTwice accepts are valid UTF-8, past ASCII,
// as utf8Check judges them.
func TestEncodedTwiceIsValid(t *testing.T) {
	for _, s := range onceSamples() {
		b := []byte(s)
		for k := 0; k <= len(b); k++ {
			if encodedTwice(b[:k]) {
				valid, high := utf8Check(b[:k])
				require.True(t, valid && high, "%q[:%d]", s, k)
			}
		}
	}
}

// TestSmallPageEncodedTwice checks that a page encoded twice and read
// whole to sniff it, which is undone from those bytes, is parsed as the
// same page streamed through onceReader, down to a spelling cut off at
// its end.
func TestSmallPageEncodedTwice(t *testing.T) {
	body := "A DIY Investor’s Guide — “Part I”, Café. "
	page := `<html><head><meta charset="UTF-8"><title>` + twice(body) + `</title></head><body><p>` +
		twice(strings.Repeat(body, 20)) + `</p></body></html>` + twice("’")[:4]
	require.Less(t, len(page), sniffLen)
	sn := sniff([]byte(page), "")
	require.Equal(t, utf8Twice, sn.encoding())
	whole, err := parseHTML(strings.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	streamed, err := parseHTML(iotest.HalfReader(strings.NewReader(page)), DefaultMaxBytes)
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, html.Render(&a, whole))
	require.NoError(t, html.Render(&b, streamed))
	assert.Equal(t, b.String(), a.String())
	assert.Contains(t, a.String(), "Investor’s Guide")
}

// TestAppendTwiceEncodedEveryRune checks appendTwiceEncoded against the
// reference on the double encoding of every lead byte with every pair of
// continuation bytes, followed by a fourth byte, ASCII or nothing, and on
// every prefix of each: every way a spelling ends, whole, refused at its
// second byte or cut off.
func TestAppendTwiceEncodedEveryRune(t *testing.T) {
	asRune := func(c byte) rune {
		if c >= 0x80 && c < 0xA0 {
			return windows1252[c-0x80]
		}
		return rune(c)
	}
	var src []byte
	for lead := 0xC2; lead <= 0xF4; lead++ {
		for second := 0x80; second <= 0xBF; second++ {
			for third := 0x80; third <= 0xBF; third++ {
				src = src[:0]
				for _, c := range []byte{byte(lead), byte(second), byte(third), 0x80} {
					src = utf8.AppendRune(src, asRune(c))
				}
				src = append(src, 'a')
				for k := 1; k <= len(src); k++ {
					wn, wst := refTwiceEncodedRune(src[:k])
					got, n, st := appendTwiceEncoded(nil, src[:k])
					switch _, size := utf8.DecodeRune(src[:k]); {
					case st != wst, st == spelt && n != wn, st == notSpelt && n != size:
						t.Fatalf("% x: %v %d, want %v %d", src[:k], st, n, wst, wn)
					case st == spelt:
						want, _ := refAppendOnce(nil, src[:n], true)
						require.Equal(t, want, got)
					}
				}
			}
		}
	}
}

// TestRuneByte checks runeByte against utf8.DecodeRune and the table
// search on every three bytes that open with a lead byte, valid or not,
// and on their one- and two-byte prefixes.
func TestRuneByte(t *testing.T) {
	check := func(b []byte) {
		c, size, ok := runeByte(b)
		if !utf8.FullRune(b) {
			if size != 0 {
				t.Fatalf("% x: size %d of a rune cut off", b, size)
			}
			return
		}
		r, wsize := utf8.DecodeRune(b)
		wc, wok := refSingleByteOf(r)
		if c != wc || size != wsize || ok != wok {
			t.Fatalf("% x: %#x %d %v, want %#x %d %v", b, c, size, ok, wc, wsize, wok)
		}
	}
	var b [3]byte
	for lead := 0x80; lead <= 0xFF; lead++ {
		b[0] = byte(lead)
		check(b[:1])
		for second := range 256 {
			b[1] = byte(second)
			check(b[:2])
			for third := range 256 {
				b[2] = byte(third)
				check(b[:3])
			}
		}
	}
}
