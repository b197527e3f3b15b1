package newswire

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Servers that stream a page (React's, as Next.js sends it) send its shell
// first, with an empty <template id="B:0"> (or "P:0") where a part is not
// ready yet, and the part itself later, at the end of the <body>, in a
// <div hidden id="S:0"> that a script moves into place. Read in document
// order, a story streamed so loses its paragraphs to a hidden box after
// the footer; read as the browser shows it, they stand where the
// template stands. Servers number a placeholder and its part alike
// ("B:0" and "S:0", "P:7" and "S:7").

// maxSegments bounds the streamed parts read from one page: a page
// streams a few dozen at most.
const maxSegments = 256

// maxSegmentDepth bounds the parts placed one in another: a page nests a
// part in a part once or twice, and each may be 500 elements deep, so
// 256 placed in a chain would nest the walk 130,000 frames deep.
const maxSegmentDepth = 8

// segments are a page's streamed parts, found once, at its first
// placeholder or part (see placeSegment).
type segments struct {
	looked bool
	body   *html.Node     // the <body> that holds them
	nodes  []*html.Node   // the parts, in document order
	index  map[string]int // a part's number ("0" of "S:0") to its place in nodes
	read   []bool         // whether nodes[k] was read, at its placeholder or where it was sent
	n      int            // how many were
	next   int            // the first part the walk of the body's children has not passed
	depth  int            // how many parts the walk is in, placed each in the one before
}

// find looks the parts of body up, once, and indexes them by number: a
// page may hold 100,000 placeholders whose parts never came.
func (s *segments) find(body *html.Node) {
	if s.looked {
		return
	}
	s.looked = true
	s.body = body
	s.nodes = streamedParts(body)
	if len(s.nodes) == 0 {
		return
	}
	s.read = make([]bool, len(s.nodes))
	s.index = make(map[string]int, len(s.nodes))
	for k, n := range s.nodes {
		id := strings.TrimPrefix(attr(n, "id"), "S:")
		if _, ok := s.index[id]; !ok {
			s.index[id] = k
		}
	}
}

// placeSegment reads, at placeholder t, the streamed part it stands for,
// once, and reports whether it did: the walk then skips it where it was
// sent (see sentPartRead).
func (w *walker) placeSegment(t *html.Node) bool {
	id, ok := placeholderID(attr(t, "id"))
	if !ok {
		return false
	}
	s := &w.segs
	if s.depth >= maxSegmentDepth {
		return false // read where it was sent
	}
	s.find(pageBody(t))
	if s.n == len(s.nodes) {
		return false // all read, or none sent
	}
	k, ok := s.index[id]
	if !ok || s.read[k] {
		return false
	}
	s.read[k] = true // before the walk: a part that holds its own placeholder is read once
	s.n++
	s.depth++
	w.walk(s.nodes[k].FirstChild)
	s.depth--
	return true
}

// sentPartRead reports n, a child of the <body>, as a streamed part read
// already at its placeholder, which the walk skips; a part the walk
// reaches first where it was sent is marked read, so that a placeholder
// met later, in it or in a later part, does not read it again. The walk
// meets the parts in document order, so the next one not passed is the
// only one n can be, unless a fallback skipped some (see fallbackEnd).
func (w *walker) sentPartRead(n *html.Node) bool {
	// Small enough to inline: the walk asks this of every element.
	return n.DataAtom == atom.Div && n.Parent != nil && n.Parent.DataAtom == atom.Body && w.bodyPartRead(n)
}

// bodyPartRead is sentPartRead for a <div> child of the <body>.
func (w *walker) bodyPartRead(n *html.Node) bool {
	s := &w.segs
	if !s.looked {
		if !isStreamedPart(n) {
			return false
		}
		s.find(n.Parent)
	}
	if s.next >= len(s.nodes) {
		return false
	}
	if s.nodes[s.next] != n {
		if !isStreamedPart(n) {
			return false
		}
		// Past the parts a fallback skipped, or past them all: a part
		// not among the first maxSegments comes after them.
		j := s.next + 1
		for j < len(s.nodes) && s.nodes[j] != n {
			j++
		}
		s.next = j
		if j == len(s.nodes) {
			return false
		}
	}
	k := s.next
	s.next++
	if s.read[k] {
		return true
	}
	s.read[k] = true
	s.n++
	return false
}

// fallbackEnd returns the last node of the fallback a placeholder t shows
// until its part arrives ("Loading...", a skeleton), which the part
// replaces: its siblings up to the comment that closes its boundary
// ("/$", see boundaryEnd); t itself when it is a part's place ("P:0"),
// which has none.
func fallbackEnd(t *html.Node) *html.Node {
	if !strings.HasPrefix(attr(t, "id"), "B:") {
		return t
	}
	if opensBoundary(t) {
		if end := boundaryEnd(t); end != nil {
			return end
		}
	}
	// A page saved without its comments shows no end: the element right
	// after the placeholder is its fallback only when it reads as one.
	return loadingLineAfter(t)
}

// loadingLineAfter returns the line that reads as a placeholder t's
// fallback ("Loading story...", see readsAsLoading) where t's part was not
// read at t, having been read at another placeholder or never come, or t
// itself: such a line is never the story's text.
func loadingLineAfter(t *html.Node) *html.Node {
	if !strings.HasPrefix(attr(t, "id"), "B:") {
		return t
	}
	n := t.NextSibling
	for n != nil && n.Type == html.TextNode && isBlank(n.Data) {
		n = n.NextSibling
	}
	if n != nil && n.Type == html.ElementNode && readsAsLoading(n) {
		return n
	}
	return t
}

// opensBoundary reports a placeholder t right after the comment that opens
// React's pending boundary ("<!--$?--><template id="B:0">"), which React
// always writes so: only then does a later "/$" close t's fallback, and
// not some other boundary's, which would take the story's text with it.
func opensBoundary(t *html.Node) bool {
	n := t.PrevSibling
	for n != nil && n.Type == html.TextNode && isBlank(n.Data) {
		n = n.PrevSibling
	}
	return n != nil && n.Type == html.CommentNode && n.Data == "$?"
}

// maxFallbackNodes bounds the siblings read for the end of a boundary: a
// fallback is a line or a skeleton box, and a page may hold 256
// placeholders, so an unbounded scan would read the siblings that many
// times.
const maxFallbackNodes = 64

// boundaryEnd returns the comment ("/$") that closes the boundary opened
// right before placeholder t, boundaries nested in it counted, or nil
// when none does within maxFallbackNodes siblings.
func boundaryEnd(t *html.Node) *html.Node {
	depth := 0
	read := 0
	for n := t.NextSibling; n != nil && read < maxFallbackNodes; n = n.NextSibling {
		if n.Type == html.TextNode && isBlank(n.Data) {
			continue // white space between tags, which elision may drop
		}
		read++
		if n.Type != html.CommentNode {
			continue
		}
		switch n.Data {
		case "/$":
			if depth == 0 {
				return n
			}
			depth--
		case "$", "$?", "$!":
			depth++
		}
	}
	return nil
}

// maxFallback is the longest text of a fallback a placeholder shows.
const maxFallback = 40

// isLoadingFallback reports the text of a streamed part's fallback:
// "Loading", a word or two of what, and an ellipsis ("Loading
// paragraph...", "Loading hub_pages...").
func isLoadingFallback(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) <= maxFallback && hasLowerPrefix(s, "loading") && endsWithEllipsis(s)
}

// readsAsLoading reports an element whose text reads as a fallback (see
// isLoadingFallback). It reads no more than a fallback can hold, text
// and nodes, and copies nothing: the element after a placeholder may be
// a box holding the rest of the page, and the next placeholder in it.
func readsAsLoading(n *html.Node) bool {
	var buf [maxFallback]byte
	k, nodes := 0, 0
	for c := n.FirstChild; c != nil; c = nextInside(c, n) {
		if c.Type == html.TextNode && isBlank(c.Data) {
			continue // white space between tags, which elision may drop
		}
		if nodes++; nodes > maxFallbackNodes {
			return false
		}
		if c.Type != html.TextNode {
			continue
		}
		for i := 0; i < len(c.Data); i++ {
			switch b := c.Data[i]; {
			case isASCIISpace(b):
				// not counted: elision may drop white space between tags
			case k == len(buf):
				return false // longer than a fallback
			default:
				buf[k] = b
				k++
			}
		}
	}
	return isLoadingFallback(string(buf[:k]))
}

// nextInside returns the node after c in document order below root, or
// nil past root's last descendant.
func nextInside(c, root *html.Node) *html.Node {
	if c.FirstChild != nil {
		return c.FirstChild
	}
	for ; c != root; c = c.Parent {
		if c.NextSibling != nil {
			return c.NextSibling
		}
	}
	return nil
}

// placeholderID returns the number of a streaming placeholder's id ("0"
// of "B:0", "7" of "P:7").
func placeholderID(id string) (string, bool) {
	if rest, ok := strings.CutPrefix(id, "B:"); ok && rest != "" {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(id, "P:"); ok && rest != "" {
		return rest, true
	}
	return "", false
}

// pageBody returns the <body> of the document that holds n, or nil.
func pageBody(n *html.Node) *html.Node {
	for n.Parent != nil {
		n = n.Parent
	}
	return childElement(childElement(n, atom.Html), atom.Body)
}

// streamedParts returns the streamed parts among the children of body:
// hidden <div>s with an "S:" id, which a streaming server appends there.
func streamedParts(body *html.Node) []*html.Node {
	if body == nil {
		return nil
	}
	var parts []*html.Node
	for c := body.FirstChild; c != nil && len(parts) < maxSegments; c = c.NextSibling {
		if isStreamedPart(c) {
			parts = append(parts, c)
		}
	}
	return parts
}

// isStreamedPart reports a hidden <div> whose id names a streamed part
// ("S:0").
func isStreamedPart(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Div || !strings.HasPrefix(attr(n, "id"), "S:") {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" {
			return true
		}
	}
	return false
}

// childElement returns n's first child element of tag a, or nil.
func childElement(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}
