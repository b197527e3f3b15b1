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
	names, pages := benchPages(b)
	for i, page := range pages {
		b.Run(names[i], func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				Parse(bytes.NewReader(page))
			}
		})
	}
}

func BenchmarkHTMLParse(b *testing.B) {
	names, pages := benchPages(b)
	for i, page := range pages {
		b.Run(names[i], func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				html.Parse(bytes.NewReader(page))
			}
		})
	}
}

// BenchmarkRatio measures Parse against html.Parse of the same page in
// alternating batches, so that a noisy machine slows both alike, and
// reports the ratios as the metrics "x-time" and "x-alloc".
func BenchmarkRatio(b *testing.B) {
	names, pages := benchPages(b)
	for i, page := range pages {
		b.Run(names[i], func(b *testing.B) {
			const batch = 10
			var ours, floor batchCost
			for b.Loop() {
				floor.run(batch, func() { html.Parse(bytes.NewReader(page)) })
				ours.run(batch, func() { Parse(bytes.NewReader(page)) })
			}
			b.ReportMetric(float64(ours.ns)/float64(floor.ns), "x-time")
			b.ReportMetric(float64(ours.bytes)/float64(floor.bytes), "x-alloc")
		})
	}
}

// batchCost accumulates the time and allocated bytes of batches of runs.
type batchCost struct {
	ns, bytes uint64
}

func (c *batchCost) run(n int, f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range n {
		f()
	}
	c.ns += uint64(time.Since(start))
	runtime.ReadMemStats(&after)
	c.bytes += after.TotalAlloc - before.TotalAlloc
}
