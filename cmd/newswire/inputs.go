package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// sniffLen is how much of a stream is looked at to tell gzip and WARC apart
// from a plain page. It holds a gzip header and the start of its first
// deflate block with room to spare.
const sniffLen = 8 << 10

// inputs turns the command's arguments into jobs: it walks folders, splits
// WARC files into their records and leaves reading and fetching pages to the
// batch's workers.
type inputs struct {
	stdin    io.Reader
	maxBytes int64
	pageURL  *url.URL // -url, for a single file or standard input
	fetcher  *fetcher

	stdinBuf *bufio.Reader // stdin, once wrapped for sniffing
}

// isURL reports whether the argument s names an http(s) page.
func isURL(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

// isSinglePage reports whether the lone argument name is one page, printed
// as one JSON object, rather than a folder or WARC file, printed as JSON
// Lines. A name that cannot be read counts as a page; reading it fails later.
func (in *inputs) isSinglePage(name string) bool {
	switch {
	case name == "-":
		_, warc := sniff(in.stdinReader())
		return !warc
	case isURL(name):
		return true
	}
	fi, err := os.Stat(name)
	if err != nil {
		return true
	}
	if fi.IsDir() {
		return false
	}
	warc, err := isWARCFile(name)
	return err != nil || !warc
}

func (in *inputs) stdinReader() *bufio.Reader {
	if in.stdinBuf == nil {
		in.stdinBuf = bufio.NewReaderSize(in.stdin, sniffLen)
	}
	return in.stdinBuf
}

// produce emits the jobs of every argument in turn, then of every name read
// from the file listFile ("-" for standard input) if it is not "".
func (in *inputs) produce(ctx context.Context, args []string, listFile string, emit emitFunc) {
	for _, name := range args {
		if !in.expand(ctx, name, emit) {
			return
		}
	}
	if listFile != "" {
		in.expandList(ctx, listFile, emit)
	}
}

// expandList emits the jobs of the inputs named in listFile, one a line.
// Blank lines are skipped, and a line "KEY<TAB>NAME" names NAME: that is how
// Hadoop Streaming hands lines of an NLineInputFormat to a mapper.
func (in *inputs) expandList(ctx context.Context, listFile string, emit emitFunc) bool {
	var r io.Reader
	if listFile == "-" {
		r = in.stdinReader()
	} else {
		f, err := os.Open(listFile)
		if err != nil {
			return emit(job{input: listFile, err: err})
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		name := sc.Text()
		if i := strings.LastIndexByte(name, '\t'); i >= 0 {
			name = name[i+1:]
		}
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if name == "-" && listFile == "-" {
			if !emit(job{input: name, err: errors.New("standard input is the list of inputs")}) {
				return false
			}
			continue
		}
		if !in.expand(ctx, name, emit) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return emit(job{input: listFile, err: err})
	}
	return true
}

// expand emits the jobs of one input: standard input, a URL, a folder, a
// WARC file or a page file. It reports false when the batch is cancelled.
func (in *inputs) expand(ctx context.Context, name string, emit emitFunc) bool {
	switch {
	case name == "-":
		br := in.stdinReader()
		if _, warc := sniff(br); warc {
			return in.expandWARC(ctx, name, br, emit)
		}
		return emit(job{input: name, src: &readerSource{r: br, base: in.pageURL}})
	case isURL(name):
		u, err := url.Parse(name)
		if err != nil {
			return emit(job{input: name, err: err})
		}
		return emit(job{input: name, src: &urlSource{u: u, f: in.fetcher}})
	}

	fi, err := os.Stat(name)
	if err != nil {
		return emit(job{input: name, err: err})
	}
	if fi.IsDir() {
		return in.walk(name, emit)
	}
	warc, err := isWARCFile(name)
	if err != nil {
		return emit(job{input: name, err: err})
	}
	if warc {
		f, err := os.Open(name)
		if err != nil {
			return emit(job{input: name, err: err})
		}
		defer f.Close()
		return in.expandWARC(ctx, name, f, emit)
	}
	return emit(job{input: name, src: &fileSource{path: name, base: in.pageURL}})
}

// walk emits a job for every page file below root, in lexical order.
// Unreadable folders are reported and skipped.
func (in *inputs) walk(root string, emit emitFunc) bool {
	cancelled := false
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if !emit(job{input: path, err: err}) {
				cancelled = true
				return filepath.SkipAll
			}
			return nil
		case d.IsDir() || !isPageName(path):
			return nil
		case !emit(job{input: path, src: &fileSource{path: path}}):
			cancelled = true
			return filepath.SkipAll
		}
		return nil
	})
	return !cancelled
}

// isPageName reports whether a file in a folder is a page by its name:
// *.html or *.htm, perhaps gzip-compressed with a .gz suffix.
func isPageName(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm")
}

// isWARCFile reports whether the file name is a WARC file: by its name,
// .warc or .warc.gz; a page by its name; otherwise by its first bytes.
func isWARCFile(name string) (bool, error) {
	lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch {
	case strings.HasSuffix(lower, ".warc"):
		return true, nil
	case isPageName(name):
		return false, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return false, err
	}
	defer f.Close()
	_, warc := sniff(bufio.NewReaderSize(f, sniffLen))
	return warc, nil
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	warcMagic = []byte("WARC/")
)

// sniff looks at the start of br, without consuming it, and reports whether
// it is gzip-compressed and whether it is (once uncompressed) a WARC file.
// br must buffer at least sniffLen bytes.
func sniff(br *bufio.Reader) (gz, warc bool) {
	head, _ := br.Peek(sniffLen) // short at end of input; that is fine
	if !bytes.HasPrefix(head, gzipMagic) {
		return false, bytes.HasPrefix(head, warcMagic)
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return true, false
	}
	magic := make([]byte, len(warcMagic))
	n, _ := io.ReadFull(zr, magic)
	return true, bytes.Equal(magic[:n], warcMagic)
}

// decompress returns r, uncompressed if it starts with the gzip magic bytes.
func decompress(r io.Reader) (io.Reader, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	if head, _ := br.Peek(len(gzipMagic)); !bytes.Equal(head, gzipMagic) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// fileSource is a page file, plain or gzip-compressed.
type fileSource struct {
	path string
	base *url.URL
}

func (s *fileSource) open(context.Context) (io.ReadCloser, *url.URL, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return nil, nil, err
	}
	r, err := decompress(f)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return readCloser{r, f}, s.base, nil
}

// readerSource is a page read from a stream, such as standard input.
type readerSource struct {
	r    io.Reader
	base *url.URL
}

func (s *readerSource) open(context.Context) (io.ReadCloser, *url.URL, error) {
	r, err := decompress(s.r)
	if err != nil {
		return nil, nil, err
	}
	return io.NopCloser(r), s.base, nil
}

// readCloser reads from one reader and closes another.
type readCloser struct {
	io.Reader
	io.Closer
}

// cleanError drops what a per-input message already says: the operation and
// file name of an *fs.PathError, which the message names anyway.
func cleanError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
