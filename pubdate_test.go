package newswire

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMetaTime(t *testing.T) {
	tests := []struct{ in, day string }{
		{"2025-10-14T23:30:00-05:00", "2025-10-14"}, // the page's own day, not UTC's
		{"2015-04-06T13:52:00.000-04:00", "2015-04-06"},
		{"2025-12-02 08:30:10 -0600", "2025-12-02"},
		{"2024-05-09 00:00:00 +0000", "2024-05-09"},
		{"2025-07-09 11:50:26", "2025-07-09"},
		{"Feb 08, 2022", "2022-02-08"},
		{"Oct 01, 2025T10:00:00+03:00", "2025-10-01"},
		{"13/11/2025 09:21:40", "2025-11-13"},
		{"30.04.2024", "2024-04-30"},
		{"Dec 19th 2025", "2025-12-19"},
		{"2025-12-17UTC07:30:00+00:00", "2025-12-17"},
	}
	for _, tt := range tests {
		got, ok := parseMetaTime(tt.in)
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.day, got.Format(time.DateOnly), tt.in)
		}
	}
	for _, in := range []string{"", "yesterday", "2025-13-01", "31/02/2025", "1234567890"} {
		_, ok := parseMetaTime(in)
		assert.False(t, ok, in)
	}
}

func TestDatePrintedIn(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"Published March 3, 2025", Date{2025, 3, 3}},
		{"By Jane Roe | Dec 19, 2025 | 5 min read", Date{2025, 12, 19}},
		{"Updated Dec 20, 2025 · Published Dec 19, 2025", Date{2025, 12, 19}},
		{"19.12.2025, 14:27 Uhr", Date{2025, 12, 19}},
		{"Posted on 2025-07-02 by admin", Date{2025, 7, 2}},
		{"on Friday December 19, 2025 @08:00PM", Date{2025, 12, 19}},
		{"Veröffentlicht am 8. Mai 2026, 14:02 Uhr", Date{2026, 5, 8}},
		{"Publié le 3 avril 2025 à 10h", Date{2025, 4, 3}},
		{"Dec 17, 2025Julian K. Arni", Date{2025, 12, 17}},
	}
	for _, tt := range tests {
		got, ok := datePrintedIn(tt.in)
		assert.True(t, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	for _, in := range []string{
		"On March 3, 2025, the company said it would close the plant.",
		"Last updated: December 20, 2025",
		"Call 1-800-555-2025 today",
		"Room 12/19/20255",
	} {
		_, ok := datePrintedIn(in)
		assert.False(t, ok, in)
	}
}

func TestDatesPrintedInUpdate(t *testing.T) {
	pub, upd := datesPrintedIn("Updated May 6, 2025")
	assert.True(t, pub.IsZero())
	assert.Equal(t, Date{2025, 5, 6}, upd)
	pub, upd = datesPrintedIn("Published Jan 2, 2025 · Updated May 6, 2025")
	assert.Equal(t, Date{2025, 1, 2}, pub)
	assert.True(t, upd.IsZero(), "the publication date ends the search")
}

func TestAddTime(t *testing.T) {
	var m pageMeta
	m.addTime("02-12-2025 ") // a display format first
	m.addTime("2025-12-02")
	m.addTime("2024-12-11")
	assert.Equal(t, "2025-12-02", m.timeAttr)
}

func TestInPageZone(t *testing.T) {
	m := pageMeta{timeAttr: "2025-12-18T21:46:01-05:00"}
	pub, _ := parseMetaTime("2025-12-19T02:41:41+00:00")
	got := m.inPageZone(pub)
	assert.True(t, got.Equal(pub), "the same moment")
	assert.Equal(t, "2025-12-18", got.Format(time.DateOnly), "the page's own day")

	// A <time> of another moment (a comment, a related story) says nothing
	// about the page's zone.
	m.timeAttr = "2025-12-16T09:00:00-05:00"
	assert.Equal(t, "2025-12-19", m.inPageZone(pub).Format(time.DateOnly))
	// A time that states its own offset keeps it.
	own, _ := parseMetaTime("2025-12-19T08:00:00+09:00")
	assert.Equal(t, own, m.inPageZone(own))
}

func TestLabelledDates(t *testing.T) {
	para := "<p>Tomatoes need six hours of sun a day, a deep pot and steady water; a balcony that faces south gives them all three.</p>\n"
	page := "<html><head><title>How to grow tomatoes on a balcony</title></head><body><h1>How to grow tomatoes on a balcony</h1>\n" +
		strings.Repeat(para, 14) + "<p>On March 3, 2025, the city changed its rules.</p><p>Published</p><p>Feb 2, 2023</p></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "2023-02-02", a.Published.Format(time.DateOnly), "a label on its own line takes the next")

	// An update line far down is the page's date only when nothing else is.
	upd := strings.Replace(page, "<p>Published</p><p>Feb 2, 2023</p>", "<p>Last updated: November 13, 2025</p>", 1)
	a, err = Parse(strings.NewReader(upd))
	require.NoError(t, err)
	assert.Equal(t, "2025-11-13", a.Published.Format(time.DateOnly))

	// A date in running text far from the headline is no date line.
	none := strings.Replace(page, "<p>Published</p><p>Feb 2, 2023</p>", "", 1)
	a, err = Parse(strings.NewReader(none))
	require.NoError(t, err)
	assert.True(t, a.Published.IsZero())
}

func TestIsLowerOneOf(t *testing.T) {
	labels := []string{"published", "posted on", "veröffentlicht", "publié"}
	tests := []struct {
		in   string
		want bool
	}{
		{"Published", true},
		{"PUBLISHED", true},
		{"published", true},
		{"Posted On", true},
		{"Posted", false},
		{"Publishedd", false},
		{"Veröffentlicht", true},
		{"VERÖFFENTLICHT", true},
		{"Publié", true},
		{"Publie", false},
		{"", false},
		{"Updated", false},
		{"POSTED \u212Aon", false},
		{"Published on 12 May 2025 at the latest, with a long line after it", false},
		{strings.Repeat("\u212A", 9), false}, // "kkkkkkkkk", nine bytes lowered
		{"\u212Aeep", false},                 // the Kelvin sign lowers to an ASCII "k"
		{"Tuesday", false},                   // no label opens with "t"
		{"-published", false},
	}
	for _, tt := range tests {
		if got := isLowerOneOf(tt.in, labels...); got != tt.want {
			t.Errorf("isLowerOneOf(%q) = %v, want %v", tt.in, got, tt.want)
		}
		// The reference: what lower-casing and comparing answers.
		if ref := slices.Contains(labels, strings.ToLower(tt.in)); ref != tt.want {
			t.Errorf("reference for %q = %v, want %v", tt.in, ref, tt.want)
		}
	}
}

// TestIsUpdateLabel checks the label read from the last words before a
// printed date.
func TestIsUpdateLabel(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"Updated ", true},
		{"Last modified: ", true},
		{"By Jane Roe | Updated on ", true},
		{"Mis à jour ", true},
		{"AKTUALISIERT AM ", true},
		{"Updated by the desk on ", false},
		{"Updated, then Published ", false},
		{"Published ", false},
		{"Posted on ", false},
		{"By Jane Roe ", false},
		{"", false},
		{"Updated five words back from the date ", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isUpdateLabel(tt.before), tt.before)
	}
}

// TestLastField checks the word-from-the-end reader isUpdateLabel uses.
func TestLastField(t *testing.T) {
	tests := []struct{ s, word, before string }{
		{"Updated on ", "on", "Updated "},
		{"one\u00a0two", "two", "one\u00a0"},
		{"  ", "", ""},
		{"solo", "solo", ""},
	}
	for _, tt := range tests {
		w, b := lastField(tt.s)
		assert.Equal(t, tt.word, w, tt.s)
		assert.Equal(t, tt.before, b, tt.s)
	}
}

// TestMetaTimeNotLocal checks that a metadata time keeps the offset it
// states and never takes the machine's zone, which time.Parse gives to a
// time whose offset matches the local one.
func TestMetaTimeNotLocal(t *testing.T) {
	for _, tt := range []struct {
		in  string
		off int
	}{
		{"2025-12-19T02:41:41+00:00", 0},
		{"2025-12-19T02:41:41Z", 0},
		{"2025-12-19 02:41:41 +0000", 0},
		{"2025-12-19T08:00:00+09:00", 9 * 3600},
		{"Fri, 19 Dec 2025 02:41:41 -0500", -5 * 3600},
		{"2025-12-19", 0},
	} {
		got, ok := parseMetaTime(tt.in)
		require.True(t, ok, tt.in)
		assert.NotEqual(t, time.Local, got.Location(), tt.in)
		_, off := got.Zone()
		assert.Equal(t, tt.off, off, tt.in)
	}
}

func TestOpensOneOf(t *testing.T) {
	words := []string{"published", "last updated", ""}
	assert.True(t, opensOneOf('p', words))
	assert.True(t, opensOneOf('l', words))
	assert.False(t, opensOneOf('P', words), "the byte as given: the caller lower-cases it")
	assert.False(t, opensOneOf('u', words))
	assert.False(t, opensOneOf('x', nil))
}

func TestWordRuneAt(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		word, size := wordRuneAt(string(rune(c)), 0)
		assert.Equal(t, unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)), word, "byte %#x", c)
		assert.Equal(t, 1, size)
	}
	for s, want := range map[string]bool{"é": true, "日": true, "٣": true, "—": false, "«": false, "\xff": false} {
		word, size := wordRuneAt("x"+s, 1)
		assert.Equal(t, want, word, s)
		assert.Equal(t, len(s), size, s)
	}
}

func TestPrintedWellBefore(t *testing.T) {
	meta := time.Date(2025, time.June, 12, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name    string
		printed Date
		want    bool
	}{
		{"years before: the metadata is a migration's day", Date{2022, time.November, 2}, true},
		{"two weeks before", Date{2025, time.May, 29}, true},
		{"a week before is still drafting or a time zone", Date{2025, time.June, 5}, false},
		{"the day before", Date{2025, time.June, 11}, false},
		{"the same day", Date{2025, time.June, 12}, false},
		{"later: the last update the page shows", Date{2025, time.October, 1}, false},
		{"day and month swapped is the same date misread", Date{2025, time.December, 6}, false},
		{"nothing printed", Date{}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, printedWellBefore(tt.printed, meta), tt.name)
	}
	swapMeta := time.Date(2024, time.December, 2, 0, 0, 0, 0, time.UTC)
	assert.False(t, printedWellBefore(Date{2024, time.February, 12}, swapMeta), "12/02 read the other way round")
	assert.False(t, printedWellBefore(Date{2024, time.February, 12}, time.Time{}), "no metadata time")
}

func TestPublishedPrintedBeforeMeta(t *testing.T) {
	para := "<p>Tomatoes need six hours of sun a day, a deep pot and steady water; a balcony that faces south gives them all three.</p>\n"
	page := func(meta, printed string) string {
		return `<html><head><title>How to grow tomatoes on a balcony</title><meta property="article:published_time" content="` + meta +
			`"></head><body><h1>How to grow tomatoes on a balcony</h1><p>` + printed + "</p>\n" + strings.Repeat(para, 14) + "</body></html>"
	}
	tests := []struct{ name, meta, printed, want string }{
		{"a date printed long before the metadata's", "2025-08-21T10:00:00Z", "April 26, 2023", "2023-04-26"},
		{"a later printed date is an update", "2024-02-21T10:00:00Z", "October 26, 2025", "2024-02-21"},
		{"a day apart is a time zone", "2025-12-02T23:30:00-05:00", "December 1, 2025", "2025-12-02"},
		{"a labelled date long before", "2024-03-05T10:00:00Z", "First published 12 January 2023", "2023-01-12"},
		{"a bare date with its reading time", "2024-03-05T10:00:00Z", "24 Apr 2000 • 3 min read", "2000-04-24"},
		{"a kicker's day in history", "2024-03-05T10:00:00Z", "Remembering June 6, 1944", "2024-03-05"},
		{"an event's date", "2024-03-05T10:00:00Z", "Event date: 12 January 2024", "2024-03-05"},
		{"a series launched before", "2024-03-05T10:00:00Z", "Part 3 of our series, launched 2023-11-02", "2024-03-05"},
		{"an anniversary with On", "2024-03-05T10:00:00Z", "On June 6, 1944", "2024-03-05"},
		{"an anniversary with its event", "2024-03-05T10:00:00Z", "D-Day | June 6, 1944", "2024-03-05"},
		{"an anniversary with its place", "2024-03-05T10:00:00Z", "Omaha Beach — June 6, 1944", "2024-03-05"},
		{"an anniversary with its weekday", "2024-03-05T10:00:00Z", "Tuesday, September 11, 2001", "2024-03-05"},
		{"an anniversary's bare date", "2024-03-05T10:00:00Z", "June 6, 1944", "2024-03-05"},
		{"a bare date a decade before", "2024-08-07T10:00:00Z", "Dec 30, 2013", "2013-12-30"},
		{"a labelled date decades before", "2024-03-05T10:00:00Z", "Published June 6, 1994", "1994-06-06"},
		{"a name and agency before the date", "2024-03-05T10:00:00Z", "Jane Roe, Reuters · 3 March 2019", "2019-03-03"},
		{"a name and job title before the date", "2024-03-05T10:00:00Z", "Jane Roe, Staff Writer | March 3, 2019", "2019-03-03"},
		{"a reading time after the date", "2024-03-05T10:00:00Z", "Mar 3, 2019 5 min read", "2019-03-03"},
		{"a name right before the date", "2024-03-05T10:00:00Z", "Jane Roe 3 March 2019", "2019-03-03"},
	}
	for _, tt := range tests {
		a, err := Parse(strings.NewReader(page(tt.meta, tt.printed)))
		require.NoError(t, err, tt.name)
		assert.Equal(t, tt.want, a.Published.Format(time.DateOnly), tt.name)
	}
}

func TestPublicationDateLine(t *testing.T) {
	type verdict struct{ line, vouched bool }
	plain, vouched, no := verdict{true, false}, verdict{true, true}, verdict{false, false}
	for s, want := range map[string]verdict{
		"March 1, 2024":                             plain,
		"On 8 Oct 2022":                             plain,
		"Tuesday, September 11, 2001":               plain,
		"D-Day | June 6, 1944":                      plain,
		"Omaha Beach — June 6, 1944":                plain,
		"Normandy, France | June 6, 1944":           plain,
		"Berlin | 05.03.2023":                       plain,
		"Jane Roe, Reuters · 3 March 2019":          plain,
		"Jane Roe, Staff Writer | March 3, 2019":    plain,
		"Jane Roe 3 March 2019":                     plain,
		"Published Apr 26, 2023":                    vouched,
		"First published on 12 January 2023":        vouched,
		"Veröffentlicht am 05.03.2023":              vouched,
		"Publié le 3 avril 2023 à 10:30":            vouched,
		"Monday, March 4, 2024, 10:30 am ET":        vouched,
		"24 Apr 2000 • 3 min read":                  vouched,
		"Mar 3, 2019 5 min read":                    vouched,
		"03/01/2017 by Jane Roe, Staff Writer":      vouched,
		"By Jane Roe, Staff Writer | Dec 19, 2023":  vouched,
		"Posted by Jane Roe on March 1, 2023":       vouched,
		"March 1, 2023 | Updated March 5, 2024":     vouched,
		"Remembering June 6, 1944":                  no,
		"Event date: 12 January 2024":               no,
		"Part 3 of our series, launched 2023-11-02": no,
		"Remembering D-Day, June 6, 1944":           no,
		"Normandy, France, June 6, 1944":            no,
		"March 1, 2023 | Tickets from $20":          no,
		"Since 12 May 2021 in office":               no,
		"No date here":                              no,
	} {
		line, v := publicationDateLine(s)
		assert.Equal(t, want, verdict{line, v}, s)
	}
}

func TestWithinPlainDateLineSpan(t *testing.T) {
	meta := time.Date(2024, time.March, 5, 10, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		printed Date
		want    bool
	}{
		{Date{2019, time.March, 3}, true},
		{Date{2013, time.December, 30}, true}, // a decade-old story on a migrated page
		{Date{2009, time.March, 6}, true},
		{Date{2009, time.March, 5}, false},
		{Date{2001, time.September, 11}, false},
		{Date{1944, time.June, 6}, false},
	} {
		assert.Equal(t, tt.want, withinPlainDateLineSpan(tt.printed, meta), tt.printed)
	}
}

func TestHasYearDigits(t *testing.T) {
	for s, want := range map[string]bool{
		"Published March 3, 2025":    true,
		"19.12.2025":                 true,
		"2025-03-04T10:00":           true,
		"By Jane Roe | 3 min read":   false,
		"Updated 12/05":              false,
		"Share on X, 123 comments":   false,
		"Room 2 0 2 5, Tower 12 345": false,
	} {
		assert.Equal(t, want, hasYearDigits(s), s)
	}
}

// isUpdateLabel passes over words by their first byte: it must answer as
// reading every word does.
func TestIsUpdateLabelAsReadingEveryWord(t *testing.T) {
	every := func(before string) bool {
		rest := before
		for range 3 {
			var word string
			word, rest = lastField(rest)
			if word == "" {
				break
			}
			w := strings.Trim(strings.ToLower(word), labelTrim)
			for _, u := range updateLabelWords {
				if strings.HasPrefix(w, u) {
					return true
				}
			}
			if slices.Contains(endUpdateLookWords, w) {
				return false
			}
		}
		return false
	}
	for _, s := range []string{
		"", "Updated", "UPDATED:", "Last modified:", "Updated on", "Published Dec 3 ·", "Posted | updated",
		"Aktualisiert am", "Actualizado el", "mis à jour le", "Mis À Jour", "Reviewed by our desk on", "Edited:",
		"Veröffentlicht am", "Publié le", "•Updated", "-- modified", "(updated", "2025 updated at", "by Jane Doe on",
		"Published: updated", "posted updated at noon", "Ünderdated", "ÉDITÉ le", "Kelvin", "Updated, then published on",
	} {
		assert.Equal(t, every(s), isUpdateLabel(s), s)
	}
}

func TestTrimLabelMarks(t *testing.T) {
	for _, s := range []string{"", "updated:", "·updated•", "::", "-|-", "last-modified,", "•", "\xb7updated", "updated\xc2", "é·", "·é", "a", "…updated…"} {
		want := bytes.Trim([]byte(s), labelTrim)
		assert.Equal(t, string(want), string(trimLabelMarks([]byte(s))), s)
	}
}

// TestMayOpenDateLabel checks that every line whose first word is one of
// the labels labelledDates looks for passes mayOpenDateLabel, which rules
// the others out before the word is cut.
func TestMayOpenDateLabel(t *testing.T) {
	labels := []string{"published", "veröffentlicht", "publié", "publicado", "last", "posted", "updated", "aktualisiert"}
	for _, l := range labels {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:], "::" + l + ": 3 May 2025", l + " on May 3, 2025"} {
			assert.True(t, mayOpenDateLabel(s), s)
		}
	}
	for _, s := range []string{"", ":::", " Published", ",Posted", "By Jane Doe", "Share this", "3 May 2025"} {
		assert.False(t, mayOpenDateLabel(s), s)
	}
}
