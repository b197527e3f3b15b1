package main

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

func TestHelp(t *testing.T) {
	code, out, errOut := runCmd(t, nil, "-h")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"usage: newswire [flags] INPUT...",
		"Inputs:", "FOLDER", ".warc", "standard input",
		"Output:", `"input"`, `"warc_target_uri"`, "JSON Lines",
		"Exit status:", "  0 ", "  1 ", "  2 ", "  130 ",
		"Fields for -fields:",
		"Flags:", "-max-bytes N", "-indent", "-progress", "-version",
		"Examples:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-h lacks %q", want)
		}
	}
	_, fieldsPart, _ := strings.Cut(out, "Fields for -fields:")
	fieldsPart, _, _ = strings.Cut(fieldsPart, "Flags:")
	listed := strings.FieldsFunc(fieldsPart, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })
	want := append([]string{pages.FieldInput, pages.FieldWARCTargetURI}, pages.FieldNames()...)
	if strings.Join(listed, ",") != strings.Join(want, ",") {
		t.Errorf("-h lists fields %v, want %v", listed, want)
	}
	_, examples, _ := strings.Cut(out, "Examples:")
	if n := strings.Count(examples, "\n  newswire ") + strings.Count(examples, "| newswire "); n < 2 {
		t.Errorf("-h has %d examples:\n%s", n, examples)
	}
	for line := range strings.Lines(out) {
		if len(line) > 100 {
			t.Errorf("-h line longer than 100 bytes: %q", line)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := runCmd(t, nil, "-version")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build info")
	}
	if !strings.HasPrefix(out, "newswire ") || !strings.HasSuffix(out, ", "+bi.GoVersion+"\n") || strings.Count(out, "\n") != 1 {
		t.Errorf("-version printed %q", out)
	}
	if v := bi.Main.Version; v != "" && !strings.Contains(out, v) {
		t.Errorf("-version printed %q, not the module version %q", out, v)
	}
}

// TestFolderWithoutPages checks that a folder holding no page fails with a
// line naming it, rather than print nothing and succeed.
func TestFolderWithoutPages(t *testing.T) {
	empty := t.TempDir()
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("not a page"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{empty, other} {
		code, out, errOut := runCmd(t, nil, dir)
		want := "newswire: " + dir + ": no page in this folder"
		if code != exitFailure || out != "" || !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q, want one line %q...", dir, code, out, errOut, want)
		}
	}
}

// TestErrorsNameTheInputOnce checks the wording of failure lines: the
// input's name once, and "newswire: " once, at the start.
func TestErrorsNameTheInputOnce(t *testing.T) {
	dir := t.TempDir()
	notArticle := filepath.Join(dir, "x.html")
	if err := os.WriteFile(notArticle, []byte("<html><body><p>Hello.</p></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	code, _, errOut := runCmd(t, nil, notArticle, missing)
	if code != exitFailure {
		t.Errorf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	want := []string{
		"newswire: " + notArticle + ": not an article: ",
		"newswire: " + missing + ": no such file or directory",
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr %q", errOut)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, want[i]) || strings.Count(l, "newswire: ") != 1 || strings.Count(l, dir) != 1 {
			t.Errorf("line %q, want it to start %q and name the input and newswire once", l, want[i])
		}
	}
}

func TestProgressFlag(t *testing.T) {
	page, _ := articlePage(t)
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{page}, false}, // not a terminal
		{[]string{"-progress", page}, true},
		{[]string{"-progress=true", page}, true},
		{[]string{"-progress=false", page}, false},
	} {
		code, _, errOut := runCmd(t, nil, tt.args...)
		if code != exitOK {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		if got := strings.Contains(errOut, "\rnewswire: 1 pages, "); got != tt.want {
			t.Errorf("%v: progress line shown %v, want %v: %q", tt.args, got, tt.want, errOut)
		}
	}
	if p := newProgress(io.Discard, nil); p.enabled {
		t.Error("progress on for a writer that is no terminal")
	}
	off := false
	if p := newProgress(io.Discard, &off); p.enabled {
		t.Error("-progress=false left the progress line on")
	}
}
