package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMain runs the command itself instead of the tests when the
// environment asks, so that tests can start it as a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSWIRE_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// command returns the command as a process of its own.
func command(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "NEWSWIRE_TEST_MAIN=1")
	return cmd
}

// smallFolder fills a new folder with n small article pages, spread over
// subfolders, and returns it.
func smallFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%50))
		if i < 50 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		page := fmt.Sprintf(`<html><head><title>Report %d</title></head><body><h1>Report number %d is out</h1>
<p>The agency published report number %d on Friday, a day later than planned, its spokesman said.</p>
<p>The report covers the weather over the northern hemisphere for the last ten years of records.</p>
</body></html>`, i, i, i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%05d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestManyPages checks that a folder of 5,000 pages gives exactly one line
// per page, and the same bytes with one worker and with four.
func TestManyPages(t *testing.T) {
	const n = 5000
	dir := smallFolder(t, n)
	code1, out1, err1 := runCmd(t, nil, "-j", "1", dir)
	if code1 != exitOK || err1 != "" {
		t.Fatalf("-j 1: exit %d, stderr %q", code1, err1)
	}
	lines := decodeLines(t, out1)
	if len(lines) != n {
		t.Fatalf("%d lines for %d pages", len(lines), n)
	}
	seen := make(map[string]bool)
	for _, l := range lines {
		if seen[l.Input] || !strings.HasPrefix(l.Article.Headline, "Report number ") {
			t.Fatalf("line %+v", l)
		}
		seen[l.Input] = true
	}
	code4, out4, err4 := runCmd(t, nil, "-j", "4", dir)
	if code4 != exitOK || err4 != "" || out4 != out1 {
		t.Errorf("-j 4: exit %d, stderr %q, output the same as -j 1: %v", code4, err4, out4 == out1)
	}
}

// TestCorruptGzipWARCRecord checks that a damaged record in a .warc.gz is
// reported with the file and the record's offset, after the records before
// it are printed.
func TestCorruptGzipWARCRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "small.warc.gz")
	pages := smallPages(t, 3)
	writeWARC(t, path, pages)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Damage the deflate data of the last record, a page's response.
	offsets := slices.Sorted(func(yield func(int64) bool) {
		for end := range recordEnds(t, path) {
			if !yield(end) {
				return
			}
		}
	})
	last := offsets[len(offsets)-2] // the last record starts where the one before ends
	for i := last + 20; i < last+40; i++ {
		data[i] ^= 0x55
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, nil, path)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	if lines := decodeLines(t, out); len(lines) != len(pages)-1 {
		t.Errorf("%d pages printed, want the %d before the damaged one", len(lines), len(pages)-1)
	}
	want := fmt.Sprintf("newswire: %s: WARC record at offset %d: ", path, last)
	if !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q, want one line starting %q", errOut, want)
	}
}
