// Command compare measures newswire against html.Parse (the floor),
// go-trafilatura and go-readability on the same pages, and prints Markdown
// tables ready to paste into the README:
//
//   - A. Speed: median time and heap bytes allocated per parse, and their
//     ratio to html.Parse, on every page.
//   - B. Accuracy on the repository's testdata pages against their golden
//     JSON files.
//   - C. Accuracy on the real pages of the shared evaluation folder, which
//     stays outside the repository and is skipped when absent.
//   - D. Accuracy on the development sets with ground truth in the same
//     folder: wcxb-dev (articles), wcxb-dev-index (pages that are not
//     articles, which should be refused) and fundus (news pages, with a
//     check of wire datelines). Each absent set is skipped, saying so.
//
// It lives in its own module so that the library's go.mod does not list the
// other extractors. Run it from its folder:
//
//	cd compare && go run . -quick      # about a minute on 2 cores
//	cd compare && go run .             # the full measurement
//	cd compare && go run . -pages afp  # only pages whose name matches
//
// The quick developer loop, newswire alone on the development sets, takes
// seconds:
//
//	cd compare && go run . -speed=false -tools newswire -worst 15 -details /tmp/details.jsonl
//
// Flags for table D:
//
//	-sets wcxb-dev,wcxb-dev-index,fundus  the sets to score (default all; "none" for none)
//	-tools newswire,trafilatura,readability  the extractors (default all; also for B and C)
//	-speed=false  skip table A
//	-worst N      newswire's N worst pages per set (file, F1, P, R, error);
//	              for wcxb-dev-index the N index pages it accepted, with headline
//	-details FILE one JSON line per page per set with newswire's result and the
//	              truth: set, file, url, f1, p, r, error, headline_ok/got/want,
//	              authors_ok/got/want, date_ok/got/want, agency/place want/got
//	-limit N      only the first N pages of each set
//	-j N          pages scored at once (default GOMAXPROCS)
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses the flags in args, prints the tables to stdout and progress
// and errors to stderr, and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := fs.String("root", "..", "the newswire repository's root; its testdata/ holds the pages")
	evalDir := fs.String("eval", "", "the shared evaluation folder (default ROOT/../shared/eval); skipped when absent")
	pagesRE := fs.String("pages", "", "only pages whose name matches this regular expression")
	rounds := fs.Int("rounds", 7, "speed: rounds of measurement; each tool runs one batch per round")
	batch := fs.Duration("batch", 200*time.Millisecond, "speed: target duration of one batch, when -iters is 0")
	iters := fs.Int("iters", 0, "speed: parses per batch (0 sizes batches by -batch)")
	quick := fs.Bool("quick", false, "a quick run: -rounds 3 -batch 20ms unless they are given")
	doSpeed := fs.Bool("speed", true, "print table A (speed)")
	doAccuracy := fs.Bool("accuracy", true, "print tables B and C (accuracy)")
	fallback := fs.Bool("trafilatura-fallback", true, "run go-trafilatura with EnableFallback, as its command does by default")
	progress := fs.Bool("progress", true, "report progress on standard error")
	setsFlag := fs.String("sets", strings.Join(devSetNames, ","), "development sets for table D (those absent are skipped); \"none\" for none")
	toolsFlag := fs.String("tools", "newswire,trafilatura,readability", "extractors to compare")
	worst := fs.Int("worst", 0, "table D: print newswire's N worst pages per set (for wcxb-dev-index, N index pages it accepted)")
	details := fs.String("details", "", "table D: write newswire's result on every page to this JSON Lines file")
	limit := fs.Int("limit", 0, "table D: only the first N pages of each set (0 for all)")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "table D: pages scored at once")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "compare: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *quick {
		given := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
		if !given["rounds"] {
			*rounds = 3
		}
		if !given["batch"] {
			*batch = 20 * time.Millisecond
		}
	}
	filter, err := regexp.Compile(*pagesRE)
	if err != nil {
		fmt.Fprintf(stderr, "compare: -pages: %v\n", err)
		return 2
	}
	if *evalDir == "" {
		*evalDir = filepath.Join(*root, "..", "shared", "eval")
	}

	testdata, err := loadTestdata(filepath.Join(*root, "testdata"), filter)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	eval, err := loadEval(*evalDir, filter)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	if len(testdata) == 0 && len(eval) == 0 {
		fmt.Fprintf(stderr, "compare: no pages under %s/testdata or %s (match -pages %q)\n", *root, *evalDir, *pagesRE)
		return 1
	}
	if _, err := os.Stat(*evalDir); err != nil {
		fmt.Fprintf(stderr, "compare: %s absent: real pages skipped\n", *evalDir)
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	var prog io.Writer
	if *progress {
		prog = stderr
	}
	tools, err := selectTools(makeTools(*fallback), splitList(*toolsFlag))
	if err != nil {
		fmt.Fprintf(stderr, "compare: -tools: %v\n", err)
		return 2
	}
	sets, err := selectSets(*setsFlag)
	if err != nil {
		fmt.Fprintf(stderr, "compare: -sets: %v\n", err)
		return 2
	}
	var detailsOut *os.File
	if *details != "" {
		if detailsOut, err = os.Create(*details); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
		defer detailsOut.Close()
	}
	start := time.Now()

	fmt.Fprintf(out, "# newswire compared\n\n%s\n\n", environment())
	fmt.Fprintf(out, "Pages: %d from testdata, %d from %s. go-trafilatura runs with EnableFallback=%t and ExcludeComments.\n\n",
		len(testdata), len(eval), *evalDir, *fallback)
	all := append(append([]*page(nil), testdata...), eval...)
	if *doSpeed {
		writeSpeed(out, prog, all, tools, speedConfig{Rounds: *rounds, Iters: *iters, BatchTime: *batch})
		out.Flush()
	}
	if *doAccuracy {
		if prog != nil {
			fmt.Fprintln(prog, "accuracy: testdata")
		}
		writeTestdataAccuracy(out, testdata, tools)
		out.Flush()
		if prog != nil {
			fmt.Fprintln(prog, "accuracy: eval")
		}
		writeEvalAccuracy(out, *evalDir, eval, tools)
		out.Flush()
		opts := devOptions{Limit: *limit, Workers: *workers, Worst: *worst, Filter: filter}
		if detailsOut != nil {
			opts.Details = detailsOut
		}
		if err := writeDevAccuracy(out, prog, *evalDir, sets, tools, opts); err != nil {
			fmt.Fprintf(stderr, "compare: %v\n", err)
			return 1
		}
		if detailsOut != nil {
			if err := detailsOut.Close(); err != nil {
				fmt.Fprintf(stderr, "compare: %v\n", err)
				return 1
			}
		}
	}
	if prog != nil {
		fmt.Fprintf(prog, "compare: done in %s\n", time.Since(start).Round(time.Second))
	}
	return 0
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// selectSets returns the development sets named in s, in table order.
func selectSets(s string) ([]string, error) {
	if s == "none" {
		return nil, nil
	}
	var out []string
	for _, name := range splitList(s) {
		if !slices.Contains(devSetNames, name) {
			return nil, fmt.Errorf("unknown set %q (want %s)", name, strings.Join(devSetNames, ", "))
		}
		out = append(out, name)
	}
	slices.SortFunc(out, func(a, b string) int { return slices.Index(devSetNames, a) - slices.Index(devSetNames, b) })
	return slices.Compact(out), nil
}

// environment is the header line: date, Go version, platform, CPU, cores
// and the versions of the compared modules.
func environment() string {
	s := fmt.Sprintf("%s · %s %s/%s · %s · %d cores (GOMAXPROCS %d)",
		time.Now().Format(time.DateOnly), runtime.Version(), runtime.GOOS, runtime.GOARCH,
		cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0))
	if bi, ok := debug.ReadBuildInfo(); ok {
		var mods []string
		for _, d := range bi.Deps {
			switch d.Path {
			case "github.com/markusmobius/go-trafilatura", "codeberg.org/readeck/go-readability/v2", "golang.org/x/net":
				mods = append(mods, d.Path+" "+d.Version)
			}
		}
		if len(mods) > 0 {
			s += " · " + strings.Join(mods, ", ")
		}
	}
	return s
}

// cpuModel returns the first "model name" of /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// table is a Markdown table under construction.
type table struct{ rows [][]string }

func newTable(header ...string) *table { return &table{rows: [][]string{header}} }

// add appends a row of cells.
func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// len is the number of rows below the header.
func (t *table) len() int { return len(t.rows) - 1 }

// write prints the table; pipes and line breaks in cells are escaped.
func (t *table) write(w io.Writer) {
	for i, row := range t.rows {
		cells := make([]string, len(row))
		for j, c := range row {
			cells[j] = strings.ReplaceAll(normSpace(c), "|", `\|`)
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		if i == 0 {
			fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(row)))
		}
	}
}

// writeNotes prints a titled bullet list, or nothing when items is empty.
func writeNotes(w io.Writer, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "%s:\n\n", title)
	for _, it := range items {
		fmt.Fprintf(w, "- %s\n", it)
	}
	fmt.Fprintln(w)
}

// orDash returns s, or "—" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// joinList joins items with commas.
func joinList(items []string) string { return strings.Join(items, "; ") }
