package main

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/newswire/newswire"
)

// wcxbWords returns the words of s as the WCXB metric counts them: s
// lower-cased and split into maximal runs of \w characters, which in the
// benchmark's Python are Unicode letters, numbers and the underscore.
// Combining marks are not \w there, so they split words here too.
func wcxbWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// wordScores returns the precision, recall and F1 of the multiset of words
// got against want. An empty extraction scores 0; so does an extraction of
// a page whose truth has no words, unless it is empty too (then 1).
func wordScores(got, want []string) (p, r, f1 float64) {
	if len(got) == 0 || len(want) == 0 {
		if len(got) == 0 && len(want) == 0 {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	counts := make(map[string]int, len(want))
	for _, w := range want {
		counts[w]++
	}
	common := 0
	for _, w := range got {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	if common == 0 {
		return 0, 0, 0
	}
	p = float64(common) / float64(len(got))
	r = float64(common) / float64(len(want))
	return p, r, 2 * p * r / (p + r)
}

// newswireText is the text newswire's article is scored with: its body
// paragraphs, with the dateline text it moved out of the first paragraph
// put back in front, since the truth keeps it there.
func newswireText(a *newswire.Article) string {
	body := a.Body
	if dl := a.Dateline.Text; dl != "" && (len(body) == 0 || !strings.HasPrefix(body[0], dl)) {
		body = append([]string{dl}, body...)
	}
	return strings.Join(body, "\n\n")
}

// publishedDay is the calendar day of a publication time as the page wrote
// it, in its own offset: "2025-10-14" for 2025-10-14T23:30:00-05:00. It is
// "" for the zero time.
func publishedDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// foldName lower-cases a name and collapses its white space.
func foldName(s string) string { return strings.ToLower(normSpace(s)) }

// sameHeadline reports whether got is the truth's title once white space is
// collapsed, case folded, invisible format characters (soft hyphens,
// zero-width spaces, which some truths keep from the page's markup) dropped
// and typographic quotes folded to the typewriter ones: a reader sees the
// same headline either way, and truths differ in which they record (a page
// prints "Beginner’s" in its <h1> while its truth says "Beginner's").
func sameHeadline(got, want string) bool {
	return got != "" && foldQuotes(foldName(dropFormat(got))) == foldQuotes(foldName(dropFormat(want)))
}

// sameHeadlineStrict is sameHeadline without folding quotes, reported beside
// it so that the effect of the folding can be seen.
func sameHeadlineStrict(got, want string) bool {
	return got != "" && foldName(dropFormat(got)) == foldName(dropFormat(want))
}

// quoteFolds maps the typographic single and double quotes (and the
// low and reversed forms some languages print) to ' and ".
var quoteFolds = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
)

// foldQuotes replaces typographic quotes in s by typewriter ones.
func foldQuotes(s string) string { return quoteFolds.Replace(s) }

// dropFormat removes Unicode format characters (category Cf) from s.
func dropFormat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

// authorWordsIn reports whether every word of every wanted author appears
// among the words of got (the tool's author names, joined). The words that
// only join names ("Jane Doe and Bob Roe", "X und Y") are not asked for:
// they are no one's name, and a tool that lists the two people has them.
func authorWordsIn(got, want []string) bool {
	have := map[string]bool{}
	for _, w := range wcxbWords(strings.Join(got, " ")) {
		have[w] = true
	}
	n := 0
	for _, w := range wcxbWords(strings.Join(want, " ")) {
		if nameJoiners[w] {
			continue
		}
		if !have[w] {
			return false
		}
		n++
	}
	return n > 0
}

// sameCredits is sameAuthorSet for a tool that files a news agency apart
// from its people: a truth credit that names the same agency as agency
// ("Associated Press" for "AP") is matched by it, the rest by authors.
func sameCredits(authors []string, agency string, want []string) bool {
	var people []string
	matched := false
	for _, w := range want {
		if agency != "" && agencyKey(w) == agencyKey(agency) {
			matched = true
			continue
		}
		people = append(people, w)
	}
	if len(people) == 0 {
		return matched && len(authors) == 0
	}
	return sameAuthorSet(authors, people)
}

// agencyKey folds the long and short names of the agencies the dev sets
// credit to one key; other names are only case-folded.
func agencyKey(s string) string {
	s = foldName(strings.TrimPrefix(foldName(s), "the "))
	switch s {
	case "associated press":
		return "ap"
	case "deutsche presse-agentur":
		return "dpa"
	case "agence france-presse", "agence france presse":
		return "afp"
	case "schweizerische depeschenagentur":
		return "sda"
	}
	// An agency's national service ("AFP Deutschland", "Reuters UK") is
	// credited under the agency's name plus one word of country or language.
	if name, edition, ok := strings.Cut(s, " "); ok && !strings.Contains(edition, " ") {
		switch name {
		case "afp", "ap", "dpa", "reuters", "efe", "ansa", "apa":
			return name
		}
	}
	return s
}

// nameJoiners are the words that join two names in a credit line, in the
// languages of the dev sets: and, und, et, y, e, og, och.
var nameJoiners = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "og": true, "och": true}

// sameAuthorSet reports whether got and want name the same authors, each
// compared after white space and case folding, order and repeats ignored.
func sameAuthorSet(got, want []string) bool {
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			if f := foldName(n); f != "" {
				m[f] = true
			}
		}
		return m
	}
	g, w := set(got), set(want)
	if len(g) != len(w) || len(w) == 0 {
		return false
	}
	for n := range w {
		if !g[n] {
			return false
		}
	}
	return true
}

// splitByline splits a peer's author string ("A; B", "A, B and C") into
// names, a leading "by" dropped, so that its authors can be compared as a
// set with the truth's.
func splitByline(s string) []string {
	s = normSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '&' || r == '|' })
	var out []string
	for _, f := range fields {
		for _, part := range strings.Split(f, " and ") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// samePlace compares a dateline place with the truth's, ignoring case,
// white space and trailing punctuation.
func samePlace(got, want string) bool {
	fold := func(s string) string { return strings.TrimRight(foldName(s), " ,.") }
	return fold(got) == fold(want)
}

// isNotArticle reports whether err is newswire's refusal of a page that is
// not one story.
func isNotArticle(err error) bool { return errors.Is(err, newswire.ErrNotArticle) }
