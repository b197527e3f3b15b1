package newswire

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// benchPages are the testdata pages and, when ../shared/eval is present,
// the real pages there (never copied into the repository).
func benchPages(b *testing.B) (names []string, pages [][]byte) {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	eval, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "*", "*", "source.html"))
	wire, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "trafilatura-wire", "*.html"))
	for _, p := range append(append(paths, eval...), wire...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		if name == "source" {
			name = "eval-" + filepath.Base(filepath.Dir(p))
		}
		names = append(names, name)
		pages = append(pages, raw)
	}
	return names, pages
}

// BenchmarkParse and BenchmarkHTMLParse run over the same pages, so that
// one `go test -bench . -benchmem` shows the cost of Parse as a ratio of
// html.Parse, the floor for any tree-based extractor.
func BenchmarkParse(b *testing.B) {
	benchEachPage(b, func(page []byte) { Parse(bytes.NewReader(page)) })
}

func BenchmarkHTMLParse(b *testing.B) {
	benchEachPage(b, func(page []byte) { html.Parse(bytes.NewReader(page)) })
}

func benchEachPage(b *testing.B, parse func([]byte)) {
	names, pages := benchPages(b)
	for i, page := range pages {
		b.Run(names[i], func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				parse(page)
			}
		})
	}
}

// BenchmarkRatio measures Parse against html.Parse of the same page and
// reports the ratios as the metrics "x-time" and "x-alloc". Time is taken
// in alternating batches, so that a noisy machine slows both alike;
// allocated bytes are counted over a run of each, apart from the timing.
func BenchmarkRatio(b *testing.B) {
	names, pages := benchPages(b)
	for i, page := range pages {
		b.Run(names[i], func(b *testing.B) {
			floorFn := func() { html.Parse(bytes.NewReader(page)) }
			oursFn := func() { Parse(bytes.NewReader(page)) }
			allocRatio := float64(allocated(oursFn)) / float64(allocated(floorFn))
			const batch = 10
			var ours, floor time.Duration
			for b.Loop() {
				floor += timed(batch, floorFn)
				ours += timed(batch, oursFn)
			}
			b.ReportMetric(float64(ours)/float64(floor), "x-time")
			b.ReportMetric(allocRatio, "x-alloc")
		})
	}
}

func timed(n int, f func()) time.Duration {
	start := time.Now()
	for range n {
		f()
	}
	return time.Since(start)
}

// allocated is the bytes f allocates per call, averaged over a run.
func allocated(f func()) uint64 {
	const runs = 50
	f() // warm up lazily built tables and pools
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / runs
}
