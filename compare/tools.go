package main

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newswire/newswire"
)

// A tool is one HTML reader under comparison.
type tool struct {
	// name is the column heading.
	name string
	// run is what the speed table times: the tool's own entry point on the
	// raw page bytes, including its HTML parsing, and nothing else.
	run func(page []byte, u *url.URL) error
	// extract runs the tool and maps its result to common terms. It is nil
	// for html.Parse, which extracts nothing.
	extract func(page []byte, u *url.URL) extraction
}

// extraction is what a tool found on a page, in common terms.
type extraction struct {
	Headline string
	Byline   string
	// Authors are the author names: newswire's Authors, the others' author
	// string split at commas, semicolons and "and".
	Authors []string
	// Published is the publication time the tool read, in the offset the
	// page wrote it in when the tool keeps it; zero when none.
	Published time.Time
	// Text is the article text the tool extracted, as plain text.
	Text string
	// Article is newswire's full result; nil for the other tools.
	Article *newswire.Article
	// Err is the tool's error, if it failed on the page.
	Err error
}

// makeTools returns html.Parse (the floor) and the three extractors, in
// table order. fallback is passed to go-trafilatura as EnableFallback.
func makeTools(fallback bool) []tool {
	trafOpts := func(u *url.URL) trafilatura.Options {
		// The defaults of the go-trafilatura command: fallback to its
		// bundled readability and DOM distiller unless disabled, comments
		// excluded because the other tools do not return them either.
		return trafilatura.Options{OriginalURL: u, EnableFallback: fallback, ExcludeComments: true}
	}
	return []tool{
		{
			name: "html.Parse",
			run: func(page []byte, _ *url.URL) error {
				_, err := html.Parse(bytes.NewReader(page))
				return err
			},
		},
		{
			name: "newswire",
			run: func(page []byte, u *url.URL) error {
				_, err := newswire.Parse(bytes.NewReader(page), newswireOpts(u)...)
				return err
			},
			extract: func(page []byte, u *url.URL) extraction {
				a, err := newswire.Parse(bytes.NewReader(page), newswireOpts(u)...)
				if err != nil {
					return extraction{Err: err}
				}
				return extraction{
					Headline:  a.Headline,
					Byline:    a.Byline,
					Authors:   a.Authors,
					Published: a.Published,
					Text:      strings.Join(a.Body, "\n"),
					Article:   a,
				}
			},
		},
		{
			name: "trafilatura",
			run: func(page []byte, u *url.URL) error {
				_, err := trafilatura.Extract(bytes.NewReader(page), trafOpts(u))
				return err
			},
			extract: func(page []byte, u *url.URL) extraction {
				r, err := trafilatura.Extract(bytes.NewReader(page), trafOpts(u))
				if err != nil {
					return extraction{Err: err}
				}
				return extraction{
					Headline:  r.Metadata.Title,
					Byline:    r.Metadata.Author,
					Authors:   splitByline(r.Metadata.Author),
					Published: r.Metadata.Date,
					Text:      r.ContentText,
				}
			},
		},
		{
			name: "readability",
			run: func(page []byte, u *url.URL) error {
				_, err := readability.FromReader(bytes.NewReader(page), u)
				return err
			},
			extract: func(page []byte, u *url.URL) extraction {
				a, err := readability.FromReader(bytes.NewReader(page), u)
				if err != nil {
					return extraction{Err: err}
				}
				var text strings.Builder
				if a.Node != nil {
					if err := a.RenderText(&text); err != nil {
						return extraction{Err: err}
					}
				}
				published, _ := a.PublishedTime() // zero when missing or unreadable
				return extraction{
					Headline:  a.Title(),
					Byline:    a.Byline(),
					Authors:   splitByline(a.Byline()),
					Published: published,
					Text:      text.String(),
				}
			},
		},
	}
}

// selectTools keeps html.Parse (the floor of the speed table) and the
// extractors named in names, in table order. It fails on an unknown name.
func selectTools(tools []tool, names []string) ([]tool, error) {
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := []tool{tools[0]}
	for _, t := range tools[1:] {
		if want[t.name] {
			out = append(out, t)
			delete(want, t.name)
		}
	}
	for n := range want {
		return nil, fmt.Errorf("unknown tool %q (want newswire, trafilatura or readability)", n)
	}
	return out, nil
}

func newswireOpts(u *url.URL) []newswire.Option {
	if u == nil {
		return nil
	}
	return []newswire.Option{newswire.WithURL(u)}
}
