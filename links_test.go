package newswire

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBaseHref checks that <base href> decides how relative links resolve,
// itself resolved against the address the page was fetched from.
func TestBaseHref(t *testing.T) {
	page := func(head, link string) string {
		p := strings.Replace(article(""), "<head>", "<head>"+head, 1)
		return strings.Replace(p, `href="https://www.esa.int/"`, `href="`+link+`"`, 1)
	}
	tests := []struct {
		name, head, link, given string
		wantLink, wantURL       string
	}{
		{"no base: the page's address", "", "esa/home.html", "https://www.spacedaily.com/reports/launch.html",
			"https://www.spacedaily.com/reports/esa/home.html", "https://www.spacedaily.com/reports/launch.html"},
		{"absolute base", `<base href="https://static.example.org/mirror/">`, "esa/home.html", "https://www.spacedaily.com/reports/launch.html",
			"https://static.example.org/mirror/esa/home.html", "https://www.spacedaily.com/reports/launch.html"},
		{"relative base against WithURL", `<base href="/archive/2015/">`, "esa/home.html", "https://www.spacedaily.com/reports/launch.html",
			"https://www.spacedaily.com/archive/2015/esa/home.html", "https://www.spacedaily.com/reports/launch.html"},
		{"relative base against the canonical URL", `<link rel="canonical" href="https://www.spacewar.com/reports/launch.html"><base href="../archive/">`, "esa/home.html", "",
			"https://www.spacewar.com/archive/esa/home.html", "https://www.spacewar.com/reports/launch.html"},
		{"relative canonical resolves against base", `<base href="https://www.spacewar.com/reports/"><link rel="canonical" href="launch.html">`, "/esa/", "https://mirror.example.net/x/y.html",
			"https://www.spacewar.com/esa/", "https://www.spacewar.com/reports/launch.html"},
		{"the first base with an href counts", `<base target="_blank"><base href="https://a.example.com/one/"><base href="https://b.example.com/two/">`, "esa", "https://www.spacedaily.com/reports/launch.html",
			"https://a.example.com/one/esa", "https://www.spacedaily.com/reports/launch.html"},
		{"a base that is not http(s) is ignored", `<base href="javascript:void(0)">`, "esa/home.html", "https://www.spacedaily.com/reports/launch.html",
			"https://www.spacedaily.com/reports/esa/home.html", "https://www.spacedaily.com/reports/launch.html"},
	}
	for _, tt := range tests {
		var opts []Option
		if tt.given != "" {
			opts = append(opts, WithURL(mustURL(tt.given)))
		}
		a := mustParse(t, page(tt.head, tt.link), opts...)
		assert.Equal(t, tt.wantURL, a.URL, tt.name)
		if assert.Len(t, a.RelatedLinks, 1, tt.name) {
			assert.Equal(t, tt.wantLink, a.RelatedLinks[0].URL, tt.name)
		}
	}
}

// TestURLBytesThatAreNotUTF8 checks that a byte that is not UTF-8 in a link,
// where the charset was judged UTF-8 on the page's first 64 KiB, is
// percent-encoded rather than left for JSON to turn into U+FFFD.
func TestURLBytesThatAreNotUTF8(t *testing.T) {
	link := "https://www.esa.int/caf\xe9/p\xe9?q=\x95&r=caf\xc3\xa9 x"
	page := article(`<!-- ` + strings.Repeat("padding ", sniffLen/8+1024) + ` -->`)
	page = strings.Replace(page, `href="https://www.esa.int/"`, `href="`+link+`"`, 1)
	require.Greater(t, strings.Index(page, "\x95"), sniffLen)
	a := mustParse(t, page)
	require.Len(t, a.RelatedLinks, 1)
	assert.Equal(t, "https://www.esa.int/caf%E9/p%E9?q=%95&r=caf%C3%A9%20x", a.RelatedLinks[0].URL)

	repro := filepath.Join("..", "shared", "repro", "invalid-utf8-url-past-64k.html")
	raw, err := os.ReadFile(repro)
	if err != nil {
		t.Skip("no shared reproducers")
	}
	a, err = Parse(bytes.NewReader(raw))
	require.NoError(t, err)
	assertInvariants(t, a)
}

// A page's own address is its canonical link, else og:url, else the
// JSON-LD url: without a canonical link, og:url still comes before JSON-LD.
func TestOwnAddressOrder(t *testing.T) {
	const page = `<html><head>%s<meta property="og:url" content="https://example.com/og">
<script type="application/ld+json">{"@type":"NewsArticle","url":"https://example.com/ld","headline":"Harbour reopens"}</script>
<title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said in a statement.</p>
<p>Ferries to the islands resume their full timetable from Wednesday, and fishing boats may land their catch at the north quay again.</p>
</article></body></html>`
	for canonical, want := range map[string]string{
		`<link rel="canonical" href="https://example.com/canonical">`: "https://example.com/canonical",
		"": "https://example.com/og",
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, canonical)))
		require.NoError(t, err)
		assert.Equal(t, want, a.URL, canonical)
	}
}

// TestResolveURLShortcuts checks that the links resolveURL answers without
// parsing come out as net/url resolves them, and that those it must parse
// still are.
func TestResolveURLShortcuts(t *testing.T) {
	bases := []string{"", "https://www.example.com/news/story.html", "HTTP://Example.COM:80/a/", "https://example.com:8443/x", "https://user@example.com/"}
	hrefs := []string{
		"https://www.example.com/news/2025/01/story.html",
		"https://www.example.com/search?q=a+b&page=2",
		"http://example.org/a;b/c,d/(e)/f*!'/",
		"https://example.org/p?u=100%25&x=[1]|2",
		"https://example.org",
		"https://Example.org/a",
		"https://example.org:443/a",
		"https://example.org/a b",
		"https://example.org/a#top",
		"https://example.org/caf%C3%A9",
		"https://example.org/a/../b/./c",
		"https://user@example.org/a",
		"/news/2025/story.html",
		"/search?q=moon&page=2",
		"/a/../b",
		"/a/./b/.",
		"/a//b",
		"//cdn.example.net/img.jpg",
		"/",
		"/?",
		"/a?%zz",
		"story.html",
		"../up.html",
		"?page=3",
		"mailto:desk@example.com",
	}
	for _, b := range bases {
		var base *url.URL
		if b != "" {
			base = mustURL(b)
		}
		for _, h := range hrefs {
			got, gotOK := resolveURL(base, h)
			want, wantOK := resolveByParsing(base, h)
			assert.Equal(t, wantOK, gotOK, "%s against %s", h, b)
			assert.Equal(t, want, got, "%s against %s", h, b)
			// ownAddress keeps a normal address as it is for the page's
			// URL, in place of writing the parsed one again.
			if gotOK && isNormalURL(got) {
				assert.Equal(t, got, mustURL(got).String(), "%s against %s", h, b)
			}
		}
	}
	assert.True(t, isNormalURL("https://www.example.com/news/story.html"))
	assert.False(t, isNormalURL("https://www.example.com"), "no path: resolving adds one")
	assert.True(t, isPlainRootPath("/news/story.html?id=3"))
	assert.False(t, isPlainRootPath("/news/../story.html"))
	scheme, host, ok := normalOrigin(mustURL("HTTP://Example.COM:80/a/"))
	assert.True(t, ok)
	assert.Equal(t, "http://example.com", scheme+"://"+host)
	_, _, ok = normalOrigin(mustURL("https://example.com:8443/"))
	assert.False(t, ok)
	_, _, ok = normalOrigin(nil)
	assert.False(t, ok)
	got, ok := resolveURL(mustURL("https://Example.com/a/b"), "/news/story.html?id=3")
	assert.True(t, ok)
	assert.Equal(t, "https://example.com/news/story.html?id=3", got)
}

// TestIsPlainPathQuery checks the class table against the rule it
// encodes, byte by byte in the path and in the query, and on real-looking
// paths.
func TestIsPlainPathQuery(t *testing.T) {
	rule := func(c byte, inQuery bool) bool {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			return true
		case strings.IndexByte("-._~/$&+,:;=@!'()*?", c) >= 0:
			return true
		case c == '%' || c == '[' || c == ']' || c == '|':
			return inQuery
		}
		return false
	}
	for c := 0; c < 256; c++ {
		assert.Equal(t, rule(byte(c), false), isPlainPathQuery("/a"+string([]byte{byte(c)})), "path byte %#x", c)
		assert.Equal(t, rule(byte(c), true), isPlainPathQuery("/a?q="+string([]byte{byte(c)})), "query byte %#x", c)
	}
	for s, want := range map[string]bool{
		"/news/2025/12/19/mars-rover.html": true,
		"/search?q=mars%20rover&page=2":    true,
		"/story/100%-sure":                 false,
		"/a#comments":                      false,
		"/wiki/Mars_(planet)?x=[1]|y":      true,
		"/caf\u00e9":                       false,
		"/path with space":                 false,
	} {
		assert.Equal(t, want, isPlainPathQuery(s), s)
	}
}

func TestParseNormalURLAsNetURL(t *testing.T) {
	for _, s := range []string{
		"https://example.com/",
		"https://www.example.com/news/2025/12/18/story-title.html",
		"http://example.com/a/b?id=42&page=2",
		"https://example.com/a?",
		"https://example.com/a??b",
		"https://example.com/a?b?",
		"https://example.com/story/it's-(not)-*over*!",
		"https://example.com/a,b;c=d:e@f$g+h&i",
		"https://example.com/search?q=[a]|b%20c",
		"https://news.example.co.uk/world-europe-12345678",
	} {
		require.True(t, isNormalURL(s), s)
		want, err := url.Parse(s)
		require.NoError(t, err)
		got := parseNormalURL(s)
		assert.Equal(t, want, got, s)
		assert.Equal(t, s, got.String(), s)
		ref, _ := url.Parse("../x/y?z=1")
		assert.Equal(t, want.ResolveReference(ref).String(), got.ResolveReference(ref).String(), s)
	}
}
