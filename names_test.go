package newswire

import "testing"

// judgeNames answers three tests in one reading of an element; each answer
// must be what the test alone says, the second time from the verdicts
// kept.
func TestJudgeNames(t *testing.T) {
	tests := []struct {
		markup string
		want   elementNames
	}{
		{`<div class="sidebar-widget" id="x"></div>`, elementNames{chrome: true, chromeBy: "sidebar-widget"}},
		{`<div role="navigation" class="sidebar"></div>`, elementNames{chrome: true}},
		{`<div class="entry-content" id="main-nav"></div>`, elementNames{chrome: true, chromeBy: "main-nav"}},
		{`<nav class="story"></nav>`, elementNames{chrome: true}},
		{`<span class="sidebar"></span>`, elementNames{}}, // a span marks no section
		{`<span class="author-name"></span>`, elementNames{author: true}},
		{`<div class="comment-author"></div>`, elementNames{chrome: true, chromeBy: "comment-author"}},
		{`<span rel="author" class="comment-author"></span>`, elementNames{author: true}},
		{`<div class="byline photo-credit"></div>`, elementNames{author: true, container: true}},
		{`<div class="" class="caption"></div>`, elementNames{}}, // the first class counts
		{`<figure class="sidebar"></figure>`, elementNames{container: true}},
		{`<p class="caption"></p>`, elementNames{}},
		{`<div hidden class="sidebar"></div>`, elementNames{chrome: true, chromeBy: "sidebar", hidden: true}},
		{`<div style="color: red; DISPLAY: none"></div>`, elementNames{hidden: true}},
		{`<span style="border: none" class="byline"></span>`, elementNames{author: true}},
		{`<section style="visibility:hidden" id="menu"></section>`, elementNames{chrome: true, chromeBy: "menu", hidden: true}},
	}
	names := nameVerdicts{}
	for range 2 {
		for _, tt := range tests {
			n := firstElement(t, tt.markup)
			if got := judgeNames(n, kindOf(n.DataAtom), names); got != tt.want {
				t.Errorf("judgeNames(%s) = %+v, want %+v", tt.markup, got, tt.want)
			}
		}
	}
}

func TestNamesAuthor(t *testing.T) {
	for v, want := range map[string]bool{
		"author": true, "post-author": true, "entry-author-name": true, "authors": true,
		"author-bio": true, "authority byauthor": true,
		// Near misses: the word "authority" and its kin.
		"authorities-governing-board-actions": false, "menu-item authority": false,
		"authorize-button": false, "authorisation": false,
	} {
		if got := namesAuthor(v); got != want {
			t.Errorf("namesAuthor(%q) = %v, want %v", v, got, want)
		}
	}
}
