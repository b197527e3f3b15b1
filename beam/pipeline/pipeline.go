package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// Local paths are Beam's default scheme; other file systems (gs://,
	// s3:// ...) are registered by the program that imports them.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newswire/newswire"
)

func init() {
	beam.RegisterType(reflect.TypeFor[Page]())
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(Page), error](&readPagesFn{})
	register.DoFn4x1[context.Context, Page, func(string), func(string), error](&parseFn{})
	register.Emitter1[Page]()
	register.Emitter1[string]()
}

// Namespace is the namespace of the pipeline's counters.
const Namespace = "newswire"

// Names of the pipeline's counters. Every page counts once in Pages and once
// in exactly one of the others.
const (
	CounterPages       = "pages"        // every page read, or input that failed before one was
	CounterArticles    = "articles"     // pages parsed into an article
	CounterNotArticles = "not_articles" // pages refused with newswire.ErrNotArticle
	CounterTooLarge    = "too_large"    // pages refused with newswire.ErrTooLarge
	CounterErrors      = "errors"       // inputs and records that could not be read, and other failures
)

// Options are what a run of the pipeline reads and writes.
type Options struct {
	// Inputs are file globs on any file system Beam knows (a local path,
	// gs://, s3:// ...): WARC files (.warc, .warc.gz, or anything that
	// starts like one) and HTML pages (.html, .htm, plain or .gz).
	Inputs []string
	// Output is the prefix of the article files, PREFIX-SSSSS-of-NNNNN.jsonl;
	// the failures go to PREFIX-failures-SSSSS-of-NNNNN.jsonl.
	Output string
	// Shards is how many article files to write (at least 1).
	Shards int
	// MaxBytes refuses pages longer than this; 0 means newswire.DefaultMaxBytes.
	MaxBytes int64
}

// FailuresPrefix is the prefix of the failure files of a run writing its
// articles under prefix.
func FailuresPrefix(prefix string) string { return prefix + "-failures" }

// Build adds the whole pipeline to s: match, read, parse, write.
func Build(s beam.Scope, opt Options) error {
	if len(opt.Inputs) == 0 {
		return errors.New("pipeline: no input glob")
	}
	if opt.Output == "" {
		return errors.New("pipeline: no output prefix")
	}
	if opt.Shards < 1 {
		return fmt.Errorf("pipeline: shards must be at least 1, not %d", opt.Shards)
	}
	// Beam panics on a path of a file system it does not know; say so instead.
	for _, path := range append([]string{opt.Output}, opt.Inputs...) {
		fs, err := filesystem.New(context.Background(), path)
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		fs.Close()
	}
	globs := make([]any, len(opt.Inputs))
	for i, g := range opt.Inputs {
		globs[i] = g
	}
	articles, failures := Parse(s, beam.Create(s, globs...), opt.MaxBytes)
	writeSharded(s.Scope("Articles"), opt.Output, opt.Shards, articles)
	// Failures are few next to the articles; a shard or two holds them.
	writeSharded(s.Scope("Failures"), FailuresPrefix(opt.Output), max(1, opt.Shards/8), failures)
	return nil
}

// Parse matches the globs of the PCollection<string> globs and returns the
// JSON lines of the articles of every page in the matched files and the JSON
// lines of the failures (Failure objects), both PCollection<string>.
func Parse(s beam.Scope, globs beam.PCollection, maxBytes int64) (articles, failures beam.PCollection) {
	s = s.Scope("newswire")
	if maxBytes <= 0 {
		maxBytes = newswire.DefaultMaxBytes
	}
	matched := fileio.MatchAll(s, globs, fileio.MatchEmptyDisallow())
	// Spread the files over the workers: matching happens on one.
	matched = beam.Reshuffle(s, matched)
	// Uncompressed: the reader tells gzip by its magic bytes, as the
	// command does, whatever the file is called.
	files := fileio.ReadMatches(s, matched, fileio.ReadUncompressed())
	pages := beam.ParDo(s, &readPagesFn{MaxBytes: maxBytes}, files)
	return beam.ParDo2(s, &parseFn{MaxBytes: maxBytes}, pages)
}

// A Failure is one line of the failures output: a page or input that did not
// become an article, and why.
type Failure struct {
	Input         string `json:"input"`
	WARCTargetURI string `json:"warc_target_uri,omitempty"`
	// Kind sorts the failure, as the command's pages.KindOf does:
	// not_article, too_large, cut, encoding or read.
	Kind  string `json:"kind"`
	Error string `json:"error"` // the message the command prints for it
}

// encodeFailure returns the JSON line of f.
func encodeFailure(f Failure) (string, error) {
	b, err := json.Marshal(f)
	return string(b), err
}

// Counts returns the pipeline's counters from a finished run, by name (the
// Counter* names), summed over the steps and workers that reported them. It
// is nil when the runner reports no metrics.
func Counts(pr beam.PipelineResult) map[string]int64 {
	if pr == nil {
		return nil
	}
	counts := make(map[string]int64)
	ours := pr.Metrics().Query(func(r beam.MetricResult) bool { return r.Namespace() == Namespace })
	for _, c := range ours.Counters() {
		counts[c.Name()] += c.Result()
	}
	return counts
}
