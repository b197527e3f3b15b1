package newswire

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// published is the page's publication time: its metadata's, else the date
// it prints by the headline, else a date in its address. A date found in
// text has no time of day: it is midnight UTC of that day, whose calendar
// day is the page's.
func (p *page) published(headline string) time.Time {
	if t := p.meta.publishedTime(); !t.IsZero() {
		return t
	}
	if d, ok := p.printedDate(headline); ok {
		return d.Time()
	}
	if d, ok := urlDate(p.url); ok {
		return d.Time()
	}
	return time.Time{}
}

// Where a page prints its date around the headline, in blocks: bylines
// and date lines sit under it, toplines above it.
const (
	printedDateAfter  = 10
	printedDateBefore = 4
)

// printedDate finds the publication date printed near the headline:
// "Published March 3, 2025", "By Jane Roe | Dec 19, 2025", "19.12.2025".
func (p *page) printedDate(headline string) (Date, bool) {
	hl, ok := p.headlineByTitle()
	if !ok || p.blocks[hl].text != headline {
		hl = p.blockWithText(headline)
	}
	if hl < 0 {
		return Date{}, false
	}
	try := func(i int) (Date, bool) {
		b := &p.blocks[i]
		if b.caption > 0 || len(b.text) > maxDateLine || isDatelineText(b.text) {
			return Date{}, false // a dateline's date is the story's, never the page's
		}
		return datePrintedIn(b.text)
	}
	for i := hl + 1; i < len(p.blocks) && i <= hl+printedDateAfter; i++ {
		if d, ok := try(i); ok {
			return d, true
		}
	}
	for i := hl - 1; i >= 0 && i >= hl-printedDateBefore; i-- {
		if d, ok := try(i); ok {
			return d, true
		}
	}
	return Date{}, false
}

// blockWithText returns the index of the first block whose text is s, or
// -1.
func (p *page) blockWithText(s string) int {
	if s == "" {
		return -1
	}
	for i := range p.blocks {
		if p.blocks[i].text == s {
			return i
		}
	}
	return -1
}

// maxDateLine bounds a line that states a page's date; longer text is a
// paragraph that may mention any date.
const maxDateLine = 120

// updateWords mark a printed date as the last change, not the
// publication: "Updated Dec 19, 2025", "Last modified: ...".
var updateWords = []string{"updated", "modified", "edited", "aktualisiert", "actualizado", "mis à jour", "reviewed"}

// datePrintedIn returns the first date in a short line that is not marked
// as an update. A line that ends a sentence is running text ("On March 3,
// 2025, the company said."), not a date line.
func datePrintedIn(s string) (Date, bool) {
	if endsSentence(s) {
		return Date{}, false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && (i == 0 || !unicode.IsLetter(prev) && !unicode.IsDigit(prev)) {
			if d, n, ok := scanDateAt(s[i:]); ok && !followsWord(s[i+n:]) {
				if !isUpdateLabel(s[:i]) {
					return d, true
				}
				i += n
				continue
			}
		}
		i += size
	}
	return Date{}, false
}

// followsWord reports text that goes on with a letter or digit, which
// makes what was read before it part of something longer.
func followsWord(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isUpdateLabel reports whether the text before a date ends in an update
// label, with at most a few words between ("Updated on", "Last modified:").
func isUpdateLabel(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.Trim(words[k], ":,.-|·•")
		for _, u := range updateWords {
			if strings.HasPrefix(w, strings.Fields(u)[0]) {
				return true
			}
		}
		if w == "published" || w == "posted" || w == "veröffentlicht" || w == "publié" {
			return false
		}
	}
	return false
}

// isDatelineText reports a line that opens with a dateline, with or
// without a byline before it.
func isDatelineText(s string) bool {
	if _, _, ok := scanDateline(s, time.Time{}); ok {
		return true
	}
	_, _, ok := splitBylineDateline(s, time.Time{})
	return ok
}
