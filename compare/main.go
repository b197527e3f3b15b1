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
//
// It lives in its own module so that the library's go.mod does not list the
// other extractors. Run it from its folder:
//
//	cd compare && go run . -quick      # about a minute on 2 cores
//	cd compare && go run .             # the full measurement
//	cd compare && go run . -pages afp  # only pages whose name matches
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
	tools := makeTools(*fallback)
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
	}
	if prog != nil {
		fmt.Fprintf(prog, "compare: done in %s\n", time.Since(start).Round(time.Second))
	}
	return 0
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
