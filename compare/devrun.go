package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// pageResult is how one tool did on one development page.
type pageResult struct {
	P, R, F1 float64
	// Err is the tool's error on the page, "" when it returned a result.
	Err string
	// NotArticle is set when newswire refused the page with ErrNotArticle.
	NotArticle bool
	// Empty is set when the tool returned no words of text.
	Empty bool
	// Words is the number of words of text the tool returned.
	Words int

	Headline string
	// HeadOK folds typographic quotes; HeadStrictOK does not.
	HeadOK, HeadStrictOK bool
	Authors              []string
	// AuthOK is the exact set match (fundus) or the words-contained match
	// (WCXB); AuthWordsOK is the words-contained match in both.
	AuthOK, AuthWordsOK bool
	// AuthAgencyOK (fundus) is AuthOK with the truth's agency credits
	// ("dpa", "Associated Press") read against newswire's Agency field.
	AuthAgencyOK bool
	Date         string
	DateOK       bool

	// The dateline newswire read, for the fundus wire check.
	Agency, Place         string
	AgencyOK, PlaceOK     bool
	ArticleAgency, DLText string
}

// refused reports whether the tool gave no article text for the page.
func (r *pageResult) refused() bool { return r.Err != "" || r.Empty }

// devOptions configure the run over the development sets.
type devOptions struct {
	Limit   int
	Workers int
	Worst   int
	// Details receives one JSON line per page per set for newswire; nil
	// for none.
	Details io.Writer
	// Filter keeps the pages whose "set/file" name it matches.
	Filter interface{ MatchString(string) bool }
}

// scoreDevPage reads p and scores every extractor in ex on it.
func scoreDevPage(p *devPage, ex []tool) ([]pageResult, error) {
	page, err := readGzip(p.Path)
	if err != nil {
		return nil, err
	}
	u, _ := url.Parse(p.URL)
	if u != nil && !u.IsAbs() {
		u = nil
	}
	want := wcxbWords(p.Truth.Body)
	out := make([]pageResult, len(ex))
	for i, t := range ex {
		out[i] = scoreExtraction(p, t.extract(page, u), want)
	}
	return out, nil
}

// scoreExtraction scores one tool's extraction of p against its truth;
// want holds the truth's body words.
func scoreExtraction(p *devPage, e extraction, want []string) pageResult {
	var r pageResult
	if e.Err != nil {
		r.Err = e.Err.Error()
		r.NotArticle = isNotArticle(e.Err)
		return r
	}
	text := e.Text
	if e.Article != nil {
		text = newswireText(e.Article)
	}
	got := wcxbWords(text)
	r.Words = len(got)
	r.Empty = len(got) == 0
	if !r.Empty {
		r.P, r.R, r.F1 = wordScores(got, want)
	}
	r.Headline = normSpace(e.Headline)
	r.HeadOK = sameHeadline(e.Headline, p.Truth.Title)
	r.HeadStrictOK = sameHeadlineStrict(e.Headline, p.Truth.Title)
	r.Authors = e.Authors
	r.AuthWordsOK = authorWordsIn(e.Authors, p.Truth.Authors)
	r.AuthOK = r.AuthWordsOK
	if p.Set == setFundus {
		r.AuthOK = sameAuthorSet(e.Authors, p.Truth.Authors)
		if e.Article != nil {
			r.AuthAgencyOK = sameCredits(e.Authors, e.Article.Agency, p.Truth.Authors)
		}
	}
	r.Date = publishedDay(e.Published)
	r.DateOK = r.Date != "" && r.Date == p.Truth.Date
	if a := e.Article; a != nil {
		r.Agency, r.Place = a.Dateline.Agency, a.Dateline.Place
		r.ArticleAgency, r.DLText = a.Agency, a.Dateline.Text
		if w := p.Truth.Wire; w != nil {
			r.AgencyOK = strings.EqualFold(r.Agency, w.Agency)
			r.PlaceOK = samePlace(r.Place, w.Place)
		}
	}
	return r
}

// scoreDevSet scores every page with every extractor, workers pages
// at a time, and returns results[page][tool].
func scoreDevSet(pages []*devPage, ex []tool, workers int, prog io.Writer) ([][]pageResult, error) {
	results := make([][]pageResult, len(pages))
	errs := make([]error, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range next {
				results[i], errs[i] = scoreDevPage(pages[i], ex)
				mu.Lock()
				done++
				if prog != nil && done%100 == 0 {
					fmt.Fprintf(prog, "  %d/%d pages\n", done, len(pages))
				}
				mu.Unlock()
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

// writeDevAccuracy prints section D: for each development set present, a
// table of every extractor's body and metadata scores, newswire's worst
// pages and, for fundus, the wire dateline check.
func writeDevAccuracy(w io.Writer, prog io.Writer, evalDir string, sets []string, tools []tool, opts devOptions) error {
	ex := extractors(tools)
	fmt.Fprintf(w, "## D. Accuracy on the development sets (%s)\n\n", evalDir)
	fmt.Fprintf(w, "%s\n\n", devMetricNote)
	for _, set := range sets {
		pages, err := loadDevSet(evalDir, set)
		if err != nil {
			return err
		}
		if pages == nil {
			fmt.Fprintf(w, "### %s\n\nSkipped: %s/%s does not exist.\n\n", set, evalDir, set)
			if prog != nil {
				fmt.Fprintf(prog, "accuracy: %s absent, skipped\n", set)
			}
			continue
		}
		pages = slices.DeleteFunc(pages, func(p *devPage) bool {
			return opts.Filter != nil && !opts.Filter.MatchString(p.Set+"/"+p.File)
		})
		if opts.Limit > 0 && len(pages) > opts.Limit {
			pages = pages[:opts.Limit]
		}
		start := time.Now()
		if prog != nil {
			fmt.Fprintf(prog, "accuracy: %s, %d pages\n", set, len(pages))
		}
		results, err := scoreDevSet(pages, ex, opts.Workers, prog)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "### %s\n\n", set)
		if set == setWCXBIndex {
			writeIndexTable(w, pages, results, ex)
		} else {
			writeArticleTable(w, set, pages, results, ex)
		}
		nw := slices.IndexFunc(ex, func(t tool) bool { return t.name == "newswire" })
		if nw >= 0 {
			if set == setFundus {
				writeWireCheck(w, pages, results, nw)
			}
			if opts.Worst > 0 {
				writeWorst(w, set, pages, results, nw, opts.Worst)
			}
			if opts.Details != nil {
				if err := writeDetails(opts.Details, pages, results, nw); err != nil {
					return err
				}
			}
		}
		if prog != nil {
			fmt.Fprintf(prog, "accuracy: %s done in %s\n", set, time.Since(start).Round(time.Millisecond))
		}
	}
	return nil
}

const devMetricNote = "Body: the WCXB metric — lower-cased `\\w+` words (Unicode letters, numbers, underscore), " +
	"multiset overlap, precision, recall and F1 per page, averaged over pages; a refused page (error or no text) scores 0. " +
	"newswire's text is its Body with Dateline.Text put back in front, since the truth keeps the dateline; " +
	"go-trafilatura's is ContentText (EnableFallback), go-readability's RenderText. " +
	"Headline: exact after white space and case folding, typographic quotes read as typewriter ones (’ as ', “ ” as \"), over pages whose truth has a title; " +
	"\"headline (quotes as printed)\" is the same test without folding quotes. " +
	"Authors, over pages whose truth names one: WCXB — every word of the truth author appears in the tool's authors (words that only join names, such as \"and\", are not asked for); " +
	"fundus — the same set of names after white space and case folding (exact), and the words test (words); " +
	"\"authors + agency\" (newswire only) is the exact test with the truth's news-agency credits (\"dpa\", \"Associated Press\") read against newswire's Agency, where its rule files them (an agency is not a person). " +
	"newswire's authors are its Authors; the others' author string is split at , ; & and \"and\". " +
	"Date: the YYYY-MM-DD of the truth against the day of the tool's publication time as the page wrote it (its own offset), " +
	"over pages whose truth has a date."

// frac formats hit of n as "72.3% (513/710)", or "—" when n is 0.
func frac(hit, n int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(hit)/float64(n), hit, n)
}

// writeArticleTable prints one row per extractor for a set of articles.
func writeArticleTable(w io.Writer, set string, pages []*devPage, results [][]pageResult, ex []tool) {
	header := []string{"tool", "pages", "body F1", "precision", "recall", "refused (error / empty)", "F1 < 0.5", "headline", "headline (quotes as printed)", "authors"}
	if set == setFundus {
		header = append(header, "authors (words)", "authors + agency")
	}
	header = append(header, "date")
	tb := newTable(header...)
	for ti, t := range ex {
		var f1, p, r float64
		var errs, empty, low int
		var head, strict, auth, words, withAgency, date tally
		for pi, pg := range pages {
			res := &results[pi][ti]
			f1 += res.F1
			p += res.P
			r += res.R
			switch {
			case res.Err != "":
				errs++
			case res.Empty:
				empty++
			}
			if res.F1 < 0.5 {
				low++
			}
			if pg.Truth.Title != "" {
				head.add(res.HeadOK)
				strict.add(res.HeadStrictOK)
			}
			if len(pg.Truth.Authors) > 0 {
				auth.add(res.AuthOK)
				words.add(res.AuthWordsOK)
				withAgency.add(res.AuthAgencyOK)
			}
			if pg.Truth.Date != "" {
				date.add(res.DateOK)
			}
		}
		n := float64(max(len(pages), 1))
		row := []string{t.name, strconv.Itoa(len(pages)),
			fmt.Sprintf("%.3f", f1/n), fmt.Sprintf("%.3f", p/n), fmt.Sprintf("%.3f", r/n),
			fmt.Sprintf("%d (%d / %d)", errs+empty, errs, empty), strconv.Itoa(low),
			frac(head.hit, head.n), frac(strict.hit, strict.n), frac(auth.hit, auth.n)}
		if set == setFundus {
			agencyCol := "—" // only newswire files agencies apart
			if t.name == "newswire" {
				agencyCol = frac(withAgency.hit, withAgency.n)
			}
			row = append(row, frac(words.hit, words.n), agencyCol)
		}
		tb.add(append(row, frac(date.hit, date.n))...)
	}
	tb.write(w)
	fmt.Fprintln(w)
}

// writeIndexTable prints, for the pages that are not articles, how many
// each extractor refused: newswire by ErrNotArticle, the others by an
// error or no text.
func writeIndexTable(w io.Writer, pages []*devPage, results [][]pageResult, ex []tool) {
	fmt.Fprintf(w, "These pages are not articles: refusing them is right. newswire refuses with ErrNotArticle "+
		"(its other errors are counted apart); the others refuse by failing or returning no text.\n\n")
	tb := newTable("tool", "pages", "refused", "accepted (returned as an article)", "other errors")
	for ti, t := range ex {
		var refused, other int
		for pi := range pages {
			res := &results[pi][ti]
			if t.name == "newswire" {
				switch {
				case res.NotArticle:
					refused++
				case res.Err != "":
					other++
				}
				continue
			}
			if res.refused() {
				refused++
			}
		}
		accepted := len(pages) - refused - other
		tb.add(t.name, strconv.Itoa(len(pages)), frac(refused, len(pages)), frac(accepted, len(pages)), strconv.Itoa(other))
	}
	tb.write(w)
	fmt.Fprintln(w)
}

// writeWireCheck prints how often newswire reads the agency and place of
// the wire datelines that open fundus truth texts, and the misses.
func writeWireCheck(w io.Writer, pages []*devPage, results [][]pageResult, nw int) {
	var agency, place tally
	var misses []string
	for pi, p := range pages {
		want := p.Truth.Wire
		if want == nil {
			continue
		}
		res := &results[pi][nw]
		agency.add(res.AgencyOK)
		place.add(res.PlaceOK)
		if !res.AgencyOK || !res.PlaceOK {
			got := fmt.Sprintf("agency %q place %q (dateline %q)", res.Agency, res.Place, res.DLText)
			if res.Err != "" {
				got = "error: " + res.Err
			}
			misses = append(misses, fmt.Sprintf("%s: want agency %q place %q; got %s", p.File, want.Agency, want.Place, got))
		}
	}
	fmt.Fprintf(w, "Wire datelines (truth's first paragraph opens with PLACE (AGENCY) —, read by this tool's own pattern): "+
		"%d pages; newswire's Dateline.Agency right on %s, Dateline.Place on %s.\n\n",
		agency.n, frac(agency.hit, agency.n), frac(place.hit, place.n))
	writeNotes(w, "Wire dateline misses", misses)
}

// writeWorst prints newswire's n lowest-scoring pages of an article set,
// or the n index pages it accepted.
func writeWorst(w io.Writer, set string, pages []*devPage, results [][]pageResult, nw, n int) {
	idx := make([]int, len(pages))
	for i := range idx {
		idx[i] = i
	}
	if set == setWCXBIndex {
		idx = slices.DeleteFunc(idx, func(i int) bool { return results[i][nw].Err != "" })
		fmt.Fprintf(w, "Index pages newswire returned as articles (%d; first %d):\n\n", len(idx), min(n, len(idx)))
		tb := newTable("file", "headline", "url")
		for _, i := range idx[:min(n, len(idx))] {
			tb.add(pages[i].File, orDash(results[i][nw].Headline), pages[i].URL)
		}
		tb.write(w)
		fmt.Fprintln(w)
		return
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(results[a][nw].F1, results[b][nw].F1), cmp.Compare(pages[a].File, pages[b].File))
	})
	// Refused pages all score 0 and would fill the list; they are shown
	// apart, so that the worst extractions are seen too.
	refused := slices.DeleteFunc(slices.Clone(idx), func(i int) bool { return !results[i][nw].refused() })
	extracted := slices.DeleteFunc(idx, func(i int) bool { return results[i][nw].refused() })
	fmt.Fprintf(w, "Pages newswire refused (%d; first %d):\n\n", len(refused), min(n, len(refused)))
	writeWorstTable(w, pages, results, nw, refused[:min(n, len(refused))])
	fmt.Fprintf(w, "newswire's %d worst pages among the %d it extracted:\n\n", min(n, len(extracted)), len(extracted))
	writeWorstTable(w, pages, results, nw, extracted[:min(n, len(extracted))])
}

// writeWorstTable prints newswire's scores on the pages idx.
func writeWorstTable(w io.Writer, pages []*devPage, results [][]pageResult, nw int, idx []int) {
	if len(idx) == 0 {
		return
	}
	tb := newTable("file", "F1", "P", "R", "error", "url")
	for _, i := range idx {
		r := &results[i][nw]
		e := r.Err
		if e == "" && r.Empty {
			e = "no text"
		}
		tb.add(pages[i].File, fmtScore(r.F1), fmtScore(r.P), fmtScore(r.R), orDash(e), pages[i].URL)
	}
	tb.write(w)
	fmt.Fprintln(w)
}

// detail is one JSON line of -details: newswire on one page.
type detail struct {
	Set          string   `json:"set"`
	File         string   `json:"file"`
	URL          string   `json:"url,omitempty"`
	Version      string   `json:"version,omitempty"`
	F1           float64  `json:"f1"`
	P            float64  `json:"p"`
	R            float64  `json:"r"`
	WordsGot     int      `json:"words_got"`
	WordsWant    int      `json:"words_want"`
	Error        string   `json:"error,omitempty"`
	Refused      bool     `json:"refused"`
	HeadlineOK   bool     `json:"headline_ok"`
	HeadlineGot  string   `json:"headline_got"`
	HeadlineWant string   `json:"headline_want"`
	AuthorsOK    *bool    `json:"authors_ok,omitempty"`
	AuthorsWords *bool    `json:"authors_words_ok,omitempty"`
	AuthorsGot   []string `json:"authors_got"`
	AuthorsWant  []string `json:"authors_want"`
	DateOK       *bool    `json:"date_ok,omitempty"`
	DateGot      string   `json:"date_got"`
	DateWant     string   `json:"date_want"`
	AgencyWant   string   `json:"agency_want,omitempty"`
	PlaceWant    string   `json:"place_want,omitempty"`
	AgencyGot    string   `json:"agency_got,omitempty"`
	PlaceGot     string   `json:"place_got,omitempty"`
	AgencyOK     *bool    `json:"agency_ok,omitempty"`
	PlaceOK      *bool    `json:"place_ok,omitempty"`
	DatelineText string   `json:"dateline_text,omitempty"`
	// ArticleAgency is newswire's Article.Agency, which may come from the
	// byline when the dateline names none.
	ArticleAgency string `json:"article_agency,omitempty"`
}

// writeDetails writes one JSON line per page with newswire's result.
func writeDetails(w io.Writer, pages []*devPage, results [][]pageResult, nw int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, p := range pages {
		r := &results[i][nw]
		d := detail{
			Set: p.Set, File: p.File, URL: p.URL, Version: p.Version,
			F1: round3(r.F1), P: round3(r.P), R: round3(r.R), WordsGot: r.Words, WordsWant: len(wcxbWords(p.Truth.Body)),
			Error: r.Err, Refused: r.refused(),
			HeadlineOK: r.HeadOK, HeadlineGot: r.Headline, HeadlineWant: p.Truth.Title,
			AuthorsGot: r.Authors, AuthorsWant: p.Truth.Authors,
			DateGot: r.Date, DateWant: p.Truth.Date,
			AgencyGot: r.Agency, PlaceGot: r.Place, DatelineText: r.DLText, ArticleAgency: r.ArticleAgency,
		}
		if len(p.Truth.Authors) > 0 {
			d.AuthorsOK, d.AuthorsWords = &r.AuthOK, &r.AuthWordsOK
		}
		if p.Truth.Date != "" {
			d.DateOK = &r.DateOK
		}
		if wd := p.Truth.Wire; wd != nil {
			d.AgencyWant, d.PlaceWant = wd.Agency, wd.Place
			d.AgencyOK, d.PlaceOK = &r.AgencyOK, &r.PlaceOK
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
