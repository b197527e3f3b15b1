package newswire

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestEndBlockWritesEveryField pins what endBlock's in-place write of a
// block relies on: it sets every field of the slot it takes, which may
// hold a block of an earlier page (a field it left out would keep that
// block's value). A walk into a slice whose spare room holds a block
// with every field set must give the blocks a walk into a new slice
// gives; and a new field of block fails the count below until endBlock
// writes it too.
func TestEndBlockWritesEveryField(t *testing.T) {
	if n := reflect.TypeOf(block{}).NumField(); n != 14 {
		t.Fatalf("block has %d fields: endBlock writes 14 (see its in-place write)", n)
	}
	stale := block{
		text: "stale", linkAt: 9, nLinks: 9, linkLen: 9, region: 9, tag: 9, span: 9,
		caption: 9, heading: 9, tail: tailUnknown + 1, strong: true, chrome: true, author: true, row: true,
	}
	const markup = `<body><table><tr><td><b>One</b> <a href="/x">link</a></td></tr></table>` +
		`<h2 class="byline">Two</h2><p>Three words here, then more of them.</p><div>four</div></body>`
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		t.Fatal(err)
	}
	walkInto := func(blocks []block) []block {
		w := testWalker(blocks, true)
		w.walk(doc)
		w.flush()
		return w.p.blocks
	}
	want := walkInto(nil)
	dirty := make([]block, 16)
	for i := range dirty {
		dirty[i] = stale
	}
	got := walkInto(dirty[:0])
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("walk over stale blocks:\n got %+v\nwant %+v", got, want)
	}
}

// TestRegionElementMatchesMarkedElement checks regionElement against
// markedElement, which it stands in for: each element that element sends
// to regionElement, walked by either from the same state of the walk,
// leaves the same page (blocks, links, regions, spans, images) and the
// same walker state behind it. (The elements inside it take the walk's
// own ways in both.)
func TestRegionElementMatchesMarkedElement(t *testing.T) {
	markups := []string{
		`<div>One line of text here.</div>`,
		`<p>Before</p><div class="story-body"><p>First <a href="/a">link</a> and more.</p><p>Second</p></div>`,
		`<b>Open inline text <div class="x">cut by a div</div> then more</b>`,
		`<div class="figure-wrap"><img src="/p/1.jpg" alt="A"><p>The caption of the picture.</p></div>`,
		`<div class="image-caption"><img src="/p/2.jpg"><span>Credit</span></div>`,
		`<section id="main"><h2>Head</h2><div><div class="inner">Deep text</div></div></section>`,
		`<table><tr><td class="cell">A cell</td><td>Another <a href="/b">cell link</a></td></tr></table>`,
		`<article><p>Story text of the article.</p></article><main>Main text</main>`,
		`<center>Centred</center><blockquote class="twitter-tweet"><div class="q">Quoted</div></blockquote>`,
		`<a href="/c">A link <div class="in-link">broken by a div</div> goes on</a>`,
		`<figure><div class="media"><img src="/p/3.jpg"></div><figcaption>Its caption</figcaption></figure>`,
	}
	for _, markup := range markups {
		doc, err := html.Parse(strings.NewReader("<body>" + markup + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		// At each region element of the page (which element sends to
		// regionElement unless its names mark it), walk it both ways.
		var check func(n *html.Node)
		checked := 0
		check = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				check(c)
			}
			if n.Type != html.ElementNode || n.DataAtom == 0 {
				return
			}
			info := tagInfoOf(n.DataAtom)
			if info&^tagInfo(kindSection) != withKind(kindBlock|kindRegion) {
				return
			}
			checked++
			walkBoth := func(byRegion bool) (*walker, *page) {
				// The walk as it reaches n: in a region, inside a <p>
				// under an <h3>, in a link, with a block's text open.
				w := testWalker(nil, true)
				w.p.regions = append(w.p.regions, region{parent: -1, span: -1})
				w.region, w.tag, w.heading, w.strongDepth = 0, atom.P, 3, 1
				w.wordsText("Text before it ")
				w.inLink, w.linkHref, w.linkFrom = true, "/open", 5
				var names elementNames
				if len(n.Attr) > 0 {
					readNames(n, info.kind(), &w.p.names, &names)
				} else {
					names = bareNames(n.DataAtom, info.kind())
				}
				if names.chrome || names.hidden || names.author {
					return nil, nil
				}
				if byRegion {
					w.regionElement(n, &names)
				} else {
					w.markedElement(n, info, info.kind(), &names)
				}
				w.wordsText("Text after it") // a block of the state left behind
				w.flush()
				return w, w.p
			}
			w1, p1 := walkBoth(true)
			w2, p2 := walkBoth(false)
			if w1 == nil {
				return
			}
			if !reflect.DeepEqual(p1.blocks, p2.blocks) || !reflect.DeepEqual(p1.links, p2.links) ||
				!reflect.DeepEqual(p1.regions, p2.regions) || !reflect.DeepEqual(p1.spans, p2.spans) ||
				!reflect.DeepEqual(p1.images, p2.images) {
				t.Errorf("%s in %q: regionElement's page\n%+v\nmarkedElement's\n%+v", n.Data, markup, p1, p2)
			}
			w1.p, w2.p = nil, nil
			if !reflect.DeepEqual(w1, w2) {
				t.Errorf("%s in %q: regionElement's walker\n%+v\nmarkedElement's\n%+v", n.Data, markup, w1, w2)
			}
		}
		check(doc)
		if checked == 0 {
			t.Errorf("%q: no element took regionElement", markup)
		}
	}
}

// TestHrefOnlyLinkMatchesNamedLink checks linkElement's own path, for a
// link whose one attribute is its href (or that has none), against
// namedLink, which walks every other link as linkElement did before:
// walked by either from the same state, outside a link or inside one,
// such a link leaves the same blocks, links and walker state. An href
// in a namespace is no href (see attr), and is read as none.
func TestHrefOnlyLinkMatchesNamedLink(t *testing.T) {
	markups := []string{
		`<a href="/a">Plain link text</a>`,
		`<a>No href at all</a>`,
		`<a href="">Empty href</a>`,
		`<a href="/b">Two <b>parts</b> and <i>more</i></a>`,
		`<a href="/c">Cut <div>by a block</div> inside</a>`,
		`<a href="/d"> </a>`,
		`<a href="/e"><img src="/p.jpg" alt="x"></a>`,
	}
	var links []*html.Node
	var labels []string
	for _, markup := range markups {
		doc, err := html.Parse(strings.NewReader("<body><p>" + markup + "</p></body>"))
		if err != nil {
			t.Fatal(err)
		}
		var a *html.Node
		var find func(n *html.Node)
		find = func(n *html.Node) {
			for c := n.FirstChild; c != nil && a == nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.A {
					a = c
				}
				find(c)
			}
		}
		find(doc)
		if a == nil || len(a.Attr) > 1 || len(a.Attr) == 1 && a.Attr[0].Key != "href" {
			t.Fatalf("%q: no href-only link", markup)
		}
		links = append(links, a)
		labels = append(labels, markup)
	}
	// html.Parse gives a namespaced href only in foreign content, which
	// the walk skips; a tree built by hand (ParseNode) may hold one.
	for _, ns := range []string{"xlink", "svg"} {
		a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Namespace: ns, Key: "href", Val: "/ns"}}}
		a.AppendChild(&html.Node{Type: html.TextNode, Data: "Namespaced href"})
		links = append(links, a)
		labels = append(labels, "<a "+ns+":href>")
	}
	for k, a := range links {
		markup := labels[k]
		for _, inLink := range []bool{false, true} {
			walkBoth := func(own bool) *walker {
				w := testWalker(nil, true)
				w.wordsText("Text before it ")
				if inLink {
					w.inLink, w.linkHref, w.linkFrom = true, "/open", 5
				}
				if own {
					w.linkElement(a)
				} else {
					w.namedLink(a)
				}
				w.wordsText("text after it")
				w.flush()
				return w
			}
			w1, w2 := walkBoth(true), walkBoth(false)
			if !reflect.DeepEqual(w1.p.blocks, w2.p.blocks) || !reflect.DeepEqual(w1.p.links, w2.p.links) {
				t.Errorf("%q (in a link: %v): linkElement's\n%+v %+v\nnamedLink's\n%+v %+v", markup, inLink, w1.p.blocks, w1.p.links, w2.p.blocks, w2.p.links)
			}
			w1.p, w2.p = nil, nil
			if !reflect.DeepEqual(w1, w2) {
				t.Errorf("%q (in a link: %v): linkElement's walker\n%+v\nnamedLink's\n%+v", markup, inLink, w1, w2)
			}
		}
	}
}

// plainRunEndOneByOne is plainRunEnd read one byte at a time: the rule
// its sixteen-byte steps, overlapping tails and flag tests must keep.
func plainRunEndOneByOne(s string, i int, prevSpace bool) int {
	for i < len(s) {
		switch c := s[i]; {
		case c > ' ' && c < utf8.RuneSelf:
			prevSpace = false
			i++
		case c == ' ' && !prevSpace:
			prevSpace = true
			i++
		case c >= utf8.RuneSelf && plainRuneLen(s, i) > 0:
			prevSpace = false
			i += plainRuneLen(s, i)
		default:
			return i
		}
	}
	return i
}

// textPieces are the pieces random texts are made of below: plain words,
// the bytes the flag tests tell apart ('!' after a space, two spaces,
// control characters, white space), runes plainRuneLen passes and ones it
// does not (spaces and invisible characters of Unicode, quotes, and ones
// cut or invalid), each of which may be cut by a string's end.
var textPieces = []string{
	"word", "Reuters", " ", " ", "!", " !", "  ", "\n", "\t", "\r\n", "\x01", "\x7f", ".",
	"é", "ß", "Ж", "東", "ሰ", "\u00a0", "\u00ad", "\u0085", "\u00a9", "«", "’", "“", "—", "…",
	"\u2000", "\u2009", "\u200b", "\u200c", "\u2028", "\u202f", "\u2060", "\u205f", "\u3000",
	"\u1680", "\ufeff", "\ufffd", "€", "😀", "\xc3", "\xe2\x80", "\xff", "\xed\xa0\x80", "\xe0\x80\x80",
}

// eachPieceString calls f with n random strings of up to 100 bytes made
// of textPieces, mostly of their first few (words and spaces), drawn by
// a xorshift from seed.
func eachPieceString(n int, seed uint64, f func(string)) {
	rnd := seed
	next := func() uint64 {
		rnd ^= rnd << 13
		rnd ^= rnd >> 7
		rnd ^= rnd << 17
		return rnd
	}
	var b []byte
	for range n {
		b = b[:0]
		size := int(next() % 101)
		for len(b) < size {
			k := next()
			if k>>32%4 == 0 {
				b = append(b, textPieces[k%uint64(len(textPieces))]...)
			} else {
				b = append(b, textPieces[k%4]...)
			}
		}
		f(string(b[:size]))
	}
}

// TestPlainRunEnd holds plainRunEnd to its rule read one byte at a time,
// from every place of random texts, after a space and not.
func TestPlainRunEnd(t *testing.T) {
	eachPieceString(30_000, 0x2545F4914F6CDD1D, func(s string) {
		if len(s) < 8 {
			return // wordsText reads those one byte at a time
		}
		for i := 0; i <= len(s); i++ {
			for _, prev := range []bool{false, true} {
				if got, want := plainRunEnd(s, i, prev), plainRunEndOneByOne(s, i, prev); got != want {
					t.Fatalf("plainRunEnd(%q, %d, %v) = %d, want %d", s, i, prev, got, want)
				}
			}
		}
	})
}

// TestWordsTextRandom holds text to the one-by-one reference on random
// texts of the pieces that end runs, after text that ends in a space or
// not, and as the walk reads them (with views) into an empty block.
func TestWordsTextRandom(t *testing.T) {
	eachPieceString(100_000, 0x9E3779B97F4A7C15, func(s string) {
		for _, prior := range []string{"", "Before", "Before "} {
			w := walker{buf: []byte(prior)}
			w.text(s)
			if want := textOneByOne([]byte(prior), s); string(w.buf) != string(want) {
				t.Fatalf("text(%q) after %q = %q, want %q", s, prior, w.buf, want)
			}
		}
		w := testWalker(nil, true)
		w.text(s)
		got := w.view
		if got == "" {
			got = string(w.buf)
		}
		if want := textOneByOne(nil, s); got != string(want) {
			t.Fatalf("walked text(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestPlainRuneLen holds plainRuneLen to what text does one rune at a
// time: every rune it passes, of the length it says, is valid and copied
// as it is, on sequences of every lead byte past ASCII followed by bytes
// that tell the ranges apart, whole and cut short; and the runes English
// and other text is mostly made of pass.
func TestPlainRuneLen(t *testing.T) {
	var next []byte
	for c := 0; c < 0x100; c++ {
		if c < 0x80 && c != 0x00 && c != 0x20 && c != 0x41 && c != 0x7f || c > 0xbf && c != 0xc0 && c != 0xc3 && c != 0xe2 && c != 0xff {
			continue
		}
		next = append(next, byte(c))
	}
	lasts := []byte{0x41, 0x80, 0xbf, 0xc0}
	for lead := 0x80; lead < 0x100; lead++ {
		for _, b := range next {
			for _, d := range next {
				for _, e := range lasts {
					whole := string([]byte{byte(lead), b, d, e})
					for k := 1; k <= len(whole); k++ {
						s := whole[:k]
						n := plainRuneLen(s, 0)
						if n == 0 {
							continue
						}
						r, size := utf8.DecodeRuneInString(s)
						copied := string(textOneByOne([]byte("x"), s[:n]))
						if n > k || size != n || r == utf8.RuneError && size == 1 || copied != "x"+s[:n] {
							t.Fatalf("plainRuneLen(%q) = %d: rune %U of %d bytes, copied as %q", s, n, r, size, copied)
						}
					}
				}
			}
		}
	}
	for _, r := range "éßЖ東ሰ©«»’‘“”—–…•€™→नमस्ते한국" + "\u205f\uff01\ufffd\U0001F600\U0010FFFD" {
		s := string(r)
		if n := plainRuneLen(s, 0); n != len(s) {
			t.Errorf("plainRuneLen(%q) = %d, want %d", s, n, len(s))
		}
	}
}
