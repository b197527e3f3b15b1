package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The development sets with ground truth, in table order.
const (
	setWCXB      = "wcxb-dev"
	setWCXBIndex = "wcxb-dev-index"
	setFundus    = "fundus"
)

// devSetNames lists the development sets in the order they are printed.
var devSetNames = []string{setWCXB, setWCXBIndex, setFundus}

// A devPage is one page of a development set with its truth. The HTML is
// read by the worker that scores the page, so that a run holds few pages in
// memory at once.
type devPage struct {
	Set string
	// File is the page's file name inside the set ("0001.html.gz",
	// "us/APNews_2023_04_28.html.gz").
	File string
	// Path is where the (gzip-compressed) page is.
	Path string
	URL  string
	// Version is the fundus truth version paired with the page ("V1_1").
	Version string
	Truth   devTruth
}

// devTruth is what the set's annotators say the page holds.
type devTruth struct {
	Title string
	// Authors are the truth's author names; WCXB gives at most one string.
	Authors []string
	// Date is the publication day, "YYYY-MM-DD", or "" when unknown.
	Date string
	// Body is the article text the extraction is scored against.
	Body string
	// Wire is the agency and place of the wire dateline that opens the
	// truth's first paragraph, nil when it opens with none (fundus only).
	Wire *wireDateline
}

// wireDateline is a wire dateline read from truth text.
type wireDateline struct {
	Agency string `json:"agency"`
	Place  string `json:"place,omitempty"`
}

// readGzip returns the decompressed content of a .gz file, or the file
// itself when it is not compressed.
func readGzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// loadDevSet reads the truth of the named set under evalDir. It returns
// nil pages and no error when the set's folder is absent.
func loadDevSet(evalDir, set string) ([]*devPage, error) {
	dir := filepath.Join(evalDir, set)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if set == setFundus {
		return loadFundus(dir)
	}
	return loadWCXB(dir, set)
}

// wcxbFile is a WCXB NNNN.json truth file.
type wcxbFile struct {
	URL         string `json:"url"`
	GroundTruth struct {
		Title       string `json:"title"`
		Author      string `json:"author"`
		PublishDate string `json:"publish_date"`
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
}

// loadWCXB reads dir/NNNN.json and pairs each with dir/NNNN.html.gz.
func loadWCXB(dir, set string) ([]*devPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var pages []*devPage
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var w wcxbFile
		if err := json.Unmarshal(b, &w); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		htmlPath := strings.TrimSuffix(f, ".json") + ".html.gz"
		p := &devPage{
			Set:  set,
			File: filepath.Base(htmlPath),
			Path: htmlPath,
			URL:  w.URL,
			Truth: devTruth{
				Title: w.GroundTruth.Title,
				Date:  dayOf(w.GroundTruth.PublishDate),
				Body:  w.GroundTruth.MainContent,
			},
		}
		if a := strings.TrimSpace(w.GroundTruth.Author); a != "" {
			p.Truth.Authors = []string{a}
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// fundusVersion is one truth version of a fundus publisher's JSON file.
type fundusVersion struct {
	Title          string   `json:"title"`
	Authors        []string `json:"authors"`
	PublishingDate string   `json:"publishing_date"`
	Body           struct {
		Summary  []string `json:"summary"`
		Sections []struct {
			Headline   []string `json:"headline"`
			Paragraphs []string `json:"paragraphs"`
		} `json:"sections"`
	} `json:"body"`
}

// paragraphs returns the summary and then every section's heading and
// paragraphs: the body text the truth records. Fundus's own text of an
// article body prints a section's heading above its paragraphs, as the
// page does and as newswire's body keeps subheads, so leaving headings out
// would count printed story text as extra words.
func (v *fundusVersion) paragraphs() []string {
	out := slices.Clone(v.Body.Summary)
	for _, s := range v.Body.Sections {
		out = append(out, s.Headline...)
		out = append(out, s.Paragraphs...)
	}
	return out
}

// openingWireDateline returns the wire dateline that opens the truth's
// first paragraph, or that of its first section when a summary comes
// before, or nil.
func (v *fundusVersion) openingWireDateline() *wireDateline {
	var firsts []string
	if len(v.Body.Summary) > 0 {
		firsts = append(firsts, v.Body.Summary[0])
	}
	for _, s := range v.Body.Sections {
		if len(s.Paragraphs) > 0 {
			firsts = append(firsts, s.Paragraphs[0])
			break
		}
	}
	for _, para := range firsts {
		if w := truthWireDateline(para); w != nil {
			return w
		}
	}
	return nil
}

// fundusPageName matches a fundus page file: Publisher_YYYY_MM_DD.html.gz.
var fundusPageName = regexp.MustCompile(`^(.+)_(\d{4}_\d{2}_\d{2})\.html\.gz$`)

// loadFundus reads dir/CC/Publisher.json and pairs its versions with the
// publisher's pages as the set's README says: pages sorted by date,
// versions numerically (V1 < V1_1 < V2), zipped.
func loadFundus(dir string) ([]*devPage, error) {
	truths, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(truths)
	urls := map[string]map[string]string{} // country folder → file → URL
	var pages []*devPage
	for _, tf := range truths {
		country := filepath.Dir(tf)
		publisher := strings.TrimSuffix(filepath.Base(tf), ".json")
		b, err := os.ReadFile(tf)
		if err != nil {
			return nil, err
		}
		var versions map[string]fundusVersion
		if err := json.Unmarshal(b, &versions); err != nil {
			return nil, fmt.Errorf("%s: %w", tf, err)
		}
		htmls, err := fundusPages(country, publisher)
		if err != nil {
			return nil, err
		}
		keys := sortedVersionKeys(versions)
		if len(keys) != len(htmls) {
			return nil, fmt.Errorf("%s: %d versions but %d pages", tf, len(keys), len(htmls))
		}
		if urls[country] == nil {
			urls[country] = readMetaInfo(filepath.Join(country, "meta.info"))
		}
		for i, h := range htmls {
			v := versions[keys[i]]
			paras := v.paragraphs()
			p := &devPage{
				Set:     setFundus,
				File:    filepath.Base(country) + "/" + filepath.Base(h),
				Path:    h,
				URL:     urls[country][filepath.Base(h)],
				Version: keys[i],
				Truth: devTruth{
					Title:   v.Title,
					Authors: v.Authors,
					Date:    dayOf(v.PublishingDate),
					Body:    strings.Join(paras, "\n\n"),
				},
			}
			p.Truth.Wire = v.openingWireDateline()
			pages = append(pages, p)
		}
	}
	return pages, nil
}

// fundusPages returns the publisher's page files in country, sorted by the
// date in their names.
func fundusPages(country, publisher string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(country, "*.html.gz"))
	if err != nil {
		return nil, err
	}
	type dated struct{ path, date string }
	var mine []dated
	for _, f := range files {
		m := fundusPageName.FindStringSubmatch(filepath.Base(f))
		if m != nil && m[1] == publisher {
			mine = append(mine, dated{f, m[2]})
		}
	}
	slices.SortStableFunc(mine, func(a, b dated) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.path, b.path))
	})
	out := make([]string, len(mine))
	for i, d := range mine {
		out[i] = d.path
	}
	return out, nil
}

// sortedVersionKeys returns the keys of a fundus truth file in numeric
// order: V1 < V1_1 < V2 < V10.
func sortedVersionKeys[V any](versions map[string]V) []string {
	keys := make([]string, 0, len(versions))
	for k := range versions {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compareVersionKeys)
	return keys
}

// compareVersionKeys orders "V1_1"-style keys by their numbers, a key that
// is a prefix of another first; keys that are not of that form sort after,
// by text.
func compareVersionKeys(a, b string) int {
	na, oka := versionNumbers(a)
	nb, okb := versionNumbers(b)
	switch {
	case oka && okb:
		return cmp.Or(slices.Compare(na, nb), cmp.Compare(a, b))
	case oka:
		return -1
	case okb:
		return 1
	}
	return cmp.Compare(a, b)
}

// versionNumbers parses "V1_1" into [1 1].
func versionNumbers(key string) ([]int, bool) {
	rest, ok := strings.CutPrefix(key, "V")
	if !ok {
		return nil, false
	}
	var nums []int
	for part := range strings.SplitSeq(rest, "_") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return nil, false
		}
		nums = append(nums, n)
	}
	return nums, true
}

// readMetaInfo returns the page URLs of a fundus meta.info file, keyed by
// file name; an unreadable file gives none (the URL is a hint, not truth).
func readMetaInfo(path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var info map[string]struct {
		URL string `json:"url"`
	}
	if json.Unmarshal(b, &info) != nil {
		return nil
	}
	out := make(map[string]string, len(info))
	for k, v := range info {
		out[k] = v.URL
	}
	return out
}

// dayOf returns the "YYYY-MM-DD" that opens a truth date ("2023-04-28
// 17:40:08+00:00", "2025-10-14"), or "" when it opens with none.
func dayOf(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || !isoDay.MatchString(s[:10]) {
		return ""
	}
	return s[:10]
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// truthDateline matches a wire dateline opening truth text: an optional
// place of capitalised words, an optional Reuters-style date (", April 25"), the agency in
// brackets, then a dash. It is deliberately independent of newswire's own
// dateline reader, so that the check does not grade the parser with itself.
var truthDateline = regexp.MustCompile(
	`^(?:(\p{Lu}[\p{L}\p{M}.'’/-]*(?:,?\s+\p{Lu}[\p{L}\p{M}.'’/-]*)*)(?:,\s+\p{L}+\.?\s+\d{1,2})?\s*)?` +
		`\((AP|Reuters|AFP|dpa|SDA|APA|KNA|epd|ANSA|EFE|UPI|IANS|Xinhua|PTI|Keystone-SDA)(?:/[\p{L}-]+)?\)\s*[-—–]`)

// truthWireDateline returns the agency and place of the wire dateline that
// opens para, or nil.
func truthWireDateline(para string) *wireDateline {
	m := truthDateline.FindStringSubmatch(strings.TrimSpace(para))
	if m == nil {
		return nil
	}
	return &wireDateline{Agency: m[2], Place: strings.TrimSpace(m[1])}
}
