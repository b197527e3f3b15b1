package newswire

import (
	"reflect"
	"strings"
	"testing"

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
