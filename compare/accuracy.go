package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newswire/newswire"
)

// extractAll runs every extracting tool (those with an extract function)
// on p, in the order of tools; the floor gets a zero extraction.
func extractAll(p *page, tools []tool) []extraction {
	out := make([]extraction, len(tools))
	for i, t := range tools {
		if t.extract != nil {
			out[i] = t.extract(p.HTML, p.URL)
		}
	}
	return out
}

// extractors returns the tools that extract an article, dropping the floor.
func extractors(tools []tool) []tool {
	var out []tool
	for _, t := range tools {
		if t.extract != nil {
			out = append(out, t)
		}
	}
	return out
}

// tally counts hits for a "k/n" cell.
type tally struct{ hit, n int }

func (t *tally) add(ok bool) string {
	t.n++
	if ok {
		t.hit++
		return "✓"
	}
	return "✗"
}

func (t tally) String() string {
	if t.n == 0 {
		return "—"
	}
	return fmt.Sprintf("%d/%d", t.hit, t.n)
}

// meanOf accumulates a mean of scores.
type meanOf struct {
	sum float64
	n   int
}

func (m *meanOf) add(x float64) string {
	m.sum += x
	m.n++
	return fmtScore(x)
}

func (m meanOf) String() string {
	if m.n == 0 {
		return "—"
	}
	return fmtScore(m.sum / float64(m.n))
}

func fmtScore(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// writeTestdataAccuracy prints table B: every extractor against the golden
// JSON of the testdata pages.
func writeTestdataAccuracy(w io.Writer, pages []*page, tools []tool) {
	ex := extractors(tools)
	fmt.Fprintf(w, "## B. Accuracy on testdata pages (golden JSON)\n\n")
	fmt.Fprintf(w, "Headline: exact match after white space is collapsed. "+
		"Byline: exact match after white space is collapsed, case is folded and a leading \"by\" is dropped "+
		"(newswire's Byline, go-trafilatura's Metadata.Author, go-readability's Byline()). "+
		"Dateline date: newswire's Dateline.Date against the golden one (pages whose golden file and result both have none are not counted); "+
		"the other tools have no dateline. "+
		"Body: bag-of-words F1 of the lower-cased words of the golden Body paragraphs against the tool's text "+
		"(newswire's Body, go-trafilatura's ContentText, go-readability's RenderText). "+
		"A tool that fails on a page scores ✗ and 0.\n\n")

	header := []string{"page"}
	for _, metric := range []string{"headline", "byline", "dateline date", "body F1"} {
		for _, t := range ex {
			header = append(header, metric+" "+t.name)
		}
	}
	tb := newTable(header...)
	heads := make([]tally, len(ex))
	bylines := make([]tally, len(ex))
	var dates tally
	f1s := make([]meanOf, len(ex))
	var missing, notArticles, failures []string
	for _, p := range pages {
		if p.Golden == nil {
			missing = append(missing, p.Name)
			continue
		}
		results := extractAll(p, ex)
		if p.Golden.Error != "" {
			got := "returns an article"
			if nw := newswireIndex(ex); nw < 0 {
				got = "not run"
			} else if err := results[nw].Err; err != nil {
				got = "fails: " + err.Error()
			}
			notArticles = append(notArticles, fmt.Sprintf("%s (golden error %q; newswire %s)", p.Name, p.Golden.Error, got))
			continue
		}
		want := &p.Golden.Article
		wantText := strings.Join(want.Body, "\n")
		var hcells, bcells, dcells, fcells []string
		for i, r := range results {
			if r.Err != nil {
				failures = append(failures, fmt.Sprintf("%s on %s: %v", ex[i].name, p.Name, r.Err))
			}
			hcells = append(hcells, heads[i].add(r.Err == nil && normSpace(r.Headline) == normSpace(want.Headline)))
			bcells = append(bcells, bylines[i].add(r.Err == nil && normByline(r.Byline) == normByline(want.Byline)))
			if r.Article == nil { // not newswire
				dcells = append(dcells, "—")
			} else {
				dcells = append(dcells, dateCell(&dates, r, want.Dateline.Date.String()))
			}
			f1 := 0.0
			if r.Err == nil {
				f1 = tokenF1(r.Text, wantText)
			}
			fcells = append(fcells, f1s[i].add(f1))
		}
		tb.add(append(append(append(append([]string{p.Name}, hcells...), bcells...), dcells...), fcells...)...)
	}
	mean := []string{"**mean**"}
	for i := range ex {
		mean = append(mean, "**"+heads[i].String()+"**")
	}
	for i := range ex {
		mean = append(mean, "**"+bylines[i].String()+"**")
	}
	for _, t := range ex {
		if t.name == "newswire" {
			mean = append(mean, "**"+dates.String()+"**")
		} else {
			mean = append(mean, "—")
		}
	}
	for i := range ex {
		mean = append(mean, "**"+f1s[i].String()+"**")
	}
	if tb.len() > 0 {
		tb.add(mean...)
		tb.write(w)
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "No testdata page has a golden article yet.\n\n")
	}
	writeNotes(w, "Skipped, no golden NAME.json yet", missing)
	writeNotes(w, "Skipped, not an article", notArticles)
	writeNotes(w, "Failures", failures)
}

// dateCell scores newswire's dateline date against want ("" for none).
func dateCell(t *tally, r extraction, want string) string {
	got := ""
	if r.Article != nil {
		got = r.Article.Dateline.Date.String()
	}
	if got == "" && want == "" && r.Err == nil {
		return "· (none)"
	}
	mark := t.add(r.Err == nil && got == want)
	switch {
	case r.Err != nil:
		return mark
	case got == want:
		return mark + " " + got
	case got == "":
		return mark + " none, want " + want
	case want == "":
		return mark + " " + got + ", want none"
	}
	return mark + " " + got + ", want " + want
}

// writeEvalAccuracy prints section C: the readability-news pages against
// their expected metadata and text, newswire's agency and dateline for a
// human to check, and what each tool extracts from the trafilatura-wire
// pages.
func writeEvalAccuracy(w io.Writer, dir string, pages []*page, tools []tool) {
	ex := extractors(tools)
	fmt.Fprintf(w, "## C. Accuracy on real pages (%s)\n\n", dir)
	if pages == nil {
		fmt.Fprintf(w, "Skipped: %s does not exist (or no page matches -pages).\n\n", dir)
		return
	}

	var rpages, tpages []*page
	for _, p := range pages {
		switch p.Set {
		case setReadability:
			rpages = append(rpages, p)
		case setTrafilatura:
			tpages = append(tpages, p)
		}
	}

	var failures []string
	if len(rpages) > 0 {
		fmt.Fprintf(w, "### %s\n\n", setReadability)
		fmt.Fprintf(w, "Headline: exact match with expected-metadata.json's title after white space is collapsed. "+
			"Byline: bag-of-words F1 against its byline, a leading \"by\" dropped from both (1.00 when both are empty). "+
			"Body: bag-of-words F1 against the text of expected.html (tags stripped with x/net/html, white space collapsed). "+
			"Note: %s.\n\n", readabilityNote)
		header := []string{"page"}
		for _, metric := range []string{"headline", "byline F1", "body F1"} {
			for _, t := range ex {
				header = append(header, metric+" "+t.name)
			}
		}
		tb := newTable(header...)
		nw := newswireIndex(ex)
		dl := newTable("page", "newswire headline", "byline", "agency", "dateline text", "place", "dateline agency", "date")
		heads := make([]tally, len(ex))
		bylines := make([]meanOf, len(ex))
		bodies := make([]meanOf, len(ex))
		for _, p := range rpages {
			results := extractAll(p, ex)
			var hcells, bcells, fcells []string
			for i, r := range results {
				if r.Err != nil {
					failures = append(failures, fmt.Sprintf("%s on %s: %v", ex[i].name, p.Name, r.Err))
				}
				hcells = append(hcells, heads[i].add(r.Err == nil && normSpace(r.Headline) == normSpace(p.Meta.Title)))
				bf, tf := 0.0, 0.0
				if r.Err == nil {
					bf = tokenF1(normByline(r.Byline), normByline(p.Meta.Byline))
					tf = tokenF1(r.Text, p.RefText)
				}
				bcells = append(bcells, bylines[i].add(bf))
				fcells = append(fcells, bodies[i].add(tf))
			}
			tb.add(append(append(append([]string{p.Name}, hcells...), bcells...), fcells...)...)
			if nw >= 0 {
				dl.add(newswireRow(p.Name, results[nw])...)
			}
		}
		mean := []string{"**mean**"}
		for i := range ex {
			mean = append(mean, "**"+heads[i].String()+"**")
		}
		for i := range ex {
			mean = append(mean, "**"+bylines[i].String()+"**")
		}
		for i := range ex {
			mean = append(mean, "**"+bodies[i].String()+"**")
		}
		tb.add(mean...)
		tb.write(w)
		if nw >= 0 {
			fmt.Fprintf(w, "\nnewswire's headline, byline, agency and dateline on these pages, for a human to check:\n\n")
			dl.write(w)
		}
		fmt.Fprintln(w)
	}

	if len(tpages) > 0 {
		fmt.Fprintf(w, "### %s\n\n", setTrafilatura)
		fmt.Fprintf(w, "No reference: what each tool extracts. Body words are the lower-cased words of its text.\n\n")
		tb := newTable("page", "tool", "headline", "byline", "body words", "body chars", "agency", "dateline")
		for _, p := range tpages {
			for i, r := range extractAll(p, ex) {
				if r.Err != nil {
					failures = append(failures, fmt.Sprintf("%s on %s: %v", ex[i].name, p.Name, r.Err))
					tb.add(p.Name, ex[i].name, "error", "", "", "", "", "")
					continue
				}
				agency, dateline := "—", "—"
				if a := r.Article; a != nil {
					agency, dateline = orDash(a.Agency), datelineSummary(a)
				}
				tb.add(p.Name, ex[i].name, orDash(r.Headline), orDash(r.Byline),
					strconv.Itoa(len(tokens(r.Text))), strconv.Itoa(len([]rune(normSpace(r.Text)))), agency, dateline)
			}
		}
		tb.write(w)
		fmt.Fprintln(w)
	}
	writeNotes(w, "Failures", failures)
}

// newswireIndex is the position of newswire among the tools run, or -1
// when -tools leaves it out.
func newswireIndex(ex []tool) int {
	for i, e := range ex {
		if e.name == "newswire" {
			return i
		}
	}
	return -1
}

// newswireRow is a row of the table of newswire's own fields.
func newswireRow(name string, r extraction) []string {
	if r.Err != nil {
		return []string{name, "error: " + r.Err.Error(), "", "", "", "", "", ""}
	}
	a := r.Article
	d := a.Dateline
	return []string{name, orDash(a.Headline), orDash(a.Byline), orDash(a.Agency),
		orDash(d.Text), orDash(d.Place), orDash(d.Agency), orDash(d.Date.String())}
}

// datelineSummary is newswire's dateline as "Text [place; agency; date]",
// or "—" when it has none.
func datelineSummary(a *newswire.Article) string {
	d := a.Dateline
	if d.IsZero() {
		return "—"
	}
	return fmt.Sprintf("%s [%s; %s; %s]", d.Text, orDash(d.Place), orDash(d.Agency), orDash(d.Date.String()))
}
