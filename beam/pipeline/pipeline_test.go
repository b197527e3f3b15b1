package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestMain runs the pipelines of the tests on Beam's Prism runner, in this
// process (ptest's default; -runner picks another).
func TestMain(m *testing.M) { ptest.Main(m) }

// testdata is the library's fixture folder, pages of our own.
const testdata = "../../testdata"

// testMaxBytes is the page size limit of the test runs, small enough for a
// padded fixture to cross it cheaply.
const testMaxBytes = 100_000

// fixture is a testdata page and the address it was served from.
type fixture struct {
	name   string // file name in testdata
	target string // WARC-Target-URI
	body   []byte
}

// fixtures returns the testdata pages, articles and index pages apart.
func fixtures(t testing.TB) (articles, indexes []fixture) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdata, "*.html"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixture pages in %s: %v", testdata, err)
	}
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		f := fixture{name: name, target: "https://newswire.test/news/" + name, body: body}
		if u, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".url"); err == nil {
			f.target = strings.TrimSpace(string(u))
		}
		if isIndex(t, p) {
			indexes = append(indexes, f)
		} else {
			articles = append(articles, f)
		}
	}
	return articles, indexes
}

// isIndex reports whether the fixture's golden file records a refusal: the
// index pages, which are not articles.
func isIndex(t testing.TB, page string) bool {
	golden, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Error string }
	if err := json.Unmarshal(golden, &g); err != nil {
		t.Fatal(err)
	}
	return strings.Contains(g.Error, "not an article")
}

// crawl is the set of input files of a test, with what they should give.
type crawl struct {
	dir   string
	globs []string
	// The pages the inputs hold, by what should become of them.
	articles, notArticles, tooLarge, cut int
}

// buildCrawl writes the test inputs to dir: two WARC files, one gzipped and
// one plain and cut short inside its last record, and two page files.
func buildCrawl(t testing.TB, dir string) crawl {
	t.Helper()
	articles, indexes := fixtures(t)
	if len(articles) < 4 || len(indexes) == 0 {
		t.Fatalf("fixtures: %d articles and %d index pages", len(articles), len(indexes))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	half := len(articles) / 2
	c := crawl{dir: dir, globs: []string{filepath.Join(dir, "*.warc*"), filepath.Join(dir, "pages", "*.html*")}}

	// crawl-1.warc.gz: the first half of the articles, with what a crawl
	// also holds: requests, an image, a 404 page, index pages and a page
	// over the size limit.
	recs := []warcRecord{warcinfo()}
	for i, f := range articles[:half] {
		recs = append(recs, request(f.target), htmlResponse(f.target, 200, f.body))
		if i == 0 {
			recs = append(recs, jpegResponse("https://newswire.test/photo.jpg"),
				htmlResponse("https://newswire.test/gone.html", 404, f.body))
		}
	}
	for _, f := range indexes {
		recs = append(recs, htmlResponse(f.target, 200, f.body))
	}
	big := articles[0]
	padded := append(slices.Clip(big.body), "<!--"+strings.Repeat("padding ", testMaxBytes/8)+"-->"...)
	recs = append(recs, htmlResponse(big.target+"?big", 200, padded))
	writeWARC(t, filepath.Join(dir, "crawl-1.warc.gz"), recs)
	c.articles += half
	c.notArticles += len(indexes)
	c.tooLarge++

	// crawl-2.warc: the other half, then a record cut off half way, as a
	// crawl killed mid-write leaves it.
	recs = []warcRecord{warcinfo()}
	for _, f := range articles[half:] {
		recs = append(recs, htmlResponse(f.target, 200, f.body))
	}
	recs = append(recs, htmlResponse(articles[1].target+"?cut", 200, articles[1].body))
	path := filepath.Join(dir, "crawl-2.warc")
	offsets := writeWARC(t, path, recs)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	last := offsets[len(offsets)-1]
	if err := os.Truncate(path, last+(fi.Size()-last)/2); err != nil {
		t.Fatal(err)
	}
	c.articles += len(articles) - half
	c.cut++

	// Page files: one plain, one gzipped, and a file the globs leave out.
	pagesDir := filepath.Join(dir, "pages")
	if err := os.Mkdir(pagesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(pagesDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("one.html", articles[0].body)
	write("two.html.gz", gzipped(t, articles[1].body))
	write("notes.txt", []byte("not matched"))
	c.articles += 2
	return c
}

func gzipped(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// inputs returns the files the globs match, as the pipeline sees them.
func (c crawl) inputs(t testing.TB) []string {
	var files []string
	for _, g := range c.globs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// commandRun is what the newswire command printed.
type commandRun struct {
	lines    []string // standard output, JSON Lines
	failures []string // standard error, one line per failure
}

// buildCommand builds the newswire command of this workspace into dir.
func buildCommand(t testing.TB, dir string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go tool is needed to build the newswire command: %v", err)
	}
	bin := filepath.Join(dir, "newswire")
	cmd := exec.Command(goTool, "build", "-o", bin, "github.com/newswire/newswire/cmd/newswire")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the newswire command: %v\n%s", err, out)
	}
	return bin
}

// runCommand runs the newswire command over the files.
func runCommand(t testing.TB, bin string, args ...string) commandRun {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("newswire: %v\n%s", err, stderr.Bytes())
	}
	return commandRun{lines: nonEmptyLines(stdout.Bytes()), failures: nonEmptyLines(stderr.Bytes())}
}

func nonEmptyLines(data []byte) []string {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if sc.Text() != "" {
			lines = append(lines, sc.Text())
		}
	}
	return lines
}

// readShards returns the lines of the shard files of prefix.
func readShards(t testing.TB, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-[0-9]*-of-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, nonEmptyLines(data)...)
	}
	return lines
}

// runPipeline runs the whole pipeline over the crawl's globs on the test
// runner and returns its counters.
func runPipeline(t testing.TB, globs []string, out string, shards int) map[string]int64 {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Options{Inputs: globs, Output: out, Shards: shards, MaxBytes: testMaxBytes}); err != nil {
		t.Fatal(err)
	}
	pr, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return Counts(pr)
}

// TestPipelineMatchesCommand runs the pipeline on Prism over WARC files and
// pages and checks that it writes, line for line, what the newswire command
// prints for the same files, reports the same failures and counts them.
func TestPipelineMatchesCommand(t *testing.T) {
	dir := t.TempDir()
	c := buildCrawl(t, filepath.Join(dir, "in"))
	checkAgainstCommand(t, dir, c, c.globs, func(s string) string { return s })
}

// TestPipelineReadsOtherFileSystems runs the pipeline over the same files
// in Beam's in-memory file system, which is read through Beam's file system
// interface as gs:// and s3:// files are, not opened by path as local ones.
func TestPipelineReadsOtherFileSystems(t *testing.T) {
	dir := t.TempDir()
	local := filepath.Join(dir, "in")
	c := buildCrawl(t, local)
	const root = "memfs://crawl"
	for _, f := range c.inputs(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		memfs.Write(root+strings.TrimPrefix(f, local), data)
	}
	globs := []string{root + "/*.warc*", root + "/pages/*.html*"}
	checkAgainstCommand(t, dir, c, globs, func(s string) string { return strings.ReplaceAll(s, local, root) })
}

// checkAgainstCommand runs the pipeline over globs and the command over the
// crawl's files, and checks that the pipeline wrote what the command printed
// and counted it, once rename has made the command's file names the
// pipeline's.
func checkAgainstCommand(t *testing.T, dir string, c crawl, globs []string, rename func(string) string) {
	t.Helper()
	out := filepath.Join(dir, "out", "articles")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	const shards = 3
	counts := runPipeline(t, globs, out, shards)

	var files []string
	for _, f := range c.inputs(t) {
		files = append(files, rename(f))
	}
	cmd := runCommand(t, buildCommand(t, dir), append([]string{"-max-bytes", "100000"}, c.inputs(t)...)...)
	for i := range cmd.lines {
		cmd.lines[i] = rename(cmd.lines[i])
	}
	for i := range cmd.failures {
		cmd.failures[i] = rename(cmd.failures[i])
	}

	// The articles: the command's lines, byte for byte, in any order.
	got := readShards(t, out)
	if len(cmd.lines) != c.articles {
		t.Fatalf("the command printed %d articles, the inputs hold %d", len(cmd.lines), c.articles)
	}
	slices.Sort(got)
	want := slices.Sorted(slices.Values(cmd.lines))
	if !slices.Equal(got, want) {
		t.Errorf("pipeline wrote %d lines, the command printed %d; first difference:\n%s", len(got), len(want), firstDiff(got, want))
	}
	shardFiles, _ := filepath.Glob(out + "-[0-9]*-of-00003.jsonl")
	if len(shardFiles) < 2 {
		t.Errorf("articles in %d shard files, want them spread over up to %d", len(shardFiles), shards)
	}

	// The failures: one for each line the command reported, with the same
	// message, sorted into the right kinds.
	var failures []Failure
	var messages []string
	kinds := map[string]int{}
	for _, line := range readShards(t, FailuresPrefix(out)) {
		var f Failure
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("failure line %q: %v", line, err)
		}
		if !slices.Contains(files, f.Input) {
			t.Errorf("failure %+v names no input", f)
		}
		failures = append(failures, f)
		messages = append(messages, "newswire: "+f.Error)
		kinds[f.Kind]++
	}
	slices.Sort(messages)
	if want := slices.Sorted(slices.Values(cmd.failures)); !slices.Equal(messages, want) {
		t.Errorf("failures:\n%s\nthe command reported:\n%s", strings.Join(messages, "\n"), strings.Join(want, "\n"))
	}
	wantKinds := map[string]int{"not_article": c.notArticles, "too_large": c.tooLarge, "cut": c.cut}
	if !mapsEqual(kinds, wantKinds) {
		t.Errorf("failure kinds %v, want %v", kinds, wantKinds)
	}
	for _, f := range failures {
		if f.Kind != "cut" && f.WARCTargetURI == "" {
			t.Errorf("failure %+v of a WARC record lacks its target URI", f)
		}
	}

	// The counters.
	wantCounts := map[string]int64{
		CounterPages:       int64(len(cmd.lines) + len(cmd.failures)),
		CounterArticles:    int64(len(cmd.lines)),
		CounterNotArticles: int64(c.notArticles),
		CounterTooLarge:    int64(c.tooLarge),
		CounterErrors:      int64(c.cut),
	}
	if !mapsEqual(counts, wantCounts) {
		t.Errorf("counters %v, want %v", counts, wantCounts)
	}
}

func mapsEqual[V comparable](a, b map[string]V) bool {
	var zero V
	for k, v := range a {
		if v != zero && b[k] != v {
			return false
		}
	}
	for k, v := range b {
		if v != zero && a[k] != v {
			return false
		}
	}
	return true
}

// firstDiff describes the first line where sorted got and want part.
func firstDiff(got, want []string) string {
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return "got:  " + clip(g) + "\nwant: " + clip(w)
		}
	}
	return ""
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// TestBuildRefuses checks that options the pipeline cannot run with come
// back as errors when the pipeline is built, not as a panic or a failed job.
func TestBuildRefuses(t *testing.T) {
	ok := Options{Inputs: []string{"crawl/*.warc.gz"}, Output: "out/articles", Shards: 2}
	tests := []struct {
		name   string
		change func(*Options)
		want   string
	}{
		{"no input", func(o *Options) { o.Inputs = nil }, "no input glob"},
		{"no output", func(o *Options) { o.Output = "" }, "no output prefix"},
		{"no shards", func(o *Options) { o.Shards = 0 }, "shards must be at least 1"},
		{"HDFS input", func(o *Options) { o.Inputs = []string{"hdfs://namenode/crawl/*.warc.gz"} }, `scheme "hdfs"`},
		{"unknown output", func(o *Options) { o.Output = "ftp://host/out/articles" }, `scheme "ftp"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := ok
			tt.change(&o)
			_, s := beam.NewPipelineWithRoot()
			err := Build(s, o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build(%+v) = %v, want an error saying %q", o, err, tt.want)
			}
		})
	}
	_, s := beam.NewPipelineWithRoot()
	if err := Build(s, ok); err != nil {
		t.Errorf("Build(%+v) = %v", ok, err)
	}
}
