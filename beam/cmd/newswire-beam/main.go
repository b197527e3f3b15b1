// Command newswire-beam runs newswire as an Apache Beam pipeline: it parses
// the pages of WARC files and HTML pages matched by globs and writes the
// articles as sharded JSON Lines, the same objects the newswire command
// prints, with the failures beside them.
//
// Usage:
//
//	newswire-beam --input GLOB[,GLOB...] --output PREFIX [--shards N] [Beam flags]
//
// Articles go to PREFIX-SSSSS-of-NNNNN.jsonl and failures (input, record
// URI, kind, error) to PREFIX-failures-SSSSS-of-NNNNN.jsonl. When the run
// ends the counters (pages, articles, not_articles, too_large, errors) are
// printed on standard error.
//
// The runner is chosen with Beam's --runner flag: prism (the default, in
// this process), dataflow, flink or spark; see the README for what each needs.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// beamx registers the runners and the local and gs:// file systems;
	// s3:// is for Flink and Spark clusters reading an object store.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/newswire/newswire"
	"github.com/newswire/newswire/beam/pipeline"
)

var (
	input    = flag.String("input", "", "comma-separated `globs` of WARC files and HTML pages (a local path, gs://, s3:// ...)")
	output   = flag.String("output", "", "`prefix` of the output files: PREFIX-SSSSS-of-NNNNN.jsonl and PREFIX-failures-...")
	shards   = flag.Int("shards", 4, "number of article files to write")
	maxBytes = flag.Int64("max_bytes", newswire.DefaultMaxBytes, "refuse pages longer than `N` bytes")
)

func main() {
	flag.Parse()
	// Beam's workers run this same binary: Init hands control to the worker
	// harness there, and returns here on the launching side.
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "newswire-beam: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	var globs []string
	for g := range strings.SplitSeq(*input, ",") {
		if g = strings.TrimSpace(g); g != "" {
			globs = append(globs, g)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	err := pipeline.Build(s, pipeline.Options{Inputs: globs, Output: *output, Shards: *shards, MaxBytes: *maxBytes})
	if err != nil {
		return err
	}
	pr, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	counts := pipeline.Counts(pr)
	if counts == nil {
		return nil // the runner's own console shows them
	}
	for _, name := range []string{pipeline.CounterPages, pipeline.CounterArticles,
		pipeline.CounterNotArticles, pipeline.CounterTooLarge, pipeline.CounterErrors} {
		fmt.Fprintf(os.Stderr, "%s=%d ", name, counts[name])
	}
	fmt.Fprintln(os.Stderr)
	return nil
}
