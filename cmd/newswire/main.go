// Command newswire turns HTML article pages into JSON articles.
//
// Usage:
//
//	newswire [flags] INPUT...
//
// Each INPUT is one of:
//
//   - a file: an HTML page, plain or gzip-compressed (gzip is recognised by
//     its magic bytes, whatever the file is called);
//   - a folder: every *.html and *.htm file below it, also with a .gz
//     suffix, in sorted walk order;
//   - a WARC file (.warc or .warc.gz, or any file or standard input whose
//     content starts like one): every HTTP response record with a 2xx status
//     and an HTML content type, in record order, with the record's
//     WARC-Target-URI as the page address;
//   - an http:// or https:// URL, fetched with a timeout, the -max-bytes size
//     limit, at most 10 redirects and the User-Agent
//     "newswire/0.1 (+https://github.com/newswire/newswire)"; an HTTP error
//     status or a content type other than HTML fails that input;
//   - "-" for standard input (an HTML page or a WARC stream).
//
// Every page is printed as one line of JSON (JSON Lines), whatever the
// number of inputs: the input's name in "input" and, for WARC records, the
// record's target URI in "warc_target_uri", next to the Article fields.
// With -indent each page is printed as one indented JSON object instead.
//
// An input that fails (missing file, not an article, HTTP error, ...) is
// reported on standard error as one line naming it,
//
//	newswire: testdata/x.html: not an article: no headline and body found
//
// and the others go on. The exit status is 0 when every page succeeded, 1 when
// any failed and 2 for a usage error.
//
// Pages are parsed by -j workers; the output keeps the order of the inputs
// (folders in sorted walk order, WARC files in record order) unless
// -unordered is given. When standard error is a terminal a progress line
// (pages done, pages per second, failures) is kept up to date there.
//
// Flags:
//
//	-url URL        the page address of a single file or standard input, for
//	                resolving relative links
//	-max-bytes N    refuse pages (and HTTP bodies) longer than N bytes
//	                (default newswire.DefaultMaxBytes)
//	-j N            parse N pages at a time (default: the number of CPUs)
//	-unordered      print pages as they finish instead of in input order
//	-indent         print each page as an indented JSON object over
//	                several lines instead of one line
//	-o FILE         write the output to FILE instead of standard output
//	-fields LIST    keep only these comma-separated top-level fields
//	                (input and warc_target_uri are always kept)
//	-inputs FILE    also read input names from FILE, one a line ("-" for
//	                standard input); a line "KEY<TAB>NAME", as Hadoop
//	                Streaming passes it, names NAME
//	-timeout D      time limit for fetching one URL (default 30s)
//
// Examples:
//
//	newswire testdata/smn-upi.html
//	newswire -url https://www.spacedaily.com/news/x.html page.html
//	newswire -j 8 -o articles.jsonl crawl/
//	newswire -fields headline,byline,dateline crawl-00001.warc.gz
//	hdfs dfs -cat /crawl/00001.warc.gz | newswire -
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"time"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// userAgent is sent with every HTTP request.
const userAgent = "newswire/0.1 (+https://github.com/newswire/newswire)"

// Exit statuses.
const (
	exitOK      = 0 // every page succeeded
	exitFailure = 1 // at least one input or page failed
	exitUsage   = 2 // bad flags or arguments
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	inputs     []string
	inputsFrom string // -inputs: a file of input names, "-" for stdin
	pageURL    *url.URL
	maxBytes   int64
	workers    int
	unordered  bool
	indent     bool
	outFile    string
	fields     map[string]bool // nil keeps every field
	timeout    time.Duration
}

// usageError is a bad command line; run reports it and exits with exitUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run is the whole command, with its environment passed in so that tests
// can call it without starting a process. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "newswire: %v\n", err)
			fmt.Fprintln(stderr, "usage: newswire [flags] FILE|DIR|URL|WARC|- ...  (newswire -h for the flags)")
		}
		return exitUsage
	}

	in := &inputs{
		stdin:   stdin,
		reader:  pages.Reader{MaxBytes: cfg.maxBytes},
		fetcher: newFetcher(cfg.timeout, cfg.maxBytes),
	}

	in.reader.URL = cfg.pageURL

	out := stdout
	var file *outFile
	if cfg.outFile != "" {
		if file, err = createOutFile(cfg.outFile); err != nil {
			fmt.Fprintf(stderr, "newswire: %v\n", err)
			return exitFailure
		}
		out = file
	}

	b := &batch{
		workers:   cfg.workers,
		unordered: cfg.unordered,
		maxBytes:  cfg.maxBytes,
		fetcher:   in.fetcher,
		out:       newOutput(out, cfg.indent, cfg.fields),
		stderr:    stderr,
		progress:  newProgress(stderr),
	}
	res := b.run(context.Background(), func(ctx context.Context, emit emitFunc) {
		in.produce(ctx, cfg.inputs, cfg.inputsFrom, emit)
	})
	if file != nil {
		if !res.written {
			file.abort()
		} else if err := file.commit(); err != nil {
			fmt.Fprintf(stderr, "newswire: %v\n", err)
			return exitFailure
		}
	}
	if !res.ok {
		return exitFailure
	}
	return exitOK
}

// parseFlags reads the command line into a config. Flag package errors are
// already reported on stderr; other problems come back as *usageError.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("newswire", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newswire [flags] FILE|DIR|URL|WARC|- ...")
		fs.PrintDefaults()
	}
	pageURL := fs.String("url", "", "the page `address` of a single file or standard input, for resolving relative links")
	maxBytes := fs.Int64("max-bytes", newswire.DefaultMaxBytes, "refuse pages and HTTP bodies longer than `N` bytes")
	workers := fs.Int("j", runtime.NumCPU(), "parse `N` pages at a time")
	unordered := fs.Bool("unordered", false, "print pages as they finish, not in input order")
	indent := fs.Bool("indent", false, "print each page as an indented JSON object over several lines")
	outFile := fs.String("o", "", "write the output to `FILE` instead of standard output")
	fields := fs.String("fields", "", "keep only these comma-separated top-level `fields` (input and warc_target_uri are always kept)")
	inputsFrom := fs.String("inputs", "", "also read input names from `FILE`, one a line (- for standard input)")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit for fetching one URL")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}

	cfg := &config{
		inputs:     fs.Args(),
		inputsFrom: *inputsFrom,
		maxBytes:   *maxBytes,
		workers:    *workers,
		unordered:  *unordered,
		indent:     *indent,
		outFile:    *outFile,
		timeout:    *timeout,
	}
	if len(cfg.inputs) == 0 && cfg.inputsFrom == "" {
		return nil, usagef("no input given")
	}
	if cfg.workers < 1 {
		return nil, usagef("-j must be at least 1, not %d", cfg.workers)
	}
	if cfg.maxBytes <= 0 {
		return nil, usagef("-max-bytes must be positive, not %d", cfg.maxBytes)
	}
	if cfg.timeout <= 0 {
		return nil, usagef("-timeout must be positive, not %v", cfg.timeout)
	}
	if *pageURL != "" {
		u, err := url.Parse(*pageURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return nil, usagef("-url %q is not an absolute URL", *pageURL)
		}
		if cfg.inputsFrom != "" || len(cfg.inputs) != 1 || isURL(cfg.inputs[0]) || isDir(cfg.inputs[0]) {
			return nil, usagef("-url needs a single file or standard input")
		}
		cfg.pageURL = u
	}
	if *fields != "" {
		f, err := parseFields(*fields)
		if err != nil {
			return nil, err
		}
		cfg.fields = f
	}
	if cfg.outFile != "" {
		for _, in := range cfg.inputs {
			if in != "-" && !isURL(in) && sameFile(in, cfg.outFile) {
				return nil, usagef("-o %s is also an input; it would be replaced by the output", in)
			}
		}
	}
	stdinUses := 0
	if cfg.inputsFrom == "-" {
		stdinUses++
	}
	for _, in := range cfg.inputs {
		if in == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return nil, usagef("standard input can be read only once")
	}
	return cfg, nil
}

// parseFields turns the -fields list into a set, refusing unknown names.
func parseFields(list string) (map[string]bool, error) {
	set, err := pages.ParseFields(list)
	if err != nil {
		return nil, usagef("-fields: %v", err)
	}
	return set, nil
}

// isDir reports whether name is a folder.
func isDir(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.IsDir()
}
