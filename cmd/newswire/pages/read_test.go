package pages

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire"
)

// testArticle is a small page the library reads as an article.
const testArticle = `<html><head><title>Rocket reaches orbit</title></head><body>
<h1>Rocket reaches orbit</h1>
<p>The rocket lifted off at dawn and reached orbit nine minutes later, the agency said on Friday.</p>
<p>It carried two satellites that will watch the weather over the northern hemisphere for ten years.</p>
</body></html>`

// warcRecord returns an uncompressed WARC response record holding an HTTP
// response with the head httpHead and the body body.
func warcRecord(target, date, httpHead, body string) string {
	block := httpHead + "\r\n" + body
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"+
		"WARC-Date: %s\r\nWARC-Target-URI: %s\r\nContent-Type: application/http;msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n",
		"12345678-1234-1234-1234-123456789abc", date, target, len(block), block)
}

func TestReaderWARCAndConverter(t *testing.T) {
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nDate: Sat, 15 Nov 2025 03:09:00 GMT\r\nContent-Length: %d\r\n", len(testArticle))
	warc := warcRecord("https://example.com/a.html", "2025-11-15T03:10:00Z", head, testArticle) +
		warcRecord("https://example.com/b.jpg", "2025-11-15T03:10:00Z", "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n", "xx")
	var got []*Page
	r := Reader{}
	for p, err := range r.WARC("crawl.warc", strings.NewReader(warc)) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if len(got) != 1 {
		t.Fatalf("%d pages, want 1", len(got))
	}
	p := got[0]
	if p.Input != "crawl.warc" || p.TargetURI != "https://example.com/a.html" || p.URL.String() != p.TargetURI ||
		string(p.Body) != testArticle || p.ContentType() != "text/html; charset=utf-8" {
		t.Errorf("page %+v", p)
	}
	if want := time.Date(2025, 11, 15, 3, 10, 0, 0, time.UTC); !p.FetchTime().Equal(want) {
		t.Errorf("fetch time %v, want the WARC-Date %v", p.FetchTime(), want)
	}
	p.Date = time.Time{}
	if want := time.Date(2025, 11, 15, 3, 9, 0, 0, time.UTC); !p.FetchTime().Equal(want) {
		t.Errorf("fetch time %v, want the HTTP Date %v", p.FetchTime(), want)
	}

	c := Converter{}
	line, err := c.Convert(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil || !strings.HasSuffix(string(line), "}\n") || strings.Count(string(line), "\n") != 1 {
		t.Fatalf("line %q: %v", line, err)
	}
	if m["input"] != "crawl.warc" || m["warc_target_uri"] != "https://example.com/a.html" || m["headline"] != "Rocket reaches orbit" {
		t.Errorf("line %s", line)
	}

	_, err = c.Convert(&Page{Input: "x.html", Body: []byte("<p>hello</p>")})
	var pe *Error
	if !errors.As(err, &pe) || KindOf(err) != KindNotArticle || !strings.HasPrefix(err.Error(), "x.html: not an article") {
		t.Errorf("not an article: %v (kind %s)", err, KindOf(err))
	}
}

func TestReaderFile(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "a.html")
	if err := os.WriteFile(page, []byte(testArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for p, err := range (&Reader{}).File(page) {
		if err != nil || string(p.Body) != testArticle || p.Input != page {
			t.Errorf("page %v, %v", p, err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("%d pages", n)
	}
	for _, err := range (&Reader{MaxBytes: 10}).File(page) {
		if !errors.Is(err, newswire.ErrTooLarge) || KindOf(err) != KindTooLarge {
			t.Errorf("over the limit: %v", err)
		}
	}
	for _, err := range (&Reader{}).File(filepath.Join(dir, "missing.html")) {
		if want := filepath.Join(dir, "missing.html") + ": no such file or directory"; err == nil || err.Error() != want {
			t.Errorf("missing file: %v, want %q", err, want)
		}
	}
}

// TestSniffDoesNotWaitForAWindow checks that sniffing a stream asks for no
// more than the answer needs: a writer that has sent one small gzip member
// of a WARC file and waits for it to be read must not stall the reader.
func TestSniffDoesNotWaitForAWindow(t *testing.T) {
	var member bytes.Buffer
	zw := gzip.NewWriter(&member)
	zw.Write([]byte("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
	zw.Close()
	if member.Len() >= SniffLen {
		t.Fatalf("the member is %d bytes, not less than the window", member.Len())
	}
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write(member.Bytes()) // and then nothing more, for now
	done := make(chan [2]bool, 1)
	go func() {
		gz, warc := Sniff(bufio.NewReaderSize(pr, SniffLen))
		done <- [2]bool{gz, warc}
	}()
	select {
	case got := <-done:
		if got != [2]bool{true, true} {
			t.Errorf("Sniff = %v, want gzip and WARC", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Sniff waited for more than the first member")
	}
}
