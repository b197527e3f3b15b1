package newswire

import (
	"bytes"
	"maps"
	"math/bits"
	"net/url"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A block is one run of text as a reader sees it: a paragraph, a table
// cell, a line between two <br>s. Finders work on blocks rather than on
// elements because SMN pages of different eras put the same line in a <p>,
// a <span>, a <font> or a bare text node.
type block struct {
	text    string
	linkAt  int32     // index of the block's first link in page.links
	nLinks  int32     // how many links the block holds
	linkLen int32     // bytes of text inside <a href>
	region  int32     // innermost region (see page.regions) holding it, or -1
	tag     atom.Atom // innermost block-level element holding the text
	span    int32     // innermost chrome span (see page.spans) holding it, or -1
	// caption is 1 + index of the image this block captions, or 0; an
	// int16 (maxImages fits) so that a block takes 48 bytes, not 56.
	caption int16
	heading int8     // 1-6 when inside <h1>-<h6>
	tail    tailKind // the part of a page's tail it opens: see tailKind
	strong  bool     // inside <b>, <strong> or a large <font>
	chrome  bool     // inside navigation, sidebars, forms, footers: see resolveChrome
	author  bool     // inside an element marked as the author's (see judgeNames)
	row     bool     // the first block of a table row: cells up to the next one share it
}

type rawLink struct {
	text, href string
}

// linkDensity is the share of the block's text that is link text.
func (b *block) linkDensity() float64 {
	if len(b.text) == 0 {
		return 0
	}
	return float64(b.linkLen) / float64(len(b.text))
}

// isParagraph reports a block of running text, as content scoring counts
// them: long enough, mostly not links, not a heading, chrome or caption.
func (b *block) isParagraph() bool {
	return !b.chrome && b.hasParagraphShape()
}

// hasParagraphShape is isParagraph without regard to chrome.
//
// Its link share is tested as linkLen*5 <= len*2, which is linkDensity()
// <= 0.4 exactly (no ratio of two int32s other than 2/5 itself rounds to
// the double nearest 0.4) without a division: content scoring asks this
// of every block of a page.
func (b *block) hasParagraphShape() bool {
	return b.caption == 0 && b.heading == 0 && len(b.text) >= minParagraph && int64(b.linkLen)*5 <= int64(len(b.text))*2
}

// isLink reports whether the block is a single link and nothing else.
func (b *block) isLink() bool {
	return b.nLinks == 1 && int(b.linkLen)*10 >= len(b.text)*9
}

// tailKind reports the part of a page's tail the block opens, if any,
// working it out on the first call: most blocks are never asked.
func (b *block) tailKind() tailKind {
	if b.tail == tailUnknown {
		b.tail = tailOf(b.text)
	}
	return b.tail
}

// linksOf returns the anchors of block b.
func (p *page) linksOf(b *block) []rawLink {
	return p.links[b.linkAt : b.linkAt+b.nLinks]
}

// imageRef is a picture met during the walk (not a pixel or an icon).
type imageRef struct {
	src     string
	alt     string // the alt text, which banners use for the label they draw
	at      int    // index of the first block after the image
	span    int32  // innermost chrome span holding it, or -1
	chrome  bool
	caption string
}

// page is everything one walk of the tree collects.
type page struct {
	blocks  []block
	links   []rawLink // the anchors of all blocks, in order
	regions []region  // the page's sectioning elements, in document order
	spans   []span    // the elements that look like page chrome, in document order
	images  []imageRef
	markers markers
	meta    pageMeta

	headline struct { // headlineByTitle's answer, once found
		index    int
		ok, done bool
	}
	underTitle struct { // headUnderTitle's answer, once found
		h        head
		ok, done bool
	}
	lastByline bylineMemo // parseBylineOnce's last answer
	kinds      kindsMemo  // lineKinds of the blocks read for noise, once each

	scores  []float64     // reusable buffer for region scores
	scratch []byte        // reusable buffer for normalised text
	textBuf []byte        // the walker's block buffer, kept for the next page
	pending []pendingLink // the walker's buffer of a block's links, kept likewise
	titles  []string      // metaTitles' answer, once found
	names   nameVerdicts  // the walk's verdicts on class and id values

	base *url.URL // the page's own address, for resolving links
	url  string   // base as Article.URL shows it
	// hostname is url's host without "www.", worked out once in setBase
	hostname string
}

// region is a sectioning element (div, article, section, main, td) and
// the blocks it holds: as elements nest, its blocks are the contiguous run
// [start, end). Content scoring picks the region that holds the story.
type region struct {
	start, end, parent int32
	span               int32 // innermost chrome span holding it (itself included), or -1
	chrome             bool
	box                bool   // an <article> of its own, or holding a form: see setBoxEnd
	class              string // a <div>'s first class, judged by isBoxName only for the boxes setBoxEnd weighs
}

// span is an element that looks like page chrome by its name or class
// (nav, aside, form, "sidebar", "share"). That is evidence, not a verdict:
// resolveChrome decides which spans are chrome and which wrap the story.
type span struct {
	name       string // the class or id that names it chrome, if one does
	start, end int32  // its blocks
	parent     int32  // the chrome span around it, or -1
	hidden     bool   // hidden by an attribute or inline style: see elementNames
	// wide: hidden by a class that a wider screen overrides ("hidden
	// md:block"): see isShownWide
	wide    bool
	wrapper bool // it holds the story: not chrome after all
	chrome  bool // the verdict: neither it nor a span around it wraps the story
}

// isHiddenBlock reports a block inside an element the page hides (see
// span.hidden) that resolveChrome left out of the story: text no reader
// sees, such as a summary a button opens.
func (p *page) isHiddenBlock(b *block) bool {
	if !b.chrome {
		return false
	}
	for s := b.span; s >= 0; s = p.spans[s].parent {
		if p.spans[s].hidden {
			return true
		}
	}
	return false
}

// wideSpans reports, for each span, whether a block right in it is left
// out of the story only as hidden text that a wider screen shows (see
// span.wide): a desktop reader sees it, so it may confirm what the page
// is titled, though like any hidden part it stays out of the body unless
// it reads as story (see showCollapsed). Such a block sits under at
// least one wide span and under no other span but wrappers. A span comes
// after its parent, so one pass settles them all: a block's own walk up
// its spans would cost their depth for each block.
func (p *page) wideSpans() []bool {
	const (
		none   = iota // no span but wrappers so far
		shown         // wide spans and wrappers only, one wide at least
		hidden        // a span that is neither
	)
	state := make([]uint8, len(p.spans))
	wide := make([]bool, len(p.spans))
	for s := range p.spans {
		sp := &p.spans[s]
		up := uint8(none)
		if sp.parent >= 0 {
			up = state[sp.parent]
		}
		switch {
		case sp.wrapper:
			state[s] = up
		case !sp.wide || up == hidden:
			state[s] = hidden
		default:
			state[s] = shown
		}
		wide[s] = state[s] == shown
	}
	return wide
}

// windowStart returns the first block of the n blocks a reader sees
// before block to, not before from: hidden blocks (see isHiddenBlock)
// take no room in the window, as a hidden box of several lines (a
// summary a button opens) between a headline and the story would
// otherwise push the standfirst above it out of reach.
func (p *page) windowStart(from, to, n int) int {
	i := to
	for i > from && n > 0 {
		i--
		if !p.isHiddenBlock(&p.blocks[i]) {
			n--
		}
	}
	return i
}

// maxSpans bounds the chrome spans kept from one page.
const maxSpans = 100_000

// maxRegions bounds the regions kept from one page.
const maxRegions = 100_000

// markers are block indexes of template comments, -1 when absent.
type markers struct {
	bodyStart, bodyEnd int
}

// walker builds a page in a single depth-first pass.
type walker struct {
	p *page

	// buf holds the current block's text. Within a block it only grows:
	// blockText takes its first srcRun bytes for src's own, unchecked,
	// so a change that rewrites or cuts buf before the block ends must
	// set srcRun to 0.
	buf []byte
	// view, when not "", is the current block's text, and buf is empty:
	// a block that opens with a text node text would copy as it is (see
	// wordsText) keeps the node's own string rather than a copy of it,
	// until more text joins it (see unview). Most blocks are one such
	// node, which is then read once, and copied never. Only the walk of a
	// page (views) makes one: cleanText and the tests read buf.
	view  string
	views bool
	// src is the text node the current block's text began in: set by
	// its first text that is not blank (before any of it is kept), and
	// "" until then, which flush reads as an empty block.
	src string
	// srcAt and srcRun place the run of src that text copied first into
	// the empty buffer, as it is: see blockText.
	srcAt, srcRun int
	pending       []pendingLink
	tag           atom.Atom
	heading       int   // level of the innermost open heading
	quotes        int32 // the pull quotes (see isEmbedQuote) opened so far: see closeContainer

	// the state at the block's first text, which the block keeps
	bHeading int
	bStrong  bool
	bSpan    int32
	bAuthor  bool

	segs segments // the parts a streaming server sent after the shell: see placeSegment

	rowOpen  bool // a <tr> opened and no block has come from it yet
	inLink   bool
	linkHref string
	linkFrom int // position in the block's text (see blockLen) where the current link's text starts

	strongDepth, authorDepth int
	region                   int32 // the innermost open region, or -1
	span                     int32 // the innermost open chrome span, or -1
}

// container is an element that may frame an image with its caption: a
// <figure>, a <table>, or a <div> whose class says so.
type container struct {
	firstBlock, firstImage int
	span                   int32 // the chrome span it sits in
	quotes                 int32 // the walker's quotes when it opened
}

func walkPage(doc *html.Node) *page {
	p := newPage()
	if p.textBuf == nil {
		p.textBuf = make([]byte, 0, 1024) // a new page's: kept with it in the pool
	}
	w := &walker{p: p, region: -1, span: -1, buf: p.textBuf[:0], pending: p.pending[:0], views: true}
	w.walk(doc)
	w.flush()
	p.textBuf = w.buf
	p.pending = w.pending
	p.resolveChrome()
	return p
}

// pages recycles the slices a walk fills (blocks, links, regions, images),
// which would otherwise be grown anew for every page. Nothing an Article
// holds points into them: its strings are immutable and its slices are
// its own.
var pages = sync.Pool{New: func() any { return new(page) }}

// newPage takes a page from the pool. One the pool makes is zero, and
// release zeroes one it takes back but for its emptied slices and name
// verdicts: only the markers, whose zero is no "none", are set here. A
// second reset of the whole struct, large with its meta, cost a
// noticeable share of a small page's fixed cost.
func newPage() *page {
	p := pages.Get().(*page)
	p.markers = markers{-1, -1}
	return p
}

// release returns p to the pool once its article is built. The slices are
// cleared so that the pool keeps no page text alive; a page far larger
// than usual is left to the collector.
func (p *page) release() {
	if cap(p.blocks) > 1<<14 || cap(p.links) > 1<<14 {
		return
	}
	clear(p.blocks)
	clear(p.links)
	clear(p.images)
	clear(p.spans)                    // their class names
	clear(p.pending[:cap(p.pending)]) // their hrefs
	p.names.reset()
	// The page is cleared in place and its buffers put back: a literal
	// of the page holding them was built whole on the stack and copied,
	// twice the page's 1.5 KB a page.
	blocks, links, regions, spans, images := p.blocks[:0], p.links[:0], p.regions[:0], p.spans[:0], p.images[:0]
	scores, scratch, textBuf, pending, names := p.scores[:0], p.scratch[:0], p.textBuf[:0], p.pending[:0], p.names
	*p = page{}
	p.blocks, p.links, p.regions, p.spans, p.images = blocks, links, regions, spans, images
	p.scores, p.scratch, p.textBuf, p.pending, p.names = scores, scratch, textBuf, pending, names
	pages.Put(p)
}

func (w *walker) walk(n *html.Node) {
	// Elements first, then text: the node types a page is made of, told
	// apart by one comparison each rather than a search of all four.
	for ; n != nil; n = n.NextSibling {
		if t := n.Type; t == html.ElementNode {
			if n.DataAtom == atom.Template {
				if w.placeSegment(n) {
					n = fallbackEnd(n) // its streamed part was read here, in place of its fallback
					continue
				}
				w.element(n)
				n = loadingLineAfter(n)
				continue
			}
			w.element(n)
		} else if t == html.TextNode {
			// text, written out: most text nodes of a page are the
			// indentation between its tags, spared the call (text is
			// too large to be inlined). Keep the two alike: the tests
			// feed text, the pages go through this copy.
			s := n.Data
			low := 0
			for low < len(s) && s[low] <= ' ' {
				low++
			}
			if low < len(s) {
				w.wordsText(s)
			} else if k := len(w.buf); k > 0 && w.buf[k-1] != ' ' {
				w.blankSpace(s)
			} else if w.view != "" {
				w.viewSpace(s)
			}
		} else if t == html.CommentNode {
			w.comment(n.Data)
		} else if t == html.DocumentNode {
			w.walk(n.FirstChild)
		}
	}
}

func (w *walker) element(n *html.Node) {
	info := tagInfoOf(n.DataAtom)
	if info&^plainInfo == 0 && n.DataAtom != 0 {
		// Most elements of a page are a <p>, an <li>, an <em>, with no
		// attribute or none that marks it: nothing of them but whether
		// they end a block is read, and the walk below would work out
		// all else only to find it unset.
		if len(n.Attr) == 0 {
			w.plainElement(n, info)
			return
		}
		var names elementNames
		if readNames(n, info.kind(), &w.p.names, &names); names.marks() {
			w.markedElement(n, info, info.kind(), &names)
			return
		}
		w.plainElement(n, info)
		return
	}
	if n.DataAtom == atom.A {
		w.linkElement(n)
		return
	}
	if w.sentPartRead(n) {
		return // read at its placeholder
	}
	// Most such elements (a <div>, a <td>, a heading) call for no action:
	// opens is asked only of those that do.
	if info.action() != actNone && !w.opens(n, info) {
		return
	}
	if n.DataAtom == 0 && n.Namespace != "" {
		return // foreign content the atoms did not catch
	}
	kind := info.kind()
	if n.DataAtom == 0 {
		kind = customKind(n)
	}
	var names elementNames
	if len(n.Attr) > 0 {
		readNames(n, kind, &w.p.names, &names)
	} else {
		names = bareNames(n.DataAtom, kind)
	}
	if info&^tagInfo(kindSection) == withKind(kindBlock|kindRegion) && !names.chrome && !names.hidden && !names.author {
		w.regionElement(n, &names)
		return
	}
	w.markedElement(n, info, kind, &names)
}

// regionElement is markedElement for a block that is a region and sets
// nothing else, by its tag (no heading, emphasis, row or form: its
// tagInfo is a kind alone, kindBlock and kindRegion, with kindSection or
// not) or by its names (no chrome, hidden or author's element: at most a
// caption's frame): a <div>, a <section>, a <td>, most of them with a
// class. Such elements are most of those markedElement walks; they are
// spared its tests of all else, and the values it keeps across the walk
// of the children. What it leaves out changes nothing: markedElement's
// second flush, at the region's end, follows its first with no text
// between (a flush of no block), and its restore of the heading level
// undoes nothing, as the element sets none and every element that sets
// one restores it (TestRegionElementMatchesMarkedElement).
func (w *walker) regionElement(n *html.Node, names *elementNames) {
	w.flush()
	prevTag := w.tag
	w.tag = n.DataAtom
	reg := int32(-1)
	if len(w.p.regions) < maxRegions {
		regions := grow(w.p.regions) // stored once, by the append
		reg = int32(len(regions))
		w.p.regions = append(regions, region{start: int32(len(w.p.blocks)), parent: w.region, span: w.span, box: n.DataAtom == atom.Article, class: names.divClass})
		w.region = reg
	}
	isCont := names.container || names.divClass != ""
	cont := container{len(w.p.blocks), len(w.p.images), w.span, w.quotes}
	w.walk(n.FirstChild)

	w.flush()
	w.tag = prevTag
	if reg >= 0 {
		w.p.regions[reg].end = int32(len(w.p.blocks))
		w.region = w.p.regions[reg].parent
	}
	if isCont && (names.container || len(w.p.images) > cont.firstImage && names.frames(&w.p.names)) {
		w.closeContainer(cont)
	}
}

// opens does what the walk does with n for its tag (see tagAction) and
// reports whether n's children are then walked as the page's text (unless
// they are foreign content: see element).
func (w *walker) opens(n *html.Node, info tagInfo) bool {
	switch info.action() {
	case actNone:
	case actScript:
		if attr(n, "type") == "application/ld+json" {
			w.p.meta.addJSONLD(nodeText(n))
		}
		return false
	case actSkip:
		return false
	case actMeta:
		w.p.meta.addMeta(n)
		return false
	case actLink:
		w.p.meta.addLink(n)
		return false
	case actTitle:
		if w.p.meta.title == "" {
			w.p.meta.title = cleanOwnText(nodeText(n))
		}
		return false
	case actBreak:
		w.flush()
		return false
	case actImage:
		w.image(n)
		return false
	case actTime:
		w.p.meta.addTime(attr(n, "datetime"))
	case actQuote:
		if !isEmbedQuote(n) {
			w.quotes++
		}
	}
	return true
}

// markedElement walks an element that sets some of the walk's state:
// by its tag (a heading, a region, a table row), or by its names (see
// elementNames), judged already.
func (w *walker) markedElement(n *html.Node, info tagInfo, kind elemKind, names *elementNames) {
	isBlock := kind&kindBlock != 0
	if names.hidden && kind&(kindBlock|kindRegion) == 0 {
		// A hidden inline element ("<span class=hidden>. </span>", a
		// player's "Video starten" label) is no text a reader sees, and
		// as a span of its own it would cut the line it sits in. One
		// a wider screen shows ("hidden md:inline") is read on a
		// desktop: a byline's name, a dateline, a headline's word.
		if !showsAtBreakpoint(attr(n, "class")) {
			return
		}
		names.hidden = false
	}
	if isBlock {
		w.flush()
	}
	prevTag := w.tag
	if isBlock {
		w.tag = n.DataAtom
	}
	level := info.heading()
	prevHeading := w.heading
	if level > 0 {
		w.heading = level
	}
	emph := info&tagStrong != 0 || info&tagFont != 0 && isLargeFont(n)
	if emph {
		w.strongDepth++
	}
	sp := int32(-1)
	chrome, name := names.chrome, names.chromeBy
	if chrome && kind&kindRoled != 0 {
		// The box its role marks is a block of its own, not the end of
		// the line before it, and a region as a <div> is: one that holds
		// the story is then found to wrap it (see resolveChrome).
		w.flush()
		kind |= kindRegion
	}
	if hidden := names.hidden; (chrome || hidden) && len(w.p.spans) < maxSpans {
		spans := grow(w.p.spans) // stored once, by the append
		sp = int32(len(spans))
		hidden = hidden && !chrome
		// Only a hidden element's class is read again: few are.
		wide := hidden && showsAtBreakpoint(attr(n, "class"))
		w.p.spans = append(spans, span{start: int32(len(w.p.blocks)), parent: w.span, name: name, hidden: hidden, wide: wide})
		w.span = sp
	}
	byAuthor := names.author
	if byAuthor {
		w.authorDepth++
	}
	reg := int32(-1)
	if kind&kindRegion != 0 && len(w.p.regions) < maxRegions {
		regions := grow(w.p.regions) // stored once, by the append
		reg = int32(len(regions))
		w.p.regions = append(regions, region{start: int32(len(w.p.blocks)), parent: w.region, span: w.span, box: n.DataAtom == atom.Article, class: names.divClass})
		w.region = reg
	} else if n.DataAtom == atom.Form && w.region >= 0 {
		w.p.regions[w.region].box = true // a sign-up or search form
	}
	isCont := names.container || names.divClass != ""
	cont := container{len(w.p.blocks), len(w.p.images), w.span, w.quotes}
	if n.DataAtom == atom.Tr {
		w.rowOpen = true
	}
	w.walk(n.FirstChild)

	if isBlock {
		w.flush()
		w.tag = prevTag
	}
	if reg >= 0 {
		w.flush()
		w.p.regions[reg].end = int32(len(w.p.blocks))
		w.region = w.p.regions[reg].parent
	}
	// A <div> that holds no image of its own closes as no container:
	// its blocks are flushed already.
	if isCont && (names.container || len(w.p.images) > cont.firstImage && names.frames(&w.p.names)) {
		w.closeContainer(cont)
	}
	if sp >= 0 {
		w.flush()
		w.p.spans[sp].end = int32(len(w.p.blocks))
		w.span = w.p.spans[sp].parent
	}
	if byAuthor {
		w.authorDepth--
	}
	if emph {
		w.strongDepth--
	}
	w.heading = prevHeading
}

// plainInfo is what the tagInfo of an element plainElement walks may
// hold: whether it ends a block, and whether a class would be judged.
const plainInfo = tagInfo(kindBlock | kindSection)

// plainElement is element for one whose tag sets no state but the
// block's tag (see plainInfo and tagSpecial), and whose names, if it
// has any, mark nothing (see elementNames.marks): no heading, emphasis,
// region, chrome, author, container or link.
func (w *walker) plainElement(n *html.Node, info tagInfo) {
	if info.kind()&kindBlock == 0 {
		w.walk(n.FirstChild)
		return
	}
	w.flush()
	prevTag := w.tag
	w.tag = n.DataAtom
	w.walk(n.FirstChild)
	w.flush()
	w.tag = prevTag
}

// linkElement walks an <a>: of its names only whether it holds the
// author's name, or is hidden, matters, as a link is inline and marks
// neither a section nor a caption's frame. Links are the elements with
// attributes a page has most of; the walk of markedElement would work
// out all else only to find it unset. Of nested links, the outermost
// sets the link's share of the block.
func (w *walker) linkElement(n *html.Node) {
	// A link whose one attribute is its href, as most are, has no names
	// that mark it: readNames reads no href, and would find nothing
	// (TestHrefOnlyLinkHasNoNames). Its href is that attribute, as attr
	// would find it, read without a second look at the key.
	if len(n.Attr) > 1 || len(n.Attr) == 1 && n.Attr[0].Key != "href" {
		w.namedLink(n)
		return
	}
	if w.inLink {
		w.walk(n.FirstChild)
		return
	}
	w.inLink = true
	w.linkHref = ""
	if len(n.Attr) == 1 && n.Attr[0].Namespace == "" {
		w.linkHref = n.Attr[0].Val
	}
	w.linkFrom = w.blockLen()
	w.walk(n.FirstChild)
	w.endLink()
}

// namedLink is linkElement for a link with attributes other than its
// href, which may name it hidden or the author's.
func (w *walker) namedLink(n *html.Node) {
	var names elementNames
	readNames(n, 0, &w.p.names, &names)
	if names.hidden && !showsAtBreakpoint(attr(n, "class")) {
		return // as any hidden inline element (see markedElement)
	}
	if names.author {
		w.authorDepth++
	}
	link := !w.inLink
	if link {
		w.inLink = true
		w.linkHref = attr(n, "href")
		w.linkFrom = w.blockLen()
	}
	w.walk(n.FirstChild)
	if link {
		w.endLink()
	}
	if names.author {
		w.authorDepth--
	}
}

// endLink notes where the current link's text lies in the block; its text
// is cut from the block's own string at flush, without a copy.
func (w *walker) endLink() {
	w.inLink = false
	w.noteLink()
}

// noteLink notes the current link's share of the block so far, from
// linkFrom to the block's end.
func (w *walker) noteLink() {
	n := w.blockLen()
	w.pending = append(w.pending, pendingLink{from: min(w.linkFrom, n), to: n, href: w.linkHref})
}

// pendingLink is a link of the current block, by byte offsets in its text
// (buf or view).
type pendingLink struct {
	from, to int
	href     string
}

// text appends a text node to the current block, collapsing white space
// and dropping control and invisible characters. (walk writes it out.)
//
// Most text nodes of a page are the indentation between its tags: white
// space, and perhaps control characters, which the copying loop of
// wordsText would drop, making any run of white space one space. At a
// block's start that adds nothing, and the next text sets the block's
// state and source as if this one had not been there. A block that is
// empty or ends in a space already takes no second one: the node need
// not be read again.
//
// walk's loop holds a copy of this function, written out: a change here
// goes there too.
func (w *walker) text(s string) {
	low := 0
	for low < len(s) && s[low] <= ' ' {
		low++
	}
	if low < len(s) {
		w.wordsText(s)
	} else if k := len(w.buf); k > 0 && w.buf[k-1] != ' ' {
		w.blankSpace(s)
	} else if w.view != "" {
		w.viewSpace(s)
	}
}

// blankSpace is text's space after a block's text for a blank s: one
// when s holds white space, not control characters alone.
func (w *walker) blankSpace(s string) {
	if hasASCIISpace(s) {
		w.buf = append(w.buf, ' ')
	}
}

// viewSpace is blankSpace after a view, which is copied first, as the
// space joins it.
func (w *walker) viewSpace(s string) {
	if hasASCIISpace(s) {
		w.unview()
		w.space()
	}
}

// unview copies the block's view, which its callers found it has, into
// the buffer, which text is about to write to. The view was the run text
// copied first (see srcRun), from the start of src.
func (w *walker) unview() {
	w.buf = append(w.buf[:0], w.view...)
	w.view = ""
}

// blockLen is the length of the block's text so far: in buf or in view,
// one of which is empty.
func (w *walker) blockLen() int {
	return len(w.buf) + len(w.view)
}

// wordsText is text for a node that is not blank (see text).
func (w *walker) wordsText(s string) {
	// Where reading of the first run resumes: the bytes before it passed
	// as a run after no text (see plainTextRun), when the view's test
	// read them.
	first := 0
	if len(w.buf) == 0 {
		if w.view != "" {
			w.unview()
		} else {
			w.tag0()
			w.src = s
			if w.views {
				// A node that is a run to its end, read after no text (as
				// after a space), is what the loop would copy as it is.
				if first = plainTextRun(s, true); first == len(s) {
					w.view = s
					w.srcAt, w.srcRun = 0, len(s)
					return
				}
			}
		}
	}
	// The text is gathered in a local slice, kept in registers: w.buf's
	// fields were loaded and stored again at each append.
	buf := w.buf
	prevSpace := len(buf) == 0 || buf[len(buf)-1] == ' '
	if first > 0 {
		prevSpace = s[first-1] == ' '
	}
	i, j := 0, first
	for {
		// Copy runs of printable ASCII, single spaces and plain runes
		// included, at once: most text is nothing else.
		if len(s) >= 8 {
			j = plainRunEnd(s, j, prevSpace)
		} else {
			// Fewer than eight bytes: one by one.
			for ; j < len(s); j++ {
				if c := s[j]; c > ' ' && c < utf8.RuneSelf {
					prevSpace = false
				} else if c == ' ' && !prevSpace {
					prevSpace = true
				} else if n := plainRuneLen(s, j); n > 0 {
					prevSpace = false
					j += n - 1
				} else {
					break
				}
			}
		}
		if j > i {
			if len(buf) == 0 {
				w.srcAt, w.srcRun = i, j-i
			}
			buf = append(buf, s[i:j]...)
			i = j
		}
		if i >= len(s) {
			break
		}
		// s[i] ends the run: white space, a control character, or a rune
		// text replaces, drops or decodes. A space is added as space
		// adds one: not first, and not after a space.
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if isASCIISpace(c) {
				// A run of white space, such as the indentation between
				// tags that most text nodes are, is one space.
				for i < len(s) && isASCIISpace(s[i]) {
					i++
				}
				space = true
			}
			// other control characters are dropped
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == utf8.RuneError && size == 1:
				buf = append(buf, "\uFFFD"...)
			case r == 0xA0 || r == 0x2007 || r == 0x202F || r == 0x3000 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x85:
				space = true
			case r == 0x200B || r == 0xFEFF || r == 0xAD || r == 0x200E || r == 0x200F || r == 0x2060 || (r >= 0x80 && r < 0xA0):
			default:
				buf = utf8.AppendRune(buf, r)
			}
		}
		if n := len(buf); space && n > 0 && buf[n-1] != ' ' {
			buf = append(buf, ' ')
		}
		j, prevSpace = i, len(buf) == 0 || buf[len(buf)-1] == ' '
	}
	w.buf = buf
}

// plainRuneLen returns the length of the rune at s[i] when it is one that
// text copies as it is, or 0 when it needs a closer look: a valid rune of
// two, three or four bytes that is none of the spaces and invisible
// characters text replaces or drops. Those sit under the leads 0xC2
// (U+0080-U+00A0 and U+00AD), 0xE2 (U+2000-U+200F, U+2028-U+202F and
// U+2060), 0xE3 (U+3000) and 0xEF (U+FEFF), whose other runes are
// tested for by their bytes, as are the narrower second bytes of 0xE0 and
// 0xED. Letters of most scripts are such runes, and so are the quotes,
// dashes and ellipses of English text (U+2010-U+2027): copied with the
// run around them, a page is read without decoding each of its runes.
func plainRuneLen(s string, i int) int {
	c := s[i]
	switch {
	case c >= 0xC3 && c <= 0xDF:
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return 2
		}
	case c == 0xE2:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			b, d := s[i+1], s[i+2]
			if b > 0x81 || b == 0x80 && d >= 0x90 && (d < 0xA8 || d >= 0xB0) || b == 0x81 && d != 0xA0 {
				return 3
			}
		}
	case c == 0xE1 || c >= 0xE4 && c <= 0xEC || c == 0xEE:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	case c == 0xC2:
		if i+1 < len(s) && s[i+1] > 0xA0 && s[i+1] <= 0xBF && s[i+1] != 0xAD {
			return 2
		}
	case c == 0xE0:
		// 0xA0-0xBF alone follow 0xE0 (no overlong forms): the scripts
		// of India, among others.
		if i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	case c == 0xED:
		// 0x80-0x9F alone follow 0xED (no surrogates): Korean syllables
		// from U+D000 on.
		if i+2 < len(s) && s[i+1]&0xE0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return 3
		}
	case c == 0xE3 || c == 0xEF:
		if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if b, d := s[i+1], s[i+2]; c == 0xE3 && (b != 0x80 || d != 0x80) || c == 0xEF && (b != 0xBB || d != 0xBF) {
				return 3
			}
		}
	case c >= 0xF0 && c <= 0xF4:
		// Four bytes: the second's range is narrower after 0xF0 (no
		// overlong forms) and 0xF4 (nothing past U+10FFFF).
		if i+3 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && s[i+3]&0xC0 == 0x80 {
			if b := s[i+1]; (c != 0xF0 || b >= 0x90) && (c != 0xF4 || b < 0x90) {
				return 4
			}
		}
	}
	return 0
}

// hasASCIISpace reports whether s holds ASCII white space.
func hasASCIISpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			return true
		}
	}
	return false
}

// isBlank reports a string of ASCII white space, and nothing else: not
// the empty string, which adds not even a space.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIISpace(s[i]) {
			return false
		}
	}
	return s != ""
}

// isASCIISpace reports ASCII white space: ' ', '\t', '\n', '\v', '\f'
// and '\r'. It tests one bit of a mask rather than six bytes in turn:
// the indentation between tags, which most text nodes are, mixes them,
// and a chain of comparisons guessed wrong at nearly every byte of it.
func isASCIISpace(c byte) bool {
	return c <= ' ' && asciiSpaces>>c&1 != 0
}

// asciiSpaces has bit c set for each ASCII white-space byte c.
const asciiSpaces = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r'

// load64 reads the eight bytes of s from i on as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isPlainRun reports whether the eight bytes of x are text that text copies
// as it is: printable ASCII or single spaces, with no space first when one
// precedes them. It tests the eight at once, as most page text is such
// bytes; when it answers false, the bytes are looked at one by one.
func isPlainRun(x uint64, prevSpace bool) bool {
	const high = 0x8080808080808080
	if x&high != 0 {
		return false // not ASCII
	}
	// With every byte below 0x80, subtracting 0x20 from each borrows, and
	// sets a high bit, exactly when some byte is a control character.
	if (x-0x2020202020202020)&high != 0 {
		return false
	}
	// The same with 0x21 flags the spaces: the lowest exactly, those
	// above it possibly also a '!' after a space, which errs only
	// towards the byte-by-byte path.
	spaces := (x - 0x2121212121212121) & high
	if spaces&(spaces<<8) != 0 {
		return false // two spaces in a row
	}
	return !prevSpace || spaces&0x80 == 0
}

// plainTextRun returns how many bytes that open s pass as a run after a
// space or not (prevSpace): what isPlainRun passes, eight bytes after
// eight. It answers len(s), or a multiple of eight that falls short of
// the first eight bytes that fail. It is a function of its own, with few
// values live in its loops, so that they stay in registers: inside
// wordsText's loop, which holds many more, they were spilled at every
// step.
//
// Sixteen bytes are tested a step, with one branch: a byte's space flag,
// (b - 0x21) & 0x80 with the borrow of the byte before, is set for every
// space, and for no other byte of a passing word (a byte past the space,
// 0x22 and up, never sets it, and a '!' sets it only after a flagged
// byte, which the two-in-a-row test then fails). So a space that ends one
// word and one that opens the next (or the space before s, prevSpace)
// are two in a row exactly when their flags are. Then eight bytes; then
// the last eight of s, those before among them, which pass at once, as
// most ends of text nodes do, when they pass after the byte before them,
// as one by one they would.
func plainTextRun(s string, prevSpace bool) int {
	const (
		high = 0x8080808080808080
		k20  = 0x2020202020202020
		k21  = 0x2121212121212121
	)
	var carry uint64 // the flag of the space before, at its next byte's place: bit 7 (see below)
	if prevSpace {
		carry = 0x80
	}
	n := 0
	for ; n <= len(s)-16; n += 16 {
		t := s[n:] // of sixteen bytes and more, as the loop's test proves: its loads need no check
		x, y := load64(t, 0), load64(t, 8)
		// The space flags are the high bits of sx and sy, and of carry
		// (those of the bytes before, shifted in): the other bits are
		// dropped once, from the whole test, and never reach a high bit
		// (shifts by whole bytes, and bitwise logic, keep them apart).
		sx, sy := x-k21, y-k21
		// Bytes past ASCII (their own high bit), control characters
		// (a byte below 0x20 sets its high bit in x-k20; a borrow
		// reaches the next lane only out of such a byte, which marks
		// the word bad already), two spaces in a row.
		bad := (x | y | (x - k20) | (y - k20) | sx&(sx<<8|carry) | sy&(sy<<8|sx>>56)) & high
		if bad != 0 {
			break
		}
		carry = sy >> 56
	}
	if n+8 <= len(s) {
		x := load64(s, n)
		if !isPlainRun(x, carry&0x80 != 0) {
			return n
		}
		n += 8
	}
	// Fewer than eight left: the last eight bytes, those before n among
	// them, pass at once when they pass as a run after the byte before
	// them. (k is never 0 here, a string of eight bytes being read whole
	// above; prevSpace would be the byte before it.)
	if k := len(s) - 8; n < len(s) && k >= 0 && k <= n {
		before := prevSpace
		if k > 0 {
			before = s[k-1] == ' '
		}
		if isPlainRun(load64(s, k), before) {
			return len(s)
		}
	}
	return n
}

// plainRunEnd returns where the run of s (of eight bytes or more: see
// wordsText) from i that text copies as it is ends: the first byte from i
// that is neither printable ASCII, nor a space after no space (prevSpace
// tells of the byte before i, as text wrote it), nor the start of a rune
// plainRuneLen passes; len(s) when there is none.
//
// It finds that byte exactly, where plainTextRun answers only which
// sixteen or eight bytes hold it: pages whose paragraphs are broken into
// lines, or put two spaces after a sentence, or set quotes and dashes as
// runes, end or interrupt a run every few dozen bytes, and the byte after
// byte look at the bytes before the one that ends it, and the tests of
// eight bytes retried on them, cost more than the run's reading. The
// first byte firstFlagged finds is looked at alone: one that passes (a
// '!', or a space, which the tests err on), or a rune, lets reading go on
// past it, sixteen bytes at a step. The runes of a word in another script
// are taken one after the other first, as they come together, and so are
// the next word's after a space: in such text a step would find a rune at
// its second byte.
func plainRunEnd(s string, i int, prevSpace bool) int {
	for {
		p := firstFlagged(s, i, prevSpace)
		if p == len(s) {
			return p
		}
		c := s[p]
		if c < utf8.RuneSelf {
			before := prevSpace
			if p > i {
				before = s[p-1] == ' '
			}
			if c < ' ' || c == ' ' && before {
				return p
			}
			i, prevSpace = p+1, c == ' '
			continue
		}
		n := plainRuneLen(s, p)
		for n > 0 {
			if p += n; p == len(s) {
				break
			}
			if s[p] < utf8.RuneSelf {
				// A space after a rune passes; with a rune after it, as
				// between two words of another script, the loop goes on.
				if s[p] != ' ' || p+1 == len(s) || s[p+1] < utf8.RuneSelf {
					break
				}
				p++
			}
			n = plainRuneLen(s, p)
		}
		if n == 0 {
			return p
		}
		i, prevSpace = p, false
	}
}

// firstFlagged returns the first byte from i of s (of eight bytes or more)
// that the tests of plainTextRun flag, or len(s): every byte that ends a
// run is flagged, and before it no other is. Those tests err only towards
// flagging: a '!' or a space after a space or '!', or after a byte past
// ASCII, is flagged too. prevSpace tells of the byte before i, as text
// wrote it. Sixteen bytes a step, then eight, and then the last eight at
// once, with the flags of the bytes before i dropped. It is a function of
// its own so that the few values of its loop stay in
// registers (see plainTextRun).
func firstFlagged(s string, i int, prevSpace bool) int {
	const (
		high = 0x8080808080808080
		k20  = 0x2020202020202020
		k21  = 0x2121212121212121
	)
	var carry uint64 // the flag of the byte before i (see plainTextRun)
	if prevSpace {
		carry = 0x80
	}
	for ; i <= len(s)-16; i += 16 {
		t := s[i:] // of sixteen bytes and more, as the loop's test proves
		x, y := load64(t, 0), load64(t, 8)
		sx, sy := x-k21, y-k21
		bad := (x | y | (x - k20) | (y - k20) | sx&(sx<<8|carry) | sy&(sy<<8|sx>>56)) & high
		if bad != 0 {
			// The flags of the first eight bytes alone: when they have
			// none, bad is the last eight's.
			if bx := (x | (x - k20) | sx&(sx<<8|carry)) & high; bx != 0 {
				return i + bits.TrailingZeros64(bx)>>3
			}
			return i + 8 + bits.TrailingZeros64(bad)>>3
		}
		carry = sy >> 56
	}
	// Fewer than sixteen bytes left: eight at i, as a step reads them,
	// and then fewer than eight, read as the last eight of s, with the
	// flags of the bytes before i dropped. The pair test of a byte then
	// reads the flag of the byte before it from the same word, set for a
	// space and for any control character; at i, as the first byte read,
	// the byte before may have been white space text wrote as one space,
	// or a rune it dropped: carry tells.
	if len(s)-i >= 8 {
		x := load64(s, i)
		sx := x - k21
		if bx := (x | (x - k20) | sx&(sx<<8|carry)) & high; bx != 0 {
			return i + bits.TrailingZeros64(bx)>>3
		}
		carry = sx >> 56
		i += 8
	}
	if i == len(s) {
		return i
	}
	if carry&0x80 != 0 && s[i] == ' ' {
		return i
	}
	k := len(s) - 8 // k < i: the eight bytes at i were read above
	x := load64(s, k)
	sx := x - k21
	if bx := (x | (x - k20) | sx&(sx<<8)) & high & (^uint64(0) << (uint(i-k) * 8 & 63)); bx != 0 {
		return k + bits.TrailingZeros64(bx)>>3
	}
	return len(s)
}

func (w *walker) space() {
	if n := len(w.buf); n > 0 && w.buf[n-1] != ' ' {
		w.buf = append(w.buf, ' ')
	}
}

// tag0 records the state at the first text of a block.
func (w *walker) tag0() {
	w.bHeading = w.heading
	w.bStrong = w.strongDepth > 0
	w.bSpan = w.span
	w.bAuthor = w.authorDepth > 0
}

func (w *walker) comment(s string) {
	switch marker(s) {
	case markBodyStart:
		w.flush()
		if w.p.markers.bodyStart < 0 {
			w.p.markers.bodyStart = len(w.p.blocks)
		}
	case markBodyEnd:
		w.flush()
		if w.p.markers.bodyEnd < 0 {
			w.p.markers.bodyEnd = len(w.p.blocks)
		}
	}
}

func (w *walker) image(n *html.Node) {
	src := attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		if s := attr(n, "data-src"); s != "" {
			src = s
		}
	}
	w.flush()
	src = strings.TrimSpace(src)
	// Spacers, trackers and sponsor pixels are dropped here: nothing asks
	// for them, and a container holding only those has no picture.
	if isPixel(src, attr(n, "width"), attr(n, "height")) {
		return
	}
	if len(w.p.images) < maxImages {
		w.p.images = append(grow(w.p.images), imageRef{src: src, alt: attr(n, "alt"), at: len(w.p.blocks), span: w.span})
	}
}

// hasPixelName reports an image address that holds one of pixelNames or
// ends in ".svg", in any case. An ASCII address, nearly all of them, is
// read once, each pair of bytes looking up the names it may open, rather
// than once a name in a lower-case copy: the walk asks this of every
// image.
func hasPixelName(src string) bool {
	if src == "" || src[len(src)-1] >= utf8.RuneSelf {
		return hasPixelNameFolded(strings.ToLower(src))
	}
	// The last byte opens no name: each is two bytes or more. Each byte
	// is read once, as the second of a pair and then the first of the
	// next, with no check of its bounds.
	next := src[0]
	for i := 1; i < len(src); i++ {
		c := next
		next = src[i]
		if c >= utf8.RuneSelf {
			return hasPixelNameFolded(strings.ToLower(src))
		}
		// Both bytes are looked up whatever the first: a test of the
		// first alone was guessed wrong at every few bytes of an address.
		for m := pixelStarts[c][0] & pixelStarts[next][1]; m != 0; m &= m - 1 {
			if hasLowerPrefix(src[i-1:], pixelNames[bits.TrailingZeros32(m)]) {
				return true
			}
		}
	}
	return len(src) >= len(".svg") && hasLowerPrefix(src[len(src)-len(".svg"):], ".svg")
}

// hasPixelNameFolded is hasPixelName for an address in lower case.
func hasPixelNameFolded(s string) bool {
	for _, p := range pixelNames {
		if strings.Contains(s, p) {
			return true
		}
	}
	return strings.HasSuffix(s, ".svg")
}

// pixelStarts has, for each byte, the bit 1<<k of each name k of
// pixelNames whose first ([0]) or second ([1]) byte it is, in either case.
var pixelStarts = func() (t [256][2]uint32) {
	for k, p := range pixelNames {
		if k >= 32 || len(p) < 2 {
			panic("newswire: pixelNames do not fit pixelStarts")
		}
		for j := range 2 {
			c := p[j]
			t[c][j] |= 1 << k
			if c >= 'a' && c <= 'z' {
				t[c-'a'+'A'][j] |= 1 << k
			}
		}
	}
	return t
}()

// closeContainer decides whether a closed figure-like element was an image
// with its caption: one real image and little text. Its blocks then become
// the caption and leave the body.
func (w *walker) closeContainer(c container) {
	w.flush()
	// The first picture inside the container, not counting those of
	// chrome inside it (a share bar's icons).
	img := c.firstImage
	for img < len(w.p.images) && w.p.images[img].span != c.span {
		img++
	}
	if img >= len(w.p.images) || w.p.images[img].caption != "" {
		return
	}
	size := 0
	for i := c.firstBlock; i < len(w.p.blocks); i++ {
		size += len(w.p.blocks[i].text)
		if size > maxCaptionLen {
			return
		}
	}
	// A pull quote beside its speaker's face: the quote is the story's.
	// The walk counts quotes as it opens them, so a frame learns of one
	// inside it without a look through its subtree (nested frames would
	// each look through the same one again).
	if w.quotes > c.quotes {
		return
	}
	var parts []string
	for i := c.firstBlock; i < len(w.p.blocks); i++ {
		b := &w.p.blocks[i]
		if b.caption == 0 {
			b.caption = int16(img + 1)
			if !b.isLink() {
				parts = append(parts, b.text)
			}
		}
	}
	w.p.images[img].caption = strings.Join(parts, " ")
}

// embedNames mark the <blockquote> a post embedded from a social network
// stands in ("twitter-tweet", "instagram-media", "tiktok-embed",
// "reddit-embed-bq") until its script replaces it.
var embedNames = []string{"embed", "tweet", "instagram", "tiktok"}

// isEmbedQuote reports a <blockquote> that is an embedded post, not a
// quote of the story's: a figure that frames one with a picture is the
// post's card, and its text is the card's caption, as it was before pull
// quotes were told apart (see closeContainer). It is asked only of
// blockquotes.
func isEmbedQuote(n *html.Node) bool {
	class := attr(n, "class")
	for _, name := range embedNames {
		if containsFold(class, name) {
			return true
		}
	}
	return false
}

// maxCaptionLen bounds the text of an image-and-caption container; layout
// tables that happen to hold an image carry far more.
const maxCaptionLen = 600

// grow makes room for one more element, doubling a full slice: append
// grows large slices by a quarter at a time, which for the hundred
// thousand blocks of a machine-made page allocates five times their size.
func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	return slices.Grow(s, max(cap(s), 64))
}

// maxBlocks bounds the blocks kept from one page. Real article pages have
// a few thousand; past this a page is machine-made and its tail is dropped,
// which keeps memory and time bounded for pathological input.
const maxBlocks = 100_000

// maxImages bounds the images kept from one page, for the same reason.
// Block.caption, an int16, holds 1 + an image's index: it must stay below
// 1<<15.
const maxImages = 10_000

// flush ends the current block.
func (w *walker) flush() {
	if w.src == "" {
		// Most flushes end no block (an element closing right after
		// another): with no text there is no link share to keep either.
		// (linkFrom is 0 already: set at a link's start to the block's
		// length, it was 0 since the last endBlock set it so.) A block
		// whose text was all dropped (a zero-width space) has a src:
		// endBlock keeps nothing of it either. Small enough to be
		// inlined: the walk asks this at both ends of every block
		// element.
		w.pending = w.pending[:0]
		return
	}
	w.endBlock()
}

// endBlock is flush for a block that holds text.
func (w *walker) endBlock() {
	if w.inLink {
		// A block boundary inside a link: the link's share of this block
		// ends here, and the rest of its text opens the next block.
		w.noteLink()
	}
	var text string
	if len(w.p.blocks) >= maxBlocks {
		// the page's tail is dropped (see maxBlocks)
	} else if v := w.view; v != "" {
		// A view is ASCII that opens with no space and holds no two in
		// a row (see wordsText): a space that ends it is all there is to
		// trim, and some text is left.
		if v[len(v)-1] == ' ' {
			v = v[:len(v)-1]
		}
		text = v
	} else {
		trimmed := w.buf
		if n, ok := walkedEnd(trimmed); ok {
			trimmed = trimmed[:n]
		} else {
			trimmed = bytes.TrimSpace(trimmed)
		}
		if len(trimmed) > 0 {
			// blockText's first case for a block whose text opens its
			// source node, as most do, without the call: the node's
			// first byte is then the run's, no white space (see
			// blockText).
			if w.srcAt == 0 && len(trimmed) <= w.srcRun && cap(trimmed) == cap(w.buf) {
				text = w.src[:len(trimmed)]
			} else {
				text = w.blockText(trimmed)
			}
		}
	}
	if text != "" {
		linkAt := len(w.p.links)
		linkLen := 0
		for _, pl := range w.pending {
			// The block never starts with a space, so its offsets are text's.
			from, to := pl.from, min(pl.to, len(text))
			if from >= to {
				continue
			}
			t := text // trimmed already: a link that is the whole block, as many are
			if from > 0 || to < len(text) {
				t = trimWalkedText(text[from:to])
			}
			if t != "" {
				w.p.links = append(grow(w.p.links), rawLink{text: t, href: pl.href})
				linkLen += len(t)
			}
		}
		// The block is written in place, field by field (every field,
		// as the slot may hold an old one): a literal appended was
		// built on the stack from a copy of a template, then copied.
		blocks := grow(w.p.blocks)
		blocks = blocks[:len(blocks)+1]
		b := &blocks[len(blocks)-1]
		b.text = text
		b.linkAt, b.nLinks = int32(linkAt), int32(len(w.p.links)-linkAt)
		b.linkLen = int32(min(linkLen, len(text)))
		b.region, b.tag, b.span = w.region, w.tag, w.bSpan
		b.caption, b.heading, b.tail = 0, int8(w.bHeading), tailUnknown
		b.strong, b.chrome, b.author, b.row = w.bStrong, false, w.bAuthor, w.rowOpen
		w.p.blocks = blocks
		w.rowOpen = false
	}
	w.buf = w.buf[:0]
	w.view = ""
	w.src = ""
	w.srcRun = 0
	w.pending = w.pending[:0]
	w.linkFrom = 0
}

// trimWalkedText is strings.TrimSpace for text the walker gathered,
// which holds no two spaces in a row and no ASCII white space but the
// space (see text): a space off either end leaves an ASCII byte that is
// none, or a byte past ASCII, where only then a space of Unicode may
// end it. Every block, and every link of one, is trimmed so: the call
// and the rune-by-rune look of strings.TrimSpace cost more than that.
func trimWalkedText(s string) string {
	if t, ok := trimWalkedSpace(s); ok {
		return t
	}
	return strings.TrimSpace(s)
}

// walkedEnd trims the walker's buffer, which never opens with a space
// (text adds one only after other text), as strings.TrimSpace would: it
// returns the end of b once a space that ends it is cut, and whether that
// trims it all, which it does not when a byte past ASCII opens or ends
// what is left (a space of Unicode may be one); endBlock then calls
// bytes.TrimSpace. Small enough to be inlined in endBlock, which trims
// every block so.
func walkedEnd(b []byte) (int, bool) {
	n := len(b)
	if n > 0 && b[n-1] == ' ' {
		n--
	}
	return n, n == 0 || b[0] < utf8.RuneSelf && b[n-1] < utf8.RuneSelf
}

// trimWalkedSpace trims one space off either end of walked text, and
// reports whether that trimmed it all: false when a byte past ASCII ends
// what is left, which a space of Unicode may be.
func trimWalkedSpace(s string) (string, bool) {
	i, j := 0, len(s)
	if i < j && s[i] == ' ' {
		i++
	}
	if i < j && s[j-1] == ' ' {
		j--
	}
	return s[i:j], i == j || s[i] < utf8.RuneSelf && s[j-1] < utf8.RuneSelf
}

// blockText returns a block's text t as a string. Most paragraphs are one
// text node that needs no cleaning: their text is then a part of the
// node's own string, which the parser allocated for it alone, and not a
// copy of it; copies were the walk's largest allocation.
//
// A text that opens the buffer (t shares its capacity) and lies within the
// run text copied first, from where src's white space ends, is that part
// of src, with no comparison: most blocks are so, and comparing cost a
// reading of each block's text.
func (w *walker) blockText(t []byte) string {
	s := w.src
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++ // text drops the white space that opens a block
	}
	if i == w.srcAt && len(t) <= w.srcRun && cap(t) == cap(w.buf) {
		return s[i : i+len(t)]
	}
	if len(s)-i >= len(t) && s[i:i+len(t)] == string(t) {
		return s[i : i+len(t)]
	}
	return string(t)
}

// elemKind says what an element is to the walk, in one look-up.
type elemKind uint8

const (
	kindBlock   elemKind = 1 << iota // ends the block before and after it
	kindRegion                       // may hold a story's paragraphs
	kindSection                      // its class or id may mark page chrome
	kindChrome                       // never holds article text
	kindRoled                        // only its ARIA role may mark page chrome: a custom element
)

// elementKind classifies n, as the walk does (see tagInfoOf and
// customKind).
func elementKind(n *html.Node) elemKind {
	if n.DataAtom == 0 {
		return customKind(n)
	}
	return tagInfoOf(n.DataAtom).kind()
}

// customKind classifies an element without an atom. A custom element
// ("xyz-factbox", named with a hyphen as the HTML standard asks) has none,
// but a template that boxes its fact box or menu in one says what it is
// by its role, as it would on a <div>.
func customKind(n *html.Node) elemKind {
	if strings.IndexByte(n.Data, '-') > 0 {
		return kindRoled
	}
	return 0
}

// tagInfo is all the walk needs to know of an element by its tag: its
// elemKind, its heading level, whether it sets text apart (see
// isLargeFont) and what the walk does with it instead of walking it as
// text (a tagAction). One look-up answers these, where a switch for each
// compared the atom against its cases in turn for every element of a
// page, and was guessed wrong at many of them.
type tagInfo uint16

const (
	tagKindBits             = 5 // the elemKind, in the low bits
	tagHeadingShift         = tagKindBits
	tagStrong       tagInfo = 1 << (tagHeadingShift + 3) // <b>, <strong>
	tagFont         tagInfo = tagStrong << 1             // <font>: strong when large
	tagActionShift          = tagHeadingShift + 5
	tagActionBits           = 4
	// tagSpecial marks the tags that element treats apart whatever else
	// their tagInfo holds: a link, a table row, a figure or a table (which
	// frame captions). One bit of the look-up every element makes spares
	// each a comparison of its atom with these four.
	tagSpecial tagInfo = 1 << (tagActionShift + tagActionBits)
)

// tagAction is what the walk does with an element instead of, or before,
// walking its children as text.
type tagAction uint8

const (
	actNone   tagAction = iota
	actScript           // JSON-LD is read; other scripts are skipped
	actSkip             // holds no text a reader sees
	actMeta             // <meta>: read into the page's metadata
	actLink             // <link>: likewise
	actTitle            // the document's <title>
	actBreak            // <br>, <hr>: ends the block
	actImage            // <img>
	actTime             // <time>: its datetime is read, then its text walked
	actQuote            // <blockquote>: counted (see closeContainer), then walked
)

// Every tagAction fits its bits of a tagInfo: this fails to compile when
// one does not.
const _ = uint(1<<tagActionBits - 1 - actQuote)

func (t tagInfo) kind() elemKind     { return elemKind(t & (1<<tagKindBits - 1)) }
func (t tagInfo) heading() int       { return int(t>>tagHeadingShift) & 7 }
func (t tagInfo) action() tagAction  { return tagAction(t>>tagActionShift) & (1<<tagActionBits - 1) }
func withAction(a tagAction) tagInfo { return tagInfo(a) << tagActionShift }
func withHeading(level int) tagInfo  { return tagInfo(level) << tagHeadingShift }
func withKind(k elemKind) tagInfo    { return tagInfo(k) }

// tagInfos lists the tags the walk tells apart; any other is walked as
// inline text.
var tagInfos = map[atom.Atom]tagInfo{
	atom.Div: withKind(kindBlock | kindRegion | kindSection), atom.Section: withKind(kindBlock | kindRegion | kindSection),
	atom.Td:      withKind(kindBlock | kindRegion | kindSection),
	atom.Article: withKind(kindBlock | kindRegion), atom.Main: withKind(kindBlock | kindRegion),
	atom.Body: withKind(kindBlock | kindRegion), atom.Center: withKind(kindBlock | kindRegion),
	atom.Font: withKind(kindRegion) | tagFont,
	atom.P:    withKind(kindBlock | kindSection), atom.Ul: withKind(kindBlock | kindSection), atom.Ol: withKind(kindBlock | kindSection),
	atom.Table: withKind(kindBlock|kindSection) | tagSpecial, atom.Header: withKind(kindBlock | kindSection),
	atom.Nav: withKind(kindBlock | kindChrome), atom.Aside: withKind(kindBlock | kindChrome),
	atom.Footer: withKind(kindBlock | kindChrome), atom.Form: withKind(kindBlock | kindChrome),
	atom.Menu: withKind(kindChrome),
	atom.H1:   withKind(kindBlock) | withHeading(1), atom.H2: withKind(kindBlock) | withHeading(2),
	atom.H3: withKind(kindBlock) | withHeading(3), atom.H4: withKind(kindBlock) | withHeading(4),
	atom.H5: withKind(kindBlock) | withHeading(5), atom.H6: withKind(kindBlock) | withHeading(6),
	atom.Address: withKind(kindBlock), atom.Blockquote: withKind(kindBlock) | withAction(actQuote), atom.Dd: withKind(kindBlock),
	atom.Details: withKind(kindBlock), atom.Dialog: withKind(kindBlock), atom.Dl: withKind(kindBlock),
	atom.Dt: withKind(kindBlock), atom.Fieldset: withKind(kindBlock), atom.Figcaption: withKind(kindBlock),
	atom.Figure: withKind(kindBlock) | tagSpecial, atom.Li: withKind(kindBlock), atom.Pre: withKind(kindBlock),
	atom.Tbody: withKind(kindBlock), atom.Th: withKind(kindBlock), atom.Thead: withKind(kindBlock),
	atom.Tfoot: withKind(kindBlock), atom.Tr: withKind(kindBlock) | tagSpecial, atom.Caption: withKind(kindBlock),
	atom.Summary: withKind(kindBlock), atom.Html: withKind(kindBlock), atom.Head: withKind(kindBlock),
	atom.B: tagStrong, atom.Strong: tagStrong, atom.A: tagSpecial,
	atom.Script: withAction(actScript),
	atom.Style:  withAction(actSkip), atom.Noscript: withAction(actSkip), atom.Template: withAction(actSkip),
	atom.Iframe: withAction(actSkip), atom.Svg: withAction(actSkip), atom.Math: withAction(actSkip),
	atom.Object: withAction(actSkip), atom.Embed: withAction(actSkip), atom.Select: withAction(actSkip),
	atom.Textarea: withAction(actSkip), atom.Button: withAction(actSkip), atom.Ins: withAction(actSkip),
	atom.Video: withAction(actSkip), atom.Audio: withAction(actSkip),
	atom.Meta: withAction(actMeta), atom.Link: withAction(actLink), atom.Title: withAction(actTitle),
	atom.Br: withAction(actBreak), atom.Hr: withAction(actBreak), atom.Img: withAction(actImage),
	atom.Time: withAction(actTime),
}

// tagTable is tagInfos indexed by an atom's offset in the atoms' text
// (its bits past the low eight, which hold its length): a slot holds an
// index into entries, which holds the atom itself, as atoms the walk does
// not list may start at the same offset as one it does. One load and one
// comparison answer for nearly every element of a page, where a hash and
// a probe loop cost more.
type tagTable struct {
	slot [1 << tagSlotBits]uint8
	// entries[0] is an empty slot's: no atom, no info. An array that a
	// uint8 indexes is read without a check of its bounds.
	entries [256]tagEntry
	n       int // entries used
}

type tagEntry struct {
	a    atom.Atom
	info tagInfo
	next uint8 // the entry of the next listed atom at the same offset, or 0 ("head" and "header" share one)
}

// tagSlotBits sizes tagTable's slots: room for every offset of the atoms'
// text (under 2,048 bytes in x/net/html's table). A later x/net whose text
// is longer makes atoms past it share slots with atoms before, which the
// chain of entries tells apart: slower, never wrong.
const tagSlotBits = 11

// tags is a value, not a pointer: its slots are then at an address the
// look-up knows without a load.
var tags = func() (t tagTable) {
	t.n = 1
	for _, a := range slices.Sorted(maps.Keys(tagInfos)) {
		s := tagSlot(a)
		if t.n == len(t.entries) { // tagInfos is this file's: TestTagInfoOf holds it
			panic("newswire: tagTable cannot hold " + a.String())
		}
		t.entries[t.n] = tagEntry{a, tagInfos[a], t.slot[s]}
		t.slot[s] = uint8(t.n)
		t.n++
	}
	return
}()

// tagSlot is the slot of atom a: its offset, masked to the table.
func tagSlot(a atom.Atom) uint32 { return uint32(a) >> 8 & (1<<tagSlotBits - 1) }

// tagInfoOf returns what the walk knows of a tag (0 for one it walks as
// inline text, and for 0, no atom, which no listed atom is).
func tagInfoOf(a atom.Atom) tagInfo {
	// The slot's first entry, and then the rest of its chain: an empty
	// slot's is entries[0], whose atom, 0, is asked for only as no atom,
	// whose info it holds (0), and whose chain is empty.
	e := &tags.entries[tags.slot[tagSlot(a)]]
	if e.a == a {
		return e.info
	}
	for i := e.next; i != 0; {
		e := &tags.entries[i]
		if e.a == a {
			return e.info
		}
		i = e.next
	}
	return 0
}

// isLargeFont reports a <font> of size 4 and up, which old templates set
// headlines in.
func isLargeFont(n *html.Node) bool {
	s := attr(n, "size")
	return s != "" && (s[0] >= '4' && s[0] <= '7' || strings.HasPrefix(s, "+"))
}

// isCaptionContainer reports an element that may frame an image with its
// caption: a figure, a table, or a <div> or <span> whose class hints at
// one. Verdicts on class names are kept in names, as templates repeat the
// same few on every <div> and <span> of a page.
func isCaptionContainer(n *html.Node, names *nameVerdicts) bool {
	e := judgeNames(n, 0, names)
	return e.frames(names)
}

// hidesBox reports an inline style that hides its element: display:none
// or visibility:hidden. Like chrome, a hidden element is a span that
// resolveChrome judges (sign-in dialogs, templates of widgets, menus for
// small screens), as some pages hide the whole story until a script
// shows it.
func hidesBox(style string) bool {
	// Most styles that say "none" say it of a border or a decoration:
	// copy only a style that names display or visibility at all.
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") ||
		!containsFold(style, "display") && !containsFold(style, "visibility") {
		return false
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// attr returns the value of n's attribute key (lower case), or "".
func attr(n *html.Node, key string) string {
	for i := range n.Attr {
		if a := &n.Attr[i]; a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// nodeText returns the text of n's descendants without any processing.
func nodeText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data
	}
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				sb.WriteString(c.Data)
			} else {
				rec(c)
			}
		}
	}
	rec(n)
	return sb.String()
}

// cleanText collapses white space and drops invisible characters, as the
// walker does for page text.
//
// It runs on every metadata value and JSON-LD string a page has, most of
// them short and clean already: such a value is copied as it is. (A copy,
// not s itself: s may be a slice of a large script's text, which the
// article must not keep alive.)
func cleanText(s string) string {
	if isCleanASCII(s) {
		return strings.Clone(s)
	}
	w := walker{buf: make([]byte, 0, len(s))}
	w.text(s)
	return strings.TrimSpace(string(w.buf))
}

// cleanOwnText is cleanText for a string the parser allocated for itself
// alone, an attribute's value or a text node's: a clean one is kept as it
// is, since keeping it keeps nothing else alive.
func cleanOwnText(s string) string {
	if isCleanASCII(s) {
		return s
	}
	return cleanText(s)
}

// isCleanASCII reports whether s is printable ASCII words with single
// spaces between them: text that cleanText would give back unchanged.
//
// It passes eight bytes at a time over plain words, as text does: it reads
// every metadata value of a page.
//
// A value of eight bytes or more is first read as wordsText reads a run
// (see plainTextRun), sixteen bytes a step: most values are clean, and
// pass at once. One that fails there is read again below, as the run's
// tests err towards failing ('!' after a space).
func isCleanASCII(s string) bool {
	if len(s) >= 8 && plainTextRun(s, true) == len(s) {
		return s[len(s)-1] != ' '
	}
	prevSpace := true // no space may open s
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); isPlainRun(x, prevSpace) {
				prevSpace = byte(x>>56) == ' '
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; i++ {
			switch c := s[i]; {
			case c > ' ' && c < utf8.RuneSelf:
				prevSpace = false
			case c == ' ' && !prevSpace:
				prevSpace = true
			default:
				return false
			}
		}
	}
	return !prevSpace || s == ""
}
