package main

import (
	"bytes"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
)

// sampleWARC is the WARC file the README's examples read: the project's own
// fixture pages that are articles, archived as a crawler would.
const sampleWARC = "testdata/sample.warc.gz"

var updateSample = flag.Bool("update-sample", false, "rewrite "+sampleWARC+" from the fixture pages")

// TestSampleWARC checks that the command reads the sample WARC file: one
// line per archived page, with its target URI, and the same article as
// the fixture page it holds, while that page is unchanged. Run with
// -update-sample to rewrite the file.
func TestSampleWARC(t *testing.T) {
	if *updateSample {
		var archived []warcPage
		for _, p := range samplePages(t) {
			if _, err := parseFile(t, p); err != nil {
				continue // the README's example should succeed
			}
			target := "https://newswire.test/" + filepath.Base(p)
			if u := sampleURL(t, p); u != nil {
				target = u.String()
			}
			archived = append(archived, warcPage{path: p, target: target})
		}
		if err := os.MkdirAll(filepath.Dir(sampleWARC), 0o755); err != nil {
			t.Fatal(err)
		}
		writeWARC(t, sampleWARC, archived)
	}

	code, out, errOut := runCmd(t, nil, sampleWARC)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := decodeLines(t, out)
	if len(lines) < 10 {
		t.Fatalf("%d pages in %s", len(lines), sampleWARC)
	}
	// The archived pages, to compare with the fixtures.
	var archived []*pages.Page
	for p, err := range (&pages.Reader{}).File(sampleWARC) {
		if err != nil {
			t.Fatal(err)
		}
		archived = append(archived, p)
	}
	if len(archived) != len(lines) {
		t.Fatalf("%d lines for %d archived pages", len(lines), len(archived))
	}
	compared := 0
	for i, l := range lines {
		p := archived[i]
		if l.Input != sampleWARC || l.WARCTargetURI != p.TargetURI || l.WARCTargetURI == "" {
			t.Errorf("line %d: input %q, warc_target_uri %q", i, l.Input, l.WARCTargetURI)
		}
		fixture := filepath.Join(testdata, filepath.Base(p.URL.Path))
		data, err := os.ReadFile(fixture)
		if err != nil || !bytes.Equal(data, p.Body) {
			continue // the fixture changed since; -update-sample catches up
		}
		u, _ := url.Parse(p.TargetURI)
		want, err := newswire.Parse(bytes.NewReader(data), newswire.WithURL(u))
		if err != nil {
			t.Errorf("%s: %v", fixture, err)
			continue
		}
		assertSameArticle(t, fixture, l.Article, want)
		compared++
	}
	if compared == 0 {
		t.Errorf("no page of %s matches its fixture any more: rewrite it with -update-sample", sampleWARC)
	}
}
