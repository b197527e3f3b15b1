package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// benchCrawl writes files WARC files (gzipped, as crawls are kept) that hold
// copies copies of every testdata page, each at its own address, and returns
// their glob and the number of pages.
func benchCrawl(b *testing.B, dir string, files, copies int) (glob string, pages int) {
	b.Helper()
	articles, indexes := fixtures(b)
	all := append(articles, indexes...)
	for f := range files {
		recs := []warcRecord{warcinfo()}
		for c := range copies {
			for _, p := range all {
				recs = append(recs, htmlResponse(fmt.Sprintf("%s?f=%d&c=%d", p.target, f, c), 200, p.body))
				pages++
			}
		}
		writeWARC(b, filepath.Join(dir, fmt.Sprintf("crawl-%02d.warc.gz", f)), recs)
	}
	return filepath.Join(dir, "crawl-*.warc.gz"), pages
}

// The two benchmarks put the same pages through the pipeline on Prism and
// through the newswire command with -j set to the number of CPUs, and report
// pages per second. Run them together:
//
//	go test -run '^$' -bench 'Pipeline|Command' -benchtime 3x ./beam/pipeline
const (
	benchFiles  = 4
	benchCopies = 10
)

func BenchmarkPipeline(b *testing.B) {
	dir := b.TempDir()
	glob, pages := benchCrawl(b, dir, benchFiles, benchCopies)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		out := filepath.Join(dir, "out"+strconv.Itoa(i), "articles")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			b.Fatal(err)
		}
		counts := runPipeline(b, []string{glob}, out, 4)
		if counts[CounterPages] != int64(pages) {
			b.Fatalf("counted %d pages, want %d", counts[CounterPages], pages)
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkCommand(b *testing.B) {
	dir := b.TempDir()
	glob, pages := benchCrawl(b, dir, benchFiles, benchCopies)
	files, err := filepath.Glob(glob)
	if err != nil {
		b.Fatal(err)
	}
	bin := buildCommand(b, dir)
	args := append([]string{"-j", strconv.Itoa(runtime.NumCPU()), "-max-bytes", strconv.Itoa(testMaxBytes)}, files...)
	b.ResetTimer()
	for b.Loop() {
		run := runCommand(b, bin, args...)
		if n := len(run.lines) + len(run.failures); n != pages {
			b.Fatalf("the command reported %d pages, want %d", n, pages)
		}
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}
