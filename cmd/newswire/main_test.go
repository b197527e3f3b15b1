package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// testdata holds the project's sample pages.
const testdata = "../../testdata"

// runCmd runs the command in-process and returns its exit status and output.
func runCmd(t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	code = run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

// samplePages returns the paths of the sample pages, sorted.
func samplePages(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join(testdata, "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no sample pages in %s: %v", testdata, err)
	}
	return pages
}

// sampleURL returns the page address stored next to a sample page in
// NAME.url, or nil.
func sampleURL(t *testing.T, page string) *url.URL {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".url")
	if err != nil {
		return nil
	}
	u, err := url.Parse(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("%s.url: %v", page, err)
	}
	return u
}

// parseFile parses a page directly with the library.
func parseFile(t *testing.T, path string, opts ...newswire.Option) (*newswire.Article, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return newswire.Parse(bytes.NewReader(data), opts...)
}

// articlePage returns a sample page that is an article, and its article.
func articlePage(t *testing.T) (string, *newswire.Article) {
	t.Helper()
	page := filepath.Join(testdata, "smn-upi.html")
	a, err := parseFile(t, page)
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	return page, a
}

// jsonLine is one line of JSON Lines output.
type jsonLine struct {
	Input         string `json:"input"`
	WARCTargetURI string `json:"warc_target_uri"`
	newswire.Article
}

func decodeLines(t *testing.T, out string) []jsonLine {
	t.Helper()
	var lines []jsonLine
	for l := range strings.Lines(out) {
		var jl jsonLine
		if err := json.Unmarshal([]byte(l), &jl); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		lines = append(lines, jl)
	}
	return lines
}

// normalize returns a as it reads back from its JSON, the form output is
// compared in (time zones and nil versus empty lists do not survive JSON).
func normalize(t *testing.T, a *newswire.Article) newswire.Article {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var n newswire.Article
	if err := json.Unmarshal(b, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func assertSameArticle(t *testing.T, what string, got newswire.Article, want *newswire.Article) {
	t.Helper()
	if w := normalize(t, want); !reflect.DeepEqual(got, w) {
		gb, _ := json.MarshalIndent(got, "", "  ")
		wb, _ := json.MarshalIndent(w, "", "  ")
		t.Errorf("%s: article differs\ngot:  %s\nwant: %s", what, gb, wb)
	}
}

// TestOneShape checks that a single page prints as the same JSON line, with
// its input, as it does among others, and as one indented object with
// -indent.
func TestOneShape(t *testing.T) {
	page, want := articlePage(t)
	code, out, errOut := runCmd(t, nil, page)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "{") {
		t.Errorf("not one JSON line:\n%s", out)
	}
	lines := decodeLines(t, out)
	if len(lines) != 1 || lines[0].Input != page {
		t.Fatalf("want one line with input %q, got:\n%s", page, out)
	}
	assertSameArticle(t, page, lines[0].Article, want)
	_, two, _ := runCmd(t, nil, page, page)
	if two != out+out {
		t.Errorf("two inputs print\n%s\nnot the single-input line twice:\n%s", two, out)
	}

	code, out, errOut = runCmd(t, nil, "-indent", page, page)
	if code != exitOK || errOut != "" {
		t.Fatalf("-indent: exit %d, stderr %q", code, errOut)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	for i := range 2 {
		var got jsonLine
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("-indent: object %d: %v", i, err)
		}
		if got.Input != page {
			t.Errorf("-indent: input %q", got.Input)
		}
		assertSameArticle(t, page, got.Article, want)
	}
	if !strings.HasPrefix(out, "{\n  \"input\": ") || !strings.HasSuffix(out, "\n}\n") || dec.More() {
		t.Errorf("-indent: not two indented objects:\n%s", out)
	}
}

func TestSingleFileWithURL(t *testing.T) {
	for _, page := range samplePages(t) {
		u := sampleURL(t, page)
		if u == nil {
			continue
		}
		want, err := parseFile(t, page, newswire.WithURL(u))
		if err != nil {
			continue
		}
		code, out, errOut := runCmd(t, nil, "-url", u.String(), page)
		if code != exitOK {
			t.Fatalf("%s: exit %d, stderr %q", page, code, errOut)
		}
		lines := decodeLines(t, out)
		if len(lines) != 1 {
			t.Fatalf("%d lines", len(lines))
		}
		assertSameArticle(t, page, lines[0].Article, want)
		return
	}
	t.Skip("no sample page with a .url file")
}

func TestStdin(t *testing.T) {
	page, want := articlePage(t)
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()

	for name, in := range map[string][]byte{"plain": data, "gzip": gz.Bytes()} {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCmd(t, bytes.NewReader(in), "-")
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			lines := decodeLines(t, out)
			if len(lines) != 1 || lines[0].Input != "-" {
				t.Fatalf("want one line of input -, got:\n%s", out)
			}
			assertSameArticle(t, "stdin", lines[0].Article, want)
		})
	}

	t.Run("not an article", func(t *testing.T) {
		code, out, errOut := runCmd(t, strings.NewReader("hello"), "-")
		if code != exitFailure || out != "" {
			t.Errorf("exit %d, stdout %q", code, out)
		}
		if !strings.HasPrefix(errOut, "newswire: -: ") || !strings.Contains(errOut, errText(newswire.ErrNotArticle)) {
			t.Errorf("stderr %q", errOut)
		}
	})
}

// copyFile copies src to dst, gzip-compressing it when dst ends in .gz.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(dst, ".gz") {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(data)
		zw.Close()
		data = buf.Bytes()
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFolder(t *testing.T) {
	page, want := articlePage(t)
	dir := t.TempDir()
	files := []string{ // in sorted walk order
		"a.html",
		"b/c/d.htm",
		"b/c/e.html.gz",
		"b/f.HTML",
		"z.htm.gz",
	}
	for _, f := range files {
		copyFile(t, page, filepath.Join(dir, f))
	}
	copyFile(t, page, filepath.Join(dir, "b", "notes.txt"))
	copyFile(t, page, filepath.Join(dir, "b", "page.json"))

	code, out, errOut := runCmd(t, nil, dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := decodeLines(t, out)
	if len(lines) != len(files) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(files), out)
	}
	for i, l := range lines {
		if wantInput := filepath.Join(dir, files[i]); l.Input != wantInput {
			t.Errorf("line %d: input %q, want %q", i, l.Input, wantInput)
		}
		if l.WARCTargetURI != "" {
			t.Errorf("line %d: warc_target_uri %q outside a WARC", i, l.WARCTargetURI)
		}
		assertSameArticle(t, l.Input, l.Article, want)
	}
}

func TestSeveralArgumentsAreJSONLines(t *testing.T) {
	page, want := articlePage(t)
	code, out, errOut := runCmd(t, nil, page, page)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := decodeLines(t, out)
	if len(lines) != 2 {
		t.Fatalf("got %d lines:\n%s", len(lines), out)
	}
	for _, l := range lines {
		if l.Input != page {
			t.Errorf("input %q, want %q", l.Input, page)
		}
		assertSameArticle(t, page, l.Article, want)
	}
}

func TestErrorsDoNotStopTheBatch(t *testing.T) {
	page, _ := articlePage(t)
	notArticle := filepath.Join(testdata, "smn-section-index.html")
	if _, err := parseFile(t, notArticle); !errors.Is(err, newswire.ErrNotArticle) {
		t.Skipf("%s is an article now (%v)", notArticle, err)
	}
	missing := filepath.Join(t.TempDir(), "missing.html")

	code, out, errOut := runCmd(t, nil, missing, page, notArticle, page)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	lines := decodeLines(t, out)
	if len(lines) != 2 || lines[0].Input != page || lines[1].Input != page {
		t.Errorf("want two lines for %s, got:\n%s", page, out)
	}
	msgs := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(msgs) != 2 {
		t.Fatalf("want two error lines, got %q", errOut)
	}
	if want := "newswire: " + missing + ": "; !strings.HasPrefix(msgs[0], want) || !strings.Contains(msgs[0], "no such file") {
		t.Errorf("error line %q, want %q... no such file", msgs[0], want)
	}
	if want := "newswire: " + notArticle + ": " + errText(newswire.ErrNotArticle); !strings.HasPrefix(msgs[1], want) {
		t.Errorf("error line %q, want prefix %q", msgs[1], want)
	}
}

func TestExitStatus(t *testing.T) {
	page, _ := articlePage(t)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"ok", []string{page}, exitOK},
		{"help", []string{"-h"}, exitOK},
		{"missing file", []string{"nosuch.html"}, exitFailure},
		{"no input", nil, exitUsage},
		{"unknown flag", []string{"-nosuch", page}, exitUsage},
		{"bad -j", []string{"-j", "0", page}, exitUsage},
		{"bad -max-bytes", []string{"-max-bytes", "-1", page}, exitUsage},
		{"relative -url", []string{"-url", "/x.html", page}, exitUsage},
		{"-url with two inputs", []string{"-url", "https://example.com/", page, page}, exitUsage},
		{"-url with a folder", []string{"-url", "https://example.com/", testdata}, exitUsage},
		{"-url with a URL", []string{"-url", "https://example.com/", "https://example.com/x"}, exitUsage},
		{"unknown field", []string{"-fields", "headline,nosuch", page}, exitUsage},
		{"stdin twice", []string{"-", "-"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, nil, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.want, errOut)
			}
			if tt.want != exitOK && errOut == "" {
				t.Error("no message on stderr")
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	page, _ := articlePage(t)
	_, want, _ := runCmd(t, nil, page, page)

	path := filepath.Join(t.TempDir(), "out.jsonl")
	code, out, errOut := runCmd(t, nil, "-o", path, page, page)
	if code != exitOK || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("-o file differs from standard output:\n%s\nwant:\n%s", got, want)
	}

	code, _, errOut = runCmd(t, nil, "-o", filepath.Join(t.TempDir(), "no", "such", "dir"), page)
	if code != exitFailure || errOut == "" {
		t.Errorf("unwritable -o: exit %d, stderr %q", code, errOut)
	}
}

func TestFields(t *testing.T) {
	page, want := articlePage(t)

	t.Run("several", func(t *testing.T) {
		code, out, errOut := runCmd(t, nil, "-fields", "headline, byline,dateline", page)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		if keys := slices.Sorted(maps.Keys(m)); !slices.Equal(keys, []string{"byline", "dateline", "headline", "input"}) {
			t.Errorf("fields %v", keys)
		}
		var got newswire.Article
		json.Unmarshal([]byte(out), &got)
		if got.Headline != want.Headline || got.Byline != want.Byline || got.Dateline != want.Dateline {
			t.Errorf("got %+v", got)
		}
	})

	t.Run("lines", func(t *testing.T) {
		code, out, errOut := runCmd(t, nil, "-fields", "headline", page, page)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		for l := range strings.Lines(out) {
			var m map[string]string
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatal(err)
			}
			if len(m) != 2 || m[pages.FieldInput] != page || m["headline"] != want.Headline {
				t.Errorf("line %s", l)
			}
		}
	})
}

// manyPages fills a folder tree with copies of every sample page and
// returns it.
func manyPages(t *testing.T, copies int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range copies {
		for _, page := range samplePages(t) {
			name := filepath.Base(page)
			if i%2 == 1 {
				name += ".gz"
			}
			copyFile(t, page, filepath.Join(dir, string(rune('a'+i)), name))
		}
	}
	return dir
}

func TestOrderIsStable(t *testing.T) {
	dir := manyPages(t, 5)
	code1, out1, err1 := runCmd(t, nil, "-j", "1", dir)
	code4, out4, err4 := runCmd(t, nil, "-j", "4", dir)
	if code1 != code4 || out1 != out4 || err1 != err4 {
		t.Errorf("-j 1 and -j 4 differ:\nexit %d / %d\nstderr %q / %q", code1, code4, err1, err4)
	}
	if len(decodeLines(t, out1)) < 5 {
		t.Fatalf("too few pages:\n%s", out1)
	}

	codeU, outU, errU := runCmd(t, nil, "-j", "4", "-unordered", dir)
	if codeU != code1 {
		t.Errorf("-unordered: exit %d, want %d", codeU, code1)
	}
	if !slices.Equal(sortedLines(outU), sortedLines(out1)) || !slices.Equal(sortedLines(errU), sortedLines(err1)) {
		t.Error("-unordered printed other pages or errors")
	}
}

func sortedLines(s string) []string {
	lines := slices.Collect(strings.Lines(s))
	slices.Sort(lines)
	return lines
}

func TestInputsList(t *testing.T) {
	page, want := articlePage(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "list.txt")
	// Plain names and Hadoop Streaming's "KEY<TAB>NAME" lines.
	content := page + "\n\n0\t" + page + "\r\n"
	if err := os.WriteFile(list, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-inputs", list}, {"-inputs", "-"}} {
		code, out, errOut := runCmd(t, strings.NewReader(content), args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
		}
		lines := decodeLines(t, out)
		if len(lines) != 2 {
			t.Fatalf("%v: got %d lines", args, len(lines))
		}
		for _, l := range lines {
			if l.Input != page {
				t.Errorf("input %q", l.Input)
			}
			assertSameArticle(t, page, l.Article, want)
		}
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	if p := newProgress(&buf, nil); p.enabled {
		t.Error("progress enabled on a buffer")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file counts as a terminal")
	}

	// Silent when disabled.
	p := newProgress(&buf, nil)
	p.count(false)
	p.draw()
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("disabled progress wrote %q", buf.String())
	}

	p = &progress{w: &buf, enabled: true, start: p.start}
	p.count(false)
	p.count(true)
	p.draw()
	if s := buf.String(); !strings.HasPrefix(s, "\rnewswire: 2 pages, ") || !strings.Contains(s, "pages/s, 1 failed") || strings.Contains(s, "\n") {
		t.Errorf("progress line %q", s)
	}
	p.finish()
	if !strings.HasSuffix(buf.String(), "\n") {
		t.Errorf("finish did not end the line: %q", buf.String())
	}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// TestOverLimitInput checks that a page over -max-bytes fails alone, with
// one line naming it, and the others go on.
func TestOverLimitInput(t *testing.T) {
	page, _ := articlePage(t)
	info, err := os.Stat(page)
	if err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(t.TempDir(), "small.html")
	if err := os.WriteFile(small, []byte("<html><body><h1>Tiny</h1></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	limit := fmt.Sprint(info.Size() - 1)
	code, out, errOut := runCmd(t, nil, "-max-bytes", limit, page, small)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	msgs := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	want := "newswire: " + page + ": " + errText(newswire.ErrTooLarge)
	if len(msgs) != 2 || !strings.HasPrefix(msgs[0], want) {
		t.Errorf("stderr %q, want a first line starting %q", errOut, want)
	}
	if out != "" {
		t.Errorf("no page should print, got %q", out)
	}
}

// errText is how the command words err after the input's name: without the
// library's "newswire: " prefix, which its own prefix already says.
func errText(err error) string {
	return strings.ReplaceAll(err.Error(), "newswire: ", "")
}
