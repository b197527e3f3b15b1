package newswire

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// containsBytes must answer as strings.Contains does, on titles as
// normTitle leaves them and on the edges: empty, equal, at either end.
func TestContainsBytes(t *testing.T) {
	strs := []string{"", "a", "ab", "abc", "aab", "mars rover lands", "rover", "roverl", "lands",
		"marsroverlands", "ééa", "a\u00e9", "spacedailymarsroverlands"}
	for _, s := range strs {
		for _, sub := range strs {
			if got, want := containsBytes(s, []byte(sub)), strings.Contains(s, sub); got != want {
				t.Errorf("containsBytes(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// cleanText's shortcut for clean ASCII must agree with its general path.
func TestCleanTextShortcut(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Mars rover lands", " Mars", "Mars ", "Mars  rover",
		"Mars\trover", "Mars\nrover", "Caf\u00e9 news", "a\u00a0b", "x\x01y", "2026-11-29T01:00:00Z",
		"https://example.com/a?b=c", "\u200bMars"} {
		w := walker{buf: make([]byte, 0, len(s))}
		w.text(s)
		want := strings.TrimSpace(string(w.buf))
		if got := cleanText(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if got := cleanOwnText(s); got != want {
			t.Errorf("cleanOwnText(%q) = %q, want %q", s, got, want)
		}
		if isCleanASCII(s) && s != want {
			t.Errorf("isCleanASCII(%q) but the walker gives %q", s, want)
		}
	}
}

// isListingLD stops only at a quote before a capital letter: every
// listing type must open so, and it must find a type wherever it sits.
func TestIsListingLDScan(t *testing.T) {
	for _, typ := range listingTypes {
		if len(typ) < 2 || typ[0] != '"' || typ[1] < 'A' || typ[1] > 'Z' {
			t.Errorf("listing type %q does not open with a quote and a capital", typ)
		}
		for _, raw := range []string{typ, `{"@type":` + typ + `}`, `[{"name":"a \"b\"","@type":["Thing",` + typ + `]}]`} {
			if !isListingLD(raw) {
				t.Errorf("isListingLD(%q) = false", raw)
			}
		}
	}
	for _, raw := range []string{"", `"`, `""`, `{"@type":"NewsArticle","name":"Product"s"}`, `{"@type":"Products"}`,
		`{"@type":"NewsArticle","headline":"The ItemList"}`, `"Product`} {
		want := false
		for _, typ := range listingTypes {
			want = want || strings.Contains(raw, typ)
		}
		if got := isListingLD(raw); got != want {
			t.Errorf("isListingLD(%q) = %v, want %v", raw, got, want)
		}
	}
}

// TestNormTitle checks the form titles are compared in: letters and
// digits, lower-cased, in any script; marks and spaces dropped.
func TestNormTitle(t *testing.T) {
	tests := map[string]string{
		"Mars Rover Lands — At Last!": "marsroverlandsatlast",
		"NASA's 2025 Plan (Part 2)":   "nasas2025planpart2",
		"Ракета СТАРТОВАЛА":           "ракетастартовала",
		"Café «Über» ½":               "caféüber",
		"@#$%^&*()_+=[]{}|;:,./<>?~`": "",
	}
	for in, want := range tests {
		if got := normTitle(in); got != want {
			t.Errorf("normTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// appendNorm writes ASCII in place while dst has room and appends past it:
// both must give the same, whatever the room.
func TestAppendNormRoom(t *testing.T) {
	lines := []string{"", "Mars Rover Finds Water!", "São Paulo's 2025 budget — approved", "İstanbul ȺB", "ÉCOLE: 12 élèves",
		"A (long) line, with 12 marks;   and DEL\x7f\t— then ÉCOLE Über-all 2026!!! ...,,,;;;   zZ09", "........xy......"}
	for _, s := range lines {
		want := ""
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				want += string(unicode.ToLower(r))
			}
		}
		for room := 0; room <= len(s)+2; room++ {
			dst := append(make([]byte, 0, 3+room), "ab:"...)
			if got := string(appendNorm(dst, s)); got != "ab:"+want {
				t.Errorf("appendNorm(%q) with room %d = %q, want %q", s, room, got, "ab:"+want)
			}
		}
	}
}

func TestCountSeparators(t *testing.T) {
	titles := []string{"", "Mars Rover Finds Water", "SpaceDaily - The Geology Of Mars - the fields",
		"Budget approved | Politics | Example News", "Home :: World :: Mars", "Rover — a story – told",
		"a - - - b", "a -  - b", " - ", "a | - :: b", "A longer headline of many words - and more words | Site",
		"ends with -", "ends with - ", "Ratio 3:2 - beats 2:1 :: Blog"}
	for _, title := range titles {
		// Padded in front, each separator falls at every place of an
		// eight-byte word.
		for pad := range 9 {
			title := strings.Repeat("w", pad) + title
			got := countSeparators(title)
			for k, sep := range metaTitleSeparators {
				if want := strings.Count(title, sep); got[k] != want {
					t.Errorf("countSeparators(%q)[%q] = %d, want %d", title, sep, got[k], want)
				}
			}
		}
	}
}

func TestAppendNormUpTo(t *testing.T) {
	for _, s := range []string{"", "Mars", "The Geology Of Mars", "«Die Zurückhaltung hat Gründe»", "ÄÖÜ ÉÈ ñ 東京 2025", "İstanbul’da",
		"  --- A, b; c: d e f g h i j", "Seven é", "abcdefgé", "abcdefghé", "a b c d e f g h"} {
		full := appendNorm(nil, s)
		for room := range 24 {
			// From an empty buffer and after bytes written already.
			got := appendNormUpTo(make([]byte, 0, room), s)
			assert.Equal(t, string(full[:min(len(full), room)]), string(got), "%q in %d", s, room)
			if room >= 2 {
				got = appendNormUpTo(append(make([]byte, 0, room), "xy"...), s)
				assert.Equal(t, "xy"+string(full[:min(len(full), room-2)]), string(got), "%q after 2 in %d", s, room)
			}
		}
	}
}

func TestTitlesHoldOpening(t *testing.T) {
	titles := []string{normTitle("SpaceDaily - The Geology Of Mars"), normTitle("The Geology Of Mars")}
	assert.True(t, titlesHoldOpening("The Geology of Mars", titles))
	assert.True(t, titlesHoldOpening("THE GEOLOGY", titles), "an opening the titles hold")
	assert.False(t, titlesHoldOpening("Geology", titles), "too short to agree with a title")
	assert.False(t, titlesHoldOpening("Share this story", titles))
	assert.False(t, titlesHoldOpening("The Geology Of Mars", nil))
}

// TestParseBylineOnce checks that the remembered answer is parseByline's
// for the same line and for another, and that a caller editing its
// authors does not edit the next caller's.
func TestParseBylineOnce(t *testing.T) {
	var p page
	for _, line := range []string{"By Jane Doe and John Roe, AFP", "By Jane Doe and John Roe, AFP", "By Ann Lee", "Rain in Spain", "By Jane Doe and John Roe, AFP"} {
		bl, authors, agency, ok := p.parseBylineOnce(line)
		wbl, wauthors, wagency, wok := parseByline(line)
		assert.Equal(t, wbl, bl, line)
		assert.Equal(t, wauthors, authors, line)
		assert.Equal(t, wagency, agency, line)
		assert.Equal(t, wok, ok, line)
		for i := range authors {
			authors[i] = "edited"
		}
	}
}

// TestEndsSentence checks the reading from the end against TrimRight of
// the closing marks, which it replaces.
func TestEndsSentence(t *testing.T) {
	for _, s := range []string{
		"Rain fell.", "Rain fell", `He said "no."`, "He said “no.”", "Really?’ ", "(Stop!)", "Wow!)\"", "",
		" ", "’", "Done. ", "Done.\u00a0", "A \xff", "Ends in é", "Q?\xe2\x80", "x.”’) ",
	} {
		trimmed := strings.TrimRight(s, "\"”’') ")
		want := strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, "!") || strings.HasSuffix(trimmed, "?")
		assert.Equal(t, want, endsSentence(s), "%q", s)
	}
}

// TestMetaTitlesFitArray builds the page of the most meta titles there can
// be (og:title, twitter:title and a <title> of four parts by each
// separator) and checks that pageMeta's array holds them all: a rule that
// adds a title makes this fail before a page needs a slice of its own.
func TestMetaTitlesFitArray(t *testing.T) {
	var parts []string
	for k, sep := range metaTitleSeparators {
		parts = append(parts, fmt.Sprintf("Alpha part %d", k)+sep+fmt.Sprintf("Bravo part %d", k)+sep+
			fmt.Sprintf("Charlie part %d", k)+sep+fmt.Sprintf("Delta part %d", k))
	}
	page := `<html><head><title>` + strings.Join(parts, " / ") + `</title>` +
		`<meta property="og:title" content="The og title of the story"><meta name="twitter:title" content="The twitter title of it">` +
		`</head><body><p>Body.</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	titles := p.metaTitles()
	assert.Len(t, titles, maxMetaTitles)
	assert.Equal(t, len(titles), cap(titles), "an append copies")
}

// TestTitleMatchOgLine checks titleMatch, which answers a line that is
// og:title as stated without normalising it, against the comparison of
// the line's normalised words with each title, on every block of every
// fixture and on pages whose og:title is short, repeated or non-ASCII.
func TestTitleMatchOgLine(t *testing.T) {
	reference := func(text string, titles []string) int {
		if len(titles) == 0 || !titlesHoldOpening(text, titles) {
			return 0
		}
		n := normTitle(text)
		longest := 0
		for _, t := range titles {
			longest = max(longest, len(t))
		}
		if len(n) > longest+1 {
			n = n[:longest+1]
		}
		if len(n) < minTitleMatch || len(n) > longest {
			return 0
		}
		score := 0
		for _, t := range titles {
			switch {
			case t == n:
				return maxTitleMatch
			case len(n)*2 >= len(t) && strings.Contains(t, n):
				score = 3
			}
		}
		return score
	}
	pages := []string{
		`<html><head><title>Short | Site</title><meta property="og:title" content="Short"></head><body><h1>Short</h1><p>Body.</p></body></html>`,
		`<html><head><title>Größere Brücke öffnet | Ort</title><meta property="og:title" content="Größere Brücke öffnet"></head><body><h1>Größere Brücke öffnet</h1><p>Größere Brücke öffnet heute.</p></body></html>`,
		`<html><head><meta property="og:title" content="Rain falls on the plain"><meta name="twitter:title" content="Rain falls on the plain"></head><body><h1>Rain falls on the plain</h1></body></html>`,
	}
	paths, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	require.NoError(t, err)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		pages = append(pages, string(raw))
	}
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		p := walkPage(doc)
		titles := p.metaTitles()
		for i := range p.blocks {
			text := p.blocks[i].text
			assert.Equal(t, reference(text, titles), p.titleMatch(text, titles), "%q", text)
		}
		assert.Equal(t, reference(p.meta.ogTitle, titles), p.titleMatch(p.meta.ogTitle, titles), "og:title %q", p.meta.ogTitle)
		p.release()
	}
}

// TestAppendNormEight checks appendNorm and appendNormUpTo, which take
// eight ASCII bytes at a time (see normEight), against a byte-by-byte
// reading, on lines of every length with capitals, punctuation, spaces
// and characters past ASCII at every place, and with every room left.
func TestAppendNormEight(t *testing.T) {
	reference := func(dst []byte, s string, limit int) []byte {
		for _, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			for _, b := range []byte(string(unicode.ToLower(r))) {
				if len(dst) < limit {
					dst = append(dst, b)
				}
			}
		}
		return dst
	}
	base := "The Geology-of MARS: 2025 | Site's «Über» News—ÉTÉ x"
	for start := 0; start < len(base); start++ {
		for end := start; end <= len(base); end++ {
			s := base[start:end]
			want := reference([]byte("ab"), s, 1<<30)
			assert.Equal(t, string(want), string(appendNorm([]byte("ab"), s)), "%q", s)
			for room := 2; room <= len(want)+3; room += 3 {
				got := appendNormUpTo(append(make([]byte, 0, room), "ab"...), s)
				assert.Equal(t, string(reference([]byte("ab"), s, room)), string(got), "%q in %d", s, room)
			}
		}
	}
}

// TestTitlePartsFromTail checks that the parts of a <title> after og:title
// and a separator, whose words findMetaTitles copies from the title's and
// siteNames from the part's, are the words each normalises to, whatever
// the separator, the part's length (a short one is no title but is a
// site's name) or its script.
func TestTitlePartsFromTail(t *testing.T) {
	for _, tt := range []struct{ og, sep, site string }{
		{"Harbour board approves second ferry berth", " - ", "Westmere Gazette"},
		{"Harbour board approves second ferry berth", " | ", "BBC"},
		{"Bergbahn stellt Betrieb ein", " — ", "Radio Älpenwelle"},
		{"Bergbahn stellt Betrieb ein", " :: ", "Ö1"},
		{"Local News today", " – ", "The Valley Courier"},
	} {
		page := `<html><head><title>` + tt.og + tt.sep + tt.site + `</title><meta property="og:title" content="` + tt.og +
			`"><meta property="og:site_name" content="` + tt.site + `"></head><body><p>Body.</p></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		p := walkPage(doc)
		var want []string
		for _, s := range []string{tt.og, tt.og + tt.sep + tt.site, tt.site} {
			if n := normTitle(s); len(n) >= 8 {
				want = append(want, n)
			}
		}
		assert.Equal(t, want, p.metaTitles(), tt.site)
		assert.Contains(t, p.siteNames(), normTitle(tt.site), tt.site)
		assert.Equal(t, tt.site, p.meta.lastPart, tt.site)
		p.release()
	}
}
