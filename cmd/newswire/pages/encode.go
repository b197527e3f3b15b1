package pages

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/newswire/newswire"
)

// Fields the command adds next to the Article's own.
const (
	FieldInput         = "input"           // the input's name, Page.Input
	FieldWARCTargetURI = "warc_target_uri" // Page.TargetURI, omitted when ""
)

// A Line is one output object: where the page came from, then the Article's
// fields at the top level.
type Line struct {
	Input         string `json:"input"`
	WARCTargetURI string `json:"warc_target_uri,omitempty"`
	*newswire.Article
}

// A Converter parses pages and encodes their articles as output lines. It
// keeps buffers between calls: give each goroutine its own.
type Converter struct {
	// MaxBytes is the size limit passed to the parser;
	// newswire.DefaultMaxBytes when not positive.
	MaxBytes int64
	// Fields, when not nil, keeps only these top-level fields (see
	// ParseFields); nil keeps every field.
	Fields map[string]bool
	// Indent prints each object indented over several lines instead of on
	// one line.
	Indent bool

	buf, tmp bytes.Buffer
	enc      *json.Encoder
}

// Convert parses the page and returns its output line, ending in a newline,
// or the failure as an *Error naming the page. The line is the caller's to
// keep.
func (c *Converter) Convert(p *Page) ([]byte, error) {
	a, err := c.Parse(p)
	if err != nil {
		return nil, err
	}
	return c.Encode(p, a)
}

// Parse parses the page with its options (Page.Options). A failure is an
// *Error naming the page.
func (c *Converter) Parse(p *Page) (*newswire.Article, error) {
	a, err := newswire.Parse(bytes.NewReader(p.Body), p.Options(c.MaxBytes)...)
	if err != nil {
		return nil, &Error{Input: p.Input, TargetURI: p.TargetURI, Err: err}
	}
	return a, nil
}

// Encode returns the output line of the page's article, ending in a newline.
// The line is the caller's to keep.
func (c *Converter) Encode(p *Page, a *newswire.Article) ([]byte, error) {
	if c.enc == nil {
		c.enc = json.NewEncoder(&c.buf)
		c.enc.SetEscapeHTML(false)
	}
	c.buf.Reset()
	if err := c.enc.Encode(Line{Input: p.Input, WARCTargetURI: p.TargetURI, Article: a}); err != nil {
		return nil, &Error{Input: p.Input, TargetURI: p.TargetURI, Err: err}
	}
	data := bytes.TrimSuffix(c.buf.Bytes(), []byte("\n"))
	if c.Fields != nil {
		var err error
		if data, err = KeepFields(data, c.Fields); err != nil {
			return nil, &Error{Input: p.Input, TargetURI: p.TargetURI, Err: err}
		}
	}
	if c.Indent {
		c.tmp.Reset()
		if err := json.Indent(&c.tmp, data, "", "  "); err != nil {
			return nil, &Error{Input: p.Input, TargetURI: p.TargetURI, Err: err}
		}
		data = c.tmp.Bytes()
	}
	out := make([]byte, len(data)+1)
	copy(out, data)
	out[len(data)] = '\n'
	return out, nil
}

// KeepFields returns the JSON object obj with only the members named in
// keep, in their original order and with their values byte for byte.
func KeepFields(obj []byte, keep map[string]bool) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("keeping fields: not a JSON object")
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

// ParseFields turns a comma-separated list of field names into the set
// Converter.Fields takes, refusing names that are not fields. Input and
// warc_target_uri are always in the set.
func ParseFields(list string) (map[string]bool, error) {
	known := articleFields()
	set := map[string]bool{FieldInput: true, FieldWARCTargetURI: true}
	for name := range strings.SplitSeq(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !known[name] && !set[name] {
			return nil, fmt.Errorf("unknown field %q (known: %s)", name, strings.Join(FieldNames(), ", "))
		}
		set[name] = true
	}
	return set, nil
}

// FieldNames returns the names of the Article's top-level JSON fields,
// sorted: the names ParseFields accepts besides input and warc_target_uri.
func FieldNames() []string {
	return slices.Sorted(maps.Keys(articleFields()))
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
