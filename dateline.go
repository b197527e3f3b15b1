package newswire

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrNoDateline is returned by ParseDateline for text that is not a
// dateline.
var ErrNoDateline = errors.New("newswire: not a dateline")

// ParseDateline parses s, which must be a dateline and nothing else, such
// as "Beijing (AFP) Nov 15, 2025", "Seoul, Dec 18 (AFP) Dec 18, 2023",
// "MOSCOW (Reuters) -" or "MOSCOW, November 19. /TASS/.". A dateline that
// gives a month and day without a year has a zero Date; ParseDatelineAt
// completes it from a reference time.
func ParseDateline(s string) (Dateline, error) {
	return ParseDatelineAt(s, time.Time{})
}

// ParseDatelineAt is like ParseDateline, but completes a dateline that
// gives a month and day without a year ("WASHINGTON, May 4 (Reuters)")
// with the year of ref, typically the page's publication or fetch time: a
// month more than six months after ref's belongs to the year before, since
// a story is not dated far after it is read. A zero ref leaves the Date
// zero, as ParseDateline does. A dateline that states its year keeps it.
func ParseDatelineAt(s string, ref time.Time) (Dateline, error) {
	d, ok := lineDateline(s, ref)
	if !ok {
		return Dateline{}, fmt.Errorf("%w: %q", ErrNoDateline, truncate(s, 80))
	}
	return d, nil
}

// lineDateline reads s as a dateline standing alone, the way SMN and
// teasers print it on a line of its own.
func lineDateline(s string, ref time.Time) (Dateline, bool) {
	d, rest, ok := scanDateline(s, ref)
	return d, ok && rest == ""
}

// maxPlaceLen bounds the place part; the longest real ones are
// "KOUROU, French Guiana" and "HONG KONG/BEIJING/WASHINGTON".
const (
	maxPlaceLen  = 60
	maxAgencyLen = 40
)

// scanDateline reads a dateline at the start of s and returns it with the
// text that follows it, separators removed. ref is the page's publication
// time, which supplies the year of datelines that state none.
func scanDateline(s string, ref time.Time) (Dateline, string, bool) {
	s = strings.TrimSpace(s)
	if d, rest, ok := scanParenDateline(s, ref); ok {
		return d, rest, true
	}
	return scanBareAgencyDateline(s, ref)
}

// scanParenDateline reads the "PLACE[, Mon D] (AGENCY) [Mon D, YYYY]"
// family: SMN, AP, Reuters, Xinhua, Yonhap, UPI, AFP and dpa.
func scanParenDateline(s string, ref time.Time) (Dateline, string, bool) {
	open := strings.IndexByte(s[:min(len(s), maxPlaceLen+20)], '(')
	if open < 0 {
		return Dateline{}, "", false
	}
	closing := strings.IndexByte(s[open:min(len(s), open+maxAgencyLen+2)], ')')
	if closing < 0 {
		return Dateline{}, "", false
	}
	closing += open
	agency := strings.TrimSpace(s[open+1 : closing])
	if !isAgency(agency) {
		return Dateline{}, "", false
	}
	var place string
	var md monthDay
	agencyOnly := strings.TrimSpace(s[:open]) == ""
	if agencyOnly {
		// "(AP) — ...", "( Reuters )-": a known wire alone, the place
		// printed elsewhere or not at all.
		if _, known := knownAgency(agency); !known {
			return Dateline{}, "", false
		}
	} else {
		var ok bool
		if place, md, ok = splitPlace(strings.TrimSpace(s[:open])); !ok {
			return Dateline{}, "", false
		}
	}
	end := closing + 1
	post := s[end:]
	trimmed := strings.TrimLeft(post, " ")
	date, n, hasDate := scanFullDate(trimmed)
	if hasDate {
		end += len(post) - len(trimmed) + n
	}
	rest, sep := skipSeparator(s[end:])
	if !hasDate {
		date = dateFromMonthDay(md, ref)
		// Without a date or a dash after it, "(AP)" could be any aside in a
		// sentence; accept it only in the AP style of a known wire after an
		// upper-case place ("BOGOTA, Colombia (AP) Six men ...").
		// IANS writes "New Delhi, Sep 3 (IANS) Homegrown ..." with a
		// month and day but no dash: the month and day are evidence enough.
		if !sep && rest != "" {
			_, known := knownAgency(agency)
			if !known || !startsUpper(rest) || md.month == 0 && !agencyOnly && !isUpperWord(firstWord(place)) {
				return Dateline{}, "", false
			}
		}
	} else if !sep && rest != "" && !startsUpper(rest) {
		return Dateline{}, "", false
	}
	return Dateline{
		Text:   strings.TrimSpace(s[:end]),
		Place:  place,
		Agency: agency,
		Date:   date,
	}, rest, true
}

// bareAgencies are wires that follow the date without parentheses:
// "MOSCOW, November 19. /TASS/." and "TOKYO, March 13 Kyodo".
var bareAgencies = []struct{ mark, name string }{
	{"/TASS/", "TASS"}, {" Kyodo", "Kyodo"},
}

func scanBareAgencyDateline(s string, ref time.Time) (Dateline, string, bool) {
	head := s[:min(len(s), maxPlaceLen+30)]
	for _, b := range bareAgencies {
		// A mark opening with a space is first sought without it: Index
		// tries a match at each byte like its first, and a space opens
		// every word.
		// Its first byte first ('/', 'K'): few lines hold one near
		// their start, and every line scanned for a dateline comes here
		// when it has no agency in brackets.
		m := strings.TrimPrefix(b.mark, " ")
		if strings.IndexByte(head, m[0]) < 0 || !strings.Contains(head, m) {
			continue
		}
		i := strings.Index(head, b.mark)
		if i <= 0 {
			continue
		}
		pre := strings.TrimRight(strings.TrimSpace(s[:i]), ".")
		place, md, ok := splitPlace(pre)
		if !ok || md.month == 0 {
			continue
		}
		end := i + len(b.mark)
		rest, _ := skipSeparator(s[end:])
		return Dateline{
			Text:   strings.TrimSpace(s[:end]),
			Place:  place,
			Agency: b.name,
			Date:   dateFromMonthDay(md, ref),
		}, rest, true
	}
	return Dateline{}, "", false
}

// skipSeparator removes the dashes, colons and dots that part a dateline
// from its story ("—", "–", "--", "-", doubled "- –"), and reports whether
// there were any.
func skipSeparator(s string) (string, bool) {
	sep := false
	for {
		t := strings.TrimLeft(s, " \u00a0")
		switch {
		case strings.HasPrefix(t, "—"), strings.HasPrefix(t, "–"), strings.HasPrefix(t, "−"):
			_, size := utf8.DecodeRuneInString(t)
			s = t[size:]
		case strings.HasPrefix(t, "-"), strings.HasPrefix(t, ":"), strings.HasPrefix(t, "."):
			s = t[1:]
		default:
			return strings.TrimSpace(t), sep
		}
		sep = true
	}
}

type monthDay struct {
	month time.Month
	day   int
}

// splitPlace splits the text before the agency into the place and an
// optional month and day ("Seoul, Dec 18", "WASHINGTON, May 4", "Nov 15").
func splitPlace(pre string) (string, monthDay, bool) {
	pre = strings.TrimRight(pre, " ,")
	if pre == "" {
		return "", monthDay{}, false
	}
	if md, n, ok := scanMonthDay(pre); ok && n == len(pre) {
		return "", md, true
	}
	if i := strings.LastIndexByte(pre, ','); i > 0 {
		tail := strings.TrimSpace(pre[i+1:])
		if md, n, ok := scanMonthDay(tail); ok && n == len(tail) {
			place := strings.TrimSpace(pre[:i])
			return place, md, isPlace(place)
		}
	}
	return pre, monthDay{}, isPlace(pre)
}

// placeParticles are lower-case words that belong inside place names.
var placeParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "la": true,
	"le": true, "les": true, "am": true, "an": true, "der": true, "di": true, "du": true,
	"el": true, "al": true, "of": true, "on": true, "upon": true, "sur": true, "y": true,
	"van": true, "von": true, "bei": true, "en": true, "im": true, "au": true, "aux": true,
}

// isPlace reports whether s has the shape of a dateline place: a few
// capitalised words ("Washington DC", "CAPE CANAVERAL, Fla.",
// "HONG KONG/BEIJING", "São Paulo", "МОСКВА").
func isPlace(s string) bool {
	if s == "" || len(s) > maxPlaceLen || !startsUpper(s) {
		return false
	}
	// Words are read in place: isPlace is asked of many lines, most of
	// which fail on their first words.
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 7 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !placeParticles[strings.Trim(w, ",.")] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".,/-'’&", r) {
				return false
			}
		}
	}
	return true
}

// isAgency reports whether the text inside a dateline's parentheses names
// a wire or desk: a known one ("AFP", "dpa/lno") or one to four
// capitalised words without photo credits or figures ("RIA Novosti",
// "Reuters Life!").
func isAgency(s string) bool {
	if s == "" || len(s) > maxAgencyLen {
		return false
	}
	if _, ok := knownAgency(s); ok {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.EqualFold(w, "photo") || strings.EqualFold(w, "file") {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".-/&!", r) {
				return false
			}
		}
	}
	return true
}

// months maps the month names and abbreviations of datelines, English and
// Russian genitive, to months.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	// German, French, Spanish and Italian, as pages print their dates
	// ("8. Mai 2026", "3 avril 2025", "12 de marzo de 2025" is not read).
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12, "janvier": 1, "février": 2, "avril": 4, "juin": 6,
	"juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
}

// scanWord returns the letters at the start of s. It reads the opening of
// every line a dateline is looked for in: ASCII is told by its byte.
func scanWord(s string) string {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}

// scanMonth reads a month name with an optional dot ("Nov", "Nov.",
// "November", "Sept.") and returns it with the bytes read.
func scanMonth(s string) (time.Month, int, bool) {
	w := scanWord(s)
	if len(w) < 3 {
		return 0, 0, false
	}
	// Two ASCII letters that open no month's name tell a word that is
	// none (most capitalised words, names among them) without lowering
	// it and looking it up; lowering past ASCII leaves them as they are.
	if a, b := w[0], w[1]; a < utf8.RuneSelf && b < utf8.RuneSelf && !monthOpenings[lowerASCII(a)&31][lowerASCII(b)&31] {
		return 0, 0, false
	}
	var buf [64]byte
	m, ok := months[string(appendLower(buf[:0], w))]
	if !ok {
		return 0, 0, false
	}
	n := len(w)
	if n < len(s) && s[n] == '.' {
		n++
	}
	return m, n, true
}

// monthOpenings marks the first two letters of the months' names that
// open with two ASCII letters, by their low five bits (a letter's place
// in the alphabet).
var monthOpenings = func() (t [32][32]bool) {
	for m := range months {
		if m[0] < utf8.RuneSelf && m[1] < utf8.RuneSelf {
			t[m[0]&31][m[1]&31] = true
		}
	}
	return t
}()

// scanNumber reads up to max digits, and none when more follow them.
func scanNumber(s string, max int) (int, int) {
	v, i := leadingDigits(s, max)
	if i < len(s) && isDigit(s[i]) {
		return 0, 0 // more digits than a day or year has
	}
	return v, i
}

// leadingDigits reads up to max digits at the start of s, whatever
// follows them, and returns their value and how many there are.
func leadingDigits(s string, max int) (int, int) {
	v, i := 0, 0
	for i < len(s) && i < max && isDigit(s[i]) {
		v = v*10 + int(s[i]-'0')
		i++
	}
	return v, i
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// scanMonthDay reads "Nov 15", "Jan. 18", "November 19", "19 November" or
// "8. Mai".
func scanMonthDay(s string) (monthDay, int, bool) {
	if m, n, ok := scanMonth(s); ok {
		i := skipSpaces(s, n)
		if d, k := scanNumber(s[i:], 2); k > 0 && d >= 1 && d <= 31 {
			return monthDay{m, d}, i + k, true
		}
		return monthDay{}, 0, false
	}
	if d, k := scanNumber(s, 2); k > 0 && d >= 1 && d <= 31 {
		if k < len(s) && s[k] == '.' && k+1 < len(s) && s[k+1] == ' ' {
			k++ // the German "8. Mai"
		}
		i := skipSpaces(s, k)
		if i > k {
			if m, n, ok := scanMonth(s[i:]); ok {
				return monthDay{m, d}, i + n, true
			}
		}
	}
	return monthDay{}, 0, false
}

// scanFullDate reads "Nov 15, 2025", "June 1, 2023", "Dec 16 2011",
// "Dec 19th 2025" or "15 November 2025" at the start of s.
func scanFullDate(s string) (Date, int, bool) {
	md, n, ok := scanMonthDay(s)
	if !ok {
		return Date{}, 0, false
	}
	i := n
	if i+2 <= len(s) && md.month != 0 && isOrdinalSuffix(s[i:i+2]) && (i+2 == len(s) || !unicode.IsLetter(rune(s[i+2]))) {
		i += 2 // "Dec 19th 2025"
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipSpaces(s, i)
	y, k := scanNumber(s[i:], 4)
	if k != 4 {
		return Date{}, 0, false
	}
	d, ok := MakeDate(y, md.month, md.day)
	return d, i + k, ok
}

func isOrdinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// dateFromMonthDay completes a month and day with the year of ref: a month
// more than six months after ref's belongs to the year before.
func dateFromMonthDay(md monthDay, ref time.Time) Date {
	if md.month == 0 || ref.IsZero() {
		return Date{}
	}
	y := ref.Year()
	if int(md.month)-int(ref.Month()) > 6 {
		y--
	}
	d, _ := MakeDate(y, md.month, md.day)
	return d
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '"' || r == '“' || r == '\'' || unicode.IsDigit(r)
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		return s[:i]
	}
	return s
}

// isUpperWord reports text written in capitals with at least two letters
// ("BOGOTA", "AHMED", "CYBER WARS").
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
