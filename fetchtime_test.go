package newswire

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithFetchTime reads a TASS story whose dateline gives "November 19"
// without a year, on a page stripped of its publication date, first in its
// metadata, then in its text: only the fetch time can then complete the
// dateline's date, by the six-month rule.
func TestWithFetchTime(t *testing.T) {
	raw, err := os.ReadFile("testdata/wire-tass.html")
	require.NoError(t, err)
	page := strings.ReplaceAll(string(raw), "2024-11-19T14:27:00+03:00", "")

	// Without its metadata the page still prints its date by the headline.
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "2024-11-19", a.Published.Format(time.DateOnly))
	assert.Equal(t, Date{2024, 11, 19}, a.Dateline.Date)

	page = strings.ReplaceAll(page, "19 Nov 2024, 14:27", "")
	a, err = Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.True(t, a.Published.IsZero())
	assert.Equal(t, "MOSCOW, November 19. /TASS/", a.Dateline.Text)
	assert.True(t, a.Dateline.Date.IsZero(), "no reference, no year")

	for _, tt := range []struct {
		fetched time.Time
		want    Date
	}{
		{time.Date(2024, 12, 2, 8, 0, 0, 0, time.UTC), Date{2024, 11, 19}},
		{time.Date(2025, 2, 1, 8, 0, 0, 0, time.UTC), Date{2024, 11, 19}},  // nine months ahead: the year before
		{time.Date(2025, 5, 30, 8, 0, 0, 0, time.UTC), Date{2025, 11, 19}}, // six months ahead: same year
	} {
		a, err := Parse(strings.NewReader(page), WithFetchTime(tt.fetched))
		require.NoError(t, err)
		assert.Equal(t, tt.want, a.Dateline.Date, tt.fetched)
		assert.True(t, a.Published.IsZero(), "the fetch time is not a publication time")
	}

	// The page's own publication date wins over the fetch time.
	a, err = Parse(strings.NewReader(string(raw)), WithFetchTime(time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	assert.Equal(t, Date{2024, 11, 19}, a.Dateline.Date)
}

func TestURLDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"https://www.example.com/world/2021/07/14/six-arrested", Date{2021, 7, 14}},
		{"https://example.org/asia/2024-01-18/philippines-warns", Date{2024, 1, 18}},
		{"https://example.org/news/20250303000412", Date{}}, // a story id, not a day
		{"https://example.org/en/20250303/story.html", Date{2025, 3, 3}},
		{"https://example.org/2025/03/some-story", Date{}}, // a month, no day
		{"https://example.org/news/2025_11_05_launch.html", Date{2025, 11, 5}},
		{"https://example.org/story/2023/02/30/x", Date{}}, // no such day
		{"https://20250303.example.org/story", Date{}},     // the host is not the path
		{"https://example.org/story?date=2025-03-03", Date{}},
		{"https://example.org/item/12019/12/25/x", Date{}},
		{"", Date{}},
	}
	for _, tt := range tests {
		got, ok := urlDate(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, !tt.want.IsZero(), ok, tt.in)
	}
}
