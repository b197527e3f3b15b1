package newswire

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// assertInvariants checks what every Article promises, whatever the page:
// plain trimmed paragraphs, absolute http(s) URLs, real dates.
func assertInvariants(t testing.TB, a *Article) {
	t.Helper()
	// The headline may be empty: a story whose page states no title is
	// still a story. A body it must have.
	if len(a.Body) == 0 {
		t.Errorf("empty body")
	}
	for i, p := range a.Body {
		if p == "" || p != strings.TrimSpace(p) {
			t.Errorf("body[%d] is empty or untrimmed: %q", i, p)
		}
		if !utf8.ValidString(p) || strings.ContainsAny(p, "\x00\n\r\t") || strings.Contains(p, "  ") {
			t.Errorf("body[%d] is not clean text: %q", i, p)
		}
		if strings.Contains(p, "<p>") || holdsEndTag(p) {
			t.Errorf("body[%d] holds markup: %q", i, p)
		}
	}
	for _, s := range []string{a.Headline, a.Byline, a.Signoff, a.Kicker, a.Section} {
		if !utf8.ValidString(s) || s != strings.TrimSpace(s) {
			t.Errorf("field not clean: %q", s)
		}
	}
	urls := []string{}
	if a.URL != "" {
		urls = append(urls, a.URL)
	}
	for _, im := range a.Images {
		urls = append(urls, im.URL)
	}
	for _, l := range a.RelatedLinks {
		urls = append(urls, l.URL)
	}
	for _, s := range a.RelatedStories {
		if s.URL != "" {
			urls = append(urls, s.URL)
		}
		if !s.Dateline.Date.IsZero() && !s.Dateline.Date.Valid() {
			t.Errorf("related story date %v is no calendar date", s.Dateline.Date)
		}
	}
	for _, s := range urls {
		// JSON would turn a byte that is not UTF-8 into U+FFFD and so
		// change the address; such bytes, spaces and controls are
		// percent-encoded.
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7F }) {
			t.Errorf("URL %q holds bytes it should have percent-encoded", s)
		}
		u, err := url.Parse(s)
		if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Errorf("URL %q is not absolute http(s)", s)
		}
	}
	if d := a.Dateline.Date; !d.IsZero() && !d.Valid() {
		t.Errorf("dateline date %v is no calendar date", d)
	}
}

// holdsEndTag reports s holding what html.Parse reads as an end tag: "</"
// and a letter. A "</" at the end of a page is text to it, as a browser
// shows it, and one before a space or a digit opens a comment, so a body
// may hold the first faithfully and never the second.
func holdsEndTag(s string) bool {
	for i := strings.Index(s, "</"); i >= 0; i = indexFrom(s, "</", i+2) {
		if i+2 < len(s) && (s[i+2]|0x20 >= 'a' && s[i+2]|0x20 <= 'z') {
			return true
		}
	}
	return false
}

func TestHoldsEndTag(t *testing.T) {
	for s, want := range map[string]bool{
		"The mayor said so.</p>":         true,
		"The mayor</B> said so.":         true,
		"a</div>b</":                     true,
		"The page ends in a bare </":     false,
		"Marks such as </ and </3 stay.": false,
		"No markup at all.":              false,
	} {
		assert.Equal(t, want, holdsEndTag(s), "%q", s)
	}
}
