package main

// WARC files are read with github.com/nlnwa/gowarc/v3 (National Library of
// Norway). Of the libraries considered it has the cleanest reading API — a
// WarcFileReader over any io.Reader with a Records iterator, typed HTTP
// response blocks (status code, parsed http.Header, payload reader) and
// gzip detection per record — and the lightest dependencies: uuid,
// klauspost/compress and a URL parser. github.com/internetarchive/gowarc and
// its predecessor github.com/CorentinB/warc are crawler libraries that pull
// in a TLS fingerprinting stack, a DNS client, SOCKS, cobra and more; gowarc
// v1 drags in Prometheus; v3 is the maintained line. It also has a record
// builder and marshaler, which the tests use to write WARC files.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// expandWARC emits a job for every HTML response record of the WARC stream
// r, in record order. A record that cannot be read ends the file with an
// error naming its offset.
func (in *inputs) expandWARC(ctx context.Context, name string, r io.Reader, emit emitFunc) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		// Warn (the default) rather than ignore spec violations: the reader
		// then keeps each block for us to read; with ErrIgnore it is dropped.
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return emit(job{input: name, err: err})
	}
	defer wr.Close()
	for rec, err := range wr.Records() {
		if err != nil {
			rec.Close()
			return emit(job{input: name, err: fmt.Errorf("WARC record at offset %d: %w", rec.Offset, err)})
		}
		j, ok := in.warcJob(name, rec)
		rec.Close()
		if ok && !emit(j) {
			return false
		}
		if ctx.Err() != nil {
			return false
		}
	}
	return true
}

// warcJob returns the job of a WARC record and true if the record is an
// HTTP response with a 2xx status and an HTML content type. The payload is
// read here, up to the size limit, since the reader moves on to the next
// record. A record shorter than its Content-Length (a cut-off file) fails
// rather than yield part of a page.
func (in *inputs) warcJob(name string, r gowarc.Record) (job, bool) {
	rec := r.WarcRecord
	if rec.Type() != gowarc.Response {
		return job{}, false
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return job{}, false
	}
	h := block.HttpHeader()
	if code := block.HttpStatusCode(); code < 200 || code > 299 || h == nil || !isHTMLType(h.Get("Content-Type")) {
		return job{}, false
	}

	// WARC 1.0 examples write the target in angle brackets; 1.1 does not.
	target := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	j := job{input: name, targetURI: target}
	for _, v := range r.Validation {
		if cle := (*gowarc.ContentLengthError)(nil); errors.As(v, &cle) {
			j.err = fmt.Errorf("WARC record at offset %d is cut off: %w", r.Offset, v)
			return j, true
		}
	}
	payload, err := block.PayloadBytes()
	if err == nil {
		var body []byte
		body, err = readPayload(payload, h, isChunked(block.ProtocolHeaderBytes()), in.maxBytes)
		j.src = &bytesSource{data: body, base: absURL(target)}
	}
	if err != nil {
		j.src, j.err = nil, err
	}
	return j, true
}

// readPayload returns at most maxBytes+1 bytes (enough for the parser to
// see that the page is too large) of an HTTP payload as the page's bytes:
// de-chunked (when chunked, the head says so) and uncompressed when the
// archived message is still so.
// Crawlers differ here: some store the bytes as sent, some decoded with the
// headers left as they were, so the bytes are looked at, not only the headers.
func readPayload(payload io.Reader, h *http.Header, chunked bool, maxBytes int64) ([]byte, error) {
	br := bufio.NewReader(payload)
	var r io.Reader = br
	if chunked && looksChunked(br) {
		r = bufio.NewReader(httputil.NewChunkedReader(br))
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity", "gzip", "x-gzip":
		var err error
		if r, err = decompress(r); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	return io.ReadAll(io.LimitReader(r, maxBytes+1))
}

// isChunked reports whether the raw HTTP response head declares the chunked
// transfer coding. (The parsed http.Header leaves Transfer-Encoding out, as
// net/http does.)
func isChunked(head []byte) bool {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(head)))
	if _, err := tp.ReadLine(); err != nil { // the status line
		return false
	}
	h, _ := tp.ReadMIMEHeader() // what could be read, even on error
	for _, te := range h.Values("Transfer-Encoding") {
		for coding := range strings.SplitSeq(te, ",") {
			if strings.EqualFold(strings.TrimSpace(coding), "chunked") {
				return true
			}
		}
	}
	return false
}

// looksChunked reports whether br starts with a chunk-size line.
func looksChunked(br *bufio.Reader) bool {
	head, _ := br.Peek(64)
	line, _, ok := bytes.Cut(head, []byte("\r\n"))
	if !ok {
		return false
	}
	size, _, _ := bytes.Cut(line, []byte(";")) // chunk extensions
	size = bytes.TrimSpace(size)
	if len(size) == 0 {
		return false
	}
	for _, c := range size {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// absURL parses s as an absolute http(s) URL, or returns nil.
func absURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return nil
	}
	return u
}

// bytesSource is a page already in memory, such as a WARC record's payload.
type bytesSource struct {
	data []byte
	base *url.URL
}

func (s *bytesSource) open(context.Context) (io.ReadCloser, *url.URL, error) {
	return io.NopCloser(bytes.NewReader(s.data)), s.base, nil
}
