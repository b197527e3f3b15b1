package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// An output writes the lines the workers encoded.
type output struct {
	w      *bufio.Writer
	tty    bool // w is a terminal
	single bool
	fields map[string]bool // nil keeps every field
}

func newOutput(w io.Writer, single bool, fields map[string]bool) *output {
	return &output{w: bufio.NewWriterSize(w, 64<<10), tty: isTerminal(w), single: single, fields: fields}
}

// worker returns an encoder for one worker goroutine.
func (o *output) worker(maxBytes int64) *encoder {
	return &encoder{conv: pages.Converter{MaxBytes: maxBytes, Fields: o.fields}, single: o.single}
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

// An encoder turns a worker's pages into output lines.
type encoder struct {
	conv   pages.Converter
	single bool
}

// convert parses the page and encodes its article: as a line, or in single
// mode as the Article alone, indented.
func (e *encoder) convert(p *pages.Page) ([]byte, error) {
	if !e.single {
		return e.conv.Convert(p)
	}
	a, err := e.conv.Parse(p)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	data := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if e.conv.Fields != nil {
		if data, err = pages.KeepFields(data, e.conv.Fields); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	if err := json.Indent(&out, data, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
