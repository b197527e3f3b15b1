package main

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// normSpace trims s and collapses each run of white space (including
// no-break spaces) to one space.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// normByline prepares a byline for an exact comparison: white space
// collapsed, case folded and a leading "by" dropped, since some tools keep
// it and some pages print it in capitals.
func normByline(s string) string {
	s = strings.ToLower(normSpace(s))
	if rest, ok := strings.CutPrefix(s, "by "); ok {
		s = rest
	}
	return strings.TrimSpace(s)
}

// tokens returns the lower-cased words of s: maximal runs of letters and
// digits. Everything else (spaces, punctuation, apostrophes, quotes)
// separates words, so "Obama's" gives "obama" and "s" whichever apostrophe
// the page used.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// tokenF1 is the bag-of-words F1 score of the words of got against those of
// want: each word counts as often as it occurs in both. It is 1 when both
// have no words and 0 when only one has none.
func tokenF1(got, want string) float64 {
	return bagF1(tokens(got), tokens(want))
}

// bagF1 is the multiset F1 score of got against want.
func bagF1(got, want []string) float64 {
	_, _, f1 := wordScores(got, want)
	return f1
}

// htmlText returns the visible text of an HTML fragment or page with its
// tags stripped and white space collapsed. Block elements and <br> separate
// words; script, style, template and noscript content is dropped.
func htmlText(src string) (string, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return normSpace(b.String()), nil
}

// blockElements are the elements whose edges separate words in htmlText.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true,
}
