package newswire

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestElideSpaces checks which white space between tags elision drops.
// Each page ends in a script, as the scanner reads a page only as far as
// it may drop something (see lastDroppable).
func TestElideSpaces(t *testing.T) {
	const s, e = "<script>x</script>", "<script></script>"
	tests := []struct{ name, in, want string }{
		{"head",
			"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=utf-8>\n<title> T </title>\n</head>\n<body>\n<p>a</p>\n" + s,
			"<!DOCTYPE html><html><head><meta charset=utf-8><title> T </title></head><body><p>a</p>" + e},
		{"blocks", "<div>\n<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n</div>\n" + s,
			"<div><ul><li>a</li><li>b</li>\n</ul>\n</div>\n" + e},
		{"between inline tags", "<p><b>a</b> <i>b</i>\n<span>c</span></p>" + s,
			"<p><b>a</b> <i>b</i>\n<span>c</span></p>" + e},
		{"after </p>", "<p>a</p>\n<span>b</span>" + s, "<p>a</p><span>b</span>" + e},
		{"before a block", "<span>a</span>\n<div>b</div> <br> <span>c</span>" + s,
			"<span>a</span><div>b</div><br><span>c</span>" + e},
		{"text is kept", "<div>\n a\n<p>b</p> c </div>" + s, "<div>\n a\n<p>b</p> c </div>" + e},
		{"a '<' in text", "<div> < <p>x</p></div>" + s, "<div> < <p>x</p></div>" + e},
		{"formatting element open", "<b><div>\n<p>x</p></div></b>\n<p>y</p>" + s,
			"<b><div>\n<p>x</p></div></b><p>y</p>" + e},
		{"formatting out of order", "<b><i>x</b></i><div>\n<p>y</p></div>" + s,
			"<b><i>x</b></i><div>\n<p>y</p></div>" + e},
		{"formatting across a cell", "<b><table><tr><td></b><div>\n<p>y</p></div>" + s,
			"<b><table><tr><td></b><div>\n<p>y</p></div>" + e},
		{"a second <a>", "<a href=1><a href=2>x</a><div>\n<p>y</p>" + s,
			"<a href=1><a href=2>x</a><div>\n<p>y</p>" + e},
		{"pre", "<div>\n<pre>\n<b>x</b>\n<b>y</b></pre>\n<div>\n<p>z</p>" + s,
			"<div><pre>\n<b>x</b>\n<b>y</b></pre>\n<div>\n<p>z</p>" + e},
		{"table", "<table>\n<tr>\n<td>\n<b>x</b>\n</td>\n</tr>\n</table>" + s,
			"<table><tr>\n<td>\n<b>x</b>\n</td>\n</tr>\n</table>" + e},
		{"streamed part", "<div hidden id=\"S:0\">\n<span>x</span></div>" + s,
			"<div hidden id=\"S:0\">\n<span>x</span></div>" + e},
		{"template", "<template><div>\n<p>x</p></div></template><div>\n<p>y</p>" + s,
			"<template><div>\n<p>x</p></div></template><div><p>y</p>" + e},
		{"svg", "<svg>\n<g>\n</g>\n</svg>\n<div>\n<p>x</p>" + s, "<svg>\n<g>\n</g>\n</svg><div><p>x</p>" + e},
		{"capitals", "<DIV>\n<P>a</P>\n<SPAN>b</SPAN>" + s, "<DIV><P>a</P><SPAN>b</SPAN>" + e},
		{"not a known name", "<divx>\n<span>a</span><p1>\n<span>b</span>" + s,
			"<divx>\n<span>a</span><p1>\n<span>b</span>" + e},
		{"past the last script", s + "<div>\n<p>x</p>", e + "<div>\n<p>x</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(elideRawText([]byte(tt.in))))
			if d := elisionDiff([]byte(tt.in)); d != "" {
				t.Error(d)
			}
			if d := spacesDiff([]byte(tt.in)); d != "" {
				t.Error(d)
			}
		})
	}
}

// TestElideSpacesFound holds pages on which a review found dropped white
// space to change the tree or the article, each fixed since.
func TestElideSpacesFound(t *testing.T) {
	const head = "<h1>Rocket launch delayed again</h1><p>WASHINGTON (AFP) - The launch of the rocket was delayed " +
		"again on Monday, officials said, citing weather concerns.</p>"
	const more = "<p>Engineers are checking the vehicle after the delay, a spokesman said on Monday.</p>"
	var placeholders strings.Builder
	for i := range 35 {
		fmt.Fprintf(&placeholders, "<div>Placeholder line %d shown while the story loads.</div>\n", i)
	}
	tests := map[string]string{
		// The adoption agency closes a misnested formatting element in
		// at most eight rounds, one for each block opened in it, and
		// leaves a copy open past that, which white space re-opens.
		"eight blocks in a link": head + "<a href=/home>" + strings.Repeat("<div>", 8) + "Home</a>" +
			strings.Repeat("</div>", 8) + "\n<table><tr><td>" + more + more + "</td></tr></table><p>More text after the table.</p><script>x</script>",
		"eight blocks in bold": "<b>" + strings.Repeat("<div>", 8) + "x</b>" + strings.Repeat("</div>", 8) + " <div>y</div><script></script>",
		// A streaming boundary's fallback is sought among a bounded
		// number of siblings, and read as "Loading..." by its length:
		// neither may count white space.
		"a long fallback": head + `<!--$?--><template id="B:0"></template>` + placeholders.String() +
			`<!--/$--><div hidden id="S:0">` + more + "</div><script></script>",
		"a fallback's length": head + "\n" + `<template id="B:0"></template><div class=skeleton>Loading<div> </div>the whole long story for you n...</div>` +
			"\n" + more + `<div hidden id="S:1">` + more + "</div><script>x</script>",
		// A streamed part's id may be written with a character reference.
		"a referenced id": "<h1>Rocket launch delayed again</h1><p>WASHINGTON (AFP) - The launch of the rocket was delayed " +
			`again on Monday, officials said<template id="B:0"></template>, citing weather concerns.</p>` +
			`<div hidden id="S&#58;0"> <span>and others</span></div><script></script>`,
	}
	for name, page := range tests {
		t.Run(name, func(t *testing.T) {
			if d := elisionDiff([]byte(page)); d != "" {
				t.Error(d)
			}
			if d := spacesDiff([]byte(page)); d != "" {
				t.Error(d)
			}
		})
	}
}

// TestBlockSpaceTags ties the white-space rules to the walk: every tag
// they take for a block's is one the walk ends a block at, a block
// element or a break.
func TestBlockSpaceTags(t *testing.T) {
	for _, group := range spaceTagNames {
		for _, name := range group.names {
			got := spaceClasses.lookup([]byte(strings.ToUpper(name)), 0, len(name))
			assert.Equal(t, group.class, got.class, name)
			if group.class&tcBlock == 0 {
				continue
			}
			a := atom.Lookup([]byte(name))
			info := tagInfoOf(a)
			assert.True(t, info.kind()&kindBlock != 0 || info.action() == actBreak, "%s does not end a block", name)
			// The tree builder makes the element where its tag stands:
			// in a paragraph, after inline text.
			doc, err := html.Parse(strings.NewReader("<p>a<b>b</b>c<" + name + ">"))
			assert.NoError(t, err)
			assert.NotNil(t, findElement(doc, a), name)
		}
	}
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// TestElideSpacesKeepArticle checks that dropping white space between
// tags changes no article, on every page of testdata and a sample of
// ../shared/eval when present (NEWSWIRE_ELIDE_ALL=1 takes them all).
func TestElideSpacesKeepArticle(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, s := range benchSets() {
		if !s.real {
			continue
		}
		set := s.glob()
		if os.Getenv("NEWSWIRE_ELIDE_ALL") == "" {
			set = spreadSample(set)
		}
		paths = append(paths, set...)
	}
	for _, p := range paths {
		raw, err := readPage(p)
		if err != nil {
			t.Fatal(err)
		}
		if d := spacesDiff(raw); d != "" {
			t.Errorf("%s: %s", p, d)
		}
	}
}

// FuzzElideSpaces checks on arbitrary input that dropping white space
// between tags changes neither the tree but for that white space nor the
// article.
//
//	go test -run '^$' -fuzz FuzzElideSpaces -fuzztime 3m
func FuzzElideSpaces(f *testing.F) {
	for _, s := range []string{
		"<html>\n<head>\n<title>T</title>\n</head>\n<body>\n<h1>Title here</h1>\n<p>By Jo Ann</p>\n<div>\n<p>First paragraph of the story.</p>\n</div>\n<script>x</script>",
		"<p>a</p>\n<b>x\n<p>y</p>\n</b>\n<div>\n<p>z</p></div><!--" + strings.Repeat("c", 70) + "-->",
		"<table>\n<tr>\n<td>a</td>\n</tr>\n</table>\n<p>b</p>\n<style>s</style>",
		"<div><a href=/x>\n<div>\n<p>link text</p>\n</div>\n</a>\n</div><script></script>",
		"<ul>\n<li><i>a</li>\n<li>b</i></li>\n</ul>\n<p>c</p><script></script>",
		"<p>a<br>\n<span>b</span> <br> c</p>\n<noscript>x</noscript>",
		"<div>\n<select>\n<option>a\n<div>\n</select>\n<p>b</p><script></script>",
		"<pre>\n<p>a</p>\n</pre>\n<p>b</p><script></script>",
		"<font><table><td>\n<p>a</p></font>\n<p>b</p><script></script>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if d := elisionDiff(page); d != "" {
			t.Fatal(d)
		}
		if d := spacesDiff(page); d != "" {
			t.Fatal(d)
		}
	})
}

// spacesDiff parses page elided with and without dropping white space
// between tags, and describes how the two articles differ; "" when they
// do not.
func spacesDiff(page []byte) string {
	with, err1 := articleJSON(elide(bytes.Clone(page), true))
	without, err2 := articleJSON(elide(bytes.Clone(page), false))
	if fmt.Sprint(err1) != fmt.Sprint(err2) {
		return fmt.Sprintf("errors differ: %v, without dropped spaces %v", err1, err2)
	}
	if with != without {
		return fmt.Sprintf("article differs:\n%s\nwithout dropped spaces:\n%s", with, without)
	}
	return ""
}

func articleJSON(page []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	a, err := ParseNode(doc)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(a)
	return string(b), err
}

// TestBlockStartsAgrees checks blockStarts's search at each ':' against
// the plain reading of its rule, on tags of the bytes it looks for.
func TestBlockStartsAgrees(t *testing.T) {
	plain := func(tag []byte) bool {
		return !bytes.Contains(tag, []byte("S:")) && bytes.IndexByte(tag, '&') < 0
	}
	const alphabet = "S:s&<div =\"x"
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		assert.Equal(t, plain(b), blockStarts(b), "%q", b)
	}
	for _, tag := range []string{`<div id="S:1">`, `<div id="s:1">`, `<div data-x="a:b" id="S:2">`, `<div>`, `<p title="a&amp;b">`, `<div :S>`, `<div S:>`} {
		assert.Equal(t, plain([]byte(tag)), blockStarts([]byte(tag)), tag)
	}
}

// TestLookupAgreesWithNameKey holds lookup's inline reading of a name with
// eight bytes after its start to nameKey's: each name is looked up with
// bytes of a page after it (the inline branch) and at the page's end
// (nameKey), in both cases, and the two answers must agree.
func TestLookupAgreesWithNameKey(t *testing.T) {
	names := []string{"p", "br", "div", "li", "b", "a", "font", "table", "section", "figcaption", "blockquote",
		"strong", "span", "nobr", "x", "abcdefgh", "abcdefghi", "figcaptio", "TABLE", "Div", "h1", "h6", "em", "tt"}
	tails := []string{"", ">", " class=\"x\">", "\x00\xff\x80AZaz[@`{", "        "}
	for _, name := range names {
		for _, cased := range []string{name, strings.ToUpper(name), strings.ToLower(name)} {
			atEnd := []byte("<" + cased)
			want := spaceClasses.lookup(atEnd, 1, len(atEnd))
			for _, tail := range tails {
				b := []byte("<" + cased + tail + "........")
				if got := spaceClasses.lookup(b, 1, 1+len(cased)); got != want {
					t.Errorf("lookup(%q) with %q after it = %+v, at the page's end %+v", cased, tail, got, want)
				}
			}
		}
	}
}
