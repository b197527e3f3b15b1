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
//   - a folder: every regular *.html and *.htm file below it (or link to
//     one), also with a .gz suffix, in sorted walk order;
//   - a WARC file (.warc or .warc.gz, or any file or standard input whose
//     content starts like one): every HTTP response record with a 2xx status
//     and an HTML content type, in record order, with the record's
//     WARC-Target-URI as the page address, its HTTP Content-Type charset for
//     a page that declares none, and its WARC-Date (else HTTP Date, else
//     Last-Modified) as the fetch time that dates a year-less dateline.
//     Payloads in gzip, deflate, br or zstd Content-Encoding are decoded;
//   - an http:// or https:// URL, fetched with a timeout, the -max-bytes size
//     limit, at most 10 redirects and the User-Agent
//     "newswire/0.1 (+https://github.com/newswire/newswire)"; an HTTP error
//     status or a content type other than HTML fails that input; the
//     response's Content-Type and Date serve as for a WARC record;
//   - "-" for standard input (an HTML page or a WARC stream).
//
// Every page is printed as one line of JSON (JSON Lines), whatever the
// number of inputs: the input's name in "input" and, for WARC records, the
// record's target URI in "warc_target_uri", next to the Article fields.
// With -indent each page is printed as one indented JSON object instead.
//
// An input that fails (missing file, not an article, HTTP error, a WARC file
// cut short, ...) is reported on standard error as one line naming it,
//
//	newswire: testdata/x.html: not an article: no headline and body found
//
// and the others go on. Something skipped (a named pipe in a folder) is said
// the same way but is no failure. A folder that holds no page is a failure.
//
// Exit status:
//
//	0    every page succeeded
//	1    an input or page failed (the others are still printed), or the
//	     output could not be written
//	2    bad flags or arguments
//	130  interrupted by SIGINT (Ctrl-C) or SIGTERM: the lines printed are
//	     whole, and an -o file is left as it was
//
// Pages are parsed by -j workers; the output keeps the order of the inputs
// (folders in sorted walk order, WARC files in record order) unless
// -unordered is given. A progress line (pages done, pages per second,
// failures) is kept up to date on standard error when it is a terminal, or
// as -progress says.
//
// The -o file is written under a temporary name in its folder and renamed
// at the end; it may not be one of the inputs.
//
// Flags:
//
//	-url URL        the page address of a single file or standard input, for
//	                resolving relative links
//	-max-bytes N    refuse pages (and HTTP bodies) longer than N bytes
//	                (default newswire.DefaultMaxBytes); a page file is
//	                refused from its size, unread
//	-j N            parse N pages at a time (default: the number of CPUs)
//	-unordered      print pages as they finish instead of in input order
//	-indent         print each page as an indented JSON object over
//	                several lines instead of one line
//	-o FILE         write the output to FILE instead of standard output
//	-fields LIST    keep only these comma-separated top-level fields
//	                (input and warc_target_uri are always kept); -h lists
//	                the names
//	-inputs FILE    also read input names from FILE, one a line ("-" for
//	                standard input); a line "KEY<TAB>NAME", as Hadoop
//	                Streaming passes it, names NAME
//	-timeout D      time limit for fetching one URL (default 30s)
//	-progress       show the progress line even when standard error is not
//	                a terminal; -progress=false never shows it
//	-version        print the version and exit
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
	"os/signal"
	"syscall"
	"time"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// userAgent is sent with every HTTP request.
const userAgent = "newswire/0.1 (+https://github.com/newswire/newswire)"

// Exit statuses.
const (
	exitOK      = 0 // every page succeeded
	exitFailure = 1 // at least one input or page failed
	exitUsage   = 2 // bad flags or arguments
	// exitInterrupted is 128 + SIGINT, as a shell reports a command that
	// Ctrl-C stopped.
	exitInterrupted = 130
)

func main() {
	ctx, stop := interruptContext()
	defer stop()
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// interruptContext returns a context that SIGINT or SIGTERM cancels. Only
// the first signal is caught: a second one ends the process at once, for
// the case where an input cannot be interrupted (an open(2) of a pipe).
func interruptContext() (context.Context, func()) {
	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-sig:
			signal.Reset(os.Interrupt, syscall.SIGTERM)
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(sig)
		cancel()
	}
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
	progress   *bool // -progress: nil decides by whether stderr is a terminal
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
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, interrupted when ctx is cancelled.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		printHelp(stdout)
		return exitOK
	case errors.Is(err, errVersion):
		fmt.Fprintln(stdout, version())
		return exitOK
	case err != nil:
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "newswire: %v\n", err)
		}
		fmt.Fprintln(stderr, "usage: newswire [flags] INPUT...  (newswire -h for help)")
		return exitUsage
	}

	in := &inputs{
		stdin:   stdin,
		reader:  pages.Reader{MaxBytes: cfg.maxBytes, URL: cfg.pageURL},
		fetcher: newFetcher(cfg.timeout, cfg.maxBytes),
	}

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
		progress:  newProgress(stderr, cfg.progress),
	}
	res := b.run(ctx, func(ctx context.Context, emit emitFunc) {
		in.produce(ctx, cfg.inputs, cfg.inputsFrom, emit)
	})
	if file != nil {
		if !res.written || res.interrupted {
			file.abort()
		} else if err := file.commit(); err != nil {
			fmt.Fprintf(stderr, "newswire: %v\n", err)
			return exitFailure
		}
	}
	if res.interrupted {
		msg := "newswire: interrupted"
		if file != nil {
			msg += "; " + cfg.outFile + " left as it was"
		}
		fmt.Fprintln(stderr, msg)
		return exitInterrupted
	}
	if !res.ok {
		return exitFailure
	}
	return exitOK
}

// parseFlags reads the command line into a config. Flag package errors are
// already reported on stderr; other problems come back as *usageError.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := newFlagSet()
	fs.SetOutput(stderr)
	fs.Usage = func() {} // run prints the help, or a pointer to it
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	flagValue := func(name string) any { return fs.Lookup(name).Value.(flag.Getter).Get() }
	if flagValue("version").(bool) {
		return nil, errVersion
	}
	pageURL := flagValue("url").(string)
	fields := flagValue("fields").(string)

	cfg := &config{
		inputs:     fs.Args(),
		inputsFrom: flagValue("inputs").(string),
		maxBytes:   flagValue("max-bytes").(int64),
		workers:    flagValue("j").(int),
		unordered:  flagValue("unordered").(bool),
		indent:     flagValue("indent").(bool),
		outFile:    flagValue("o").(string),
		timeout:    flagValue("timeout").(time.Duration),
		progress:   fs.Lookup("progress").Value.(*triState).on,
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
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return nil, usagef("-url %q is not an absolute URL", pageURL)
		}
		if cfg.inputsFrom != "" || len(cfg.inputs) != 1 || isURL(cfg.inputs[0]) || isDir(cfg.inputs[0]) {
			return nil, usagef("-url needs a single file or standard input")
		}
		cfg.pageURL = u
	}
	if fields != "" {
		f, err := parseFields(fields)
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
