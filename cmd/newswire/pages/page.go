// Package pages reads article pages the way the newswire command does and
// turns each into the line the command prints, so that other programs (a
// batch pipeline, a crawler's post-processor) give byte-for-byte the same
// output.
//
// A Reader yields Pages from a file or a stream: an HTML page (plain or
// gzip-compressed, recognised by its magic bytes) or a WARC file, whose HTTP
// response records with a 2xx status and an HTML content type are yielded
// one by one as they are read; a WARC file is never held in memory whole. A
// Converter parses a Page with the newswire library and encodes the result
// as one JSON object: the Article's fields next to "input" and, for WARC
// records, "warc_target_uri". Every failure comes back as an *Error naming
// the input, whose Kind sorts it for counting.
package pages

import (
	"errors"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/newswire/newswire"
)

// A Page is one page to parse: its bytes and what is known about it from
// outside the HTML.
type Page struct {
	// Input names where the page came from, as the user gave it: a file
	// name, "-", a URL.
	Input string
	// TargetURI is the WARC-Target-URI of a WARC record, "" otherwise.
	TargetURI string
	// Offset is the byte offset of a WARC record in its (compressed) file.
	Offset int64
	// URL is the page's address, used to resolve relative links; nil when
	// unknown.
	URL *url.URL
	// Header holds the HTTP response header of a WARC record or a fetched
	// page; nil for a file.
	Header http.Header
	// Date is the WARC-Date of a WARC record; zero otherwise.
	Date time.Time
	// Body is the page's HTML, uncompressed. A Reader never yields more than
	// its MaxBytes limit; a longer page is an ErrTooLarge error instead.
	Body []byte
}

// ContentType returns the page's HTTP Content-Type, "" when it has none.
func (p *Page) ContentType() string {
	return p.Header.Get("Content-Type")
}

// FetchTime returns when the page was fetched, as best known: the WARC-Date
// of a WARC record, else the HTTP Date header, else Last-Modified. It is the
// zero time when none is known or valid.
func (p *Page) FetchTime() time.Time {
	if !p.Date.IsZero() {
		return p.Date
	}
	for _, name := range []string{"Date", "Last-Modified"} {
		if v := p.Header.Get(name); v != "" {
			if t, err := http.ParseTime(v); err == nil {
				return t.UTC()
			}
		}
	}
	return time.Time{}
}

// Options returns the library options that parse the page: its address,
// the size limit maxBytes (newswire.DefaultMaxBytes when not positive), the
// HTTP Content-Type, whose charset decodes a page that declares none, and
// the fetch time, which dates a dateline that gives no year.
func (p *Page) Options(maxBytes int64) []newswire.Option {
	opts := []newswire.Option{
		newswire.WithMaxBytes(maxBytes),
		newswire.WithURL(p.URL),
	}
	if ct := p.ContentType(); ct != "" {
		opts = append(opts, newswire.WithContentType(ct))
	}
	if t := p.FetchTime(); !t.IsZero() {
		opts = append(opts, newswire.WithFetchTime(t))
	}
	return opts
}

// Sentinel errors of reading, beside the library's ErrNotArticle and
// ErrTooLarge. Test for them with errors.Is.
var (
	// ErrCut means the input ends inside a record or a compressed stream:
	// the file was cut short.
	ErrCut = errors.New("cut off")
	// ErrEncoding means a WARC record's HTTP Content-Encoding cannot be
	// decoded: gzip, deflate, br and zstd are; others are not, and neither
	// is corrupt data.
	ErrEncoding = errors.New("content encoding")
)

// An Error is the failure of one input or page. Its message names the input
// once, and the WARC record's target URI when there is one.
type Error struct {
	Input     string // the input's name, as in Page.Input
	TargetURI string // the WARC record's target URI, or ""
	Err       error  // what went wrong
}

// Error returns "INPUT: [TARGET: ]MESSAGE". The message drops what the
// names already say (the path and operation of an *fs.PathError) and the
// library's "newswire: " prefix, which the command's own prefix repeats.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Input)
	b.WriteString(": ")
	if e.TargetURI != "" {
		b.WriteString(e.TargetURI)
		b.WriteString(": ")
	}
	b.WriteString(message(e.Err))
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// message returns the text of err without what an input's name already says.
func message(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && err == error(pe) {
		err = pe.Err
	}
	return strings.ReplaceAll(err.Error(), "newswire: ", "")
}

// A Kind sorts failures for counting and reporting.
type Kind string

// The kinds of failure.
const (
	KindNotArticle Kind = "not_article" // the page holds no article
	KindTooLarge   Kind = "too_large"   // the page is over the size limit
	KindCut        Kind = "cut"         // the input was cut short
	KindEncoding   Kind = "encoding"    // an HTTP content coding that cannot be decoded
	KindRead       Kind = "read"        // anything else: missing file, I/O error, HTTP error
)

// KindOf returns the kind of a failure.
func KindOf(err error) Kind {
	switch {
	case errors.Is(err, newswire.ErrNotArticle):
		return KindNotArticle
	case errors.Is(err, newswire.ErrTooLarge):
		return KindTooLarge
	case errors.Is(err, ErrCut):
		return KindCut
	case errors.Is(err, ErrEncoding):
		return KindEncoding
	}
	return KindRead
}
