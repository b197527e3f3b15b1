package pages

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/url"
	"os"
	"strings"

	"github.com/newswire/newswire"
)

// SniffLen is how much of a stream Sniff looks at. It holds a gzip header
// and the start of its first deflate block with room to spare.
const SniffLen = 8 << 10

// A Reader reads pages from files and streams. The zero Reader is ready to
// use, with the library's default size limit.
type Reader struct {
	// MaxBytes is the largest page accepted, uncompressed;
	// newswire.DefaultMaxBytes when not positive. It does not limit WARC
	// files, only the pages in them.
	MaxBytes int64
	// URL is the address of a lone page (a file or stream that is not a
	// WARC file), for resolving its relative links. WARC records use their
	// WARC-Target-URI instead.
	URL *url.URL
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes <= 0 {
		return newswire.DefaultMaxBytes
	}
	return r.MaxBytes
}

// File yields the pages of the file at path: the one page of an HTML file,
// or every HTML response of a WARC file, in record order. The file is opened
// once, so a named pipe or /dev/stdin works as well as a regular file.
//
// A file is a WARC file by its name (.warc, .warc.gz) or, unless its name
// is a page's (see IsPageName), by its content. A regular, uncompressed page
// file over the size limit is refused from its size, without reading it.
// Failures are yielded as *Error; after one that leaves the file unreadable
// the sequence ends.
func (r *Reader) File(path string) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(nil, &Error{Input: path, Err: err})
			return
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, SniffLen)
		gz, warc := Sniff(br)
		if IsWARCName(path) || (warc && !IsPageName(path)) {
			r.warc(path, br, yield)
			return
		}
		if !gz {
			if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.maxBytes() {
				yield(nil, &Error{Input: path, Err: fmt.Errorf("%w: %d bytes, over the limit of %d",
					newswire.ErrTooLarge, fi.Size(), r.maxBytes())})
				return
			}
		}
		yield(r.page(path, br))
	}
}

// Stream yields the pages of the stream rd, named name (such as "-" for
// standard input): one HTML page, or the HTML responses of a WARC stream.
// It reads rd only once, front to back.
func (r *Reader) Stream(name string, rd io.Reader) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		br := bufio.NewReaderSize(rd, SniffLen)
		if _, warc := Sniff(br); warc {
			r.warc(name, br, yield)
			return
		}
		yield(r.page(name, br))
	}
}

// WARC yields the HTML responses of the WARC stream rd, plain or gzip
// compressed, in record order, reading it record by record.
func (r *Reader) WARC(name string, rd io.Reader) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		r.warc(name, rd, yield)
	}
}

// page reads one page from br, uncompressing it when it is gzip-compressed.
func (r *Reader) page(name string, br *bufio.Reader) (*Page, error) {
	body, err := readBody(br, r.maxBytes())
	if err != nil {
		return nil, &Error{Input: name, Err: err}
	}
	return &Page{Input: name, URL: r.URL, Body: body}, nil
}

// readBody reads a page of at most max bytes from r, uncompressing it when
// it starts with the gzip magic bytes.
func readBody(r io.Reader, max int64) ([]byte, error) {
	dr, err := Decompress(r)
	if err != nil {
		return nil, err
	}
	body, err := readAtMost(dr, max)
	if _, gz := dr.(*gzip.Reader); gz && err != nil && !errors.Is(err, newswire.ErrTooLarge) {
		err = gzipError(err)
	}
	return body, err
}

// readAtMost reads r to its end, failing with ErrTooLarge past max bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w: more than the limit of %d bytes", newswire.ErrTooLarge, max)
	}
	return body, nil
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	warcMagic = []byte("WARC/")
)

// Sniff looks at the start of br, without consuming it, and reports whether
// it is gzip-compressed and whether it is (once uncompressed) a WARC file.
// br should buffer at least SniffLen bytes. It asks for no more bytes than
// the answer needs, doubling its look from a few dozen, so that a stream
// (a pipe that a writer fills as records are read) is never held up for a
// whole window it may not have written yet.
func Sniff(br *bufio.Reader) (gz, warc bool) {
	for n := 64; ; n *= 2 {
		head, err := br.Peek(min(n, SniffLen))
		if !bytes.HasPrefix(head, gzipMagic) {
			return false, bytes.HasPrefix(head, warcMagic)
		}
		magic, complete := gunzipHead(head, len(warcMagic))
		if complete || err != nil || n >= SniffLen {
			return true, bytes.Equal(magic, warcMagic)
		}
	}
}

// gunzipHead uncompresses up to n bytes from the start of the gzip data in
// head, and reports whether head held enough to settle them: n bytes came
// out, or the data is not gzip at all.
func gunzipHead(head []byte, n int) ([]byte, bool) {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil, err != io.ErrUnexpectedEOF && err != io.EOF
	}
	out := make([]byte, n)
	got, _ := io.ReadFull(zr, out)
	return out[:got], got == n
}

// Decompress returns r, uncompressed when it starts with the gzip magic
// bytes. A gzip header that cannot be read is an error saying gzip, of kind
// cut when the stream ends inside it.
func Decompress(r io.Reader) (io.Reader, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	if head, _ := br.Peek(len(gzipMagic)); !bytes.Equal(head, gzipMagic) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, gzipError(err)
	}
	return zr, nil
}

// gzipError says that err came from uncompressing, and marks a stream that
// ends early as cut.
func gzipError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("gzip: %w: %v", ErrCut, err)
	}
	var pe *fs.PathError // an I/O error of the file, not gzip's
	if errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("gzip: %w", err)
}

// IsPageName reports whether a file is a page by its name: *.html or *.htm,
// perhaps gzip-compressed with a .gz suffix, in any letter case.
func IsPageName(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm")
}

// IsWARCName reports whether a file is a WARC file by its name: *.warc or
// *.warc.gz, in any letter case.
func IsWARCName(name string) bool {
	return strings.HasSuffix(strings.TrimSuffix(strings.ToLower(name), ".gz"), ".warc")
}
