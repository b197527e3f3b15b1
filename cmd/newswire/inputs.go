package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// inputs turns the command's arguments into jobs: it walks folders, reads
// files and standard input into pages, splits WARC files into their records
// and leaves fetching URLs and parsing pages to the batch's workers.
type inputs struct {
	stdin   io.Reader
	reader  pages.Reader // MaxBytes and, for a single file or stdin, -url
	fetcher *fetcher

	stdinBuf *bufio.Reader // stdin, once wrapped for sniffing
}

// isURL reports whether the argument s names an http(s) page.
func isURL(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

func (in *inputs) stdinReader() *bufio.Reader {
	if in.stdinBuf == nil {
		in.stdinBuf = bufio.NewReaderSize(in.stdin, pages.SniffLen)
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
			return emit(job{err: &pages.Error{Input: listFile, Err: err}})
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
			if !emit(job{err: &pages.Error{Input: name, Err: errors.New("standard input is the list of inputs")}}) {
				return false
			}
			continue
		}
		if !in.expand(ctx, name, emit) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return emit(job{err: &pages.Error{Input: listFile, Err: err}})
	}
	return true
}

// expand emits the jobs of one input: standard input, a URL, a folder, a
// WARC file or a page file. It reports false when the batch is cancelled.
func (in *inputs) expand(ctx context.Context, name string, emit emitFunc) bool {
	switch {
	case name == "-":
		return in.emitPages(ctx, in.reader.Stream(name, in.stdinReader()), emit)
	case isURL(name):
		u, err := url.Parse(name)
		if err != nil {
			return emit(job{err: &pages.Error{Input: name, Err: err}})
		}
		return emit(job{input: name, fetch: u})
	}
	fi, err := os.Stat(name)
	if err != nil {
		return emit(job{err: &pages.Error{Input: name, Err: err}})
	}
	if fi.IsDir() {
		return in.walk(ctx, name, emit)
	}
	return in.emitPages(ctx, in.reader.File(name), emit)
}

// emitPages emits a job for every page or failure of seq.
func (in *inputs) emitPages(ctx context.Context, seq iter.Seq2[*pages.Page, error], emit emitFunc) bool {
	for p, err := range seq {
		if !emit(job{page: p, err: err}) || ctx.Err() != nil {
			return false
		}
	}
	return true
}

// walk emits the pages of every page file below root, in lexical order.
// Unreadable folders are reported and skipped; a folder without a single
// page file fails. Only regular files are read,
// and links to them: a named pipe or a device called *.html could block the
// walk forever or never end, so it is skipped with a note.
func (in *inputs) walk(ctx context.Context, root string, emit emitFunc) bool {
	r := pages.Reader{MaxBytes: in.reader.MaxBytes} // no -url: many pages
	cancelled := false
	found := 0 // page files read
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if !emit(job{err: &pages.Error{Input: path, Err: err}}) {
				cancelled = true
				return filepath.SkipAll
			}
			return nil
		case d.IsDir() || !pages.IsPageName(path):
			return nil
		}
		if regular, err := isRegular(path, d); err != nil || !regular {
			j := job{note: path + ": skipped: not a regular file"}
			if err != nil {
				j = job{err: &pages.Error{Input: path, Err: err}}
			}
			if !emit(j) {
				cancelled = true
				return filepath.SkipAll
			}
			return nil
		}
		found++
		if !in.emitPages(ctx, r.File(path), emit) {
			cancelled = true
			return filepath.SkipAll
		}
		return nil
	})
	if cancelled {
		return false
	}
	if found == 0 {
		// Most likely a wrong folder, or pages named otherwise: silence
		// would pass for success.
		return emit(job{err: &pages.Error{Input: root, Err: errNoPage}})
	}
	return true
}

// errNoPage is the failure of a folder that holds no page file.
var errNoPage = errors.New("no page in this folder (no regular *.html or *.htm file, plain or .gz)")

// isRegular reports whether the walked entry d at path is a regular file or
// a link to one.
func isRegular(path string, d fs.DirEntry) (bool, error) {
	if d.Type()&fs.ModeSymlink == 0 {
		return d.Type().IsRegular(), nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return fi.Mode().IsRegular(), nil
}
