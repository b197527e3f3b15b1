package pages

import (
	"bufio"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newswire/newswire"
)

func TestKeepFieldsKeepsOrderAndBytes(t *testing.T) {
	in := `{"input":"a","headline":"<b> & \u00e9","body":["x"],"dateline":{"text":"t"}}`
	got, err := KeepFields([]byte(in), map[string]bool{"input": true, "dateline": true, "headline": true})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"input":"a","headline":"<b> & \u00e9","dateline":{"text":"t"}}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestArticleFieldsComeFromTheStruct(t *testing.T) {
	fields := articleFields()
	for _, name := range []string{"headline", "byline", "dateline", "body", "url", "related_stories"} {
		if !fields[name] {
			t.Errorf("%q missing from %v", name, FieldNames())
		}
	}
}

// TestLineEmbedsArticle guards the JSON Lines wrapper: the Article's fields
// must stay at the top level next to input (a MarshalJSON method on Article
// would silently take over the wrapper's encoding).
func TestLineEmbedsArticle(t *testing.T) {
	b, err := json.Marshal(Line{Input: "in", WARCTargetURI: "https://example.com/", Article: &newswire.Article{Headline: "h"}})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	if m["input"] != "in" || m["warc_target_uri"] != "https://example.com/" || m["headline"] != "h" {
		t.Errorf("wrapper encodes as %s", b)
	}
}

func TestLooksChunked(t *testing.T) {
	for in, want := range map[string]bool{
		"1a2f\r\n<html>":   true,
		"10;ext=1\r\nabc":  true,
		"<html>\r\n":       false,
		"\r\n<html>":       false,
		"cafe babe\r\n":    false,
		"<!doctype html>":  false,
		"ff":               false,
		"":                 false,
		"0\r\n\r\n":        true,
		"deadbeefzz\r\nxx": false,
	} {
		if got := looksChunked(bufio.NewReader(strings.NewReader(in))); got != want {
			t.Errorf("looksChunked(%q) = %v", in, got)
		}
	}
}

func TestIsHTMLType(t *testing.T) {
	for ct, want := range map[string]bool{
		"text/html":                     true,
		"text/html; charset=ISO-8859-1": true,
		"TEXT/HTML":                     true,
		"application/xhtml+xml":         true,
		"text/plain":                    false,
		"image/jpeg":                    false,
		"":                              false,
		"text/htmlx":                    false,
	} {
		if got := IsHTMLType(ct); got != want {
			t.Errorf("IsHTMLType(%q) = %v", ct, got)
		}
	}
}
