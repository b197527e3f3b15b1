package pipeline

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// A warcRecord is one record of a test WARC file.
type warcRecord struct {
	typ         gowarc.RecordType
	contentType string
	target      string // WARC-Target-URI, "" for none
	block       string
}

// htmlResponse is the response record of an HTML page served with status.
func htmlResponse(target string, status int, page []byte) warcRecord {
	head := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n",
		status, statusText(status), len(page))
	return warcRecord{gowarc.Response, "application/http;msgtype=response", target, head + string(page)}
}

// jpegResponse is the response record of an image, which is no page.
func jpegResponse(target string) warcRecord {
	jpeg := "\xff\xd8\xff\xe0\x00\x10JFIF\x00"
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n", len(jpeg))
	return warcRecord{gowarc.Response, "application/http;msgtype=response", target, head + jpeg}
}

// request is the request record of target.
func request(target string) warcRecord {
	path := target[strings.Index(target[len("https://"):], "/")+len("https://"):]
	return warcRecord{gowarc.Request, "application/http;msgtype=request", target,
		"GET " + path + " HTTP/1.1\r\nHost: newswire.test\r\nUser-Agent: test\r\n\r\n"}
}

// warcinfo is the record that opens a WARC file.
func warcinfo() warcRecord {
	return warcRecord{gowarc.Warcinfo, gowarc.ApplicationWarcFields, "",
		"software: newswire beam test\r\nformat: WARC File Format 1.1\r\n"}
}

func statusText(code int) string {
	if code == 200 {
		return "OK"
	}
	return "Not Found"
}

// writeWARC writes the records to path (see encodeRecords) and returns the
// offset at which each record starts.
func writeWARC(t testing.TB, path string, records []warcRecord) []int64 {
	t.Helper()
	var data []byte
	var offsets []int64
	for _, rec := range encodeRecords(t, records, strings.HasSuffix(path, ".gz")) {
		offsets = append(offsets, int64(len(data)))
		data = append(data, rec...)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return offsets
}

// encodeRecords returns the bytes of each record as gowarc's builder and
// marshaler write it, a gzip member of its own when gz is set, as WARC 1.1
// advises.
func encodeRecords(t testing.TB, records []warcRecord, gz bool) [][]byte {
	t.Helper()
	m := gowarc.NewMarshaler()
	var out [][]byte
	for _, r := range records {
		b := gowarc.NewRecordBuilder(r.typ, gowarc.WithStrictValidation())
		b.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2026, 11, 28, 3, 10, 0, 0, time.UTC))
		b.AddWarcHeader(gowarc.ContentType, r.contentType)
		if r.target != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r.target)
		}
		if _, err := b.WriteString(r.block); err != nil {
			t.Fatal(err)
		}
		rec, validation, err := b.Build()
		if err != nil || len(validation) > 0 {
			t.Fatalf("building %v record: %v %v", r.typ, err, validation)
		}
		var buf bytes.Buffer
		var w io.Writer = &buf
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(&buf)
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
		out = append(out, buf.Bytes())
	}
	return out
}
