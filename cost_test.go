package newswire

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCostLoop runs NEWSWIRE_COST_MODE (html, parse or none) over the
// pages of the sets named in NEWSWIRE_COST_SETS (a -short sample of each),
// NEWSWIRE_COST_N times. It checks nothing: it is the program whose
// instructions valgrind counts, because on a shared machine a count
// repeats where a clock does not. The ratio of Parse to html.Parse is
// (parse-none)/(html-none), with GOGC=off:
//
//	go test -c -o /tmp/nw.test .
//	GOGC=off GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off,memprofilerate=0 NEWSWIRE_COST_MODE=parse NEWSWIRE_COST_N=4 NEWSWIRE_COST_SETS=wire \
//	  valgrind --tool=cachegrind --cache-sim=no /tmp/nw.test -test.run CostLoop
//
// (valgrind stops on the signals Go's scheduler preempts with unless
// asyncpreemptoff is set, and kills the program with SIGILL when the
// runtime, waiting on a contended lock, reads the clock with RDTSCP, an
// instruction it does not know: cpu.rdtscp=off makes the runtime use
// RDTSC. memprofilerate=0 stops the memory profiler's random samples,
// which move a count by a few thousandths from run to run). Count the small fixture sets with N of 2 or
// more: the first round's warm-up weighs on pages that small.
// NEWSWIRE_COST_FILES, a comma-separated list of pages, adds those pages
// (all of them, not a sample), to count one page's cost alone.
//
// Instructions undercount what extraction costs by the clock: it runs
// many small functions once a page, and misses the instruction cache and
// the branch predictor more often than the tokenizer does (on the generic
// fixtures about three times the instruction-cache misses of html.Parse
// and twice the mispredicted branches). Run valgrind with --cache-sim=yes
// --branch-sim=yes and weigh each mode's totals as
//
//	Ir + 12*(I1mr+D1mr+D1mw) + 100*(ILmr+DLmr+DLmw) + 15*(Bcm+Bim)
//
// for a ratio that still repeats from run to run and comes close to
// BenchmarkRatio's x-time (generic fixtures: 1.35 by instructions, 1.45
// so weighed, 1.3-1.6 by the clock of a shared machine).
func TestCostLoop(t *testing.T) {
	mode := os.Getenv("NEWSWIRE_COST_MODE")
	if mode == "" {
		t.Skip("NEWSWIRE_COST_MODE unset: a program for valgrind, not a test")
	}
	n, _ := strconv.Atoi(os.Getenv("NEWSWIRE_COST_N"))
	sets := "," + os.Getenv("NEWSWIRE_COST_SETS") + ","
	var pages [][]byte
	for _, s := range benchSets() {
		if !strings.Contains(sets, ","+s.name+",") {
			continue
		}
		for _, p := range spreadSample(s.glob()) {
			raw, err := readPage(p)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, raw)
		}
	}
	for _, p := range strings.Split(os.Getenv("NEWSWIRE_COST_FILES"), ",") {
		if p == "" {
			continue
		}
		raw, err := readPage(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, raw)
	}
	for range n {
		for _, p := range pages {
			switch mode {
			case "html":
				_, _ = html.Parse(bytes.NewReader(p))
			case "parse":
				_, _ = Parse(bytes.NewReader(p))
			}
		}
	}
}
