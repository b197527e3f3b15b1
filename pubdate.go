package newswire

import (
	"bytes"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// published is the page's publication time: its metadata's, else the date
// it prints by the headline, else a date in its address. A page that
// states only when it was last updated ("Updated March 13, 2024", a
// dateModified) gets that time, the only one it gives. A date found in
// text has no time of day: it is midnight UTC of that day, whose calendar
// day is the page's.
func (p *page) published(headline string) time.Time {
	if t := p.meta.publishedTime(); !t.IsZero() {
		// Only the date by the headline is weighed against the
		// metadata: a labelled line anywhere on the page costs a
		// look at every block, on every page with metadata.
		if printed, _, _ := p.datesByHeadline(headline, t); printedWellBefore(printed, t) {
			return printed.Time()
		}
		return t
	}
	printed, updated := p.printedDate(headline)
	if !printed.IsZero() {
		return printed.Time()
	}
	if d, ok := urlDate(p.url); ok {
		return d.Time()
	}
	for _, s := range []string{p.meta.modified, p.meta.article().modified} {
		if t, ok := parseMetaTime(s); ok {
			return t
		}
	}
	if !updated.IsZero() {
		return updated.Time()
	}
	return time.Time{}
}

// printedWellBefore reports a date printed by the headline more than
// staleMetaDays before the publication time the metadata states: the
// story was out on the printed day, and the metadata's time is when the
// page was moved, imported or republished (a CMS migration stamps every
// page with its day). A page never shows a date before it was published;
// it may show a later one, its last update, so only an earlier date
// outweighs the metadata. A printed date that is the metadata's day with
// day and month swapped ("06/01/2026" for January 6) is the same date
// misread, not an earlier one.
func printedWellBefore(printed Date, meta time.Time) bool {
	if printed.IsZero() || meta.IsZero() {
		return false
	}
	y, m, d := meta.Date()
	if printed.Year > y || printed.Year == y && (printed.Month > m || printed.Month == m && printed.Day+staleMetaDays >= d) {
		return false // as most are: the metadata's day or after, or days before in its month
	}
	if printed.Year == y && int(printed.Month) == d && printed.Day == int(m) {
		return false
	}
	metaDay := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return metaDay.Sub(printed.Time()) > staleMetaDays*24*time.Hour
}

// staleMetaDays is how many days before the metadata's publication a
// printed date must be to outweigh it: a day or two is a time zone or a
// story drafted the day before.
const staleMetaDays = 7

// publicationDateLine reports a line that prints the page's own date,
// which alone may outweigh the metadata's (see printedWellBefore): the
// date bare, or with a publication label, a weekday, a time of day, a
// byline, a reading time, an update stamp or, set off by a separator, a
// place or a name ("On 8 Oct 2022", "Published Apr 26, 2023", "24 Apr
// 2000 • 3 min read", "03/01/2017 by Jane Roe, Staff Writer", "Berlin |
// 05.03.2024", "Jane Roe, Reuters · 3 March 2019"). A kicker with other
// words dates something else, a day in history or an event
// ("Remembering June 6, 1944", "Event date: 12 January 2024", "Part 3 of
// our series, launched 2023-11-02"), and the metadata stands.
//
// vouched tells a line whose items say it dates the publication: a
// publication label, a byline, a time of day, a reading time or an
// update stamp. A line that is a date alone, or with "On", a weekday or
// a place, is also how an anniversary kicker is printed ("On June 6,
// 1944", "D-Day | June 6, 1944", "Tuesday, September 11, 2001"), so it
// is trusted only so far back (see withinPlainDateLineSpan).
//
// It is asked only of a line whose date is well before the metadata's,
// on few pages.
func publicationDateLine(s string) (ok, vouched bool) {
	at, n := publishedDateSpan(s)
	if n == 0 {
		return false, false
	}
	head, tail := s[:at], s[at+n:]
	// The words between the date and the separators on either side are
	// its label and its time.
	hs, he, headWeak := lastDateLineSeparator(head)
	ts, te, tailWeak := nextDateLineSeparator(tail)
	prefix, suffix := head[he:], tail[:ts]
	ok, vouched = isPublicationPrefix(prefix)
	if !ok {
		// A name right before the date, with no separator: "Jane Roe 3
		// March 2019". A place is printed so too, so it vouches for
		// nothing.
		if !isPersonName(strings.TrimSpace(prefix)) || headWeak {
			return false, false
		}
	}
	if opensByline(suffix) {
		return true, true // what follows is the credit: names, job titles
	}
	if suffix = strings.TrimSpace(suffix); suffix != "" {
		if !isClockPart(suffix) && !isReadingTime(suffix) {
			return false, false
		}
		vouched = true // "Mar 3, 2019 10:30 am", "Mar 3, 2019 5 min read"
	}
	headFit, headVouched := dateLinePartsFit(head[:hs], false, headWeak)
	tailFit, tailVouched := dateLinePartsFit(tail[te:], tailWeak, false)
	return headFit && tailFit, headFit && tailFit && (vouched || headVouched || tailVouched)
}

// plainDateLineYears bounds how far before the metadata's publication a
// date line that vouches for nothing (see publicationDateLine) may set
// the page's date. The dev set's pages whose metadata is a migration's
// day print such a line at most 10.6 years before it (a 2013 story
// stamped in 2024); the kickers of anniversaries past the tenth (the
// 20th, 25th, 50th, 80th) lie beyond 15 years, half-way to the 20th.
// The tenth itself is not told from a migrated decade-old story.
const plainDateLineYears = 15

// withinPlainDateLineSpan reports a printed date less than
// plainDateLineYears before the metadata's time meta.
func withinPlainDateLineSpan(printed Date, meta time.Time) bool {
	return printed.Time().AddDate(plainDateLineYears, 0, 0).After(meta)
}

// publishedDateSpan finds the date datesPrintedIn reads as a line's
// publication: the first not after an update label. It returns where the
// date opens and its length, 0 when the line has none.
func publishedDateSpan(s string) (at, n int) {
	_, at, n, _ = scanPrintedDates(s)
	return at, n
}

// dateLineSeparators part the items of a date line ("Berlin | 05.03.2024 •
// 3 min read"); a comma or semicolon parts them too, but weaker (see
// dateLinePartsFit).
var dateLineSeparators = []string{"|", "•", "·", "⋅", "●", "▪", "—", "–", " - ", " / ", ",", ";"}

// nextDateLineSeparator returns where the first separator of s opens and
// ends, and whether it is a comma or semicolon; without one, both are
// len(s).
func nextDateLineSeparator(s string) (start, end int, weak bool) {
	start, end = len(s), len(s)
	for _, sep := range dateLineSeparators {
		if i := strings.Index(s[:start], sep); i >= 0 {
			start, end, weak = i, i+len(sep), sep == "," || sep == ";"
		}
	}
	return start, end, weak
}

// lastDateLineSeparator returns where the last separator of s opens and
// ends, and whether it is a comma or semicolon; without one, both are 0.
func lastDateLineSeparator(s string) (start, end int, weak bool) {
	for _, sep := range dateLineSeparators {
		if i := strings.LastIndex(s, sep); i >= 0 && i+len(sep) > end {
			start, end, weak = i, i+len(sep), sep == "," || sep == ";"
		}
	}
	return start, end, weak
}

// dateLinePartsFit reports whether every item of s, read from a date
// line away from its date, is one a date line holds: a label, a weekday,
// a time of day, a reading time, a byline or an update stamp (each with
// what follows up to the next strong separator), or, after a strong
// separator, a place or a name, with what commas add to it up to the
// next strong one ("Berlin", "Jane Roe, Staff Writer", "Normandy,
// France"). weakBefore and weakAfter tell whether the separators that
// bound s in its line are a comma or semicolon; the line's ends are
// strong: "Remembering D-Day, June 6, 1944" names no place. vouched
// tells that an item says the line dates the publication (see
// publicationDateLine).
func dateLinePartsFit(s string, weakBefore, weakAfter bool) (fit, vouched bool) {
	open, named := false, false
	for s != "" {
		start, end, weak := nextDateLineSeparator(s)
		if end == len(s) && start == len(s) {
			weak = weakAfter
		}
		part := strings.TrimSpace(s[:start])
		switch {
		case open && weakBefore:
			// A byline's, an update's or a name's own item: "Jane Roe,
			// Staff Writer".
		case opensByline(part) || opensUpdateStamp(part):
			open, named, vouched = true, false, true
		case part == "":
			open, named = false, false
		case isClockPart(part) || isReadingTime(part):
			open, named, vouched = false, false, true
		default:
			label, labelVouches := isPublicationPrefix(part)
			switch {
			case label:
				open, named, vouched = false, false, vouched || labelVouches
			case !weakBefore && isPlaceOrName(part):
				// A comma after it adds to it: a job title, an
				// agency, a country.
				open, named = weak, weak
			default:
				return false, false
			}
		}
		weakBefore = weak
		s = s[end:]
	}
	// A name's items end at a strong separator: before the date, a comma
	// leaves "Remembering D-Day" a kicker's words.
	return !(named && weakBefore), vouched
}

// publicationLabels are the words a line prints before its publication
// date, with the weekday it may name: "Published on", "First published",
// "Veröffentlicht am", "Publié le", "Publicado el", "Monday". True marks
// the words that say the date is the publication's; the others ("on",
// "first", "Monday") open a day in history as well: "On June 6, 1944".
var publicationLabels = map[string]bool{
	"published": true, "posted": true, "first": false, "originally": false, "on": false, "date": false,
	"dated": false, "veröffentlicht": true, "publiziert": true, "erschienen": true, "am": false,
	"publié": true, "publiée": true, "le": false, "publicado": true, "publicada": true, "el": false,
	"pubblicato": true, "il": false, "gepubliceerd": true, "op": false, "opublikowano": true,
	"monday": false, "tuesday": false, "wednesday": false, "thursday": false, "friday": false,
	"saturday": false, "sunday": false, "mon": false, "tue": false, "tues": false, "wed": false,
	"thu": false, "thur": false, "thurs": false, "fri": false, "sat": false, "sun": false,
	"montag": false, "dienstag": false, "mittwoch": false, "donnerstag": false, "freitag": false,
	"samstag": false, "sonnabend": false, "sonntag": false, "lundi": false, "mardi": false,
	"mercredi": false, "jeudi": false, "vendredi": false, "samedi": false, "dimanche": false,
	"lunes": false, "martes": false, "miércoles": false, "jueves": false, "viernes": false,
	"sábado": false, "domingo": false,
}

// isPublicationPrefix reports the words before a date that label it as
// the publication's ("Published on", "Monday,") or open a byline that
// gives it ("Posted by Jane Roe on"); nothing at all is a bare date.
// vouched tells a publication label or a byline among them.
func isPublicationPrefix(s string) (ok, vouched bool) {
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ":,.()"))
		if lw == "" {
			continue
		}
		if byWords[lw] {
			return true, true // the names of a byline, then perhaps "on"
		}
		says, label := publicationLabels[lw]
		if !label {
			return false, false
		}
		vouched = vouched || says
	}
	return true, vouched
}

// opensByline reports an item that opens with a credit word: "by Jane
// Roe", "von Eva Muster".
func opensByline(s string) bool {
	return byWords[strings.ToLower(firstWord(strings.TrimSpace(s)))]
}

// opensUpdateStamp reports an item that opens with an update label:
// "Updated March 5, 2024", "Last modified 10:30".
func opensUpdateStamp(s string) bool {
	w := strings.ToLower(strings.Trim(firstWord(s), ":"))
	if w == "last" {
		w = strings.ToLower(strings.Trim(firstWord(strings.TrimSpace(s[len("last"):])), ":"))
	}
	return w != "" && slices.Contains(updateLabelWords, w)
}

// clockWords go with a time of day: "at 10:30 am ET", "um 14.05 Uhr".
var clockWords = map[string]bool{
	"at": true, "um": true, "à": true, "a": true, "las": true, "am": true, "pm": true,
	"a.m.": true, "p.m.": true, "uhr": true, "h": true,
}

// isClockPart reports an item that is a time of day, with its time zone:
// "10:30 am ET", "um 14.05 Uhr", "(UTC)".
func isClockPart(s string) bool {
	if !hasClockTime(s) {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "(),")
		if !hasDigit(w) && !clockWords[strings.ToLower(w)] && !isZoneName(w) {
			return false
		}
	}
	return true
}

// isZoneName reports a time zone's abbreviation: "ET", "GMT", "MESZ".
func isZoneName(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// maxPlaceWords bounds a place or a name printed as an item of a date
// line.
const maxPlaceWords = 4

// isPlaceOrName reports an item of a few capitalised words without
// digits: a place ("New York") or a name ("Jane Roe").
func isPlaceOrName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxPlaceWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || hasDigit(w) {
			return false
		}
	}
	return true
}

// Where a page prints its date around the headline, in blocks: bylines
// and date lines sit under it, toplines above it.
const (
	printedDateAfter  = 10
	printedDateBefore = 4
)

// printedDate finds the publication date printed near the headline:
// "Published March 3, 2025", "By Jane Roe | Dec 19, 2025", "19.12.2025";
// and, apart, the first date marked as an update ("Updated May 6, 2025").
func (p *page) printedDate(headline string) (published, updated Date) {
	published, updated, ok := p.datesByHeadline(headline, time.Time{})
	if !ok {
		return Date{}, Date{}
	}
	if published.IsZero() {
		// Far from the headline, only a labelled line counts:
		// "Published On: 15 August 2025", "Last updated: November 13, 2025".
		pub, upd := p.labelledDates()
		published = pub
		if updated.IsZero() {
			updated = upd
		}
	}
	return published, updated
}

// datesByHeadline is printedDate read only around the headline (and
// the page's <h1>, where the title matched a subheading); ok is false
// when the page has neither. Given the metadata's time meta, it serves
// only to weigh a printed date against it (see datesAround).
func (p *page) datesByHeadline(headline string, meta time.Time) (published, updated Date, ok bool) {
	hl, ok := p.headlineByTitle()
	if !ok {
		hl = p.blockWithText(headline)
	}
	h1 := p.firstHeading()
	if hl < 0 {
		hl = h1
	}
	if hl < 0 {
		return Date{}, Date{}, false
	}
	published, updated = p.datesAround(hl, meta)
	if published.IsZero() && h1 >= 0 && h1 != hl {
		// The title matched a subheading; the page's <h1> may carry the date line.
		var upd Date
		published, upd = p.datesAround(h1, meta)
		if updated.IsZero() {
			updated = upd
		}
	}
	return published, updated, true
}

// maxLabelledLine bounds a labelled date line read anywhere on the page.
const maxLabelledLine = 60

// labelledDates reads the first short line of the page that opens with a
// publication or update label and gives a date, or that stands in an
// author element; a label standing alone ("Published") takes the date on
// the next line. In chrome, only a publication label counts.
func (p *page) labelledDates() (published, updated Date) {
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.caption > 0 || len(b.text) > maxLabelledLine || !(b.author && !b.chrome) && !mayOpenDateLabel(b.text) {
			continue
		}
		// The first word is the line's own, whether or not the next line
		// is joined to it below: the line is told by it before anything
		// else is done with it.
		first := strings.Trim(firstWord(b.text), ":")
		switch {
		case b.author && !b.chrome:
			// The date beside the author's name in the author box.
		case isLowerOneOf(first, "published", "veröffentlicht", "publié", "publicado"):
			// A publication label is the post's own even in a side column.
		case b.chrome:
			continue // comments say "Posted on" and "Updated" too
		case !isLowerOneOf(first, "last", "posted", "updated", "aktualisiert"):
			continue
		}
		text := b.text
		if isDateLabel(text) && i+1 < len(p.blocks) && len(p.blocks[i+1].text) <= maxLabelledLine {
			text += " " + p.blocks[i+1].text
		}
		pub, upd := datesPrintedIn(text)
		if !pub.IsZero() {
			return pub, updated
		}
		if updated.IsZero() {
			updated = upd
		}
	}
	return Date{}, updated
}

// mayOpenDateLabel reports whether the first word of s, without its
// colons, may be one of the words labelledDates looks for: it opens with
// a byte that, lower-cased, opens one of them, or one past ASCII. Most
// short lines of a page open otherwise, and are passed over by one
// look-up before their first word is cut and compared.
func mayOpenDateLabel(s string) bool {
	i := 0
	for i < len(s) && s[i] == ':' {
		i++
	}
	if i == len(s) {
		return false // colons alone: the word is empty
	}
	c := s[i]
	return c >= utf8.RuneSelf || dateLabelStarts[lowerASCII(c)]
}

// dateLabelStarts marks the first bytes of the labels labelledDates
// looks for ("published", "veröffentlicht", "publié", "publicado",
// "last", "posted", "updated", "aktualisiert").
var dateLabelStarts = [utf8.RuneSelf]bool{'p': true, 'v': true, 'l': true, 'u': true, 'a': true}

// isDateLabel reports a line that is only a date label: "Published",
// "Last updated:".
func isDateLabel(s string) bool {
	return isLowerOneOf(strings.TrimRight(s, ": "),
		"published", "posted", "updated", "last updated", "published on", "posted on", "veröffentlicht")
}

// isLowerOneOf reports whether strings.ToLower(s) is one of words, which
// are lower case. It is asked of every short line of a page, most of them
// no label: ASCII text is compared byte by byte, without the copy
// lower-casing makes of any line with a capital.
func isLowerOneOf(s string, words ...string) bool {
	// An ASCII first byte, lower-cased, is the first byte of the
	// lower-cased line: when it opens none of the words, the line is
	// none of them, and nothing more is measured or scanned.
	if s != "" && s[0] < utf8.RuneSelf && !opensOneOf(lowerASCII(s[0]), words) {
		return false
	}
	longest := 0
	for _, w := range words {
		longest = max(longest, len(w))
	}
	// strings.ToLower shortens a string to a third at most (the Kelvin
	// sign into "k"): a longer line is none of the words, and is not
	// scanned or copied.
	if len(s) > 3*longest {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return slices.Contains(words, strings.ToLower(s))
		}
	}
	for _, w := range words {
		if len(w) == len(s) && equalLowerASCII(s, w) {
			return true
		}
	}
	return false
}

// opensOneOf reports whether one of words opens with the byte c.
func opensOneOf(c byte, words []string) bool {
	for _, w := range words {
		if w != "" && w[0] == c {
			return true
		}
	}
	return false
}

// equalLowerASCII reports whether ASCII s lower-cased is w, of the same
// length.
func equalLowerASCII(s, w string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// datesAround reads the date lines printed around block hl, after it
// first. Given the metadata's time meta, the first date not well before
// it (see printedWellBefore) ends the search, dateline or not: the page
// keeps its metadata's time, and the dearer dateline test is spared.
func (p *page) datesAround(hl int, meta time.Time) (published, updated Date) {
	try := func(i int) bool {
		b := &p.blocks[i]
		if b.caption > 0 || len(b.text) > maxDateLine {
			return false
		}
		pub, upd := datesPrintedIn(b.text)
		// Most lines by the headline hold no date: the dateline test,
		// which costs more than the date scan, is asked only of those
		// that do.
		if pub.IsZero() && upd.IsZero() {
			return false
		}
		if !meta.IsZero() && !pub.IsZero() {
			if !printedWellBefore(pub, meta) {
				published = pub
				return true
			}
			// A kicker's date in history is not the page's.
			if line, vouched := publicationDateLine(b.text); !line || !vouched && !withinPlainDateLineSpan(pub, meta) {
				return false
			}
		}
		if p.isHeadDateline(b.text) || isDatelineText(b.text) {
			return false // a dateline's date is the story's, never the page's
		}
		if updated.IsZero() {
			updated = upd
		}
		published = pub
		return !pub.IsZero()
	}
	for i := hl + 1; i < len(p.blocks) && i <= hl+printedDateAfter; i++ {
		if try(i) {
			return published, updated
		}
	}
	for i := hl - 1; i >= 0 && i >= hl-printedDateBefore; i-- {
		if try(i) {
			return published, updated
		}
	}
	return Date{}, updated
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

// firstHeading returns the index of the first <h1> block outside page
// chrome, or -1.
func (p *page) firstHeading() int {
	for i := range p.blocks {
		if b := &p.blocks[i]; b.heading == 1 && !b.chrome {
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
	d, _ := datesPrintedIn(s)
	return d, !d.IsZero()
}

// datesPrintedIn returns the first date of a short line that is not marked
// as an update, and the first that is.
func datesPrintedIn(s string) (published, updated Date) {
	if endsSentence(s) || !hasYearDigits(s) {
		return Date{}, Date{}
	}
	published, _, _, updated = scanPrintedDates(s)
	return published, updated
}

// scanPrintedDates reads the dates of a line in order: the first not
// after an update label is the publication (with where it opens and its
// length), the first after one the update.
func scanPrintedDates(s string) (published Date, at, n int, updated Date) {
	// A date opens a word: one letter or digit after another goes on,
	// so whether the rune before is one is carried along.
	prevWord := false
	for i := 0; i < len(s); {
		word, size := wordRuneAt(s, i)
		if word && !prevWord {
			if d, dn, ok := scanDateAt(s[i:]); ok && (!followsWord(s[i+dn:]) || runsOnIntoName(s[i:i+dn], s[i+dn:])) {
				if !isUpdateLabel(s[:i]) {
					return d, i, dn, updated
				}
				if updated.IsZero() {
					updated = d
				}
				i += dn
				last, _ := utf8.DecodeLastRuneInString(s[:i])
				prevWord = unicode.IsLetter(last) || unicode.IsDigit(last)
				continue
			}
		}
		prevWord = word
		i += size
	}
	return Date{}, 0, 0, updated
}

// hasYearDigits reports whether s holds four ASCII digits in a row, as
// every date scanDateAt reads does (its year, or an ISO date's): most
// lines by a headline hold none, and are passed over without a look for
// a date at each of their words. It is hasFourDigits, which reads eight
// bytes at a time, rather than a loop of its own over every byte.
func hasYearDigits(s string) bool {
	return hasFourDigits(s)
}

// wordRuneAt reports whether the rune at s[i] is a letter or digit, and
// its length; ASCII is told by appendNorm's table.
func wordRuneAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return normASCII[c] != 0, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r), size
}

// runsOnIntoName reports a date ending in its year printed against the
// next span without a space: "Dec 17, 2025Julian K. Arni".
func runsOnIntoName(date, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(date) >= 4 && isDigit(date[len(date)-1]) && isDigit(date[len(date)-4])
}

// followsWord reports text that goes on with a letter or digit, which
// makes what was read before it part of something longer.
func followsWord(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isUpdateLabel reports whether the text before a date ends in an update
// label, with at most a few words between ("Updated on", "Last modified:").
// It runs for every date a page prints: only the last three words are
// read, each lower-cased on the stack.
func isUpdateLabel(before string) bool {
	rest := before
	for range 3 {
		var word string
		word, rest = lastField(rest)
		if word == "" {
			break
		}
		if !labelWordOpeners[word[0]] {
			continue // most words: neither kind of label, told by one byte
		}
		var buf [64]byte
		w := trimLabelMarks(appendLower(buf[:0], word))
		for _, u := range updateLabelWords {
			if bytes.HasPrefix(w, []byte(u)) {
				return true
			}
		}
		for _, p := range endUpdateLookWords {
			if string(w) == p {
				return false
			}
		}
	}
	return false
}

// trimLabelMarks is bytes.Trim(w, labelTrim), each mark told by a
// switch: bytes.Trim reads a cutset past ASCII (labelTrim's "·" and "•")
// rune by rune through the cutset, for every date a page prints.
func trimLabelMarks(w []byte) []byte {
	// From the right first, as bytes.Trim.
	for len(w) > 0 {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(w)
		}
		if !isLabelMark(r) {
			break
		}
		w = w[:len(w)-n]
	}
	for len(w) > 0 {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(w)
		}
		if !isLabelMark(r) {
			break
		}
		w = w[n:]
	}
	return w
}

// isLabelMark reports one of labelTrim's marks.
func isLabelMark(r rune) bool {
	switch r {
	case ':', ',', '.', '-', '|', '·', '•':
		return true
	}
	return false
}

// labelTrim are the marks isUpdateLabel trims from a word.
const labelTrim = ":,.-|·•"

// endUpdateLookWords end isUpdateLabel's look back: the date they label is
// the publication.
var endUpdateLookWords = []string{"published", "posted", "veröffentlicht", "publié"}

// labelWordOpeners marks the bytes a word may open with when, lower-cased
// and trimmed, it opens one of updateLabelWords or is one of
// endUpdateLookWords: their first letters in either case, the marks
// trimmed, and any byte of a multi-byte rune (lower-casing one is not
// told from its first byte).
var labelWordOpeners = func() (t [256]bool) {
	for _, w := range append(slices.Clone(updateLabelWords), endUpdateLookWords...) {
		t[w[0]], t[upperASCII(w[0])] = true, true
	}
	for i := range len(labelTrim) {
		t[labelTrim[i]] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// upperASCII is c in upper case when it is an ASCII letter.
func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// updateLabelWords are the first words of updateWords, which a word
// before a date opens with when it labels an update.
var updateLabelWords = func() []string {
	out := make([]string, len(updateWords))
	for i, u := range updateWords {
		out[i], _, _ = strings.Cut(u, " ")
	}
	return out
}()

// lastField returns the last white-space separated word of s and what
// precedes it, or "" when s has no word.
func lastField(s string) (word, before string) {
	// ASCII, most of the text before a date, is told by its byte (the
	// ASCII white space unicode.IsSpace reports), not decoded backwards.
	end := len(s)
	for end > 0 {
		r, size := rune(s[end-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:end])
		}
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := rune(s[start-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:start])
		}
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end], s[:start]
}

// isHeadDateline reports the line the head under the title read as its
// dateline whole (see headUnderTitle): isDatelineText of it holds, as
// scanDateline read it to its end, and whether it reads a dateline does
// not depend on the reference time. The line sits by the headline, where
// datesAround asks, and is told without being read again.
func (p *page) isHeadDateline(s string) bool {
	u := &p.underTitle
	return u.done && u.ok && s != "" && s == u.h.dateline.Text
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
