package newswire

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxBylineLen caps a credit line; longer text is a sentence, not a byline.
const maxBylineLen = 120

// ParseByline reads a credit line such as "by AFP Staff Writers",
// "By Lucie AUBOURG with Issam AHMED in Washington" or
// "By Toby Muse, Associated Press". It returns the byline as printed
// without its leading "by" and outlet tails ("| Jan. 03, 2018"), the people
// it names as written, and the agency it credits, if any. Desks such as
// "Staff Writers" are not people. ok is false when s is not a byline.
func ParseByline(s string) (byline string, authors []string, agency string, ok bool) {
	s, ok = stripBy(strings.TrimSpace(s))
	if !ok {
		return "", nil, "", false
	}
	s = cutBylineTail(s)
	if s == "" || len(s) > maxBylineLen {
		return "", nil, "", false
	}
	for _, part := range splitNames(s) {
		part, tail := cutAgencyTail(part)
		if tail != "" && agency == "" {
			agency = tail
		}
		if part == "" {
			continue
		}
		if a, ok := knownAgency(part); ok {
			if agency == "" {
				agency = a
			}
			continue
		}
		if isDesk(part) {
			if agency == "" {
				if a, ok := knownAgency(firstWord(part)); ok {
					agency = a
				}
			}
			continue
		}
		name := cutPlaceTail(part)
		if !isPersonName(name) {
			continue
		}
		authors = append(authors, name)
	}
	return s, authors, agency, true
}

// cutAgencyTail separates an agency written after a name without a comma,
// as syndicated copy and some templates print it: "Patrick GALEY Agence
// France-Presse", "TOM OKAFOR Associated Press".
func cutAgencyTail(part string) (string, string) {
	for _, name := range agencyLongNames {
		if len(part) > len(name) && strings.EqualFold(part[len(part)-len(name):], name) && part[len(part)-len(name)-1] == ' ' {
			a, _ := knownAgency(name)
			return strings.TrimSpace(part[:len(part)-len(name)]), a
		}
	}
	return part, ""
}

// stripBy removes a leading "by" word ("by", "By", "BY", "By:", and the
// French "Par" and Spanish and Portuguese "Por"), never the letters of a
// name such as "Abby" or "Kirby".
func stripBy(s string) (string, bool) {
	n := 0
	switch {
	case len(s) >= 4 && strings.EqualFold(s[:2], "by"):
		n = 2
	case len(s) >= 5 && (strings.EqualFold(s[:3], "par") || strings.EqualFold(s[:3], "por")):
		n = 3
	default:
		return s, false
	}
	if s[n] == ' ' || s[n] == ':' {
		return strings.TrimLeft(s[n+1:], " :"), true
	}
	return s, false
}

// bylineTailWords open what templates print after the names on the same
// line: dates, "Updated", social handles.
var bylineTailWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "follow": true, "last": true,
	"on": true, "at": true, "|": true, "-": true, "—": true, "–": true, "•": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// cutBylineTail keeps the names of a credit line and drops what follows
// them on the line: "Erin Cunningham March 18 at 3:57 PM Follow @erin",
// "Dan Goodin - Apr 16, 2015", "Alex Perry 1 day ago", "UPI Staff | Jan. 03".
func cutBylineTail(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i == 0 {
			continue
		}
		_, _, isMonth := scanMonthDay(w + " " + strings.Join(words[i+1:min(i+2, len(words))], " "))
		if bylineTailWords[strings.ToLower(strings.TrimRight(w, ",."))] || isMonth || w[0] >= '0' && w[0] <= '9' || w[0] == '@' {
			words = words[:i]
			break
		}
	}
	return strings.TrimRight(strings.Join(words, " "), " ,;:")
}

// isBylineText reports whether a block of text is a credit line.
func isBylineText(s string) bool {
	_, ok := stripBy(s)
	return ok && len(s) <= maxBylineLen+3
}

// splitNames splits "A and B", "A with B", "A, B & C" and
// "Toby Muse, Associated Press" into their parts.
func splitNames(s string) []string {
	for _, sep := range nameSeparators {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	parts := strings.Split(s, "\x00")
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(strings.TrimPrefix(p, "avec "), "with ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// nameSeparators part the names of a byline, in the languages wire copy
// is republished in ("Martin Untersinger (avec Damien Leloup et Morgane
// Tual)").
var nameSeparators = []string{" and ", " with ", " & ", " AND ", ", ", " et ", " y ", " e ", " und ", " (", ")"}

// deskWords mark a byline part as a desk rather than a person.
var deskWords = []string{
	"staff", "writers", "writer", "desk", "wire", "wires", "reporters", "correspondent",
	"correspondents", "editors", "editor", "service", "agencies", "bureau", "newsroom",
	"team", "contributors", "press release", "news",
}

func isDesk(part string) bool {
	lower := strings.ToLower(part)
	for _, w := range strings.Fields(lower) {
		for _, d := range deskWords {
			if w == d {
				return true
			}
		}
	}
	return false
}

// cutPlaceTail removes where a reporter filed from: "Issam AHMED in
// Washington" is Issam AHMED.
func cutPlaceTail(s string) string {
	if i := strings.Index(s, " in "); i > 0 && startsUpper(s[i+4:]) {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// nameParticles are lower-case words inside personal names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "al": true, "di": true, "du": true, "le": true, "la": true, "dos": true, "del": true,
}

// isPersonName reports whether s looks like a name: two to five words, each
// capitalised or a particle, no digits.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || len(s) > 60 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r) {
				return false
			}
		}
	}
	return true
}

// splitBylineDateline splits a credit line flattened onto one line with the
// dateline, "by Staff Writers Kourou, French Guiana (AFP) Dec 16, 2011",
// into the byline text and the dateline. Where the byline ends is decided
// by the byline's own shape: a desk ends with its desk word, an AFP name
// with its capitalised family name, other names after two words (three
// with a middle initial).
func splitBylineDateline(s string, ref time.Time) (string, Dateline, bool) {
	body, ok := stripBy(s)
	if !ok {
		return "", Dateline{}, false
	}
	open := strings.IndexByte(body, '(')
	if open < 0 {
		return "", Dateline{}, false
	}
	// The words before the agency, as spans of body: a byline and a place
	// never run to more than maxHeadWords.
	var spans [maxHeadWords][2]int
	n := 0
	for i := 0; i < open; {
		for i < open && body[i] == ' ' {
			i++
		}
		if i == open {
			break
		}
		if n == maxHeadWords {
			return "", Dateline{}, false
		}
		start := i
		for i < open && body[i] != ' ' {
			i++
		}
		spans[n] = [2]int{start, i}
		n++
	}
	word := func(k int) string { return body[spans[k][0]:spans[k][1]] }
	if n < 2 {
		return "", Dateline{}, false
	}
	try := func(k int) (string, Dateline, bool) {
		if k <= 0 || k >= n {
			return "", Dateline{}, false
		}
		off := spans[k-1][1]
		d, tail, ok := scanDateline(body[off:], ref)
		if !ok || tail != "" {
			return "", Dateline{}, false
		}
		by := strings.TrimSpace(s[:len(s)-len(body)])
		return by + " " + body[:off], d, true
	}
	for k := range n {
		w := strings.Trim(word(k), ",.")
		switch {
		case strings.EqualFold(w, "writers"), strings.EqualFold(w, "writer"),
			strings.EqualFold(w, "reporters"), strings.EqualFold(w, "correspondent"),
			strings.EqualFold(w, "staff") && (k+1 >= n || !isDesk(word(k+1))):
			return try(k + 1)
		}
	}
	for k := 1; k < n; k++ {
		if isUpperWord(word(k)) && !isUpperWord(word(0)) {
			return try(k + 1)
		}
	}
	k := 2
	if n > 3 && len(strings.TrimSuffix(word(1), ".")) == 1 {
		k = 3
	}
	return try(k)
}

// maxHeadWords bounds the words of a byline and place run together.
const maxHeadWords = 16
