package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputFileIsAnInput checks that -o never empties an input before it
// is read: naming an input outright is refused, and one named in an -inputs
// list is read whole, since the output goes to a temporary file that takes
// the name only at the end.
func TestOutputFileIsAnInput(t *testing.T) {
	page, want := articlePage(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	copyFile(t, page, a)
	orig, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCmd(t, nil, "-o", a, page, a)
	if code != exitUsage || out != "" || !strings.Contains(errOut, "-o") || !strings.Contains(errOut, a) {
		t.Errorf("-o naming an input: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got, _ := os.ReadFile(a); string(got) != string(orig) {
		t.Fatalf("-o emptied its input: %d bytes left of %d", len(got), len(orig))
	}

	list := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(list, []byte(a+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCmd(t, nil, "-o", a, "-inputs", list)
	if code != exitOK || out != "" || errOut != "" {
		t.Fatalf("-o named in -inputs: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	got, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	lines := decodeLines(t, string(got))
	if len(lines) != 1 || lines[0].Input != a {
		t.Fatalf("-o file holds:\n%s", got)
	}
	assertSameArticle(t, a, lines[0].Article, want)
	assertOnly(t, dir, "a.html", "list.txt")
}

// assertOnly checks that dir holds only the named files: no temporary
// output is left behind.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

// TestOutputToDevice checks that -o writes in place to what is not a
// regular file, such as /dev/null, and refuses a folder.
func TestOutputToDevice(t *testing.T) {
	page, _ := articlePage(t)
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip(err)
	}
	code, out, errOut := runCmd(t, nil, "-o", os.DevNull, page)
	if code != exitOK || out != "" || errOut != "" {
		t.Errorf("-o %s: exit %d, stdout %q, stderr %q", os.DevNull, code, out, errOut)
	}
	dir := t.TempDir()
	code, _, errOut = runCmd(t, nil, "-o", dir, page)
	if code != exitFailure || !strings.Contains(errOut, "is a folder") {
		t.Errorf("-o a folder: exit %d, stderr %q", code, errOut)
	}
	assertOnly(t, dir)
}
