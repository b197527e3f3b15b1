package newswire

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The story the streaming tests send in parts: four paragraphs, each
// told apart from the others by its words.
const (
	streamLead   = "The city council voted on Tuesday to close the old harbour bridge to traffic for the rest of the year."
	streamSecond = "Engineers had warned for years that the steel supports were corroding faster than anyone expected."
	streamThird  = "Ferries will carry commuters across the harbour from next week, the transport office said on Monday."
	streamLast   = "A new bridge is planned for 2029, and the council will pick its design in a public vote next spring."
)

// A streamed page reads as the browser shows it: each part where its
// placeholder stands, in the story's order, without the fallback shown
// until it came, and once.
func TestStreamedPartsReadInPlace(t *testing.T) {
	lead := streamLead
	second := streamSecond
	third := streamThird
	last := streamLast
	shell := func(placeholders string) string {
		return `<html><head><title>Harbour bridge to close</title></head><body><header><nav><a href="/">Home</a></nav></header>` +
			`<main><article><h1>Harbour bridge to close</h1><p>` + lead + `</p>` + placeholders + `<p>` + last + `</p></article></main>` +
			`<footer><p>© 2026 The Harbour Times. All rights reserved.</p></footer>`
	}
	parts := `<div hidden id="S:1"><p>` + third + `</p></div><script>$RC("B:1","S:1")</script>` +
		`<div hidden id="S:0"><p>` + second + `</p></div><script>$RC("B:0","S:0")</script></body></html>`
	for _, c := range []struct {
		name, page string
	}{
		{"boundaries with their comments", shell(`<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->`+
			`<!--$?--><template id="B:1"></template><div class="skeleton"><div>Loading story...</div></div><!--/$-->`) + parts},
		{"boundaries saved without comments", shell(`<template id="B:0"></template><div>Loading paragraph...</div>`+
			`<template id="B:1"></template><div>Loading…</div>`) + parts},
		{"segments placed", shell(`<template id="P:0"></template><template id="P:1"></template>`) + parts},
	} {
		a, err := Parse(strings.NewReader(c.page))
		require.NoError(t, err, c.name)
		assert.Equal(t, []string{lead, second, third, last}, a.Body, c.name)
	}
}

// A placeholder whose part never came keeps its fallback, what follows a
// placeholder saved without comments stays unless it reads as a
// fallback, and a part that holds its own placeholder is read once.
func TestStreamedPartsEdges(t *testing.T) {
	lead := streamLead
	second := streamSecond
	third := streamThird
	last := streamLast
	page := func(body string) string {
		return `<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close</h1><p>` + lead + `</p>` + body + `</body></html>`
	}
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"no part", page(`<template id="B:0"></template><p>` + second + `</p></article>`), []string{lead, second}},
		{"a paragraph after a placeholder without comments", page(`<template id="B:0"></template><p>` + second + `</p></article><div hidden id="S:0"><h2>What next</h2></div>`), []string{lead, "What next", second}},
		// Only React's opening "$?" makes a later "/$" the fallback's
		// end: a stray one closes some other boundary.
		{"a stray end of a boundary", page(`<template id="B:0"></template><div>Loading...</div><p>` + third + `</p><p>` + last + `</p><!--/$--></article><div hidden id="S:0"><p>` + second + `</p></div>`), []string{lead, second, third, last}},
		// The end is looked for among a few siblings only: a page may
		// hold 256 placeholders over a million siblings.
		{"an end too far", page(`<!--$?--><template id="B:0"></template>` + strings.Repeat(`<!---->`, 100) + `<p>` + third + `</p><!--/$--><p>` + last + `</p></article><div hidden id="S:0"><p>` + second + `</p></div>`), []string{lead, second, third, last}},
		// A part's second placeholder shows its fallback no longer.
		{"two placeholders for a part", page(`<template id="P:0"></template><template id="B:0"></template><div>Loading story...</div><p>` + last + `</p></article><div hidden id="S:0"><p>` + second + `</p></div>`), []string{lead, second, last}},
		{"a part that never came", page(`<template id="B:0"></template><div>Loading story...</div><p>` + last + `</p></article>`), []string{lead, last}},
		{"a part holding its own placeholder", page(`<template id="P:0"></template></article><div hidden id="S:0"><p>` + second + `</p><template id="P:0"></template></div>`), []string{lead, second}},
	} {
		a, err := Parse(strings.NewReader(c.page))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Body, c.name)
	}
}

func TestPlaceholderID(t *testing.T) {
	for id, want := range map[string]string{"B:0": "0", "P:1a": "1a", "S:0": "", "B:": "", "b:0": "", "": ""} {
		got, ok := placeholderID(id)
		assert.Equal(t, want, got, id)
		assert.Equal(t, want != "", ok, id)
	}
}

func TestIsLoadingFallback(t *testing.T) {
	for s, want := range map[string]bool{
		"Loading paragraph...": true,
		" Loading hub_pages… ": true,
		"Loading...":           true,
		"Loading docks and bays of the harbour took all week...": false,
		"Loading times matter": false,
		"Please wait...":       false,
	} {
		assert.Equal(t, want, isLoadingFallback(s), "%q", s)
	}
}

// readsAsLoading says what isLoadingFallback says of an element's text,
// and on an element far larger than a fallback it stops early and copies
// nothing.
func TestReadsAsLoading(t *testing.T) {
	big := strings.Repeat("<p>Sentence of a long story that is no fallback.</p>", 100_000)
	for _, c := range []struct {
		markup string
		want   bool
	}{
		{`<div>Loading paragraph...</div>`, true},
		{"<div class=skeleton>\n   <div>  Loading story…  </div>\n   <span></span>\n</div>", true},
		{`<div>Load<b>ing</b> story...</div>`, true},
		{`<div>Loading docks and bays of the harbour took all week...</div>`, false},
		{`<div>Loading times matter</div>`, false},
		{`<div><p>Loading...</p>` + strings.Repeat("<i></i>", 100) + `</div>`, false},
		{`<div>` + big + `</div>`, false},
	} {
		doc, err := html.Parse(strings.NewReader("<body>" + c.markup))
		require.NoError(t, err)
		n := pageBody(doc).FirstChild
		assert.Equal(t, c.want, readsAsLoading(n), "%.60q", c.markup)
		if len(c.markup) > 1000 {
			assert.Zero(t, testing.AllocsPerRun(5, func() { readsAsLoading(n) }), "a large element is not copied")
		}
	}
}

// A part the walk reaches where it was sent, before any placeholder for
// it, is read there once: a placeholder met later, in that part or in a
// later one, does not read it again.
func TestStreamedPartReadOnce(t *testing.T) {
	p := func(n int) string {
		return fmt.Sprintf("Sentence number %d tells the council's plan for the harbour bridge in full detail today.", n)
	}
	para := func(n int) string { return "<p>" + p(n) + "</p>" }
	head := `<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close</h1></article>`
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"its own placeholder", head + `<div hidden id="S:0">` + para(1) + para(2) + `<template id="P:0"></template>` + para(3) + `</div></body></html>`,
			[]string{p(1), p(2), p(3)}},
		{"a placeholder after it", head + `<div hidden id="S:1">` + para(1) + para(2) + `</div><div hidden id="S:0">` + para(3) + para(4) + para(5) + `<template id="P:1"></template></div></body></html>`,
			[]string{p(1), p(2), p(3), p(4), p(5)}},
	} {
		a, err := Parse(strings.NewReader(c.page))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Body, c.name)
	}
}

// Parts placed one in another nest no deeper than maxSegmentDepth: a
// chain of twelve, each holding the next one's placeholder, places eight
// and leaves the rest to be read where they were sent, here hidden boxes
// after the story.
func TestStreamedPartsNestBounded(t *testing.T) {
	const parts = 12
	p := func(n int) string {
		return fmt.Sprintf("Sentence number %d tells the council's plan for the harbour bridge in full detail today.", n)
	}
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close</h1><template id="P:0"></template></article>`)
	for k := parts - 1; k >= 0; k-- { // sent last first, so that each is placed before the walk reaches it
		fmt.Fprintf(&sb, `<div hidden id="S:%d"><p>%s</p><template id="P:%d"></template></div>`, k, p(k), k+1)
	}
	a, err := Parse(strings.NewReader(sb.String()))
	require.NoError(t, err)
	var want []string
	for k := range maxSegmentDepth {
		want = append(want, p(k))
	}
	assert.Equal(t, want, a.Body)
}

// A part that a fallback's skipped siblings held, or one past the first
// maxSegments, is still read once.
func TestStreamedPartsPassed(t *testing.T) {
	lead := streamLead
	second := streamSecond
	third := streamThird
	head := `<html><head><title>Harbour bridge to close</title></head><body>`
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		// The body's own boundary holds part S:0 among its fallback's
		// siblings; the placeholder in S:1 then finds S:0 read.
		{"a part inside a skipped fallback", head + `<!--$?--><template id="B:1"></template><div hidden id="S:0"><p>` + third + `</p></div><!--/$-->` +
			`<div hidden id="S:1"><article><h1>Harbour bridge to close</h1><p>` + lead + `</p><p>` + second + `</p><template id="P:0"></template></article></div></body></html>`,
			[]string{lead, second, third}},
		{"a part past the first 256", head + `<article><h1>Harbour bridge to close</h1><p>` + lead + `</p><template id="P:x"></template><p>` + third + `</p></article>` +
			strings.Repeat(`<div hidden id="S:0"></div>`, maxSegments) + `<div hidden id="S:x"><p>` + second + `</p></div></body></html>`,
			[]string{lead, third}},
	} {
		a, err := Parse(strings.NewReader(c.page))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Body, c.name)
	}
}

// BenchmarkUnmatchedPlaceholders reads a page of 100,000 placeholders
// whose parts never came, beside 256 parts with 20 attributes before
// their ids, as a ratio to html.Parse: each placeholder looks its part
// up by number, not among the parts one by one.
func BenchmarkUnmatchedPlaceholders(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close</h1>`)
	sb.WriteString(strings.Repeat(`<p>The city council voted on Tuesday to close the old harbour bridge to traffic.</p>`, 20))
	sb.WriteString(strings.Repeat(`<template id="B:z"></template>`, 100_000))
	sb.WriteString(`</article>`)
	attrs := strings.Repeat(` data-a="1"`, 20)
	for k := range maxSegments {
		fmt.Fprintf(&sb, `<div hidden%s id="S:%d"><p>part</p></div>`, attrs, k)
	}
	page := []byte(sb.String())
	var parse, ours time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		_, _ = Parse(bytes.NewReader(page)) // a refusal too has read the page
		parse, ours = parse+t1.Sub(t0), ours+time.Since(t1)
	}
	b.ReportMetric(float64(ours)/float64(parse), "x-time")
}

// Pages made at random of placeholders, parts, boundary comments,
// fallbacks and paragraphs, each paragraph sent once, read each paragraph
// once at most, wherever its part is placed or read. (The seed is fixed:
// the same pages each run.)
func TestStreamedSentencesOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sent := 0
	var sb strings.Builder
	piece := func() {
		switch r.IntN(8) {
		case 0, 1, 2:
			sent++
			fmt.Fprintf(&sb, "<p>Sentence number %d tells the council's plan for the harbour bridge in full detail today.</p>", sent)
		case 3:
			fmt.Fprintf(&sb, `<template id="B:%d"></template>`, r.IntN(4))
		case 4:
			fmt.Fprintf(&sb, `<template id="P:%d"></template>`, r.IntN(4))
		case 5:
			sb.WriteString([]string{"<!--$?-->", "<!--/$-->", "<!--$-->", "<!--$!-->"}[r.IntN(4)])
		case 6:
			sb.WriteString(`<div>Loading story...</div>`)
		case 7:
			sb.WriteString(`<div>`)
		}
	}
	for range 3000 {
		sb.Reset()
		sb.WriteString(`<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close</h1>`)
		for range r.IntN(8) {
			piece()
		}
		sb.WriteString(`</article>`)
		for range r.IntN(5) {
			fmt.Fprintf(&sb, `<div hidden id="S:%d">`, r.IntN(4))
			for range r.IntN(6) {
				piece()
			}
			sb.WriteString(`</div>`)
		}
		a, err := Parse(strings.NewReader(sb.String()))
		if err != nil {
			continue // too little story
		}
		seen := map[string]bool{}
		for _, p := range a.Body {
			if strings.HasPrefix(p, "Sentence") && seen[p] {
				t.Fatalf("%q twice in %s", p, sb.String())
			}
			seen[p] = true
		}
	}
}
