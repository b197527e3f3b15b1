package pipeline

import (
	"bytes"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// TestPageSurvivesBeamCoder checks that a page keeps what the parser is
// given when a runner encodes it between reading and parsing, as runners that
// do not fuse the two steps do.
func TestPageSurvivesBeamCoder(t *testing.T) {
	u, _ := url.Parse("https://www.example.com/news/2026/11/story.html?id=7#top")
	in := &pages.Page{
		Input:     "gs://bucket/crawl-00001.warc.gz",
		TargetURI: u.String(),
		Offset:    123456,
		URL:       u,
		Header:    map[string][]string{"Content-Type": {"text/html; charset=windows-1252"}, "Date": {"Sat, 28 Nov 2026 03:10:00 GMT"}},
		Date:      time.Date(2026, 11, 28, 3, 10, 0, 5000, time.UTC),
		Body:      []byte("<html><body><p>caf\xe9</p></body></html>"),
	}
	// Every field set, so that a field pages.Page gains and Page does not
	// carry fails the comparison below.
	v := reflect.ValueOf(*in)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("the test page leaves pages.Page.%s unset", v.Type().Field(i).Name)
		}
	}
	var buf bytes.Buffer
	if err := beam.NewElementEncoder(reflect.TypeFor[Page]()).Encode(newPage(in), &buf); err != nil {
		t.Fatal(err)
	}
	dec, err := beam.NewElementDecoder(reflect.TypeFor[Page]()).Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	out, err := dec.(Page).page()
	if err != nil {
		t.Fatal(err)
	}
	if out.URL.String() != in.URL.String() {
		t.Errorf("URL %v, want %v", out.URL, in.URL)
	}
	out.URL = in.URL
	if !reflect.DeepEqual(out, in) {
		t.Errorf("decoded\n%+v\nwant\n%+v", out, in)
	}
	if out.ContentType() != in.ContentType() || !out.FetchTime().Equal(in.FetchTime()) {
		t.Errorf("content type %q and fetch time %v, want %q and %v", out.ContentType(), out.FetchTime(), in.ContentType(), in.FetchTime())
	}
}
