package pages

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/newswire/newswire"
)

// encoders compress data in each content coding.
var encoders = map[string]func(io.Writer) io.WriteCloser{
	"gzip":         func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) },
	"deflate":      func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) },
	"deflate-bare": func(w io.Writer) io.WriteCloser { fw, _ := flate.NewWriter(w, flate.DefaultCompression); return fw },
	"br":           func(w io.Writer) io.WriteCloser { return brotli.NewWriter(w) },
	"zstd":         func(w io.Writer) io.WriteCloser { zw, _ := zstd.NewWriter(w); return zw },
}

func encode(t *testing.T, coding string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := encoders[coding](&buf)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readRecord returns what Reader.WARC yields for one response record with
// the given Content-Encoding header and payload.
func readRecord(t *testing.T, contentEncoding string, payload []byte, max int64) (*Page, error) {
	t.Helper()
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\nContent-Length: %d\r\n",
		contentEncoding, len(payload))
	warc := warcRecord("https://example.com/a.html", "2025-11-15T03:10:00Z", head, string(payload))
	r := Reader{MaxBytes: max}
	var page *Page
	var errs []error
	for p, err := range r.WARC("x.warc", strings.NewReader(warc)) {
		if err != nil {
			errs = append(errs, err)
		} else {
			page = p
		}
	}
	if len(errs) > 1 || (page == nil) == (len(errs) == 0) {
		t.Fatalf("Content-Encoding %s: page %v, errors %v", contentEncoding, page, errs)
	}
	if len(errs) == 1 {
		return nil, errs[0]
	}
	return page, nil
}

func TestContentEncodings(t *testing.T) {
	page := []byte(testArticle)
	for _, tt := range []struct {
		header  string
		payload []byte
	}{
		{"gzip", encode(t, "gzip", page)},
		{"x-gzip", encode(t, "gzip", page)},
		{"deflate", encode(t, "deflate", page)},
		{"deflate", encode(t, "deflate-bare", page)},
		{"br", encode(t, "br", page)},
		{"zstd", encode(t, "zstd", page)},
		{"ZSTD", encode(t, "zstd", page)},
		{"identity", page},
		{"gzip, br", encode(t, "br", encode(t, "gzip", page))},
		// Archived decoded, the header left as it was.
		{"gzip", page},
		{"br", page},
		{"deflate", page},
		{"zstd", page},
	} {
		p, err := readRecord(t, tt.header, tt.payload, 0)
		if err != nil {
			t.Errorf("Content-Encoding %s: %v", tt.header, err)
			continue
		}
		if !bytes.Equal(p.Body, page) {
			t.Errorf("Content-Encoding %s: body %.40q...", tt.header, p.Body)
		}
	}
}

func TestContentEncodingFailures(t *testing.T) {
	page := []byte(testArticle)
	corrupt := encode(t, "br", page)
	corrupt = corrupt[:len(corrupt)/2]

	for _, tt := range []struct {
		name, header string
		payload      []byte
		max          int64
		kind         Kind
	}{
		{"unknown coding", "compress", page, 0, KindEncoding},
		{"corrupt br", "br", corrupt, 0, KindEncoding},
		{"bomb", "zstd", encode(t, "zstd", bytes.Repeat([]byte("<p>x</p>"), 1<<20)), 1 << 20, KindTooLarge},
	} {
		_, err := readRecord(t, tt.header, tt.payload, tt.max)
		if KindOf(err) != tt.kind {
			t.Errorf("%s: %v, kind %s, want %s", tt.name, err, KindOf(err), tt.kind)
		}
		if tt.kind == KindTooLarge && !errors.Is(err, newswire.ErrTooLarge) {
			t.Errorf("%s: %v is not ErrTooLarge", tt.name, err)
		}
		var pe *Error
		if !errors.As(err, &pe) || pe.TargetURI != "https://example.com/a.html" {
			t.Errorf("%s: %v does not name the record", tt.name, err)
		}
	}
}
