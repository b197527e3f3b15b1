package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
	"github.com/nlnwa/gowarc/v3"
)

// warcPage is a sample page as archived in the test WARC.
type warcPage struct {
	path   string // the sample page
	target string // its WARC-Target-URI
	// encoded archives the HTTP message as sent with
	// "Transfer-Encoding: chunked" and "Content-Encoding: gzip".
	encoded bool
}

// buildWARC writes a WARC file of the sample pages to path, gzip-compressed
// record by record when path ends in .gz, using gowarc's record builder and
// marshaler. Besides a response record for every page it holds records that
// must be skipped: a warcinfo, a request, an image/jpeg response, a 404 HTML
// response and a metadata record. It returns the pages in record order.
func buildWARC(t *testing.T, path string) []warcPage {
	t.Helper()
	var pages []warcPage
	for _, p := range samplePages(t) {
		target := "https://newswire.test/" + filepath.Base(p)
		if u := sampleURL(t, p); u != nil {
			target = u.String()
		}
		pages = append(pages, warcPage{path: p, target: target})
	}
	// One more copy of the first page, archived still encoded.
	pages = append(pages, warcPage{path: pages[0].path, target: pages[0].target + "?encoded", encoded: true})
	writeWARC(t, path, pages)
	return pages
}

// writeWARC writes a WARC file of pages to path, as buildWARC describes.
func writeWARC(t *testing.T, path string, pages []warcPage) {
	t.Helper()

	var records []gowarc.WarcRecord
	add := func(rt gowarc.RecordType, contentType, target, block string) {
		t.Helper()
		b := gowarc.NewRecordBuilder(rt, gowarc.WithStrictValidation())
		// A record ID drawn from what the record is keeps a written file
		// the same from one run to the next.
		sum := sha256.Sum256(fmt.Appendf(nil, "%d %v %s", len(records), rt, target))
		b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16]))
		b.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2025, 11, 15, 3, 10, 0, 0, time.UTC))
		b.AddWarcHeader(gowarc.ContentType, contentType)
		if target != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, target)
		}
		if _, err := b.WriteString(block); err != nil {
			t.Fatal(err)
		}
		rec, validation, err := b.Build()
		if err != nil || len(validation) > 0 {
			t.Fatalf("building %v record: %v %v", rt, err, validation)
		}
		records = append(records, rec)
	}

	add(gowarc.Warcinfo, gowarc.ApplicationWarcFields, "",
		"software: newswire test\r\nformat: WARC File Format 1.1\r\n")
	for i, p := range pages {
		data, err := os.ReadFile(p.path)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(p.target)
		add(gowarc.Request, "application/http;msgtype=request", p.target,
			"GET "+u.RequestURI()+" HTTP/1.1\r\nHost: "+u.Host+"\r\nUser-Agent: test\r\n\r\n")
		if p.encoded {
			add(gowarc.Response, "application/http;msgtype=response", p.target,
				"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"+
					chunked(gzipped(data), 1000))
		} else {
			add(gowarc.Response, "application/http;msgtype=response", p.target,
				fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(data), data))
		}
		if i == 0 {
			jpeg := "\xff\xd8\xff\xe0\x00\x10JFIF\x00"
			add(gowarc.Response, "application/http;msgtype=response", "https://newswire.test/photo.jpg",
				fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n%s", len(jpeg), jpeg))
			notFound := "<html><body><h1>Not Found</h1></body></html>"
			add(gowarc.Response, "application/http;msgtype=response", "https://newswire.test/gone.html",
				fmt.Sprintf("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(notFound), notFound))
			add(gowarc.Metadata, gowarc.ApplicationWarcFields, p.target, "via: https://newswire.test/\r\n")
		}
	}

	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := gowarc.NewMarshaler()
	for _, rec := range records {
		var w io.Writer = f
		var zw *gzip.Writer
		if strings.HasSuffix(path, ".gz") {
			zw = gzip.NewWriter(f) // one gzip member per record, as WARC 1.1 advises
			w = zw
		}
		if _, _, err := m.Marshal(w, rec, 0); err != nil {
			t.Fatal(err)
		}
		if zw != nil {
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
		}
		rec.Close()
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	assertValidWARC(t, path, len(records))
}

// assertValidWARC reads the WARC file back with strict validation.
func assertValidWARC(t *testing.T, path string, records int) {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := 0
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("%s: record %d: %v", path, n, err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("%s: record %d: %v", path, n, rec.Validation)
		}
		rec.Close()
		n++
	}
	if n != records {
		t.Errorf("%s: read %d records, wrote %d", path, n, records)
	}
}

func gzipped(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

// chunked returns data in HTTP/1.1 chunked transfer coding.
func chunked(data []byte, size int) string {
	var b strings.Builder
	for len(data) > 0 {
		n := min(size, len(data))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, data[:n])
		data = data[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// checkWARCOutput checks that the command's output for a WARC file holds
// the article of every page, in record order, equal to the page parsed
// directly with its target URI, and an error line for every page that is
// not an article.
func checkWARCOutput(t *testing.T, input string, pages []warcPage, code int, out, errOut string) {
	t.Helper()
	lines := decodeLines(t, out)
	var wantErrs []string
	i := 0
	for _, p := range pages {
		u, _ := url.Parse(p.target)
		want, err := parseFile(t, p.path, newswire.WithURL(u))
		if err != nil {
			if !errors.Is(err, newswire.ErrNotArticle) {
				t.Fatalf("%s: %v", p.path, err)
			}
			wantErrs = append(wantErrs, "newswire: "+input+": "+p.target+": "+errText(err))
			continue
		}
		if i >= len(lines) {
			t.Fatalf("only %d lines of output", len(lines))
		}
		l := lines[i]
		i++
		if l.Input != input || l.WARCTargetURI != p.target {
			t.Errorf("line %d: input %q, warc_target_uri %q; want %q, %q", i, l.Input, l.WARCTargetURI, input, p.target)
		}
		assertSameArticle(t, p.target, l.Article, want)
	}
	if i != len(lines) {
		t.Errorf("%d lines of output, want %d (non-HTML records must be skipped)", len(lines), i)
	}
	wantCode := exitOK
	if len(wantErrs) > 0 {
		wantCode = exitFailure
	}
	if code != wantCode {
		t.Errorf("exit %d, want %d", code, wantCode)
	}
	if got := strings.Join(wantErrs, "\n"); strings.TrimSuffix(errOut, "\n") != got {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, got)
	}
}

func TestWARC(t *testing.T) {
	for _, name := range []string{"pages.warc", "pages.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			pages := buildWARC(t, path)
			code, out, errOut := runCmd(t, nil, "-j", "2", path)
			checkWARCOutput(t, path, pages, code, out, errOut)
		})
	}
}

func TestWARCByContent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pages.warc.gz")
	pages := buildWARC(t, path)

	t.Run("stdin", func(t *testing.T) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		code, out, errOut := runCmd(t, f, "-")
		checkWARCOutput(t, "-", pages, code, out, errOut)
	})

	t.Run("unknown extension", func(t *testing.T) {
		other := filepath.Join(dir, "crawl-00001")
		if err := os.Rename(path, other); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runCmd(t, nil, other)
		checkWARCOutput(t, other, pages, code, out, errOut)
	})
}

func TestWARCTooLargeRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.warc")
	pages := buildWARC(t, path)
	code, out, errOut := runCmd(t, nil, "-max-bytes", "100", path)
	if code != exitFailure || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if n := strings.Count(errOut, errText(newswire.ErrTooLarge)); n != len(pages) {
		t.Errorf("%d too-large errors for %d pages:\n%s", n, len(pages), errOut)
	}
}

func TestBrokenWARC(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.warc")
	pages := buildWARC(t, path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Cut the last record, a page, short: the records before it are still
	// parsed, then it fails with one error line.
	if err := os.WriteFile(path, data[:len(data)-100], 0o644); err != nil {
		t.Fatal(err)
	}
	page, _ := articlePage(t)
	code, out, errOut := runCmd(t, nil, path, page)
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	lines := decodeLines(t, out)
	if len(lines) < 2 || lines[len(lines)-1].Input != page {
		t.Errorf("want some records and then %s, got:\n%s", page, out)
	}
	if !strings.Contains(errOut, "newswire: "+path+": "+pages[len(pages)-1].target+": WARC record at offset ") ||
		!strings.Contains(errOut, "is cut off") || strings.Count(errOut, "\n") != 1+nonArticles(t, pages[:len(pages)-1]) {
		t.Errorf("stderr %q", errOut)
	}
}

// nonArticles counts the pages that are not articles.
func nonArticles(t *testing.T, pages []warcPage) int {
	n := 0
	for _, p := range pages {
		if _, err := parseFile(t, p.path); errors.Is(err, newswire.ErrNotArticle) {
			n++
		}
	}
	return n
}

// smallPages writes n small article pages into a folder and returns them as
// WARC pages, so that a WARC file of them is small enough to cut at every
// byte.
func smallPages(t *testing.T, n int) []warcPage {
	t.Helper()
	dir := t.TempDir()
	var pages []warcPage
	for i := range n {
		path := filepath.Join(dir, fmt.Sprintf("p%d.html", i))
		page := fmt.Sprintf(`<html><head><title>Probe %d reaches orbit</title></head><body>
<h1>Probe %d reaches orbit</h1>
<p>The probe lifted off at dawn and reached orbit nine minutes later, the agency said on Friday.</p>
<p>It will watch the weather over the northern hemisphere for ten years from its high orbit.</p>
</body></html>`, i, i)
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, warcPage{path: path, target: fmt.Sprintf("https://newswire.test/p%d.html", i)})
	}
	return pages
}

// recordEnds returns the offsets at which the records of a whole WARC file
// end: the only places where a cut leaves whole records.
func recordEnds(t *testing.T, path string) map[int64]bool {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ends := map[int64]bool{0: true}
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatal(err)
		}
		ends[rec.Offset+rec.Size] = true
		rec.Close()
	}
	return ends
}

// TestCutWARC cuts a WARC file at every byte and checks that each cut
// inside a record is an error of kind cut naming the offset of the record,
// and that a cut between records is none. An uncompressed WARC cut inside a
// record's WARC header or HTTP head used to end quietly, as if whole.
func TestCutWARC(t *testing.T) {
	for _, name := range []string{"small.warc", "small.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			writeWARC(t, path, smallPages(t, 2))
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ends := recordEnds(t, path)
			r := pages.Reader{}
			missed := 0
			stride := 1
			if testing.Short() {
				stride = 7
			}
			for cut := 1; cut < len(data); cut += stride {
				var errs []error
				for _, err := range r.WARC("cut", bytes.NewReader(data[:cut])) {
					if err != nil {
						errs = append(errs, err)
					}
				}
				switch {
				case ends[int64(cut)]:
					if len(errs) != 0 {
						t.Errorf("cut at %d, between records: %v", cut, errs)
					}
				case len(errs) != 1 || pages.KindOf(errs[0]) != pages.KindCut ||
					!strings.Contains(errs[0].Error(), "cut: ") || !strings.Contains(errs[0].Error(), "offset "):
					missed++
					if missed <= 5 {
						t.Errorf("cut at %d of %d: errors %v, want one cut error naming an offset", cut, len(data), errs)
					}
				}
			}
			if missed > 0 {
				t.Errorf("%d cuts inside a record of %d bytes not reported as cut", missed, len(data))
			}

			// The command names the file and the offset, and fails.
			cut := filepath.Join(t.TempDir(), "cut-"+name)
			for _, at := range []int{len(data) / 3, len(data) - 1} {
				if err := os.WriteFile(cut, data[:at], 0o644); err != nil {
					t.Fatal(err)
				}
				code, _, errOut := runCmd(t, nil, cut)
				if code != exitFailure || !strings.HasPrefix(errOut, "newswire: "+cut+": ") ||
					!strings.Contains(errOut, "WARC record at offset ") || strings.Count(errOut, "\n") != 1 {
					t.Errorf("cut at %d: exit %d, stderr %q", at, code, errOut)
				}
			}
		})
	}
}

// TestCutWARCRepro reads the reported cut files, when they are there.
func TestCutWARCRepro(t *testing.T) {
	for _, name := range []string{"truncated-in-header.warc", "truncated-in-http-head.warc"} {
		path := filepath.Join(testdata, "..", "..", "shared", "repro", name)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("no %s", path)
		}
		code, _, errOut := runCmd(t, nil, path)
		if code != exitFailure || !strings.HasPrefix(errOut, "newswire: "+path+": ") || !strings.Contains(errOut, "WARC record at offset ") {
			t.Errorf("%s: exit %d, stderr %q", name, code, errOut)
		}
	}
}
