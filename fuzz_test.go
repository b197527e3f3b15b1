package newswire

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks the Article invariants on arbitrary input, seeded with
// the testdata pages. Crashers it finds are kept in testdata/fuzz.
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 10m
//
// With -short it is seeded with small pages only: a mutation of a 10-30 KB
// page costs milliseconds, and a new input found among them is minimized
// for seconds, so that a short run (CI's) would spend its time on a few
// dozen executions instead of thousands.
func FuzzParse(f *testing.F) {
	for _, page := range smallPages() {
		f.Add([]byte(page))
	}
	// Found by the fuzzer: a page that ends in "</", which html.Parse
	// keeps as text in the <h1>'s line (see holdsEndTag).
	f.Add([]byte("000000000000000000000000000000000000000000000000000000000000000000000000<h1>0000000000000000000000000000<p>00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000!<A0000000000000000000000000000000000000000><div>00000000000000000000</"))
	if !testing.Short() {
		pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
		for _, p := range pages {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	base := mustURL("https://www.spacedaily.com/reports/x_999.html")
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Parse(bytes.NewReader(page), WithURL(base), WithMaxBytes(1<<20))
		b, err2 := Parse(bytes.NewReader(page), WithURL(base), WithMaxBytes(1<<20))
		if (err == nil) != (err2 == nil) || !reflect.DeepEqual(a, b) {
			t.Fatalf("two parses of the same bytes differ")
		}
		if err != nil {
			if a != nil {
				t.Fatalf("an error and an article")
			}
			return
		}
		assertInvariants(t, a)
	})
}

// smallPages are pages of a few hundred bytes in each shape the library
// reads: SMN markup, a wire head on another outlet, metadata with JSON-LD,
// a generic story page, an index, a charset declaration.
func smallPages() []string {
	return []string{
		article(""),
		"<h1>Headline of a story</h1><p>Paris (AFP) Jan 01, 2020<p>Body text.",
		`<html><head><title>Quake hits coast | Example News</title>
<meta property="og:title" content="Quake hits coast"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<link rel="canonical" href="/world/quake.html"><base href="https://news.example.com/">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Quake hits coast","author":{"name":"Jane Doe"},"datePublished":"2024-03-01"}</script>
</head><body><article><h1>Quake hits coast</h1><p class="byline">By Jane Doe, Reuters</p>
<p>TOKYO (Reuters) - A strong earthquake struck off the coast on Friday, the weather agency said, and no tsunami warning was issued.</p>
<p>There were no immediate reports of damage. <a href="quake-map.html">Map</a></p>
<figure><img src="/img/q.jpg" alt="Map"><figcaption>The epicentre. Photo: AP</figcaption></figure></article>
<ul><li><a href="/a">Other story</a></li><li><a href="/b">Another story</a></li></ul></body></html>`,
		`<meta charset="windows-1251"><title>Новости</title><h1>Новости дня</h1><p>МОСКВА, 1 марта. /ТАСС/. Текст новости о событиях дня.</p>`,
		`<html><body><h2><a href="/1.html">One story</a></h2><p>Teaser one.</p><h2><a href="/2.html">Two</a></h2><p>Teaser two.</p></body></html>`,
		`<table><tr><td><span class="BL">by Staff Writers</span><br><span class="BHS">Washington (UPI) Oct 14, 2021</span><p>Text of a story.</p><p>--IANS ms/vd</p></td></tr></table>`,
	}
}
