package newswire

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestElideRawText(t *testing.T) {
	long := strings.Repeat("commented out markup ", 4) // 84 bytes
	tests := []struct{ name, in, want string }{
		{"script body", `<p>a<script>var x = "<p>";</script>b`, `<p>a<script></script>b`},
		{"script with src", `<script src="/a.js"></script><p>x`, `<script src="/a.js"></script><p>x`},
		{"JSON-LD kept", `<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{"JSON in any case kept", `<script type='APPLICATION/LD+JSON'>{}</script>`, `<script type='APPLICATION/LD+JSON'>{}</script>`},
		{"reference in the tag kept", `<script type="application/ld+&#106;son">{}</script>`, `<script type="application/ld+&#106;son">{}</script>`},
		{"style and noscript", `<style>p{}</style><noscript><img src=x></noscript><p>y`, `<style></style><noscript></noscript><p>y`},
		{"end tag in any case", "<SCRIPT>a()</SCRIPT\n><p>x", "<SCRIPT></SCRIPT\n><p>x"},
		{"end tag needs a delimiter", `<script>a("</scripts>")</script >x`, `<script></script >x`},
		{"quoted '>' in the tag", `<script data-x="a>b">c()</script>`, `<script data-x="a>b"></script>`},
		{"script in an attribute", `<a title="<script>">x</a><style>s</style>`, `<a title="<script>">x</a><style></style>`},
		{"escaped script", `<script><!--<script>x</script>y--></script>z`, `<script></script>z`},
		{"escaped end", `<script><!-- a </script> b`, `<script></script> b`},
		{"unclosed script", `<p>x<script>a(`, `<p>x<script>`},
		{"textarea is text", `<textarea><script>a</script></textarea><style>b</style>`, `<textarea><script>a</script></textarea><style></style>`},
		{"title is text", `<title><!-- ` + long + ` --></title>`, `<title><!-- ` + long + ` --></title>`},
		{"long comment", `a<!--` + long + `-->b`, `a<!---->b`},
		{"marker comment kept", `<!--body-2-incontainer.php--><!-- RELATED LINKS -->`, `<!--body-2-incontainer.php--><!-- RELATED LINKS -->`},
		{"comment with a reference kept", `<!--` + long + `&amp;-->`, `<!--` + long + `&amp;-->`},
		{"odd comment ends", `<!--><script>a</script><!--->`, `<!--><script></script><!--->`},
		{"comment ended by --!>", `<!--` + long + `--!><style>s</style>`, `<!----><style></style>`},
		{"comment hides a script", `<!-- <script>a</script> --><p>x`, `<!-- <script>a</script> --><p>x`},
		{"bogus comment", `<?x <script>a</script> ?><style>s</style>`, `<?x <script>a</script> ?><style></style>`},
		{"svg style is markup", `<svg><style>a<g>c</g></style></svg><style>d</style>`, `<svg><style>a<g>c</g></style></svg><style></style>`},
		{"breakout in svg style", `<svg><style>a<b>c</b></style></svg><style>d</style>`, `<svg><style>a<b>c</b></style></svg><style>d</style>`},
		{"svg title text", `<svg><title>Share</title><path d="M0"/></svg><script>a</script>`, `<svg><title>Share</title><path d="M0"/></svg><script></script>`},
		{"self-closing svg", `<svg/><script>a</script>`, `<svg/><script></script>`},
		{"CDATA in svg", `<svg><![CDATA[</svg><script>]]></svg><script>a</script>`, `<svg><![CDATA[</svg><script>]]></svg><script></script>`},
		{"foreignObject gives up", `<svg><foreignObject><p>x</p></foreignObject></svg><script>a</script>`, `<svg><foreignObject><p>x</p></foreignObject></svg><script>a</script>`},
		{"breakout gives up", `<math><p>x</math><script>a</script>`, `<math><p>x</math><script>a</script>`},
		{"template kept", `<template><style>s</style></template><style>t</style>`, `<template><style>s</style></template><style></style>`},
		{"plaintext", `<plaintext><script>a</script>`, `<plaintext><script>a</script>`},
		{"frameset", `<frameset><script>a</script>`, `<frameset><script>a</script>`},
		{"'<' at the end", `<script>a</script><`, `<script></script><`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(elideRawText([]byte(tt.in))))
			if d := elisionDiff([]byte(tt.in)); d != "" {
				t.Error(d)
			}
		})
	}
}

// TestMarkerMaxLen ties markerMaxLen to marker: a marker as long as the
// scanner keeps is read, one character more is not.
func TestMarkerMaxLen(t *testing.T) {
	at := "body-2-incontainer"
	assert.Equal(t, markBodyStart, marker(" "+at+strings.Repeat("x", markerMaxLen-len(at))+" "))
	assert.Equal(t, markNone, marker(at+strings.Repeat("x", markerMaxLen-len(at)+1)))
}

// TestElideKeepsTree checks elideRawText's promise on every page of
// testdata and, when present, on every fourth page of ../shared/eval (a
// smaller sample under -short; NEWSWIRE_ELIDE_ALL=1 takes them all):
// html.Parse of the elided page is the tree of the page itself less the
// text of scripts, styles and noscripts and of long comments.
func TestElideKeepsTree(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, s := range benchSets() {
		if !s.real {
			continue
		}
		set := s.glob()
		switch {
		case os.Getenv("NEWSWIRE_ELIDE_ALL") != "":
		case testing.Short():
			set = spreadSample(set)
		default:
			for i := range (len(set) + 3) / 4 {
				set[i] = set[4*i]
			}
			set = set[:(len(set)+3)/4]
		}
		paths = append(paths, set...)
	}
	var in, out int
	for _, p := range paths {
		raw, err := readPage(p)
		if err != nil {
			t.Fatal(err)
		}
		if d := elisionDiff(raw); d != "" {
			t.Errorf("%s: %s", p, d)
		}
		in += len(raw)
		out += len(elideRawText(bytes.Clone(raw)))
	}
	t.Logf("%d pages, %d bytes elided to %d", len(paths), in, out)
}

// FuzzElide checks elideRawText's promise on arbitrary input.
//
//	go test -run '^$' -fuzz FuzzElide -fuzztime 3m
func FuzzElide(f *testing.F) {
	for _, s := range []string{
		`<a title="<script>" href='>'>x</a><script>a</script>`,
		`<p>unclosed <script`, `<div class="x`, `<script><!--<script></script>-->`, `</script >`,
		"<SCRIPT>x</SCRIPT\n>", `<svg><style>a<b>c</b></style><title>t<script>s</script></title></svg>`,
		`<svg><script>a</script><![CDATA[<style>]]></svg><style>x</style>`,
		`<math><mi><style>a</style></mi><annotation-xml encoding="text/html"><style>b</style></annotation-xml></math>`,
		`<svg><foreignObject><script>x</script></foreignObject></svg>`, `<plaintext><script>`,
		`<textarea><script>a</script></textarea>`, `<title><script>a</script></title>`,
		`<!--> <!---> <!-- a --!> <!-- b --!-->`, "<p>\x00<script>\x00</script>", `<`, `<p><`,
		`<svg a=b/><style>x</style>`, `<svg/><style>x</style>`, `<p><b></p><svg><title>t</title></svg><style>x</style>`,
		`<template><col><style> </style></template>`, `<frameset><style> </style>`,
		`<!DOCTYPE html><!x><?y><//z></ ><svg></g></svg>`,
		`<noscript><img src=x></noscript><noscript>a</noscript >`,
		`<!--` + strings.Repeat("x", 70) + `--><!--` + strings.Repeat("&lt;", 30) + `-->`,
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(strings.Repeat(`<div><a href="/a">x</a></div>`, 40) + `<script>t()</script><p>After</p>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		if d := elisionDiff(page); d != "" {
			t.Fatal(d)
		}
		// Where elisionEnd stops the scanner, the article is the one read
		// to the last droppable.
		want, err1 := articleJSON(elideRawText(bytes.Clone(page)))
		got, err2 := articleJSON(elideForParse(bytes.Clone(page)))
		if fmt.Sprint(err1) != fmt.Sprint(err2) || want != got {
			t.Fatalf("stopped at %d (last droppable %d): %v %s\nread to the last droppable: %v %s", elisionEnd(page), lastDroppable(page), err2, got, err1, want)
		}
	})
}

// elisionDiff parses page as it is and elided, and describes the first
// difference between the trees that elision may not make; "" when none.
func elisionDiff(page []byte) string {
	want, err1 := html.Parse(bytes.NewReader(page))
	elided := elideRawText(bytes.Clone(page))
	if len(elided) > len(page) {
		return "elision made the page longer"
	}
	got, err2 := html.Parse(bytes.NewReader(elided))
	if (err1 == nil) != (err2 == nil) {
		return fmt.Sprintf("parse errors differ: %v, %v", err1, err2)
	}
	if err1 != nil {
		return ""
	}
	return nodeDiff(want, got, "")
}

// nodeDiff compares want, of the page itself, with got, of the elided
// page: equal but for the text of raw-text elements whose text Parse does
// not read, which may be gone, and long comments, which may be empty.
func nodeDiff(want, got *html.Node, path string) string {
	if want.Type != got.Type || want.Data != got.Data && !sameButSpaces(want, got, path) || want.Namespace != got.Namespace {
		return fmt.Sprintf("%s: node %d %q %q, want %d %q %q", path, got.Type, got.Namespace, got.Data, want.Type, want.Namespace, want.Data)
	}
	path += "/" + want.Data
	if fmt.Sprint(want.Attr) != fmt.Sprint(got.Attr) {
		return fmt.Sprintf("%s: attributes %v, want %v", path, got.Attr, want.Attr)
	}
	if want.Type == html.CommentNode {
		return ""
	}
	if elidable(want) && got.FirstChild == nil {
		for c := want.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.TextNode {
				return path + ": elided an element"
			}
		}
		return ""
	}
	w, g := want.FirstChild, got.FirstChild
	for ; w != nil; w, g = w.NextSibling, g.NextSibling {
		for w != nil && isDroppedSpace(w, g) {
			w = w.NextSibling // white space between tags, dropped
		}
		if w == nil || g == nil {
			break
		}
		if isSpaceNode(w) && isSpaceNode(g) {
			continue
		}
		if w.Type == html.CommentNode && g.Type == html.CommentNode {
			if w.Data != g.Data && (g.Data != "" || len(strings.TrimSpace(w.Data)) <= markerMaxLen) {
				return fmt.Sprintf("%s: comment %q, want %q", path, g.Data, w.Data)
			}
			continue
		}
		if d := nodeDiff(w, g, path); d != "" {
			return d
		}
	}
	if w != nil || g != nil {
		return path + ": children differ in number"
	}
	return ""
}

// sameButSpaces reports whether two text nodes differ only in the white
// space between their words: the tree builder joins the text on either
// side of a tag it ignores, white space between tags that elision dropped
// included. In a <pre>, <listing> or <textarea> white space is text.
func sameButSpaces(want, got *html.Node, path string) bool {
	if want.Type != html.TextNode {
		return false
	}
	for _, verbatim := range []string{"/pre", "/listing", "/textarea"} {
		if strings.Contains(path+"/", verbatim+"/") {
			return false
		}
	}
	return strings.Join(strings.Fields(want.Data), " ") == strings.Join(strings.Fields(got.Data), " ")
}

// isDroppedSpace reports whether w, a child of the page's own tree, may be
// white space between tags that elision dropped: a text node of nothing
// but white space, where the elided tree has no such node (got is the
// child in its place there). Where both have one, the elided tree's may
// be shorter, the tree builder having joined white space on either side
// of a tag it ignored, of which one part was dropped.
func isDroppedSpace(w, g *html.Node) bool {
	return isSpaceNode(w) && (g == nil || !isSpaceNode(g))
}

func isSpaceNode(n *html.Node) bool {
	return n.Type == html.TextNode && strings.Trim(n.Data, " \t\n\r\f") == ""
}

// elidable reports whether the text of n may be elided: that of HTML
// scripts other than the JSON-LD the walk reads, styles and noscripts.
func elidable(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Namespace != "" {
		return false
	}
	switch n.Data {
	case "script":
		return attr(n, "type") != "application/ld+json"
	case "style", "noscript":
		return true
	}
	return false
}

func TestElideAllocs(t *testing.T) {
	page := []byte(`<html><head><script>a()</script><style>p{}</style></head><body><svg><path d="M0"/></svg><!--` +
		strings.Repeat("x", 80) + `--><p>text</p></body></html>`)
	buf := make([]byte, len(page))
	allocs := testing.AllocsPerRun(100, func() {
		copy(buf, page)
		elideRawText(buf)
	})
	assert.Zero(t, allocs)
}

// TestTagEnd checks that tagEnd ends a tag where readTag does, quoted
// '>'s, names opening with '=', bare '/'s and unquoted values included.
func TestTagEnd(t *testing.T) {
	tests := []struct {
		tag string
		end int // -1: the page ends inside the tag
	}{
		{`<p>x`, 3},
		{`<div class="story">x`, 19},
		{`<a href='/x?a>b' title="say \"hi\"">x`, 36},
		{`<img src=a.jpg alt=x/>y`, 22},
		{`<a b c = "d>" / >x`, 17},
		{`<a =">">x`, 6},
		{`<a b=>x`, 6},
		{`<br/ >x`, 6},
		{`<a b="c`, -1},
		{`<a b=c`, -1},
		{`<div `, -1},
		{`<a href="/x>y" class='b "c"'>z`, 29},
		{`<a b="c" d=e f="g">x`, 19},
		{`<a b="c"d="e>" g>x`, 17},
		{`<a b="c" =">">x`, 12},
		{`<a b-c.d:e_f="1" g='>`, -1},
	}
	for _, tt := range tests {
		b := []byte(tt.tag)
		nameEnd := skipTo(b, 2, nameStops)
		end, ok := tagEnd(b, nameEnd)
		if tt.end < 0 {
			assert.False(t, ok, tt.tag)
			continue
		}
		assert.True(t, ok, tt.tag)
		assert.Equal(t, tt.end, end, tt.tag)
		st, ok := readTag(b, 1)
		assert.True(t, ok, tt.tag)
		assert.Equal(t, st.end, end, tt.tag)
		z := html.NewTokenizer(bytes.NewReader(b))
		z.Next()
		assert.Equal(t, len(z.Raw()), end, "the tokenizer's end of %s", tt.tag)
	}
}

// TestLastDroppableAgrees checks lastDroppable against a plain backward
// reading, on short pages of the bytes that open what it looks for, read
// in chunks of every size (an opening may straddle two).
func TestLastDroppableAgrees(t *testing.T) {
	checkLastDroppable(t, "<=;>sStTcCnNoO!-x", 40, rand.New(rand.NewPCG(1, 2)))
}

// checkLastDroppable checks lastDroppable and lastDroppableIn, in chunks
// of a random size, against a plain backward reading, on 20000 pages of
// fewer than maxLen random bytes of alphabet.
func checkLastDroppable(t *testing.T, alphabet string, maxLen int, r *rand.Rand) {
	t.Helper()
	plain := func(b []byte) int {
		for i := len(b) - 1; i >= 0; i-- {
			if b[i] == '<' && opensDroppable(b, i) {
				return i
			}
		}
		return -1
	}
	for range 20000 {
		b := make([]byte, r.IntN(maxLen))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		assert.Equal(t, plain(b), lastDroppable(b), "%q", b)
		chunk := 1 + r.IntN(len(b)+1)
		assert.Equal(t, plain(b), lastDroppableIn(b, chunk), "%q, chunks of %d", b, chunk)
	}
}

// TestMayOpenDroppable pins the gate lastDroppableFrom reads the byte
// after each '<' with: every opening opensDroppable accepts has its byte
// in mayOpenDroppable, whatever follows it.
func TestMayOpenDroppable(t *testing.T) {
	for c := range 256 {
		for d := range 256 {
			for _, e := range []byte{'r', 'R', 'x', '>'} {
				b := []byte{'<', byte(c), byte(d), e}
				if opensDroppable(b, 0) && !mayOpenDroppable[c] {
					t.Fatalf("%q opens a droppable that mayOpenDroppable would pass over", b)
				}
			}
		}
	}
}

// TestLastDroppableLongPages is TestLastDroppableAgrees on pages long
// enough for lastDroppableFrom's words, with runs of text between the '<'.
func TestLastDroppableLongPages(t *testing.T) {
	checkLastDroppable(t, "<<<=sStTcCnN!-rRx     ", 200, rand.New(rand.NewPCG(3, 4)))
}

// TestLastDroppablePassesStrong checks that <strong> and <strike>, in any
// case, are not taken for the <style> they open alike, and that a "<st"
// cut off by the page's end still counts as before.
func TestLastDroppablePassesStrong(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{`<style>p{}</style><p><strong>a</strong> <STRIKE>b</STRIKE> <Strong>c</Strong></p>`, 0},
		{`<p>x</p><!-- c --><p><b>y</b><strong>z</strong></p>`, 8},
		{`<p><strong>a</strong><style>p{}</style><p><strong>b</strong>`, 21},
		{`<p><strong>a</strong></p>`, -1},
		{`<p>a</p><st`, 8},
		{`<p>a</p><str`, -1},
		{`<p>a</p><stYle>x</stYle><p><sTRong>b`, 8},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lastDroppable([]byte(tt.page)), tt.page)
		page := []byte(tt.page)
		if d := elisionDiff(page); d != "" {
			t.Errorf("%s: %s", tt.page, d)
		}
	}
}

// TestLastDroppable checks the last opening the scanner may drop from,
// in any case and at any place in a word of eight bytes, and that a page
// without one is left unread and as it is.
func TestLastDroppable(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{`<p>no scripts here</p>`, -1},
		{`<p>a < b, <s>struck</s></p>`, -1},
		{`<script>x</script><p>story</p>`, 0},
		{`<p>1</p><SCRIPT>x</SCRIPT>`, 8},
		{`<p>12</p><Style>x</Style><p>after</p>`, 9},
		{`<div><noscript>x</noscript>`, 5},
		{`<p>x</p><!-- a comment --><p>y</p>`, 8},
		{`<p>story</p><s`, -1}, // cut off: no tag, nothing dropped
		{`<p>x</p>` + strings.Repeat(`<b>y</b>`, 9) + `<st>`, 80},
		// '=' is '<' but for its lowest bit: a word's test may take it
		// for one right above a '<'.
		{`<p>a <=b <=<=c</p>`, -1},
		{`<!--x--><=<=<=<=`, 0},
		{`<=<=<=<st<=<=<=<=`, 6},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, lastDroppable([]byte(tt.page)), tt.page)
		for _, chunk := range []int{0, 1, 3, 8} { // 0 reads as 1
			assert.Equal(t, tt.want, lastDroppableIn([]byte(tt.page), chunk), "chunks of %d: %s", chunk, tt.page)
		}
		if tt.want < 0 {
			page := []byte(tt.page)
			assert.Equal(t, tt.page, string(elideRawText(page)), tt.page)
		}
	}
}

// TestMayMatter checks mayMatter's table against the names the scanner
// acts on, in any case, and against the switch it replaced on names of
// every length from random letters.
func TestMayMatter(t *testing.T) {
	for _, name := range []string{"svg", "xmp", "math", "style", "title", "script", "iframe", "noembed",
		"frameset", "template", "textarea", "noscript", "noframes", "plaintext"} {
		assert.True(t, mayMatter([]byte(name)), name)
		assert.True(t, mayMatter([]byte(strings.ToUpper(name))), name)
	}
	for _, name := range []string{"p", "a", "div", "span", "strong", "table", "section", "st", "sv", "plaintexts", ""} {
		assert.False(t, mayMatter([]byte(name)), name)
	}
	old := func(name []byte) bool {
		if len(name) < 3 || len(name) > 9 {
			return false
		}
		k := uint16(name[0]|0x20)<<8 | uint16(name[1]|0x20)
		switch len(name) {
		case 3:
			return k == 's'<<8|'v' || k == 'x'<<8|'m'
		case 4:
			return k == 'm'<<8|'a'
		case 5:
			return k == 's'<<8|'t' || k == 't'<<8|'i'
		case 6:
			return k == 's'<<8|'c' || k == 'i'<<8|'f'
		case 7:
			return k == 'n'<<8|'o'
		case 8:
			return k == 'f'<<8|'r' || k == 't'<<8|'e' || k == 'n'<<8|'o'
		}
		return k == 'p'<<8|'l'
	}
	const letters = "svxmatipcfnorelSVXMATIPCFNOREL\x00\x13-"
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		assert.Equal(t, old(b), mayMatter(b), "%q", b)
	}
}

// TestElisionEnd pins where the scanner stops on page shapes the cost
// estimate tells apart (see elisionEnd).
func TestElisionEnd(t *testing.T) {
	body := strings.Repeat(`<div class="row"><a href="/a">Link</a><span>text</span></div>`, 60)
	indented := strings.Repeat("<div class=\"row\">\n  <a href=\"/a\">Link</a>\n  <span>text</span>\n</div>\n", 60)
	bigScript := "<script>" + strings.Repeat("var a = 1;\n", 2000) + "</script>"
	packedScript := "<script>" + strings.Repeat("var a=1;", 3000) + "</script>"
	tracker := `<script>track("page")</script>`
	tests := []struct {
		name, page string
		want       func(page string) int
	}{
		{"nothing to drop", "<html><body>" + body + "</body></html>", func(string) int { return -1 }},
		{"a tracker after a packed body", "<html><body>" + body + tracker + "</body></html>", func(string) int { return -1 }},
		{"a big script last", "<html><body>" + body + bigScript + "</body></html>", func(p string) int { return strings.LastIndex(p, "<script>") }},
		{"a tracker after an indented body", "<html><body>\n" + indented + tracker + "</body></html>", func(p string) int { return strings.LastIndex(p, "<script>") }},
		{"a big script in the head, a tracker after a packed body",
			"<html><head>" + packedScript + "</head><body>" + body + tracker + "</body></html>",
			func(p string) int { return strings.Index(p, "<script>") }},
		{"a '<' in the script does not end it", "<html><body>" + body + strings.Replace(bigScript, "var a", "if (a<b) a", 1) + "</body></html>",
			func(p string) int { return strings.LastIndex(p, "<script>") }},
		{"an indented body and nothing to drop", "<html><body>\n" + indented + "</body></html>", func(p string) int { return strings.LastIndex(p, "<") }},
		{"an indented body after the last script", "<html><head>" + tracker + "</head><body>\n" + indented + "</body></html>",
			func(p string) int { return strings.LastIndex(p, "<") }},
		{"a packed body after the last script", "<html><head>" + packedScript + "</head><body>" + body + "</body></html>",
			func(p string) int { return strings.Index(p, "<script>") }},
		{"a multi-line tracker after a packed body", "<html><body>" + body + "<script>\n" + strings.Repeat("a;\n", 300) + "</script></body></html>",
			func(string) int { return -1 }},
		{"a newline every four tags, to the tag", "<html>\n<body>" + strings.Repeat("<p>a</p><p>b</p>\n", 100) + "</body></html>",
			func(p string) int { return strings.LastIndex(p, "<") }},
		{"a newline every five tags", "<html><body>" + strings.Repeat("<p>a</p><p>b</p><br>\n", 100) + "</body></html>",
			func(string) int { return -1 }},
		{"a page over 64 KiB, indented, its script first", "<html><head>" + tracker + "</head><body>\n" + strings.Repeat(indented, 20) + "</body></html>",
			func(p string) int { return strings.LastIndex(p, "<") }},
		{"a long comment last", "<html><body>" + body + "<!--" + strings.Repeat("c", 20000) + "--></body></html>",
			func(p string) int { return strings.LastIndex(p, "<!--") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want(tt.page), elisionEnd([]byte(tt.page)))
		})
	}
}

// TestElideToAnyDroppable checks that the scanner may stop at any
// droppable, or read on to the page's last tag, as elisionEnd lets it,
// with the article of the page as it is when it reads to the last
// droppable: what it keeps it keeps as it is.
func TestElideToAnyDroppable(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, s := range benchSets() {
		if s.real {
			sample := spreadSample(s.glob())
			paths = append(paths, sample[:min(8, len(sample))]...)
		}
	}
	for _, p := range paths {
		raw, err := readPage(p)
		require.NoError(t, err)
		want, wantErr := articleJSON(elideRawText(bytes.Clone(raw)))
		end := bytes.LastIndexByte(raw, '<')
		got, err := articleJSON(elideTo(bytes.Clone(raw), end, true))
		assert.Equal(t, fmt.Sprint(wantErr), fmt.Sprint(err), "%s, read to its end", p)
		assert.Equal(t, want, got, "%s, read to its end", p)
		for o, n := lastDroppable(raw), 0; n < 6; o, n = lastDroppable(raw[:max(o, 0)]), n+1 {
			got, err := articleJSON(elideTo(bytes.Clone(raw), o, true))
			assert.Equal(t, fmt.Sprint(wantErr), fmt.Sprint(err), "%s, stopped at %d", p, o)
			assert.Equal(t, want, got, "%s, stopped at %d", p, o)
			if o < 0 {
				break
			}
		}
	}
}

// elideRawText is elideForParse reading up to the last droppable, as far
// as the scanner may read: what the tests of the scanner's promise ask.
func elideRawText(buf []byte) []byte {
	return elide(buf, true)
}

// elide is elideRawText, dropping white space between tags as well when
// dropSpaces is set.
func elide(buf []byte, dropSpaces bool) []byte {
	return elideTo(buf, lastDroppable(buf), dropSpaces)
}
