package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newswire/newswire"
)

// The sets a page can belong to.
const (
	setTestdata     = "testdata"
	setReadability  = "readability-news"
	setTrafilatura  = "trafilatura-wire"
	readabilityNote = "expected.html is Readability's own output: a reference for the text, not truth about every field"
)

// A page is one HTML file under comparison, with what is known about it.
type page struct {
	// Name identifies the page in tables: the testdata file's base name, or
	// "readability-news/NAME", or "trafilatura-wire/FILE".
	Name string
	Set  string
	HTML []byte
	// URL is the page's address when known (testdata NAME.url), else nil.
	URL *url.URL

	// Golden is the testdata page's expected Article; nil when its
	// NAME.json does not exist yet.
	Golden *golden

	// Meta and RefText are the readability-news page's expected metadata
	// and the plain text of its expected.html.
	Meta    *expectedMeta
	RefText string
}

// golden is a testdata NAME.json file: an Article, or {"error": "..."} for
// a page that is not an article.
type golden struct {
	newswire.Article
	Error string `json:"error"`
}

// expectedMeta is a readability-news expected-metadata.json file.
type expectedMeta struct {
	Title  string `json:"title"`
	Byline string `json:"byline"`
}

// loadTestdata reads dir/*.html with their .url and .json files. Pages
// whose names do not match filter are left out.
func loadTestdata(dir string, filter *regexp.Regexp) ([]*page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var pages []*page
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		if !filter.MatchString(name) {
			continue
		}
		p := &page{Name: name, Set: setTestdata}
		if p.HTML, err = os.ReadFile(f); err != nil {
			return nil, err
		}
		stem := strings.TrimSuffix(f, ".html")
		if b, err := os.ReadFile(stem + ".url"); err == nil {
			u, err := url.Parse(strings.TrimSpace(string(b)))
			if err != nil || !u.IsAbs() {
				return nil, fmt.Errorf("%s.url: not an absolute URL: %q", stem, strings.TrimSpace(string(b)))
			}
			p.URL = u
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if b, err := os.ReadFile(stem + ".json"); err == nil {
			var g golden
			if err := json.Unmarshal(b, &g); err != nil {
				return nil, fmt.Errorf("%s.json: %w", stem, err)
			}
			p.Golden = &g
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// loadEval reads the pages of the shared evaluation folder dir. It returns
// no pages and no error when dir does not exist.
func loadEval(dir string, filter *regexp.Regexp) ([]*page, error) {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var pages []*page

	rdirs, err := filepath.Glob(filepath.Join(dir, setReadability, "*", "source.html"))
	if err != nil {
		return nil, err
	}
	sort.Strings(rdirs)
	for _, src := range rdirs {
		d := filepath.Dir(src)
		name := setReadability + "/" + filepath.Base(d)
		if !filter.MatchString(name) {
			continue
		}
		p := &page{Name: name, Set: setReadability, Meta: new(expectedMeta)}
		if p.HTML, err = os.ReadFile(src); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(filepath.Join(d, "expected-metadata.json"))
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, p.Meta); err != nil {
			return nil, fmt.Errorf("%s/expected-metadata.json: %w", d, err)
		}
		b, err = os.ReadFile(filepath.Join(d, "expected.html"))
		if err != nil {
			return nil, err
		}
		if p.RefText, err = htmlText(string(b)); err != nil {
			return nil, fmt.Errorf("%s/expected.html: %w", d, err)
		}
		pages = append(pages, p)
	}

	tfiles, err := filepath.Glob(filepath.Join(dir, setTrafilatura, "*.html"))
	if err != nil {
		return nil, err
	}
	sort.Strings(tfiles)
	for _, f := range tfiles {
		name := setTrafilatura + "/" + filepath.Base(f)
		if !filter.MatchString(name) {
			continue
		}
		p := &page{Name: name, Set: setTrafilatura}
		if p.HTML, err = os.ReadFile(f); err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}
