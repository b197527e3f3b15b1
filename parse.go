package newswire

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"

	"golang.org/x/net/html"
)

// Errors returned by Parse and ParseNode. Test for them with errors.Is; the
// returned error wraps one of them with a detail of what was found.
var (
	// ErrNotArticle means the input is not a single article page: it is
	// empty, not HTML, an index or section page, or has no headline and body.
	ErrNotArticle = errors.New("newswire: not an article")
	// ErrTooLarge means the input is longer than the limit set with
	// WithMaxBytes (DefaultMaxBytes unless set).
	ErrTooLarge = errors.New("newswire: input too large")
)

// DefaultMaxBytes is the input size limit when WithMaxBytes is not given.
// The largest real article pages seen are under 2 MiB.
const DefaultMaxBytes = 8 << 20

// An Option changes how Parse and ParseNode read a page.
type Option func(*options)

type options struct {
	base        *url.URL
	maxBytes    int64
	contentType string
	fetched     time.Time
}

// WithURL gives the page's address. It resolves relative links and becomes
// Article.URL when the page names no canonical URL of its own.
func WithURL(u *url.URL) Option {
	return func(o *options) {
		if u != nil && u.IsAbs() {
			o.base = u
		}
	}
}

// WithMaxBytes sets the largest input Parse accepts; a longer one fails with
// ErrTooLarge. Zero or a negative n restores DefaultMaxBytes.
func WithMaxBytes(n int64) Option {
	return func(o *options) { o.maxBytes = n }
}

// WithContentType gives the Content-Type the page came with, from its HTTP
// header or WARC record ("text/html; charset=windows-1251"). Its charset
// decides how the page is decoded as charset.DetermineEncoding has it: a
// byte-order mark comes first, then this charset, then the page's own
// <meta> declaration, then the default. As with a <meta> declaration,
// bytes that contradict a single-byte charset by being valid multi-byte
// UTF-8 are read as UTF-8, and bytes that are not UTF-8 under a UTF-8
// label as windows-1252; UTF-8 whose text was all encoded twice (UTF-8
// read as windows-1252 and encoded again, "Investorâ€™s") is read as its
// publisher meant it, each rune so spelt undone and every other rune kept. The media type itself is not checked; ParseNode
// ignores the option.
func WithContentType(ct string) Option {
	return func(o *options) { o.contentType = ct }
}

// WithFetchTime gives the time the page was fetched (a crawl's WARC-Date,
// an HTTP Date or Last-Modified header). A dateline that states a month and
// day but no year ("WASHINGTON, May 4 (Reuters)") takes its year from the
// page's publication date; on a page that gives none, from a date in its
// URL, and then from t, by the same rule: a month more than six months
// after the reference's belongs to the year before. Article.Published is
// never set from t.
func WithFetchTime(t time.Time) Option {
	return func(o *options) { o.fetched = t }
}

func buildOptions(opts []Option) options {
	if len(opts) == 0 {
		// Most calls give none: the options an Option is handed escape
		// to the heap, one allocation a page that only applyOptions pays.
		return options{maxBytes: DefaultMaxBytes}
	}
	return applyOptions(opts)
}

// applyOptions is buildOptions for a call that gives options.
func applyOptions(opts []Option) options {
	o := options{maxBytes: DefaultMaxBytes}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if o.maxBytes <= 0 {
		o.maxBytes = DefaultMaxBytes
	}
	return o
}

// Parse reads one HTML page and returns its article.
//
// The page may be in any charset that a BOM, a <meta charset> or an
// http-equiv Content-Type declares (UTF-8 when none does). Parse reads at
// most the WithMaxBytes limit from r and fails with ErrTooLarge past it; it
// fails with ErrNotArticle when the page holds no article.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	o := buildOptions(opts)
	doc, err := parseHTMLIn(r, o.maxBytes, transportCharset(o.contentType))
	if err != nil {
		return nil, err
	}
	return extract(doc, &o)
}

// ParseNode returns the article of a page already parsed with html.Parse.
// WithMaxBytes has no effect here.
func ParseNode(doc *html.Node, opts ...Option) (*Article, error) {
	if doc == nil {
		return nil, ErrNotArticle
	}
	o := buildOptions(opts)
	return extract(doc, &o)
}

// extract is the pipeline: one walk of the tree collects metadata and the
// page's text blocks; the site family decides where head, body and tail sit;
// metadata then fills only what the page's text did not give.
func extract(doc *html.Node, o *options) (*Article, error) {
	p := walkPage(doc)
	defer p.release()
	p.setBase(o.base, baseHref(doc))

	a, err := p.extractByFamily()
	if err != nil {
		return nil, err
	}
	p.fillFromMeta(a, o.fetched)
	// A story without a stated title is still a story: only a page with
	// no body is none.
	if bodyLen(a.Body) < minArticleText {
		return nil, fmt.Errorf("%w: no article body found", ErrNotArticle)
	}
	return a, nil
}

// extractByFamily reads the page with the layout of its site family. SMN
// pages, and pages of any outlet that print a wire head (headline, byline,
// a dateline line of its own), are read in reading order; others by
// content scoring. When scoring finds no region of paragraphs, a page
// whose metadata calls it an article is read in reading order; any other
// such page holds no story.
func (p *page) extractByFamily() (*Article, error) {
	a := &Article{}
	if p.isSMN() || p.hasWireHead() {
		return a, extractSMN(p, a)
	}
	err := extractGeneric(p, a)
	if errors.Is(err, errTeaserList) || errors.Is(err, errNoRegion) && p.lacksStory() {
		return nil, err
	}
	if err != nil || a.Headline == "" {
		a = &Article{}
		if lerr := extractLinear(p, a); lerr != nil {
			return nil, cmp.Or(err, lerr)
		}
		// Read in order, a page without a paragraph region still has to
		// read as prose: mostly fragments is a table, a catalogue or a
		// list of labels, not a story.
		if errors.Is(err, errNoRegion) && mostlyFragments(a.Body) {
			return nil, err
		}
	}
	return a, nil
}

// minArticleText is the least body text an article has. It keeps a page
// cut off inside its head, or a stub, from passing for an article.
const minArticleText = 100

func bodyLen(body []string) int {
	n := 0
	for _, p := range body {
		n += len(p)
	}
	return n
}
