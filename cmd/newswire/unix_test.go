//go:build unix

package main

// Tests of what only Unix-like systems have: named pipes, SIGPIPE, and
// sending SIGINT and SIGTERM to a process.

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFolderSkipsWhatIsNotAFile checks that a folder walk reads regular
// files only: a named pipe called *.html would block it forever. What is
// skipped is said, and is no failure.
func TestFolderSkipsWhatIsNotAFile(t *testing.T) {
	page, want := articlePage(t)
	dir := t.TempDir()
	copyFile(t, page, filepath.Join(dir, "a.html"))
	copyFile(t, page, filepath.Join(dir, "c.html"))
	fifo := filepath.Join(dir, "b.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("c.html", filepath.Join(dir, "d.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("b.html", filepath.Join(dir, "e.html")); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCmdWithin(t, 10*time.Second, dir)
	if code != exitOK {
		t.Errorf("exit %d, want %d", code, exitOK)
	}
	lines := decodeLines(t, out)
	var inputs []string
	for _, l := range lines {
		inputs = append(inputs, filepath.Base(l.Input))
		assertSameArticle(t, l.Input, l.Article, want)
	}
	if !slices.Equal(inputs, []string{"a.html", "c.html", "d.html"}) {
		t.Errorf("pages read: %v, want a, c and the link d to c", inputs)
	}
	wantErr := "newswire: " + fifo + ": skipped: not a regular file\n" +
		"newswire: " + filepath.Join(dir, "e.html") + ": skipped: not a regular file\n"
	if errOut != wantErr {
		t.Errorf("stderr %q, want %q", errOut, wantErr)
	}
}

// TestBrokenPipe checks that `newswire dir | head -1` ends quietly: no
// message about the closed pipe, and no more work once it is closed.
func TestBrokenPipe(t *testing.T) {
	dir := smallFolder(t, 300) // more than the 64 KiB output buffer holds
	cmd := command(t, "-j", "2", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	stdout.Close() // as head does after its line
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 20s after its output was closed")
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr %q, want nothing", stderr.String())
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
			t.Errorf("ended with %v, want exit 0 or SIGPIPE", err)
		}
	} else if err != nil {
		t.Fatal(err)
	}
}

// TestInterrupt sends SIGINT to the command while it waits for a page, and
// checks that it stops at once with exit status 130, that what it printed
// is whole lines, and that an -o file is left as it was.
func TestInterrupt(t *testing.T) {
	page, _ := articlePage(t)
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	hold := make(chan struct{})
	defer close(hold)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow.html" {
			select {
			case <-hold:
			case <-r.Context().Done():
			}
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(data)
	}))
	defer srv.Close()
	args := []string{"-j", "2", srv.URL + "/a.html", srv.URL + "/slow.html", srv.URL + "/b.html"}

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.jsonl")
			if err := os.WriteFile(out, []byte("old\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, toFile := range []bool{false, true} {
				a := args
				if toFile {
					a = append([]string{"-o", out}, args...)
				}
				cmd := command(t, a...)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				stdout, err := cmd.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				br := bufio.NewReader(stdout)
				var printed []byte
				if !toFile {
					// The first page is out; the second is held.
					if printed, err = br.ReadBytes('\n'); err != nil {
						t.Fatal(err)
					}
				} else {
					time.Sleep(500 * time.Millisecond)
				}
				cmd.Process.Signal(sig)
				rest, _ := io.ReadAll(br)
				printed = append(printed, rest...)
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				select {
				case err = <-done:
				case <-time.After(10 * time.Second):
					cmd.Process.Kill()
					t.Fatal("still running 10s after the signal")
				}
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
					t.Errorf("-o %v: ended with %v, want exit status %d; stderr %q", toFile, err, exitInterrupted, stderr.String())
				}
				if len(printed) > 0 {
					decodeLines(t, string(printed)) // whole JSON lines, or it fails
					if printed[len(printed)-1] != '\n' {
						t.Errorf("output ends mid-line: %q", printed[max(0, len(printed)-40):])
					}
				}
				if !strings.HasSuffix(stderr.String(), "newswire: interrupted\n") &&
					!strings.HasSuffix(stderr.String(), "newswire: interrupted; "+out+" left as it was\n") {
					t.Errorf("stderr %q", stderr.String())
				}
			}
			if got, _ := os.ReadFile(out); string(got) != "old\n" {
				t.Errorf("-o file after an interrupt: %q, want it as it was", got)
			}
			assertOnly(t, dir, "out.jsonl")
		})
	}
}
