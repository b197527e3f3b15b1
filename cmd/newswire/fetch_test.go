package main

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newswire/newswire"
)

// pageServer serves a sample page and the ways a fetch can go wrong, and
// records the User-Agent it was sent.
func pageServer(t *testing.T, page []byte, limit int) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var agents []string
	big := append([]byte(string(page)+"<!--"), make([]byte, limit)...)
	for i := len(page) + 4; i < len(big); i++ {
		big[i] = 'x'
	}
	big = append(big, "-->"...)

	mux := http.NewServeMux()
	mux.HandleFunc("/page.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page.html", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big-announced", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(len(big)))
		w.Write(big)
	})
	mux.HandleFunc("/big-streamed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for chunk := range slices.Chunk(big, 4096) {
			w.Write(chunk)
			w.(http.Flusher).Flush() // chunked: no Content-Length to go by
		}
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), agents...)
	}
}

// pageWithoutCanonicalURL returns a sample article page that does not name
// its own URL, so that the address it is fetched from shows in its article.
func pageWithoutCanonicalURL(t *testing.T) string {
	t.Helper()
	probe, _ := url.Parse("http://newswire.test/probe.html")
	for _, page := range samplePages(t) {
		if a, err := parseFile(t, page, newswire.WithURL(probe)); err == nil && a.URL == probe.String() {
			return page
		}
	}
	t.Skip("every sample page names its own URL")
	return ""
}

func TestURLInputs(t *testing.T) {
	page := pageWithoutCanonicalURL(t)
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	limit := len(data) + 1000
	srv, agents := pageServer(t, data, limit)
	pageURL := srv.URL + "/page.html"
	u, _ := url.Parse(pageURL)
	want, err := parseFile(t, page, newswire.WithURL(u))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("single", func(t *testing.T) {
		code, out, errOut := runCmd(t, nil, pageURL)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		lines := decodeLines(t, out)
		if len(lines) != 1 || lines[0].Input != pageURL {
			t.Fatalf("want one line of input %s, got:\n%s", pageURL, out)
		}
		assertSameArticle(t, pageURL, lines[0].Article, want)
	})

	t.Run("batch", func(t *testing.T) {
		inputs := []string{
			pageURL,
			srv.URL + "/missing",
			srv.URL + "/image.png",
			srv.URL + "/loop",
			srv.URL + "/big-announced",
			srv.URL + "/big-streamed",
			srv.URL + "/moved",
		}
		args := append([]string{"-max-bytes", strconv.Itoa(limit)}, inputs...)
		code, out, errOut := runCmd(t, nil, args...)
		if code != exitFailure {
			t.Errorf("exit %d, want %d", code, exitFailure)
		}
		lines := decodeLines(t, out)
		if len(lines) != 2 || lines[0].Input != pageURL || lines[1].Input != srv.URL+"/moved" {
			t.Fatalf("want the page and the redirected page, got:\n%s", out)
		}
		for _, l := range lines {
			// After a redirect, the page's address is where it was served from.
			assertSameArticle(t, l.Input, l.Article, want)
		}

		msgs := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		wantMsgs := []struct{ input, says string }{
			{"/missing", "HTTP status 404 Not Found"},
			{"/image.png", `content type "image/png" is not HTML`},
			{"/loop", "stopped after 10 redirects"},
			{"/big-announced", errText(newswire.ErrTooLarge)},
			{"/big-streamed", errText(newswire.ErrTooLarge)},
		}
		if len(msgs) != len(wantMsgs) {
			t.Fatalf("want %d error lines, got:\n%s", len(wantMsgs), errOut)
		}
		for i, w := range wantMsgs {
			prefix := "newswire: " + srv.URL + w.input + ": "
			if !strings.HasPrefix(msgs[i], prefix) || !strings.Contains(msgs[i], w.says) {
				t.Errorf("error line %q, want %q...%q", msgs[i], prefix, w.says)
			}
		}
	})

	for _, ua := range agents() {
		if ua != userAgent {
			t.Errorf("User-Agent %q, want %q", ua, userAgent)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)

	start := time.Now()
	code, _, errOut := runCmd(t, nil, "-timeout", "100ms", srv.URL+"/slow")
	if code != exitFailure || !strings.Contains(errOut, srv.URL+"/slow: ") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v despite -timeout 100ms", d)
	}
}

func TestFetcherAnnouncedSize(t *testing.T) {
	f := newFetcher(time.Second, 10)
	resp := &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{"Content-Type": {"text/html"}}, ContentLength: 11}
	if err := f.check(resp); !errors.Is(err, newswire.ErrTooLarge) {
		t.Errorf("check: %v, want ErrTooLarge", err)
	}
	resp.ContentLength = 10
	if err := f.check(resp); err != nil {
		t.Errorf("check: %v", err)
	}
}
