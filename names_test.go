package newswire

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// judgeNames answers three tests in one reading of an element; each answer
// must be what the test alone says, the second time from the verdicts
// kept.
func TestJudgeNames(t *testing.T) {
	tests := []struct {
		markup string
		want   elementNames
	}{
		{`<div class="sidebar-widget" id="x"></div>`, elementNames{chrome: true, chromeBy: "sidebar-widget", divClass: "sidebar-widget"}},
		{`<div role="navigation" class="sidebar"></div>`, elementNames{chrome: true, divClass: "sidebar"}},
		{`<div class="entry-content" id="main-nav"></div>`, elementNames{chrome: true, chromeBy: "main-nav", divClass: "entry-content"}},
		{`<nav class="story"></nav>`, elementNames{chrome: true}},
		{`<span class="sidebar"></span>`, elementNames{}}, // a span marks no section
		{`<span class="author-name"></span>`, elementNames{author: true}},
		{`<div class="comment-author"></div>`, elementNames{chrome: true, chromeBy: "comment-author", divClass: "comment-author"}},
		{`<span rel="author" class="comment-author"></span>`, elementNames{author: true}},
		{`<div class="byline photo-credit"></div>`, elementNames{author: true, divClass: "byline photo-credit"}},
		{`<div class="" class="caption"></div>`, elementNames{}}, // the first class counts
		{`<span class="byline photo-credit"></span>`, elementNames{author: true, container: true}},
		{`<figure class="sidebar"></figure>`, elementNames{container: true}},
		{`<p class="caption"></p>`, elementNames{}},
		{`<div hidden class="sidebar"></div>`, elementNames{chrome: true, chromeBy: "sidebar", divClass: "sidebar", hidden: true}},
		{`<div style="color: red; DISPLAY: none"></div>`, elementNames{hidden: true}},
		{`<div class="sidebar-widget image-box"></div>`, elementNames{chrome: true, chromeBy: "sidebar-widget image-box", divClass: "sidebar-widget image-box"}},
		{`<span style="border: none" class="byline"></span>`, elementNames{author: true}},
		{`<section style="visibility:hidden" id="menu"></section>`, elementNames{chrome: true, chromeBy: "menu", hidden: true}},
		// A custom element is read for its role alone, as a <div> is.
		{`<xyz-factbox role="complementary"></xyz-factbox>`, elementNames{chrome: true}},
		{`<site-menu role="navigation" class="story"></site-menu>`, elementNames{chrome: true}},
		{`<xyz-factbox class="sidebar"></xyz-factbox>`, elementNames{}},
		{`<xyz-factbox role="region"></xyz-factbox>`, elementNames{}},
		{`<site-footer role="contentinfo"></site-footer>`, elementNames{}},
		{`<div role="banner" class="hero"></div>`, elementNames{divClass: "hero"}},
		{`<div role="main" class="story"></div>`, elementNames{divClass: "story"}},
		{`<xyz-byline class="author"></xyz-byline>`, elementNames{author: true}},
		{`<factbox role="complementary"></factbox>`, elementNames{}}, // no hyphen: an unknown element, not a custom one
		{`<span role="complementary"></span>`, elementNames{}},
	}
	names := nameVerdicts{}
	for range 2 {
		for _, tt := range tests {
			n := firstElement(t, tt.markup)
			if got := judgeNames(n, elementKind(n), &names); got != tt.want {
				t.Errorf("judgeNames(%s) = %+v, want %+v", tt.markup, got, tt.want)
			}
		}
	}
}

// chromeNameASCII must judge a name as the general path does, which splits
// with nameWords and looks words up in the map: camel case, runs of
// separators, words past the eighth, pairs run together, words too long
// to pack, names too long to judge.
func TestChromeNameASCII(t *testing.T) {
	for _, name := range []string{
		"sidebar", "mainNav", "MainNAV", "NAVBar", "site-header", "Site_Header", "jp-relatedposts",
		"related-Posts", "nav-bar", "sub-menu", "mega--menu", "entry-content", "article__body",
		"story-text", "TEXT", "main", "content", "has-sidebar", "content-sidebar-wrap",
		"widget-area", "widget-type-rich_text", "widgetArea", "a-b-c-d-e-f-g-h-nav", "a-b-c-d-e-f-g-nav",
		"advertisement-slot", "advert1", "x", "-", "--nav--", "9nav", "nav9", "canvas",
		"commentlistwrapper-x", "sidebarsidebarsidebar", "supercalifragilistic-sidebar",
		"pop-up", "sign-in", "log-in", "share_bar", "aB", "navCommentList",
		strings.Repeat("n", 81), strings.Repeat("nav-", 20),
	} {
		var buf [8]string
		var kinds [8]wordKind
		var pairs [8]bool
		words := nameWords(name, buf[:0])
		for i, w := range words {
			kinds[i] = kindOfWord(w)
			pairs[i] = i > 0 && isChromePair(words[i-1], w)
		}
		wantContent := len(name) <= maxNameLen && isContentWords(words, kinds[:len(words)])
		wantChrome := len(name) <= maxNameLen && !wantContent && isChromeWords(words, kinds[:len(words)], pairs[:len(words)])
		content, chrome := chromeNameASCII(name)
		assert.Equal(t, wantContent, content, "content %q", name)
		assert.Equal(t, wantChrome, chrome, "chrome %q", name)
	}
}

// Every word of the tables is found in the packed table, in any case and
// run together from two parts, and words that merely contain one or are
// contained in one are not.
func TestWordTable(t *testing.T) {
	key := func(w string) packedKey {
		var low [maxPacked + 8]byte
		copy(low[:], strings.ToLower(w))
		return packWord(low[:], len(w))
	}
	for w, kind := range wordKinds {
		assert.Equal(t, kind, wordTable.kind(key(strings.ToUpper(w))), "%q", w)
		for i := 1; i < len(w); i++ {
			assert.Equal(t, kind, wordTable.kind(key(w[:i]).join(key(w[i:]))), "%q", w)
		}
		assert.Equal(t, wordKind(0), wordTable.kind(key(w+"s"+w)), "%q", w)
		assert.Equal(t, wordKinds[w[1:]], wordTable.kind(key(w[1:])), "%q", w)
	}
	assert.Equal(t, wordKind(0), wordTable.kind(key("navigationnavigation")))
	assert.Panics(t, func() { newPackedWords(map[string]wordKind{"Nav": wordChrome}) })
	assert.Panics(t, func() { newPackedWords(map[string]wordKind{"navé": wordChrome}) })
}

// A value past ASCII is split at any Unicode space and its words
// lower-cased as strings.ToLower has it.
func TestIsChromeNamePastASCII(t *testing.T) {
	for val, want := range map[string]bool{
		"sidebar\u00a0entry-content": false, // a no-break space parts names too
		"main\u00a0sidebar":          true,
		"sidebar\u00e9":              false, // "sidebaré" is no chrome word
		"navé nav":                   true,
		"NAVİ":                       false,
		"Ｎav-bar":                    false,
	} {
		assert.Equal(t, want, isChromeName(val), "%q", val)
	}
}

// hasHint finds a hint in any case, a short one only as a whole part of a
// name, whether the value is lower case, has capitals or goes past ASCII.
func TestHasHint(t *testing.T) {
	for val, want := range map[string]bool{
		"wp-caption alignleft":     true,
		"WP-Caption":               true,
		"imageCaption":             true, // a long hint inside a word
		"article-figure":           true,
		"photo":                    true,
		"Photo-Credit":             true,
		"photograph":               false, // a short hint only as a whole part
		"photos":                   false,
		"main-image":               true,
		"imagery":                  false,
		"lead_image":               true,
		"hero-IMAGE":               true,
		"heroimage":                false,
		"wp-block-image size-full": true,
		"Bildunterschrift-Größe":   false,
		"Größe-Photo":              true,
		"entry-content":            false,
		"":                         false,
	} {
		assert.Equal(t, want, hasHint(val, captionHints), "%q", val)
	}
}

func TestLowerOrASCII(t *testing.T) {
	for s, want := range map[string]letterCase{
		"":                      caseLower,
		"entry-content":         caseLower,
		"entry-content-wrapper": caseLower,
		"mainNav":               caseMixed,
		"entry-content-wrappeR": caseMixed,
		"Entry-content-wrapper": caseMixed,
		"@[`{":                  caseLower, // the bytes either side of the capitals
		"navé":                  casePastASCII,
		"NAVIGATION-navigatioé": casePastASCII,
	} {
		assert.Equal(t, want, lowerOrASCII(s), "%q", s)
	}
}

func TestAuthorMarks(t *testing.T) {
	for v, want := range map[string][2]bool{
		"author": {true, false}, "post-author": {true, false}, "entry-author-name": {true, false},
		"authors": {true, false}, "author-bio": {true, false}, "authority byauthor": {true, false},
		"article-byline": {true, false}, "bylines": {true, false},
		// Near misses: the word "authority" and its kin.
		"authorities-governing-board-actions": {false, false}, "menu-item authority": {false, false},
		"authorize-button": {false, false}, "authorisation": {false, false},
		// Comments, with or without an author.
		"comment-author vcard": {true, true}, "comments-area": {false, true},
		"commentlist authority": {false, true}, "Comment-Author": {false, false},
		"": {false, false}, "a": {false, false}, "autho": {false, false}, "bylin": {false, false},
	} {
		author, comment := authorMarks(v)
		if got := [2]bool{author, comment}; got != want {
			t.Errorf("authorMarks(%q) = %v, want %v", v, got, want)
		}
	}
}

// The verdict table must answer as judging each value afresh does, as it
// grows, when values share a probe run past maxNameProbe, and after a
// reset.
func TestNameVerdictsTable(t *testing.T) {
	var values []string
	for i := range 3000 {
		values = append(values, fmt.Sprintf("menu-item-%d", i), fmt.Sprintf("post-author-%d", i))
	}
	// Alike in length and in their first, middle and last eight bytes:
	// one hash, one probe run.
	for c := 'a'; c <= 'z'; c++ {
		values = append(values, "sidebar-widget-"+string(c)+"x-widget-area-wrap-sidebar")
	}
	values = append(values, "", "nav", "byline", "comments-area", "caption")
	fresh := func(val string, need nameVerdict) nameVerdict {
		var m nameVerdicts
		return m.judge(val, need)
	}
	answers := func(need nameVerdict) nameVerdict {
		a := need
		if need&judgedChrome != 0 {
			a |= nameChrome
		}
		if need&judgedCaption != 0 {
			a |= nameCaption
		}
		if need&judgedAuthor != 0 {
			a |= nameAuthor | nameComment
		}
		return a
	}
	var m nameVerdicts
	for round := range 3 {
		for i, v := range values {
			need := []nameVerdict{judgedChrome, judgedAuthor, judgedCaption, judgedChrome | judgedAuthor}[(i+round)%4]
			if got, want := m.judge(v, need)&answers(need), fresh(v, need)&answers(need); got != want {
				t.Fatalf("round %d: judge(%q, %b) = %b, want %b", round, v, need, got, want)
			}
		}
		if len(m.slots) > maxNameSlots || m.used > len(m.slots) {
			t.Fatalf("table of %d slots holds %d", len(m.slots), m.used)
		}
		m.reset()
		if m.used != 0 || len(m.slots) > 8*minNameSlots {
			t.Fatalf("reset left %d of %d slots", m.used, len(m.slots))
		}
	}
}

// TestIsHiddenClass checks the frameworks' "hidden" utility class against
// class values that only hold the word in a longer name.
func TestIsHiddenClass(t *testing.T) {
	for val, want := range map[string]bool{
		"hidden":                  true,
		"w-form-done hidden":      true,
		"hidden md:block":         true, // shown on wide screens only: an ad slot, a rail
		"kicker absolute\thidden": true,
		"overflow-hidden":         false,
		"hidden-xs":               false,
		"md:hidden":               false,
		"whitespace-nowrap text-ellipsis overflow-hidden": false,
		"story-body":          false,
		"hiddenfield visible": false,
	} {
		assert.Equal(t, want, isHiddenClass(val), "%q", val)
	}
}

// TestShowsAtBreakpoint checks the display classes a wider screen applies
// against those a script or the pointer applies.
func TestShowsAtBreakpoint(t *testing.T) {
	for val, want := range map[string]bool{
		"hidden md:inline":                true,
		"hidden sm:inline":                true,
		"byline hidden lg:inline-flex":    true,
		"hidden 2xl:block":                true,
		"hidden lg-nav:inline":            true,
		"hidden min-[900px]:inline":       true,
		"hidden sm:md:inline":             true,
		"d-none d-md-inline":              true,
		"hidden":                          false,
		"card hidden aria-expanded:block": false,
		"hidden group-hover:inline":       false,
		"hidden peer-checked:block":       false,
		"hidden open:flex":                false,
		"hidden md:group-hover:block":     false,
		"hidden md:text-lg":               false,
		"hidden data-[state=open]:block":  false,
		"d-none d-print-block":            false,
	} {
		assert.Equal(t, want, showsAtBreakpoint(val), "%q", val)
		assert.Zero(t, testing.AllocsPerRun(10, func() { showsAtBreakpoint(val) }), "no allocation for %q", val)
	}
}

// bareNames must say of an element without attributes what judgeNames
// says, for every tag and kind the walk meets.
func TestBareNames(t *testing.T) {
	for _, src := range []string{"<p>", "<nav>", "<figure>", "<table>", "<div>", "<span>", "<aside>", "<footer>", "<body>", "<a>", "<section>", "<form>", "<header>", "<td>"} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + src + "x"))
		require.NoError(t, err)
		var found bool
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || len(n.Attr) > 0 {
				continue
			}
			found = true
			kind := tagInfoOf(n.DataAtom).kind()
			var m nameVerdicts
			assert.Equal(t, judgeNames(n, kind, &m), bareNames(n.DataAtom, kind), "%s in %s", n.Data, src)
		}
		assert.True(t, found, src)
	}
}

// judge rules most values out by their letters (see lettersOf) before
// the tests themselves: its verdict must still be theirs, for every
// chrome word however a name splits or cases it, for the other words
// searched, and for values past ASCII.
func TestJudgeRulesOutOnlyMisses(t *testing.T) {
	values := []string{"", "x", "entry-content", "site-header", "SiteHeader", "hidden md:block",
		"comment-author vcard", "wp-caption", "Photo-Credit", "NAVİ", "navé nav", "Ｎav-bar",
		"K-ookie", "sidebar\u00a0entry-content", "authorities-board", "figure-1 hidden"}
	words := []string{"author", "byline", "comment", "hidden", "caption", "figure", "photo", "image"}
	for w, k := range wordKinds {
		if k&wordChrome != 0 {
			words = append(words, w)
		}
	}
	for _, w := range words {
		values = append(values, w, strings.ToUpper(w), "main-"+w+"-box", "x"+w)
		for i := 1; i < len(w); i++ {
			a, b := w[:i], w[i:]
			values = append(values, a+"-"+b, a+strings.ToUpper(b[:1])+b[1:], "is-"+a+"_"+b, a+" "+b)
		}
	}
	all := judgedChrome | judgedCaption | judgedAuthor | judgedHidden
	for _, v := range values {
		var m nameVerdicts
		got := m.judge(v, all)
		author, comment := authorMarks(v)
		for _, c := range []struct {
			bit  nameVerdict
			want bool
		}{
			{nameChrome, isChromeName(v)}, {nameCaption, hasHint(v, captionHints)},
			{nameAuthor, author}, {nameComment, comment}, {nameHidden, isHiddenClass(v)},
		} {
			if got&c.bit != 0 != c.want {
				t.Errorf("judge(%q) = %b, want bit %b %v", v, got, c.bit, c.want)
			}
		}
	}
}

// wordLetters' three look-ups must answer as a test of each word's
// letters in turn does, for sets of letters of every size.
func TestWordLetters(t *testing.T) {
	words := []string{"nav", "menu", "sidebar", "share", "cookie", "popup", "widget", "jquery", "xyz", "kv"}
	table := newWordLetters(words)
	x := uint32(1)
	for range 20000 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		s := letterSet(x & (x >> 3) & 0x3FFFFFF) // sparser sets too
		want := false
		for _, w := range words {
			want = want || s.holds(letterSetOf(w))
		}
		if got := table.mayHold(s); got != want {
			t.Fatalf("mayHold(%026b) = %v, want %v", s, got, want)
		}
	}
	assert.True(t, table.mayHold(allLetters))
	assert.Panics(t, func() { newWordLetters(make([]string, 33)) })
}

// TestLettersOfEveryLength holds lettersOf, which reads overlapping
// steps, to a reading of one byte at a time, at every length a step may
// end at.
func TestLettersOfEveryLength(t *testing.T) {
	const text = "Side-Bar_navMENU\xc3\xa9 zq-author.hiddenXYZ0123456789"
	for i := 0; i < len(text); i++ {
		for j := i; j <= len(text); j++ {
			val := text[i:j]
			var m uint64
			for k := 0; k < len(val); k++ {
				m |= nameLetters[val[k]]
			}
			want := valueLetters{folded: letterSet(m), lower: letterSet(m >> 32)}
			if got := lettersOf(val); got != want {
				t.Fatalf("lettersOf(%q) = %v, want %v", val, got, want)
			}
		}
	}
}

// authorMarks is authorMarksIn of a value whose letters are not known.
func authorMarks(val string) (author, comment bool) {
	return authorMarksIn(val, allLetters)
}
