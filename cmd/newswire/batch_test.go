package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// TestBatchIsBounded checks that a slow first page holds back at most a
// window of pages, not the whole input, and that the output keeps its order.
func TestBatchIsBounded(t *testing.T) {
	page := "<html><head><title>T</title></head><body><h1>Headline</h1>" +
		"<p>" + strings.Repeat("A paragraph of the story. ", 20) + "</p></body></html>"
	const total = 200
	// The first page is fetched from a server that holds it back until
	// the gate opens; the others are read already.
	gate := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-gate:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	first, err := url.Parse(srv.URL + "/first.html")
	if err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	b := &batch{
		workers:  2,
		maxBytes: 1 << 20,
		fetcher:  newFetcher(time.Minute, 1<<20),
		out:      newOutput(&stdout, false, map[string]bool{pages.FieldInput: true}),
		stderr:   &stderr,
		progress: newProgress(&stderr, nil),
	}
	window := max(4*b.workers, 8)
	var emitted atomic.Int64
	done := make(chan outcome)
	go func() {
		done <- b.run(context.Background(), func(ctx context.Context, emit emitFunc) {
			for i := range total {
				j := job{page: &pages.Page{Input: fmt.Sprint(i), Body: []byte(page)}}
				if i == 0 {
					j = job{input: "0", fetch: first}
				}
				if !emit(j) {
					return
				}
				emitted.Add(1)
			}
		})
	}()

	deadline := time.Now().Add(5 * time.Second)
	for emitted.Load() < int64(window) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // give it room to overrun, if it would
	if n := emitted.Load(); n != int64(window) {
		t.Errorf("%d pages taken in while the first was stuck, want the window of %d", n, window)
	}
	close(gate)
	if res := <-done; !res.ok {
		t.Fatalf("batch failed: %s", stderr.String())
	}
	lines := decodeLines(t, stdout.String())
	if len(lines) != total {
		t.Fatalf("%d lines, want %d", len(lines), total)
	}
	for i, l := range lines {
		if l.Input != fmt.Sprint(i) {
			t.Fatalf("line %d is page %s", i, l.Input)
		}
	}
}

// failWriter fails every write, like a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }

func TestOutputFailureFailsTheRun(t *testing.T) {
	page, _ := articlePage(t)
	var stderr bytes.Buffer
	code := run([]string{page, page}, strings.NewReader(""), failWriter{}, &stderr)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	if got := stderr.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "newswire: writing output: ") {
		t.Errorf("stderr %q, want one line about the output", got)
	}
}
