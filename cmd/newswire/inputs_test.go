package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// pipePath returns a path that names the read end of a new pipe, as a
// shell's <(cat page.html) does, and feeds data into it.
func pipePath(t *testing.T, data []byte) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	go func() {
		w.Write(data)
		w.Close()
	}()
	path := fmt.Sprintf("/dev/fd/%d", r.Fd())
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s: %v", path, err)
	}
	return path
}

// TestPipePath checks that a page given as a pipe path is read whole: it
// can be opened only once, and what is looked at to tell a WARC file from a
// page must not be lost.
func TestPipePath(t *testing.T) {
	page := filepath.Join(testdata, "smn-2026-slug.html")
	want, err := parseFile(t, page)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 20<<10 {
		t.Fatalf("%s is too short to show a lost sniffing window", page)
	}
	path := pipePath(t, data)
	code, out, errOut := runCmd(t, nil, path)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got jsonLine
	if err := jsonUnmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	assertSameArticle(t, path, got.Article, want)
}
