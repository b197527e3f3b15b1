package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire"
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

// runCmdWithin runs the command like runCmd but fails the test if it has
// not finished within d, rather than hang the test binary.
func runCmdWithin(t *testing.T, d time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type res struct {
		code        int
		out, errOut string
	}
	done := make(chan res, 1)
	go func() {
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut)
		done <- res{code, out.String(), errOut.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.errOut
	case <-time.After(d):
		t.Fatalf("newswire %s: still running after %v", strings.Join(args, " "), d)
		return 0, "", ""
	}
}

// bytesRead returns how many bytes this process has read so far, from
// /proc/self/io (rchar), or skips the test where there is no such file.
func bytesRead(t *testing.T) int64 {
	t.Helper()
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		t.Skipf("no /proc/self/io: %v", err)
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "rchar: "); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Skip("no rchar in /proc/self/io")
	return 0
}

// TestOverLimitFileIsNotRead checks that a page file over -max-bytes is
// refused from its size, without reading up to the limit first.
func TestOverLimitFileIsNotRead(t *testing.T) {
	const limit = 16 << 20
	big := filepath.Join(t.TempDir(), "big.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("<html><body><p>")
	if err := f.Truncate(2 * limit); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()

	before := bytesRead(t)
	code, out, errOut := runCmd(t, nil, "-max-bytes", strconv.Itoa(limit), big)
	read := bytesRead(t) - before
	if code != exitFailure || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	want := fmt.Sprintf("newswire: %s: %s: %d bytes", big, errText(newswire.ErrTooLarge), 2*limit)
	if !strings.HasPrefix(errOut, want) {
		t.Errorf("stderr %q, want it to start %q", errOut, want)
	}
	if read > 1<<20 {
		t.Errorf("read %d bytes of a file refused for its size", read)
	}
}

// TestDevStdin runs `cat page.html | newswire /dev/stdin` as the issue
// reported it: a process whose standard input is a pipe, named by path.
func TestDevStdin(t *testing.T) {
	page := filepath.Join(testdata, "smn-2026-slug.html")
	want, err := parseFile(t, page)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("/dev/stdin"); err != nil {
		t.Skip("no /dev/stdin")
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	cmd := command(t, "/dev/stdin")
	cmd.Stdin = bytes.NewReader(data) // not a file: exec makes a pipe
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v, stderr %q", err, stderr.String())
	}
	lines := decodeLines(t, stdout.String())
	if len(lines) != 1 || lines[0].Input != "/dev/stdin" {
		t.Fatalf("output %s", stdout.String())
	}
	assertSameArticle(t, "/dev/stdin", lines[0].Article, want)
}
