package pages

// WARC files are read with github.com/nlnwa/gowarc/v3 (National Library of
// Norway). Of the libraries considered it has the cleanest reading API — a
// WarcFileReader over any io.Reader with typed HTTP response blocks (status
// code, parsed http.Header, payload reader) and gzip detection per record —
// and the lightest dependencies: uuid, klauspost/compress and a URL parser.
// github.com/internetarchive/gowarc and its predecessor
// github.com/CorentinB/warc are crawler libraries that pull in a TLS
// fingerprinting stack, a DNS client, SOCKS, cobra and more; gowarc v1 drags
// in Prometheus; v3 is the maintained line.

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/newswire/newswire"
	"github.com/nlnwa/gowarc/v3"
)

// warc yields the HTML responses of the WARC stream rd. A record that cannot
// be read, or that the end of the stream cuts short, is yielded as an error
// naming its offset and ends the sequence; a record that is too large or
// undecodable is yielded as an error and the next one is read.
func (r *Reader) warc(name string, rd io.Reader, yield func(*Page, error) bool) {
	tr := &tailReader{r: rd}
	head := bufio.NewReaderSize(tr, SniffLen)
	gz, _ := Sniff(head)
	wr, err := gowarc.NewWarcFileReaderFromStream(head, 0,
		// Warn (the default) rather than ignore spec violations: the reader
		// then keeps each block for us to read; with ErrIgnore it is dropped.
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		yield(nil, &Error{Input: name, Err: err})
		return
	}
	defer wr.Close()
	fail := func(target string, err error) bool {
		return yield(nil, &Error{Input: name, TargetURI: target, Err: err})
	}
	var end int64 // where the last whole record ended
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			// Bytes after the last record that make no record, other than
			// stray blank lines: the file was cut inside a record's first
			// line.
			if size := tr.n - int64(head.Buffered()); size > end && !isBlank(tr.tail(), size-end) {
				fail("", fmt.Errorf("WARC record at offset %d is %w: the file ends at byte %d", end, ErrCut, size))
			}
			return
		}
		if err != nil {
			if rec.WarcRecord != nil {
				rec.Close()
			}
			fail("", fmt.Errorf("WARC record at offset %d: %w", rec.Offset, cutIfEOF(err)))
			return
		}
		end = rec.Offset + rec.Size
		target := targetURI(rec.WarcRecord)
		// Uncompressed, a record that ends where the stream does without
		// the blank lines that close every record was cut short.
		cut := isCut(rec.Validation) ||
			(!gz && tr.eof && end == tr.n-int64(head.Buffered()) &&
				(!bytes.HasSuffix(tr.tail(), []byte("\r\n\r\n")) || lacksEndMarker(rec.Validation)))
		if cut {
			rec.Close()
			fail(target, fmt.Errorf("WARC record at offset %d is %w: the file ends inside it", rec.Offset, ErrCut))
			return
		}
		p, err := r.record(name, rec)
		rec.Close()
		switch {
		case err != nil:
			if !fail(target, err) {
				return
			}
		case p != nil:
			if !yield(p, nil) {
				return
			}
		}
	}
}

// cutIfEOF marks a read error that is an early end of input as a cut.
func cutIfEOF(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %v", ErrCut, err)
	}
	return err
}

// isCut reports whether a record's validation findings say that its block
// is shorter than its Content-Length.
func isCut(validation []error) bool {
	for _, v := range validation {
		if cle := (*gowarc.ContentLengthError)(nil); errors.As(v, &cle) {
			return true
		}
	}
	return false
}

// lacksEndMarker reports whether a record's validation findings say that
// the blank lines that close it are short. gowarc words this finding but
// gives it no type of its own.
func lacksEndMarker(validation []error) bool {
	for _, v := range validation {
		if strings.Contains(v.Error(), "end of record marker") {
			return true
		}
	}
	return false
}

// targetURI returns a record's WARC-Target-URI. WARC 1.0 examples write it
// in angle brackets; 1.1 does not.
func targetURI(rec gowarc.WarcRecord) string {
	return strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
}

// record returns the page of a WARC record, or nil when the record is not an
// HTTP response with a 2xx status and an HTML content type. The payload is
// read here, since the reader moves on to the next record.
func (r *Reader) record(name string, rec gowarc.Record) (*Page, error) {
	wrec := rec.WarcRecord
	if wrec.Type() != gowarc.Response {
		return nil, nil
	}
	block, ok := wrec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil
	}
	h := block.HttpHeader()
	if code := block.HttpStatusCode(); code < 200 || code > 299 || h == nil || !IsHTMLType(h.Get("Content-Type")) {
		return nil, nil
	}
	target := targetURI(wrec)
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, err
	}
	body, err := readPayload(payload, *h, isChunked(block.ProtocolHeaderBytes()), r.maxBytes())
	if err != nil {
		return nil, err
	}
	p := &Page{
		Input:     name,
		TargetURI: target,
		Offset:    rec.Offset,
		URL:       absURL(target),
		Header:    *h,
		Body:      body,
	}
	if d, err := wrec.WarcHeader().GetTime(gowarc.WarcDate); err == nil {
		p.Date = d.UTC()
	}
	return p, nil
}

// readPayload returns the page of an HTTP payload, de-chunked (when the head
// says chunked and the bytes agree) and decoded from its Content-Encoding,
// of at most max bytes.
func readPayload(payload io.Reader, h http.Header, chunked bool, max int64) ([]byte, error) {
	br := bufio.NewReader(payload)
	var rd io.Reader = br
	if chunked && looksChunked(br) {
		rd = httputil.NewChunkedReader(br)
	}
	codings := contentCodings(h)
	if len(codings) == 0 {
		return readBody(rd, max) // gzip by its magic bytes all the same
	}
	body, err := readAtMost(rd, max)
	if err != nil {
		return nil, err
	}
	// Codings are listed in the order they were applied.
	for i := len(codings) - 1; i >= 0; i-- {
		if body, err = decode(body, codings[i], max); err != nil {
			return nil, err
		}
	}
	return body, nil
}

// contentCodings returns the codings a Content-Encoding header lists, in
// lower case and without identity.
func contentCodings(h http.Header) []string {
	var codings []string
	for _, v := range h.Values("Content-Encoding") {
		for c := range strings.SplitSeq(v, ",") {
			c = strings.ToLower(strings.TrimSpace(c))
			if c != "" && c != "identity" {
				codings = append(codings, c)
			}
		}
	}
	return codings
}

var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// decode undoes one content coding of data, giving at most max bytes.
// Crawlers differ here: some archive the bytes as sent, some decoded with
// the header left as it was. So data that is not in the coding it is said
// to be (no gzip or zstd magic bytes; for deflate and br, which have none,
// data that fails to decode and reads as HTML) is taken as decoded already.
func decode(data []byte, coding string, max int64) ([]byte, error) {
	var (
		r   io.Reader
		err error
	)
	switch coding {
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(data, gzipMagic) {
			return data, nil
		}
		r, err = gzip.NewReader(bytes.NewReader(data))
	case "zstd":
		if !bytes.HasPrefix(data, zstdMagic) {
			return data, nil
		}
		var zr *zstd.Decoder
		zr, err = zstd.NewReader(bytes.NewReader(data), zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err == nil {
			defer zr.Close()
			r = zr
		}
	case "deflate":
		// RFC 9110 says zlib-wrapped; some servers send bare deflate.
		if r, err = zlib.NewReader(bytes.NewReader(data)); err != nil {
			r, err = flate.NewReader(bytes.NewReader(data)), nil
		}
	case "br":
		r = brotli.NewReader(bytes.NewReader(data))
	default:
		return nil, fmt.Errorf("%w %q is not supported", ErrEncoding, coding)
	}
	var out []byte
	if err == nil {
		out, err = readAtMost(r, max)
	}
	switch {
	case errors.Is(err, newswire.ErrTooLarge):
		return nil, err
	case err != nil && looksLikeHTML(data):
		return data, nil
	case err != nil:
		return nil, fmt.Errorf("%w %s: %v", ErrEncoding, coding, err)
	}
	return out, nil
}

// looksLikeHTML reports whether data starts, after a byte order mark and
// white space, with '<'.
func looksLikeHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '<'
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

// IsHTMLType reports whether the Content-Type header value ct is HTML.
func IsHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// absURL parses s as an absolute http(s) URL, or returns nil.
func absURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return nil
	}
	return u
}

// isBlank reports whether the last n bytes of tail are all CR or LF. It is
// false when tail holds fewer than n bytes.
func isBlank(tail []byte, n int64) bool {
	if n > int64(len(tail)) {
		return false
	}
	return len(bytes.Trim(tail[len(tail)-int(n):], "\r\n")) == 0
}

// tailReader counts what it reads and keeps its last bytes, so that the end
// of a stream can be checked for the blank lines that close a record.
type tailReader struct {
	r    io.Reader
	n    int64
	last [8]byte
	eof  bool
}

func (t *tailReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if n >= len(t.last) {
		copy(t.last[:], p[n-len(t.last):n])
	} else if n > 0 {
		copy(t.last[:], t.last[n:])
		copy(t.last[len(t.last)-n:], p[:n])
	}
	t.n += int64(n)
	if err == io.EOF {
		t.eof = true
	}
	return n, err
}

// tail returns the last bytes read, at most eight.
func (t *tailReader) tail() []byte {
	return t.last[len(t.last)-int(min(t.n, int64(len(t.last)))):]
}
