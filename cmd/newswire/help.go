package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// errVersion is what parseFlags returns for -version.
var errVersion = errors.New("version asked")

// newFlagSet returns the command's flags, with their defaults. Both the
// parser and the help read them from here.
func newFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("newswire", flag.ContinueOnError)
	fs.String("url", "", "the page `address` of a single file or standard input,\nfor resolving relative links")
	fs.Int64("max-bytes", newswire.DefaultMaxBytes, "refuse pages and HTTP bodies longer than `N` bytes")
	fs.Int("j", runtime.NumCPU(), "parse `N` pages at a time")
	fs.Bool("unordered", false, "print pages as they finish, not in input order")
	fs.Bool("indent", false, "print each page as an indented JSON object over several lines")
	fs.String("o", "", "write the output to `FILE` instead of standard output")
	fs.String("fields", "", "keep only these comma-separated top-level `names`\n(input and warc_target_uri are always kept)")
	fs.String("inputs", "", "also read input names from `FILE`, one a line (- for standard input)")
	fs.Duration("timeout", 30*time.Second, "time limit for fetching one URL")
	fs.Var(&triState{}, "progress", "show the progress line on standard error (default: when a terminal);\n-progress=false never shows it")
	fs.Bool("version", false, "print the version and exit")
	return fs
}

// A triState is a boolean flag that may also be left unset.
type triState struct{ on *bool }

// String returns the flag's value: "true", "false" or "" when unset.
func (t *triState) String() string {
	if t == nil || t.on == nil {
		return ""
	}
	return strconv.FormatBool(*t.on)
}

// Set sets the flag from "true", "false" or their abbreviations.
func (t *triState) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	t.on = &v
	return nil
}

// IsBoolFlag lets the flag be given without a value.
func (t *triState) IsBoolFlag() bool { return true }

// printHelp writes what -h says: the inputs, the output, the exit status,
// the field names, the flags and examples.
func printHelp(w io.Writer) {
	fmt.Fprint(w, `usage: newswire [flags] INPUT...

newswire turns news article pages into JSON articles: headline, byline,
agency, dateline, body paragraphs, images and related links.

Inputs:
`)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, row := range [][2]string{
		{"  FILE", "an HTML page, plain or gzip-compressed (gzip is told by its bytes)"},
		{"  FOLDER", "every regular *.html and *.htm file below it, also .gz, in sorted order"},
		{"  FILE.warc[.gz]", "every HTML response with a 2xx status, in record order (any file"},
		{"", "that starts like a WARC file counts); pages take the WARC-Target-URI"},
		{"  http(s)://...", "a page fetched over HTTP"},
		{"  -", "standard input: an HTML page or a WARC stream"},
	} {
		fmt.Fprintf(tw, "%s\t%s\n", row[0], row[1])
	}
	tw.Flush()
	fmt.Fprint(w, `
Output: one JSON object per page and line (JSON Lines) on standard output,
or in the -o file: "input" (the input's name), "warc_target_uri" (for WARC
records), then the article's fields. Failures go to standard error, one line
each ("newswire: INPUT: why"); the other inputs go on.

Exit status:
  0    every page succeeded
  1    an input or page failed, or the output could not be written
  2    bad flags or arguments
  130  interrupted (Ctrl-C, SIGTERM): lines printed are whole; an -o file is
       left as it was

Fields for -fields:
`)
	fmt.Fprint(w, wrap("  ", strings.Join(append([]string{pages.FieldInput, pages.FieldWARCTargetURI}, pages.FieldNames()...), ", "), 76))
	fmt.Fprint(w, "\nFlags:\n")
	fs := newFlagSet()
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, `
Examples:
  newswire page.html
  newswire -j 8 -o articles.jsonl crawl/
  newswire -fields headline,byline,dateline crawl-00001.warc.gz
  curl -s https://example.com/story.html | newswire -url https://example.com/story.html -
`)
}

// wrap returns the words of s on lines of at most width bytes, each line
// starting with indent.
func wrap(indent, s string, width int) string {
	var b strings.Builder
	line := indent
	for _, word := range strings.Fields(s) {
		if len(line) > len(indent) && len(line)+1+len(word) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if len(line) > len(indent) {
			line += " "
		}
		line += word
	}
	b.WriteString(line + "\n")
	return b.String()
}

// version returns the command's version as the build recorded it: the
// module version (or "(devel)" for a build from a checkout, with the VCS
// revision when known), the library's version and the Go version.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "newswire (unknown version)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	out := "newswire " + v
	if rev != "" {
		out += " " + rev[:min(12, len(rev))] + dirty
	}
	for _, d := range bi.Deps {
		if d.Path == "github.com/newswire/newswire" {
			lib := d.Version
			if d.Replace != nil {
				lib += " => " + d.Replace.Path
				if d.Replace.Version != "" {
					lib += " " + d.Replace.Version
				}
			}
			out += ", library " + lib
		}
	}
	return out + ", " + bi.GoVersion
}
