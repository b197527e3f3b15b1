package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/newswire/newswire"
)

// Fields the command adds next to the Article's own in JSON Lines output.
const (
	fieldInput         = "input"
	fieldWARCTargetURI = "warc_target_uri"
)

// line is one JSON Lines record: where the page came from, then the Article's
// fields at the top level.
type line struct {
	Input         string `json:"input"`
	WARCTargetURI string `json:"warc_target_uri,omitempty"`
	*newswire.Article
}

// An output writes articles: one indented JSON object in single mode, JSON
// Lines otherwise, optionally keeping only some top-level fields.
type output struct {
	w      *bufio.Writer
	tty    bool // w is a terminal
	single bool
	fields map[string]bool // nil keeps every field
	buf    bytes.Buffer
	enc    *json.Encoder
	tmp    bytes.Buffer
}

func newOutput(w io.Writer, single bool, fields map[string]bool) *output {
	o := &output{w: bufio.NewWriterSize(w, 64<<10), tty: isTerminal(w), single: single, fields: fields}
	o.enc = json.NewEncoder(&o.buf)
	o.enc.SetEscapeHTML(false)
	return o
}

// write encodes the result's article.
func (o *output) write(r result) error {
	o.buf.Reset()
	var v any = r.article
	if !o.single {
		v = line{Input: r.input, WARCTargetURI: r.targetURI, Article: r.article}
	}
	if err := o.enc.Encode(v); err != nil {
		return err
	}
	data := bytes.TrimSuffix(o.buf.Bytes(), []byte("\n"))
	if o.fields != nil {
		var err error
		if data, err = keepFields(data, o.fields); err != nil {
			return err
		}
	}
	if o.single {
		o.tmp.Reset()
		if err := json.Indent(&o.tmp, data, "", "  "); err != nil {
			return err
		}
		data = o.tmp.Bytes()
	}
	if _, err := o.w.Write(data); err != nil {
		return err
	}
	return o.w.WriteByte('\n')
}

// flush pushes what is buffered to the underlying writer.
func (o *output) flush() error { return o.w.Flush() }

// pending reports whether some output waits for a flush.
func (o *output) pending() bool { return o.w.Buffered() > 0 }

// keepFields returns the JSON object obj with only the members named in keep,
// in their original order and with their values byte for byte.
func keepFields(obj []byte, keep map[string]bool) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("keepFields: not a JSON object")
	}
	out := []byte{'{'}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := t.(string)
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return nil, err
		}
		if !keep[key] {
			continue
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		k, _ := json.Marshal(key)
		out = append(out, k...)
		out = append(out, ':')
		out = append(out, val...)
	}
	return append(out, '}'), nil
}

// articleFields returns the names of the Article's top-level JSON fields,
// read from its struct tags so that new fields are known without a change
// here.
func articleFields() map[string]bool {
	names := make(map[string]bool)
	t := reflect.TypeFor[newswire.Article]()
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		names[name] = true
	}
	return names
}

func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}
