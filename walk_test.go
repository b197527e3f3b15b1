package newswire

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textOneByOne is the walker's text gathering done a byte at a time, as it
// was before isPlainRun: the reference the word-at-a-time path must match.
func textOneByOne(buf []byte, s string) []byte {
	space := func() {
		if n := len(buf); n > 0 && buf[n-1] != ' ' {
			buf = append(buf, ' ')
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space()
			i++
			continue
		case c < utf8.RuneSelf:
			if c > ' ' {
				buf = append(buf, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			buf = append(buf, "\uFFFD"...)
		case r == 0xA0 || r == 0x2007 || r == 0x202F || r == 0x3000 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x85:
			space()
		case r == 0x200B || r == 0xFEFF || r == 0xAD || r == 0x200E || r == 0x200F || r == 0x2060 || (r >= 0x80 && r < 0xA0):
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	return buf
}

func TestWalkerTextMatchesOneByOne(t *testing.T) {
	texts := []string{
		"",
		"   ",
		"\n\t\t    ",
		"WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a bill",
		"  leading and trailing  ",
		"two  spaces and\tone tab, then\r\nCRLF",
		"Punctuation! ! !  ! after spaces: a ! b !! c",
		"Ends in a space ",
		" starts with one",
		"Non-breaking\u00a0space and\u2009thin space, soft\u00adhyphen, zero\u200bwidth",
		"Café au lait — 東京 (AFP) – Žižek’s “quotes”",
		"Bad UTF-8 \xff\xfe here and a cut rune \xe2\x80",
		"Control \x01\x02 characters \x7f and DEL",
		"exactly8",
		"exactly8 exactly8 exactly8 ",
		// tails of fewer than eight bytes, read with the bytes before them
		"sixteen bytes ok then  two", "sixteen bytes ok ! !a", "nine  byte", "twelve bytes", "0123456789abcdef\tx",
		"0123456789abcdefé", "0123456789 bcdef  ", "0123456789abcdef 1", "0123456789abcde  1",
		"a!b c!d  e!!f ! ! !g",
		"Tabs\t\t\tand\n\n\nnewlines\f\vmixed \t \n with spaces",
		// runes copied with the run around them, and their neighbours
		"Größe  Übermut, ñandú and ß", "Привет,  мир и т.д.", "東京  ソウル 北京 서울", "ሰላም \ue000 private",
		"\u0800 and \ud7ff, \u00bf and \u00c0", "cut \xc3", "cut \xe4\xb8", "bad \xc3\x41 and \xe4\x41\x80",
		"surrogate \xed\xa0\x80 overlong \xe0\x80\x80 \xc1\xbf",
	}
	for _, prior := range []string{"", "Before", "Before "} {
		for _, s := range texts {
			w := walker{buf: append([]byte(nil), prior...)}
			w.text(s)
			want := textOneByOne(append([]byte(nil), prior...), s)
			if string(w.buf) != string(want) {
				t.Errorf("text(%q) after %q = %q, want %q", s, prior, w.buf, want)
			}
		}
	}
}

// FuzzWalkerText checks the word-at-a-time text path against the one that
// looks at each byte, on any input.
func FuzzWalkerText(f *testing.F) {
	f.Add("Officials said  the ! vote\u00a0was  delayed\n\t", "")
	f.Add("  x  ", "Lead ")
	f.Fuzz(func(t *testing.T, s, prior string) {
		prior = strings.TrimLeft(prior, " ") // a block never opens with a space
		w := walker{buf: []byte(prior)}
		w.text(s)
		if want := textOneByOne([]byte(prior), s); string(w.buf) != string(want) {
			t.Fatalf("text(%q) after %q = %q, want %q", s, prior, w.buf, want)
		}
	})
}

func TestIsPlainRun(t *testing.T) {
	tests := []struct {
		in        string
		prevSpace bool
		want      bool
	}{
		{"Reuters.", false, true},
		{"said on ", false, true},
		{" said on", false, true},
		{" said on", true, false}, // a second space in a row
		{"said  on", false, false},
		{"a ! b !c", false, false}, // "!" after a space looks like one: the slow path
		{"caf\xc3\xa9 au", false, false},
		{"line\none", false, false},
		{"tab\there", false, false},
		{"\x7fdeleted", false, true}, // DEL is kept, as one by one
	}
	for _, tt := range tests {
		if got := isPlainRun(load64(tt.in, 0), tt.prevSpace); got != tt.want {
			t.Errorf("isPlainRun(%q, %v) = %v, want %v", tt.in, tt.prevSpace, got, tt.want)
		}
	}
}

func TestIsCaptionContainerCachesByClass(t *testing.T) {
	tests := []struct {
		markup string
		want   bool
	}{
		{`<figure class="story-image"></figure>`, true},
		{`<table></table>`, true},
		{`<div class="wp-block-image size-large"></div>`, true},
		{`<span class="Photo-Credit"></span>`, true},
		{`<div class="caption"></div>`, true},
		{`<div class="article-body"></div>`, false},
		{`<div></div>`, false},
		{`<p class="caption"></p>`, false}, // only divs and spans are named so
	}
	cache := nameVerdicts{}
	for range 2 { // the second round answers from the cache
		for _, tt := range tests {
			n := firstElement(t, tt.markup)
			if got := isCaptionContainer(n, &cache); got != tt.want {
				t.Errorf("isCaptionContainer(%s) = %v, want %v", tt.markup, got, tt.want)
			}
		}
	}
}

// firstElement parses markup and returns the first element inside <body>.
func firstElement(t *testing.T, markup string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + markup))
	if err != nil {
		t.Fatal(err)
	}
	var find func(*html.Node) *html.Node
	find = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n.FirstChild
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if f := find(c); f != nil {
				return f
			}
		}
		return nil
	}
	n := find(doc)
	if n == nil {
		t.Fatalf("no element in %s", markup)
	}
	return n
}

// isCleanASCII must answer as cleanText's rule does, also where a word
// of eight bytes holds what it tests for: double spaces, a space at
// either end, control and non-ASCII bytes.
func TestIsCleanASCII(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"Mars", true},
		{"Mars rover finds water near the south pole", true},
		{"Mars rover finds  water near the pole", false},
		{"Mars rover finds water near the pole ", false},
		{" Mars rover finds water near the pole", false},
		{"Mars rover\tfinds water near the pole", false},
		{"Mars rover finds water near the p\x7fle", true},
		{"Mars rover finds water near Zürich", false},
		{"Mars rover finds water near the pole\n", false},
		{"abcdefg h", true},
		{"abcdefgh  i", false},
		{"abcdefg  hijklmno", false},
	}
	for _, tt := range tests {
		if got := isCleanASCII(tt.in); got != tt.want {
			t.Errorf("isCleanASCII(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if tt.want && cleanText(tt.in) != tt.in {
			t.Errorf("cleanText(%q) = %q: a clean string changed", tt.in, cleanText(tt.in))
		}
	}
}

// A block read from one clean text node shares that node's string; any
// other keeps a copy. Either way its text is what the walk gathered.
func TestBlockText(t *testing.T) {
	tests := []struct {
		nodes  []string
		want   string
		shared bool
	}{
		{[]string{"Mars rover finds water"}, "Mars rover finds water", true},
		{[]string{"\n\t  Mars rover finds water  \n"}, "Mars rover finds water", true},
		{[]string{"Mars rover", " finds water"}, "Mars rover finds water", false},
		{[]string{"Mars  rover finds water"}, "Mars rover finds water", false},
		{[]string{"Mars\u00a0rover"}, "Mars rover", false},
		{[]string{"\u200bMars rover"}, "Mars rover", false},
		{[]string{"\n  ", "Mars rover finds water"}, "Mars rover finds water", true},
		{[]string{"Mars rover finds water", "\n  "}, "Mars rover finds water", true},
		{[]string{"Mars rover\u2019s water"}, "Mars rover\u2019s water", true}, // copied in three runs
		{[]string{"\u1680Mars rover"}, "Mars rover", false},                    // a space trim drops, copied with the run
		{[]string{"Mars rover ", "\u2003"}, "Mars rover", true},
	}
	for _, tt := range tests {
		w := &walker{p: newPage(), region: -1, span: -1}
		var src string
		for _, s := range tt.nodes {
			if strings.TrimSpace(s) != "" && src == "" {
				src = s
			}
			w.text(s)
		}
		w.flush()
		if len(w.p.blocks) != 1 {
			t.Fatalf("%q: %d blocks, want 1", tt.nodes, len(w.p.blocks))
		}
		got := w.p.blocks[0].text
		if got != tt.want {
			t.Errorf("%q: text %q, want %q", tt.nodes, got, tt.want)
		}
		if shared := strings.Contains(src, got) && unsafeSameBytes(src, got); shared != tt.shared {
			t.Errorf("%q: shares the node's string: %v, want %v", tt.nodes, shared, tt.shared)
		}
	}
}

// unsafeSameBytes reports whether sub lies inside s's own bytes.
func unsafeSameBytes(s, sub string) bool {
	if sub == "" || s == "" {
		return false
	}
	base, p := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(sub)))
	return p >= base && p+uintptr(len(sub)) <= base+uintptr(len(s))
}

// isBlank must agree with the text loop on what a node of only white
// space adds: one space at most, none for the empty string.
func TestIsBlank(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{" ", true},
		{"\n\t\t\t", true},
		{"\r\n        \f\v", true},
		{"\n  Mars", false},
		{"\u00a0", false},
		{"Mars rover", false},
	}
	for _, tt := range tests {
		if got := isBlank(tt.in); got != tt.want {
			t.Errorf("isBlank(%q) = %v, want %v", tt.in, got, tt.want)
		}
		for _, before := range []string{"", "Mars", "Mars "} {
			w := &walker{buf: []byte(before)}
			w.text(tt.in)
			if want := string(textOneByOne([]byte(before), tt.in)); string(w.buf) != want {
				t.Errorf("text(%q) after %q = %q, want %q", tt.in, before, w.buf, want)
			}
		}
	}
}

// isASCIISpace is unicode.IsSpace within ASCII, byte for byte.
func TestIsASCIISpace(t *testing.T) {
	for c := range 256 {
		want := c < utf8.RuneSelf && unicode.IsSpace(rune(c))
		if got := isASCIISpace(byte(c)); got != want {
			t.Errorf("isASCIISpace(%#x) = %v, want %v", c, got, want)
		}
	}
}

// TestParagraphShapeLinkShare checks that the integer test of the link
// share answers as linkDensity() <= 0.4 does, at and around 2/5.
func TestParagraphShapeLinkShare(t *testing.T) {
	for n := minParagraph; n <= 1200; n++ {
		text := strings.Repeat("x", n)
		for links := 0; links <= n; links++ {
			b := block{text: text, linkLen: int32(links)}
			if want := b.linkDensity() <= 0.4; b.hasParagraphShape() != want {
				t.Fatalf("hasParagraphShape with %d link bytes of %d = %v, want %v", links, n, !want, want)
			}
		}
	}
}

// TestHasPixelName checks the one-pass search against its definition: a
// lower-case copy searched for each name in turn.
func TestHasPixelName(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"https://cdn.example.com/images/2024/05/harbour-cranes.jpg", false},
		{"https://cdn.example.com/img/Spacer.GIF", true},
		{"/static/1x1.png", true},
		{"https://ad.doubleclick.net/ddm/trackimp/N1234", true},
		{"https://example.com/assets/Site-Logo.png", true},
		{"https://example.com/assets/sitelogo.png", true},
		{"https://example.com/assets/logistics-hub.jpg", false},
		{"https://example.com/img/social/ICON.facebook.png", true},
		{"https://example.com/media/chart.SVG", true},
		{"https://example.com/media/chart.svgz", false},
		{"https://example.com/media/2024/photo-of-the-beacon-hill-fire.jpg", true},
		{"https://example.com/fotos/café-logo.png", true},
		{"https://example.com/fotos/café-am-hafen.jpg", false},
		{"https://example.com/fotos/BLAC\u212a.JPG", true}, // a Kelvin sign lower-cases to k
		{"https://example.com/fotos/ÉTÉ.jpg", false},
		{"svg", false},
		{".svg", true},
	}
	for _, tt := range tests {
		lower := strings.ToLower(tt.src)
		want := strings.HasSuffix(lower, ".svg")
		for _, p := range pixelNames {
			want = want || strings.Contains(lower, p)
		}
		if want != tt.want {
			t.Fatalf("table entry %q: want %v, but the definition says %v", tt.src, tt.want, want)
		}
		if got := hasPixelName(tt.src); got != tt.want {
			t.Errorf("hasPixelName(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// A custom element whose role marks page furniture opens a chrome span
// of its own, as a <div> with that role does: its text is a block apart
// from the line before it. Other custom elements, other roles and tags
// without a hyphen open none.
func TestCustomElementRole(t *testing.T) {
	tests := []struct {
		markup   string
		inChrome []string // the blocks inside a chrome span
	}{
		{`<p>The probe launched.</p><xyz-factbox role="complementary"><p>Launch mass: 2 t</p></xyz-factbox><p>It orbits.</p>`, []string{"Launch mass: 2 t"}},
		{`<p>The probe launched <xyz-factbox role="complementary">Launch mass: 2 t</xyz-factbox> on Monday.</p>`, []string{"Launch mass: 2 t"}},
		{`<site-menu role="navigation"><a href="/world">World</a></site-menu><p>The probe launched.</p>`, []string{"World"}},
		{`<xyz-factbox role="region"><p>Launch mass: 2 t</p></xyz-factbox>`, nil},
		{`<xyz-factbox class="sidebar"><p>Launch mass: 2 t</p></xyz-factbox>`, nil},
		{`<factbox role="complementary"><p>Launch mass: 2 t</p></factbox>`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range walkedBlocks(t, tt.markup) {
			if b.span >= 0 {
				got = append(got, b.text)
			}
		}
		assert.Equal(t, tt.inChrome, got, tt.markup)
	}
}

// A fact box set in a custom element with a furniture role is left out of
// the story it stands in, while a custom element with no such role (a
// template's own paragraph wrapper) keeps its text in the story.
func TestCustomElementRoleInStory(t *testing.T) {
	para := func(i int) string {
		return fmt.Sprintf("<p>Paragraph %d of the story tells how the probe reached its orbit around the planet after a cruise of seven months, and what the mission team will study there next.</p>", i)
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Probe reaches orbit</title></head><body><nav><a href="/">Home</a></nav><article><h1>Probe reaches orbit</h1>`)
	for i := range 3 {
		b.WriteString(para(i))
	}
	b.WriteString(`<xyz-factbox role="complementary"><h3>Facts</h3><p>The probe weighs two tonnes and carries nine instruments built by four countries over a decade.</p></xyz-factbox>`)
	b.WriteString(`<xyz-text><p>Its cameras will map the surface in colour at a metre a pixel, the team said on Monday.</p></xyz-text>`)
	for i := 3; i < 6; i++ {
		b.WriteString(para(i))
	}
	b.WriteString(`</article></body></html>`)
	a, err := Parse(strings.NewReader(b.String()))
	require.NoError(t, err)
	body := strings.Join(a.Body, "\n")
	assert.NotContains(t, body, "nine instruments")
	assert.Contains(t, body, "a metre a pixel")
	assert.Contains(t, body, "Paragraph 0 of")
	assert.Contains(t, body, "Paragraph 5 of")
}

// A furniture role is evidence, not a verdict: a custom element that
// wraps the whole story under that role still gives up its story.
func TestCustomElementRoleAroundStory(t *testing.T) {
	for _, tag := range []string{"xyz-layout", "div"} {
		var b strings.Builder
		fmt.Fprintf(&b, `<html><head><title>Probe reaches orbit</title></head><body><%s role="complementary"><h1>Probe reaches orbit</h1>`, tag)
		for i := range 6 {
			fmt.Fprintf(&b, "<p>Paragraph %d of the story tells how the probe reached its orbit around the planet after a cruise of seven months.</p>", i)
		}
		fmt.Fprintf(&b, `</%s></body></html>`, tag)
		a, err := Parse(strings.NewReader(b.String()))
		require.NoError(t, err, tag)
		require.Len(t, a.Body, 6, tag)
		assert.Contains(t, a.Body[5], "Paragraph 5 of", tag)
	}
}

// A banner landmark may hold the story's own head: the headline, the byline
// and the first paragraphs. The role must not cost them.
func TestBannerRoleKeepsStoryHead(t *testing.T) {
	for _, role := range []string{"banner", "contentinfo"} {
		var b strings.Builder
		b.WriteString(`<html><head><title>Council weighs fee rise</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>`)
		fmt.Fprintf(&b, `<div class="hero" role="%s"><h1>Council weighs fee rise</h1><p class="byline">By Jane Smith</p>`, role)
		b.WriteString(`<p>The council met on Tuesday to discuss the proposal, which would raise fees for residents by ten percent over two years.</p>`)
		b.WriteString(`<p>Officials said the money would go toward repairing roads and bridges that have fallen into disrepair since the last major investment.</p></div><div class="body">`)
		for i := range 4 {
			fmt.Fprintf(&b, "<p>Paragraph %d after the hero says what opponents, the mayor and residents told the hearing about the fee, in a sentence of some length.</p>", i)
		}
		b.WriteString(`</div></body></html>`)
		a, err := Parse(strings.NewReader(b.String()))
		require.NoError(t, err, role)
		require.Len(t, a.Body, 6, role)
		assert.Contains(t, a.Body[0], "The council met on Tuesday", role)
		assert.Contains(t, a.Body[5], "Paragraph 3 after", role)
	}
}

// tagInfoOf must answer for each tag the walk tells apart, and nothing for
// the others, whatever slot they hash to.
func TestTagInfoOf(t *testing.T) {
	for _, tt := range []struct {
		a       atom.Atom
		kind    elemKind
		heading int
		action  tagAction
		strong  bool
	}{
		{atom.Div, kindBlock | kindRegion | kindSection, 0, actNone, false},
		{atom.Td, kindBlock | kindRegion | kindSection, 0, actNone, false},
		{atom.Article, kindBlock | kindRegion, 0, actNone, false},
		{atom.P, kindBlock | kindSection, 0, actNone, false},
		{atom.Head, kindBlock, 0, actNone, false},
		{atom.Header, kindBlock | kindSection, 0, actNone, false}, // its name opens as "head"'s does
		{atom.Nav, kindBlock | kindChrome, 0, actNone, false},
		{atom.Menu, kindChrome, 0, actNone, false},
		{atom.H1, kindBlock, 1, actNone, false},
		{atom.H6, kindBlock, 6, actNone, false},
		{atom.Tr, kindBlock, 0, actNone, false},
		{atom.B, 0, 0, actNone, true},
		{atom.Strong, 0, 0, actNone, true},
		{atom.Script, 0, 0, actScript, false},
		{atom.Noscript, 0, 0, actSkip, false}, // its name ends as "script"'s does
		{atom.Meta, 0, 0, actMeta, false},
		{atom.Br, 0, 0, actBreak, false},
		{atom.Img, 0, 0, actImage, false},
		{atom.Time, 0, 0, actTime, false},
		{atom.A, 0, 0, actNone, false},
		{atom.Span, 0, 0, actNone, false},
		{atom.Abbr, 0, 0, actNone, false},
		{0, 0, 0, actNone, false},
	} {
		info := tagInfoOf(tt.a)
		if info.kind() != tt.kind || info.heading() != tt.heading || info.action() != tt.action || (info&tagStrong != 0) != tt.strong {
			t.Errorf("tagInfoOf(%s) = kind %b heading %d action %d strong %v", tt.a, info.kind(), info.heading(), info.action(), info&tagStrong != 0)
		}
	}
	// An atom past the table's slots, as a later x/net's atoms might be,
	// shares a slot with a listed one and is still told apart from it.
	assert.Less(t, len(tagInfos), len(tags.entries))
	for a, info := range tagInfos {
		later := atom.Atom(uint32(a) + 1<<(8+tagSlotBits))
		assert.Equal(t, tagSlot(a), tagSlot(later))
		assert.Zero(t, tagInfoOf(later), "an atom past the slots, at %s's", a)
		assert.Equal(t, info, tagInfoOf(a))
	}
	// Every atom gets its own entry: the walk's info for one it lists,
	// 0 for any other, whichever listed atom took its slot.
	for off := range 1 << 11 {
		for n := 1; n < 32; n++ {
			a := atom.Atom(off<<8 | n)
			if a.String() == "" || atom.Lookup([]byte(a.String())) != a {
				continue
			}
			if want := tagInfos[a]; tagInfoOf(a) != want {
				t.Errorf("tagInfoOf(%s) = %b, want %b", a, tagInfoOf(a), want)
			}
		}
	}
}

// A <font> sets its text apart when it is large: size 4 to 7, or a size
// relative upwards.
func TestIsLargeFont(t *testing.T) {
	for markup, want := range map[string]bool{
		`<font size="5">x</font>`: true, `<font size="+1">x</font>`: true, `<font size="7">x</font>`: true,
		`<font size="3">x</font>`: false, `<font size="-1">x</font>`: false, `<font>x</font>`: false,
		`<font size="8">x</font>`: false, `<font face="Arial">x</font>`: false,
	} {
		if got := isLargeFont(firstElement(t, markup)); got != want {
			t.Errorf("isLargeFont(%s) = %v, want %v", markup, got, want)
		}
	}
}

// TestHiddenInlineText checks that the text of a hidden inline element
// (a screen reader's punctuation, a player's label) neither shows in its
// line nor cuts it in two, while hidden blocks are still walked (a
// hidden fold of the story is taken back by its shape, see showCollapsed).
func TestHiddenInlineText(t *testing.T) {
	tests := []struct {
		markup string
		want   []string
	}{
		{`<p><span>WDR Studios</span><span class="hidden">. </span> <span>22.04.2024</span></p>`, []string{"WDR Studios 22.04.2024"}},
		{`<p>The probe <span style="display:none">Video starten</span>launched.</p>`, []string{"The probe launched."}},
		{`<p>The probe <span hidden>x</span>launched.</p>`, []string{"The probe launched."}},
		{`<p>The probe <span class="overflow-hidden">launched.</span></p>`, []string{"The probe launched."}},
		{`<div class="hidden"><p>Thank you for subscribing.</p></div>`, []string{"Thank you for subscribing."}},
		// Shown on a desktop: story words, kept.
		{`<p>Mayor Ann Lee said the plan was <span class="hidden md:inline">absolutely </span>necessary.</p>`, []string{"Mayor Ann Lee said the plan was absolutely necessary."}},
		{`<p>Residents can comment at <a class="hidden md:inline" href="/fees">county.example/fees</a> until Friday.</p>`, []string{"Residents can comment at county.example/fees until Friday."}},
		// Shown only when a button opens it: still hidden.
		{`<p>The probe <span class="hidden aria-expanded:inline">Mehr lesen</span>launched.</p>`, []string{"The probe launched."}},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range walkedBlocks(t, tt.markup) {
			got = append(got, b.text)
		}
		assert.Equal(t, tt.want, got, tt.markup)
	}
}

// TestResponsiveInlineShown checks whole pages whose headline word, byline
// name and dateline sit in an inline element a wider screen shows
// ("hidden sm:inline"): a desktop reader sees them, so the fields keep them.
func TestResponsiveInlineShown(t *testing.T) {
	const story = `<p>The council met on Tuesday to discuss the proposal, which would raise fees for residents by ten percent over two years.</p>
<p>Officials said the money would go toward repairing roads and bridges that have fallen into disrepair since the last major investment.</p>
<p>Opponents argued that the increase would hurt families already struggling with the rising cost of living in the region.</p>
<p>A final vote is expected next month after a series of public hearings across the county's five districts.</p>`
	page := func(head, first string) string {
		return `<!doctype html><html lang="en"><head><title>Council weighs fee rise - Example News</title></head><body>
<main><article>` + head + first + story + `</article></main><footer>Copyright 2024 Example News</footer></body></html>`
	}
	t.Run("byline", func(t *testing.T) {
		a, err := Parse(strings.NewReader(page(`<h1>Council weighs fee rise</h1><p class="byline">By <a class="hidden md:inline" href="/a/js">Jane Smith</a></p>`, "")))
		require.NoError(t, err)
		assert.Equal(t, []string{"Jane Smith"}, a.Authors)
		assert.NotContains(t, a.Body, "By")
	})
	t.Run("headline", func(t *testing.T) {
		a, err := Parse(strings.NewReader(page(`<h1>Council weighs <span class="hidden sm:inline">ten percent </span>fee rise</h1>`, "")))
		require.NoError(t, err)
		assert.Equal(t, "Council weighs ten percent fee rise", a.Headline)
	})
	t.Run("dateline", func(t *testing.T) {
		a, err := Parse(strings.NewReader(page(`<h1>Council weighs fee rise</h1>`,
			`<p><span class="hidden sm:inline">WASHINGTON (Reuters) - </span>The mayor said the council would vote on the plan next week after hearing from residents.</p>`)))
		require.NoError(t, err)
		assert.Equal(t, "WASHINGTON", a.Dateline.Place)
		assert.Equal(t, "Reuters", a.Agency)
	})
}

// walkedBlocks walks the body markup as the walk of a page does, before
// its chrome spans are resolved, and returns its blocks.
func walkedBlocks(t *testing.T, markup string) []block {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + markup))
	require.NoError(t, err)
	w := &walker{p: newPage(), region: -1, span: -1}
	w.walk(doc)
	w.flush()
	return w.p.blocks
}

// TestWindowStartSkipsHiddenBlocks checks that the blocks of a hidden box
// take no room in the window of blocks before a point, so that a
// standfirst over a hidden summary of many lines stays in reach, while
// the window still counts the lines a reader sees.
func TestWindowStartSkipsHiddenBlocks(t *testing.T) {
	lines := func(n int, words string) string {
		var sb strings.Builder
		for i := range n {
			sb.WriteString("<p>" + words + " " + strconv.Itoa(i) + "</p>")
		}
		return sb.String()
	}
	tests := []struct {
		name   string
		markup string
		want   int // the window's first block
	}{
		{"no hidden block", lines(12, "Shown line"), 4},
		{"a hidden summary of six lines", lines(6, "Shown line") + `<div hidden>` + lines(6, "Summary point") + `</div>`, 0},
		{"a summary hidden by a class", lines(10, "Shown line") + `<div class="summary hidden">` + lines(4, "Summary point") + `</div>`, 2},
		{"a box that shows counts", lines(6, "Shown line") + `<div class="box">` + lines(6, "Box line") + `</div>`, 4},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<body>" + tt.markup))
		require.NoError(t, err)
		p := walkPage(doc)
		assert.Equal(t, tt.want, p.windowStart(0, len(p.blocks), headWindow), tt.name)
		p.release()
	}
}

// TestStandfirstOverHiddenSummary checks that a standfirst set above a
// hidden summary of several lines (a box a button opens) and a byline
// opens the body: the hidden lines take no room between headline and
// story.
func TestStandfirstOverHiddenSummary(t *testing.T) {
	summary := `<div class="summary hidden"><p>The story in brief</p>` + paras("The county opened its flood barrier.", "It cost 31 million pounds.", "It protects 1,400 homes.", "Shopkeepers welcomed it.", "The gates are tested monthly.", "The river can rise two metres.") + `</div>`
	lead := "Two years after the high street flooded twice in one winter, the county's new barrier is finally standing."
	page := `<html><head><title>Flood barrier opens on the river</title></head><body><article><h1>Flood barrier opens on the river</h1><div class="lead">` + lead + `</div>` + summary +
		`<div class="byline">By Ann Smith</div><div class="text">` + paras(storyParas...) + paras(moreParas...) + `</div></article></body></html>`
	a := mustParse(t, page)
	require.NotEmpty(t, a.Body)
	assert.Equal(t, lead, a.Body[0])
	assert.NotContains(t, a.Body, "It cost 31 million pounds.")
}

// TestIsShownWide checks which hidden lines a wider screen shows: one
// under "hidden md:block", not one under a plain "hidden", a state
// variant, or a chrome box around the wide one.
func TestIsShownWide(t *testing.T) {
	tests := []struct {
		name, markup string
		want         bool
	}{
		{"a breakpoint shows it", `<div class="hidden md:block"><div>Weekend Coding Agent</div></div>`, true},
		{"Bootstrap's breakpoint", `<div class="d-none hidden d-md-block">Weekend Coding Agent</div>`, true},
		{"hidden on every screen", `<div class="hidden"><div>Weekend Coding Agent</div></div>`, false},
		{"a state variant", `<div class="hidden aria-expanded:block">Weekend Coding Agent</div>`, false},
		{"inside a menu", `<nav><div class="hidden md:block">Weekend Coding Agent</div></nav>`, false},
		{"shown anyway", `<div class="title">Weekend Coding Agent</div>`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<body>" + tt.markup + "<div>" + strings.Repeat("<p>"+storyParas[0]+"</p>", 6) + "</div>"))
		require.NoError(t, err)
		p := walkPage(doc)
		require.Equal(t, "Weekend Coding Agent", p.blocks[0].text, tt.name)
		b := &p.blocks[0]
		assert.Equal(t, tt.want, b.span >= 0 && p.wideSpans()[b.span], tt.name)
		p.release()
	}
}

// trimWalkedText, and endBlock's trim of the buffer, must trim as strings.TrimSpace does
// any text the walker gathers: the text of every table string, after each
// prior, cut at every pair of places as a link's text is.
func TestTrimWalkedText(t *testing.T) {
	texts := []string{"", " ", "a", " a ", "x\u205f", "\u205f x \u1680", "\u00a0", "a \u3000 ", "é ", " é",
		"Lead: a story\u2009 \u205f told ", "\u1680", "\xff ", " \xe2\x80"}
	for _, prior := range []string{"", "Before", "Before "} {
		for _, s := range texts {
			w := walker{buf: []byte(prior)}
			w.text(s)
			got := string(w.buf)
			// endBlock trims the buffer so (walkedEnd, then bytes.TrimSpace).
			w.p = &page{}
			w.endBlock()
			a := ""
			if len(w.p.blocks) > 0 {
				a = w.p.blocks[0].text
			}
			if b := strings.TrimSpace(got); a != b {
				t.Errorf("endBlock's text of %q = %q, want %q", got, a, b)
			}
			for i := 0; i <= len(got); i++ {
				for j := i; j <= len(got); j++ {
					if a, b := trimWalkedText(got[i:j]), strings.TrimSpace(got[i:j]); a != b {
						t.Errorf("trimWalkedText(%q) = %q, want %q", got[i:j], a, b)
					}
				}
			}
		}
	}
}

// TestPlainTextRun holds plainTextRun to what it answers, on random texts
// of the bytes that tell the tests apart: a run that isPlainRun would pass
// one byte at a time, of len(s) or a multiple of eight, and no shorter
// than it may be: isPlainRun fails the eight bytes after it, or, fewer
// being left, the last eight of s.
func TestPlainTextRun(t *testing.T) {
	passes := func(s string, prevSpace bool) bool { // isPlainRun of any length
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c == ' ' && !prevSpace:
				prevSpace = true
			case c > ' ' && c < utf8.RuneSelf:
				prevSpace = false
			default:
				return false
			}
		}
		return true
	}
	alphabet := []byte{'a', 'Z', ' ', '!', '"', '\n', '\t', 0x1f, 0x7f, 0x80, 0xc3, 0xff}
	// Mostly letters and spaces, as runs pass.
	eachRandomString(200_000, 0x9E3779B97F4A7C15, alphabet, 9, func(s string) {
		for _, prev := range []bool{false, true} {
			n := plainTextRun(s, prev)
			ok := n >= 0 && n <= len(s) && (n == len(s) || n%8 == 0) && passes(s[:n], prev)
			if ok && n < len(s) {
				after := prev
				if n > 0 {
					after = s[n-1] == ' '
				}
				if n+8 <= len(s) {
					ok = !isPlainRun(load64(s, n), after)
				} else if k := len(s) - 8; k >= 0 {
					before := prev
					if k > 0 {
						before = s[k-1] == ' '
					}
					ok = !isPlainRun(load64(s, k), before)
				}
			}
			if !ok {
				t.Fatalf("plainTextRun(%q, %v) = %d", s, prev, n)
			}
		}
	})
}

// TestIsCleanASCIIRandom holds isCleanASCII, which reads sixteen bytes at
// a time, to its rule read one byte at a time, on random values.
func TestIsCleanASCIIRandom(t *testing.T) {
	clean := func(s string) bool {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') || c < ' ' || c >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	alphabet := []byte{'a', 'Z', ' ', '!', '"', '\n', 0x1f, 0x7f, 0x80, 0xc3}
	// Mostly letters and spaces, as values are.
	eachRandomString(200_000, 0xC2B2AE3D27D4EB4F, alphabet, 13, func(s string) {
		if got, want := isCleanASCII(s), clean(s); got != want {
			t.Fatalf("isCleanASCII(%q) = %v, want %v", s, got, want)
		}
	})
}

// eachRandomString calls f with n random strings of up to 40 bytes of
// alphabet, drawn by a xorshift from seed: a byte is any of alphabet one
// time in rare, else one of its first four, the common ones.
func eachRandomString(n int, seed uint64, alphabet []byte, rare uint64, f func(string)) {
	rnd := seed
	var b [40]byte
	for range n {
		for i := range b {
			rnd ^= rnd << 13
			rnd ^= rnd >> 7
			rnd ^= rnd << 17
			b[i] = alphabet[rnd%uint64(len(alphabet))]
			if rnd>>40%rare != 0 {
				b[i] = alphabet[rnd>>20%4]
			}
		}
		f(string(b[:rnd>>50%41]))
	}
}

// TestHrefOnlyLinkHasNoNames holds the rule linkElement's shortcut rests
// on: readNames finds nothing in a link whose one attribute is its href,
// whatever the href says, in any namespace.
func TestHrefOnlyLinkHasNoNames(t *testing.T) {
	for _, href := range []string{"", "/", "https://example.com/author/jane", "#comments", "sidebar", "hidden", "javascript:void(0)", "byline author"} {
		for _, ns := range []string{"", "xlink"} {
			n := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Namespace: ns, Key: "href", Val: href}}}
			var names nameVerdicts
			var got elementNames
			readNames(n, 0, &names, &got)
			if got != (elementNames{}) {
				t.Errorf("readNames(<a %s href=%q>) = %+v, want none", ns, href, got)
			}
		}
	}
}

// eachWalkedFixture calls f with the walked page of every fixture.
func eachWalkedFixture(t *testing.T, f func(path string, p *page)) {
	t.Helper()
	eachParsedFixture(t, func(path string, doc *html.Node) { f(path, walkPage(doc)) })
}

// eachParsedFixture calls f with the parsed tree of every fixture.
func eachParsedFixture(t *testing.T, f func(path string, doc *html.Node)) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	require.NotEmpty(t, paths)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := parseHTML(bytes.NewReader(raw), DefaultMaxBytes)
		require.NoError(t, err)
		f(path, doc)
	}
}

// testWalker is the walker walkPage starts with, on a new page whose
// blocks are appended to blocks, with or without views (see
// walker.view).
func testWalker(blocks []block, views bool) *walker {
	return &walker{p: &page{blocks: blocks, markers: markers{-1, -1}}, region: -1, span: -1, views: views}
}

// walkedWith walks doc as walkPage does, with or without views (see
// walker.view), and returns its page.
func walkedWith(doc *html.Node, views bool) *page {
	w := testWalker(nil, views)
	w.walk(doc)
	w.flush()
	w.p.resolveChrome()
	return w.p
}

// viewPieces are markup that opens, joins or ends a view: plain runs of
// eight bytes and more (one ending in a space), short and unclean text,
// white space, links, inline and block elements, breaks and comments.
var viewPieces = []string{
	"Mars rover finds water", "Mars rover finds water ", "Short", " lead space text", "two  spaces here",
	"Caf\u00e9 au lait today", "tab\tinside text", "trailing newline\n", "\n", " ", "\x01", "\u00a0",
	"<a href=/x>", "</a>", "<a href=/y>Linked words here</a>", "<b>", "</b>", "<span>", "</span>",
	"<p>", "</p>", "<div>", "</div>", "<br>", "<!-- c -->", "<li>", "<img src=/i.jpg>",
}

// TestViewsWalkAlike checks that a block kept as its node's string (a
// view) is the block the buffer would hold, with the same links: on every
// fixture, and on markup made of viewPieces in many orders.
func TestViewsWalkAlike(t *testing.T) {
	same := func(name string, doc *html.Node) {
		t.Helper()
		a, b := walkedWith(doc, true), walkedWith(doc, false)
		if !assert.Equal(t, b.blocks, a.blocks, name) || !assert.Equal(t, b.links, a.links, name) {
			t.FailNow()
		}
	}
	eachParsedFixture(t, same)
	seed := uint64(1)
	for range 20000 {
		var sb strings.Builder
		for range 1 + seed%9 {
			seed = seed*6364136223846793005 + 1442695040888963407
			sb.WriteString(viewPieces[(seed>>33)%uint64(len(viewPieces))])
		}
		doc, err := html.Parse(strings.NewReader("<body>" + sb.String()))
		require.NoError(t, err)
		same(sb.String(), doc)
	}
}
