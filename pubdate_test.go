package newswire

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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
