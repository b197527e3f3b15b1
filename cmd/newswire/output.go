package main

import (
	"bufio"
	"io"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// An output writes the lines the workers encoded.
type output struct {
	w      *bufio.Writer
	tty    bool            // w is a terminal
	indent bool            // -indent
	fields map[string]bool // nil keeps every field
}

func newOutput(w io.Writer, indent bool, fields map[string]bool) *output {
	return &output{w: bufio.NewWriterSize(w, 64<<10), tty: isTerminal(w), indent: indent, fields: fields}
}

// converter returns a converter for one worker goroutine.
func (o *output) converter(maxBytes int64) *pages.Converter {
	return &pages.Converter{MaxBytes: maxBytes, Fields: o.fields, Indent: o.indent}
}

// write writes one encoded line.
func (o *output) write(line []byte) error {
	_, err := o.w.Write(line)
	return err
}

// flush pushes what is buffered to the underlying writer.
func (o *output) flush() error { return o.w.Flush() }

// pending reports whether some output waits for a flush.
func (o *output) pending() bool { return o.w.Buffered() > 0 }
