package newswire

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nameVerdict is what the walk has found of one class or id value. Each
// part is worked out the first time an element asks for it.
type nameVerdict uint8

const (
	judgedChrome  nameVerdict = 1 << iota
	nameChrome                // isChromeName
	judgedCaption             // nameCaption is known
	nameCaption               // hasHint(val, captionHints)
	judgedAuthor              // nameAuthor and nameComment are known
	nameAuthor                // holds "author" or "byline"
	nameComment               // holds "comment"
)

// nameVerdicts are the walk's verdicts on class and id values, by value.
// Templates repeat the same few names on every element of a page: one
// look-up answers the chrome, caption and author tests of a value, where
// each test kept its own before.
type nameVerdicts map[string]nameVerdict

// judge returns the verdict on val with the parts in need worked out.
func (m nameVerdicts) judge(val string, need nameVerdict) nameVerdict {
	v := m[val]
	if v&need == need {
		return v
	}
	if need&judgedChrome != 0 && v&judgedChrome == 0 {
		v |= judgedChrome
		if isChromeName(val) {
			v |= nameChrome
		}
	}
	if need&judgedCaption != 0 && v&judgedCaption == 0 {
		v |= judgedCaption
		if hasHint(val, captionHints) {
			v |= nameCaption
		}
	}
	if need&judgedAuthor != 0 && v&judgedAuthor == 0 {
		v |= judgedAuthor
		if namesAuthor(val) || strings.Contains(val, "byline") {
			v |= nameAuthor
		}
		if strings.Contains(val, "comment") {
			v |= nameComment
		}
	}
	m[val] = v
	return v
}

// namesAuthor reports a class or id value that holds "author" as the
// word for a writer, not as the start of "authority", "authorities" or
// "authorize" (a menu item "authorities-governing-board").
func namesAuthor(val string) bool {
	for i := 0; ; {
		j := strings.Index(val[i:], "author")
		if j < 0 {
			return false
		}
		i += j + len("author")
		if rest := val[i:]; !strings.HasPrefix(rest, "it") && !strings.HasPrefix(rest, "iz") && !strings.HasPrefix(rest, "is") {
			return true
		}
	}
}

// elementNames is what an element's kind and names say of it: whether it
// is page chrome (only elements that hold sections of a page are judged by
// their class names; a link or a span called "share-button" marks no
// section), with the class or id value that names the chrome ("" when the
// element's kind or role does); whether templates mark it as holding the
// author's name (rel="author", itemprop="author", or a class or id naming
// the author or byline, searched as written so that nothing is
// allocated); and whether it may frame an image with its caption.
type elementNames struct {
	chrome    bool
	chromeBy  string // the class or id value that names the chrome
	author    bool
	container bool
	hidden    bool // the hidden attribute, or an inline style that hides it: see hidesBox
}

// judgeNames works out n's elementNames in one reading of its
// attributes, with one look-up in m per class or id value: the walk asks
// all four questions of every element.
func judgeNames(n *html.Node, kind elemKind, m nameVerdicts) elementNames {
	var out elementNames
	chromeDone := kind&kindChrome != 0 || kind&kindSection == 0
	out.chrome = kind&kindChrome != 0
	// A class on <body> or <html> ("single-author", a blog's setting)
	// marks the whole page, not the author's name.
	authorDone, classDone := n.DataAtom == atom.Body || n.DataAtom == atom.Html, false
	caption := n.DataAtom == atom.Div || n.DataAtom == atom.Span
	switch n.DataAtom {
	case atom.Figure, atom.Table:
		out.container = true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			need := nameVerdict(0)
			if !chromeDone {
				need |= judgedChrome
			}
			if !authorDone {
				need |= judgedAuthor
			}
			firstClass := caption && !classDone && a.Key == "class" && a.Namespace == ""
			if firstClass {
				classDone = true
				if a.Val == "" {
					firstClass = false
				} else {
					need |= judgedCaption
				}
			}
			if need == 0 {
				continue
			}
			v := m.judge(a.Val, need)
			if !chromeDone && v&nameChrome != 0 {
				out.chrome, out.chromeBy, chromeDone = true, a.Val, true
			}
			if !authorDone && v&nameAuthor != 0 {
				out.author, authorDone = v&nameComment == 0, true
			}
			if firstClass {
				out.container = v&nameCaption != 0
			}
		case "role":
			if !chromeDone && (a.Val == "navigation" || a.Val == "complementary") {
				out.chrome, chromeDone = true, true
			}
		case "rel", "itemprop":
			if !authorDone && strings.Contains(a.Val, "author") {
				out.author, authorDone = true, true
			}
		case "hidden":
			out.hidden = true
		case "style":
			out.hidden = out.hidden || hidesBox(a.Val)
		}
	}
	return out
}
