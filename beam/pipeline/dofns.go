package pipeline

import (
	"context"
	"errors"
	"iter"
	"net/url"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// A Page is one page read from an input, on its way to the parser, or an
// input or record that could not be read (Kind and Err are then set and Body
// is empty). It carries what the command's parser is given (pages.Page), in
// types Beam's coders handle, for runners that do not fuse reading with
// parsing.
type Page struct {
	Input     string              // the matched file's path
	TargetURI string              // the WARC record's WARC-Target-URI, else ""
	Offset    int64               // the WARC record's offset in its file
	URL       string              // the page's address for resolving links, else ""
	Header    map[string][]string // the record's HTTP response header, else nil
	Date      string              // the record's WARC-Date, RFC 3339, else ""
	Body      []byte              // the page, uncompressed
	Kind      string              // the kind of failure (pages.Kind), when reading failed
	Err       string              // the failure's message
}

// newPage is the Page of a page the reader yielded.
func newPage(p *pages.Page) Page {
	out := Page{Input: p.Input, TargetURI: p.TargetURI, Offset: p.Offset, Header: p.Header, Body: p.Body}
	if p.URL != nil {
		out.URL = p.URL.String()
	}
	if !p.Date.IsZero() {
		out.Date = p.Date.Format(time.RFC3339Nano)
	}
	return out
}

// page is the reader's page back from p, as the parser takes it.
func (p Page) page() (*pages.Page, error) {
	out := &pages.Page{Input: p.Input, TargetURI: p.TargetURI, Offset: p.Offset, Header: p.Header, Body: p.Body}
	if p.URL != "" {
		u, err := url.Parse(p.URL)
		if err != nil {
			return nil, err
		}
		out.URL = u
	}
	if p.Date != "" {
		t, err := time.Parse(time.RFC3339Nano, p.Date)
		if err != nil {
			return nil, err
		}
		out.Date = t
	}
	return out, nil
}

// The pipeline's counters, as Beam metrics (see the Counter* names). They are
// handles, set once: Beam keeps the counts per bundle.
var (
	pagesCounter       = beam.NewCounter(Namespace, CounterPages)
	articlesCounter    = beam.NewCounter(Namespace, CounterArticles)
	notArticlesCounter = beam.NewCounter(Namespace, CounterNotArticles)
	tooLargeCounter    = beam.NewCounter(Namespace, CounterTooLarge)
	errorsCounter      = beam.NewCounter(Namespace, CounterErrors)
)

// readPagesFn emits the pages of one file as it reads them: a WARC file
// record by record, so that a worker holds one record's page at a time
// whatever the size of the file.
//
// It is a splittable DoFn whose restriction is the whole file, [0, 1): a
// gzipped WARC file cannot be entered at an arbitrary byte, so a file is
// never split, but the restriction's size, the file's, tells a runner how
// much work each element holds when it sizes and shares out bundles, where
// a plain DoFn's files would all weigh the same.
type readPagesFn struct {
	MaxBytes int64 `json:"max_bytes"`
}

// CreateInitialRestriction is the whole file.
func (fn *readPagesFn) CreateInitialRestriction(fileio.ReadableFile) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: 1}
}

// SplitRestriction keeps a file whole.
func (fn *readPagesFn) SplitRestriction(_ fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	return []offsetrange.Restriction{rest}
}

// RestrictionSize is the file's size in bytes: the work it holds.
func (fn *readPagesFn) RestrictionSize(file fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size() * float64(max(file.Metadata.Size, 1))
}

// CreateTracker tracks the one claim of the file.
func (fn *readPagesFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement reads the file and emits its pages.
func (fn *readPagesFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, file fileio.ReadableFile, emit func(Page)) error {
	if !rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).Start) {
		return nil // already read under another restriction
	}
	r := &pages.Reader{MaxBytes: fn.MaxBytes}
	name := file.Metadata.Path
	var seq iter.Seq2[*pages.Page, error]
	if isLocal(name) {
		// A local file is read exactly as the command reads it.
		seq = r.File(name)
	} else {
		rc, err := file.Open(ctx) // uncompressed: see Parse
		if err != nil {
			emit(failedPage(&pages.Error{Input: name, Err: err}))
			return nil
		}
		defer rc.Close()
		// As the command tells a WARC file: by its name, else by its start.
		if pages.IsWARCName(name) {
			seq = r.WARC(name, rc)
		} else {
			seq = r.Stream(name, rc)
		}
	}
	for p, err := range seq {
		if err != nil {
			emit(failedPage(err))
			continue
		}
		emit(newPage(p))
	}
	return nil
}

// isLocal reports whether a matched path is on the local file system, which
// Beam names without a scheme.
func isLocal(path string) bool { return !strings.Contains(path, "://") }

// failedPage is the Page of a reading failure.
func failedPage(err error) Page {
	p := Page{Kind: string(pages.KindOf(err)), Err: err.Error()}
	if pe := (*pages.Error)(nil); errors.As(err, &pe) {
		p.Input, p.TargetURI = pe.Input, pe.TargetURI
	}
	return p
}

// parseFn parses a page and emits its JSON line, or the failure's.
type parseFn struct {
	MaxBytes int64 `json:"max_bytes"`

	conv pages.Converter // reused across the pages of a bundle
}

// Setup readies the converter, which keeps its buffers between pages.
func (fn *parseFn) Setup() {
	fn.conv = pages.Converter{MaxBytes: fn.MaxBytes}
}

// ProcessElement parses one page.
func (fn *parseFn) ProcessElement(ctx context.Context, p Page, article, failure func(string)) error {
	pagesCounter.Inc(ctx, 1)
	if p.Err != "" {
		return fail(ctx, failure, Failure{Input: p.Input, WARCTargetURI: p.TargetURI, Kind: p.Kind, Error: p.Err})
	}
	page, err := p.page()
	if err != nil {
		return err // newPage wrote it: not the page's fault
	}
	line, err := fn.conv.Convert(page)
	if err != nil {
		return fail(ctx, failure, Failure{Input: p.Input, WARCTargetURI: p.TargetURI, Kind: string(pages.KindOf(err)), Error: err.Error()})
	}
	articlesCounter.Inc(ctx, 1)
	article(strings.TrimSuffix(string(line), "\n"))
	return nil
}

// fail counts and emits a failure.
func fail(ctx context.Context, failure func(string), f Failure) error {
	counterOf(f.Kind).Inc(ctx, 1)
	line, err := encodeFailure(f)
	if err != nil {
		return err
	}
	failure(line)
	return nil
}

// counterOf is the counter a failure of the kind adds to.
func counterOf(kind string) beam.Counter {
	switch pages.Kind(kind) {
	case pages.KindNotArticle:
		return notArticlesCounter
	case pages.KindTooLarge:
		return tooLargeCounter
	}
	return errorsCounter
}
