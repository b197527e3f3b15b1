package newswire

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks the Article invariants on arbitrary input, seeded with
// the testdata pages. Crashers it finds are kept in testdata/fuzz.
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 10m
func FuzzParse(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(article("")))
	f.Add([]byte("<h1>Headline of a story</h1><p>Paris (AFP) Jan 01, 2020<p>Body text."))
	base := mustURL("https://www.spacedaily.com/reports/x_999.html")
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Parse(bytes.NewReader(page), WithURL(base), WithMaxBytes(1<<20))
		b, err2 := Parse(bytes.NewReader(page), WithURL(base), WithMaxBytes(1<<20))
		if (err == nil) != (err2 == nil) || !reflect.DeepEqual(a, b) {
			t.Fatalf("two parses of the same bytes differ")
		}
		if err != nil {
			if a != nil {
				t.Fatalf("an error and an article")
			}
			return
		}
		assertInvariants(t, a)
	})
}
