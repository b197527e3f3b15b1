package newswire

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
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
		w := &walker{p: &page{blocks: blocks, markers: markers{-1, -1}}, region: -1, span: -1, views: true}
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
