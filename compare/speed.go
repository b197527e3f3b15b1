package main

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"time"
)

// speedConfig says how long to measure.
type speedConfig struct {
	// Rounds is how many times each tool is timed on each page. Within a
	// round every tool runs one batch, in an order rotated each round, so
	// that a noisy machine slows all tools alike.
	Rounds int
	// Iters is the number of parses in a batch; 0 picks it per tool and
	// page so that a batch lasts about BatchTime.
	Iters     int
	BatchTime time.Duration
}

// cost is the median cost of one parse.
type cost struct {
	ns    float64 // wall time
	bytes float64 // bytes allocated on the heap
}

// measureBatch runs fn n times and returns the mean time and allocated
// bytes per run. It collects garbage first so that a batch does not pay
// for the previous one's.
func measureBatch(fn func(), n int) cost {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range n {
		fn()
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	return cost{
		ns:    float64(elapsed.Nanoseconds()) / float64(n),
		bytes: float64(after.TotalAlloc-before.TotalAlloc) / float64(n),
	}
}

// measurePage times every tool on p and returns the median cost per tool,
// in the order of tools.
func measurePage(p *page, tools []tool, cfg speedConfig) []cost {
	fns := make([]func(), len(tools))
	iters := make([]int, len(tools))
	for i, t := range tools {
		fns[i] = func() { _ = t.run(p.HTML, p.URL) }
		// Warm up twice (the first call may pay one-off set-up such as
		// compiling regular expressions), then size the batch on the
		// second call.
		fns[i]()
		start := time.Now()
		fns[i]()
		iters[i] = cfg.Iters
		if iters[i] <= 0 {
			once := max(time.Since(start), time.Microsecond)
			iters[i] = int(min(max(1, int64(cfg.BatchTime/once)), 1_000_000))
		}
	}
	samples := make([][]cost, len(tools))
	for round := range max(cfg.Rounds, 1) {
		for k := range tools {
			i := (k + round) % len(tools)
			samples[i] = append(samples[i], measureBatch(fns[i], iters[i]))
		}
	}
	medians := make([]cost, len(tools))
	for i, s := range samples {
		medians[i] = cost{
			ns:    median(s, func(c cost) float64 { return c.ns }),
			bytes: median(s, func(c cost) float64 { return c.bytes }),
		}
	}
	return medians
}

// median returns the median of f over s.
func median[T any](s []T, f func(T) float64) float64 {
	if len(s) == 0 {
		return math.NaN()
	}
	v := make([]float64, len(s))
	for i, x := range s {
		v[i] = f(x)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// geomean returns the geometric mean of the positive values of v, or NaN
// when there are none.
func geomean(v []float64) float64 {
	sum, n := 0.0, 0
	for _, x := range v {
		if x > 0 && !math.IsInf(x, 0) {
			sum += math.Log(x)
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return math.Exp(sum / float64(n))
}

// writeSpeed measures every page and prints table A. tools[0] must be the
// floor (html.Parse) that ratios are taken against. progress, if not nil,
// gets a line per page while the measurement runs.
func writeSpeed(w, progress io.Writer, pages []*page, tools []tool, cfg speedConfig) {
	fmt.Fprintf(w, "## A. Speed\n\n")
	iters := "sized to about " + cfg.BatchTime.String() + " per batch"
	if cfg.Iters > 0 {
		iters = fmt.Sprintf("%d parses per batch", cfg.Iters)
	}
	fmt.Fprintf(w, "Median over %d rounds of time and heap bytes allocated per parse of the page's bytes "+
		"(%s; the tools take turns within each round). "+
		"(×N) is the ratio to html.Parse of the same bytes.\n\n", cfg.Rounds, iters)

	header := []string{"page", "size"}
	for _, t := range tools {
		header = append(header, t.name+" time", t.name+" alloc")
	}
	tb := newTable(header...)
	timeRatios := make([][]float64, len(tools))
	allocRatios := make([][]float64, len(tools))
	for _, p := range pages {
		if progress != nil {
			fmt.Fprintf(progress, "speed: %s\n", p.Name)
		}
		costs := measurePage(p, tools, cfg)
		floor := costs[0]
		row := []string{p.Name, fmtBytes(float64(len(p.HTML)))}
		for i, c := range costs {
			if i == 0 {
				row = append(row, fmtNs(c.ns), fmtBytes(c.bytes))
				continue
			}
			tr, ar := c.ns/floor.ns, c.bytes/floor.bytes
			timeRatios[i] = append(timeRatios[i], tr)
			allocRatios[i] = append(allocRatios[i], ar)
			row = append(row, fmtNs(c.ns)+" ("+fmtRatio(tr)+")", fmtBytes(c.bytes)+" ("+fmtRatio(ar)+")")
		}
		tb.add(row...)
	}
	summary := []string{"**geomean ratio**", ""}
	var line []string
	for i, t := range tools {
		if i == 0 {
			summary = append(summary, "×1", "×1")
			continue
		}
		gt, ga := geomean(timeRatios[i]), geomean(allocRatios[i])
		summary = append(summary, "**"+fmtRatio(gt)+"**", "**"+fmtRatio(ga)+"**")
		line = append(line, fmt.Sprintf("%s %s time, %s alloc", t.name, fmtRatio(gt), fmtRatio(ga)))
	}
	tb.add(summary...)
	tb.write(w)
	fmt.Fprintf(w, "\nSummary (geometric mean over %d pages of the ratio to html.Parse): %s.\n\n",
		len(pages), joinList(line))
}

// fmtNs formats nanoseconds with three significant digits.
func fmtNs(ns float64) string {
	switch {
	case math.IsNaN(ns):
		return "—"
	case ns >= 1e9:
		return sig3(ns/1e9) + " s"
	case ns >= 1e6:
		return sig3(ns/1e6) + " ms"
	case ns >= 1e3:
		return sig3(ns/1e3) + " µs"
	}
	return sig3(ns) + " ns"
}

// fmtBytes formats a byte count with three significant digits.
func fmtBytes(b float64) string {
	switch {
	case math.IsNaN(b):
		return "—"
	case b >= 1<<30:
		return sig3(b/(1<<30)) + " GiB"
	case b >= 1<<20:
		return sig3(b/(1<<20)) + " MiB"
	case b >= 1<<10:
		return sig3(b/(1<<10)) + " KiB"
	}
	return sig3(b) + " B"
}

// fmtRatio formats a ratio as "×1.23".
func fmtRatio(r float64) string {
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return "×?"
	}
	return "×" + sig3(r)
}

// sig3 formats x with about three significant digits.
func sig3(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprintf("%.2f", x)
}
