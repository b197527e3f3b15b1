package newswire

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestMayFitLayoutKeepsWhatParseReads checks that the shape test skips a
// layout only for values time.Parse refuses with it, and that it does skip
// the layouts a common value cannot fit.
func TestMayFitLayoutKeepsWhatParseReads(t *testing.T) {
	values := []string{
		"2025-12-19T02:41:41Z", "2025-12-19T02:41:41.123+01:00", "2025-12-19T02:41:41+0100",
		"2025-12-19T02:41", "2025-12-19T02:41Z", "2025-12-19 02:41:41Z", "2025-12-19 02:41:41 -0500",
		"2025-12-19  02:41:41", "2025-12-19 02:41:41 +05:30", "2025-12-19 02:41", "2025-12-19",
		"Fri, 19 Dec 2025 02:41:41 GMT", "Fri, 19 Dec 2025 02:41:41 +0000", "fri, 9 Dec 2025 02:41:41 -0700",
		"20251219", "Dec 19, 2025", "19/12/2025", "2025/12/19",
	}
	for _, v := range values {
		fits := 0
		for _, l := range metaTimeLayouts {
			_, err := time.Parse(l, v)
			ok := mayFitLayout(l, v)
			if err == nil && !ok {
				t.Errorf("%q: layout %q reads it, but the shape test skips it", v, l)
			}
			if ok {
				fits++
			}
		}
		if fits > 8 {
			t.Errorf("%q: %d layouts kept, the shape test skips too few", v, fits)
		}
	}
}

// TestIsListingReadsEveryScript checks that the listing type is found in
// whichever script names it, those read at once past the waiting room as
// well as those kept waiting, and that a page of article scripts is none.
func TestIsListingReadsEveryScript(t *testing.T) {
	article := `{"@type":"NewsArticle","headline":"Rain in Spain"}`
	listing := `{"@type":"ItemList","itemListElement":[]}`
	for _, tc := range []struct {
		scripts int
		at      int // index of the listing script, -1 for none
		want    bool
	}{
		{1, -1, false},
		{1, 0, true},
		{3, 2, true},
		{12, -1, false},
		{12, 0, true},
		{12, 7, true},
		{12, 8, true},
		{12, 11, true},
	} {
		var m pageMeta
		for i := range tc.scripts {
			if i == tc.at {
				m.addJSONLD(listing)
			} else {
				m.addJSONLD(article)
			}
		}
		if got := m.isListing(); got != tc.want {
			t.Errorf("%d scripts, listing at %d: isListing = %v, want %v", tc.scripts, tc.at, got, tc.want)
		}
		if got := m.isListing(); got != tc.want {
			t.Errorf("%d scripts, listing at %d: second isListing = %v, want %v", tc.scripts, tc.at, got, tc.want)
		}
	}
}

// TestSplitKeywords checks the cut against strings.FieldsFunc, which it
// replaces, on lists of the shapes sites write.
func TestSplitKeywords(t *testing.T) {
	for _, s := range []string{
		"space, mars, nasa", "space;mars ; nasa;", ",,space,,", "", " ", "ñandú, café;über",
		"a\xffb,c", "one keyword only", "x, " + strings.Repeat("long", 25) + ", y", " , ; ,",
	} {
		var want []string
		for _, k := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
			if k = strings.TrimSpace(k); k != "" && len(k) < 80 {
				want = append(want, k)
			}
		}
		if got := splitKeywords(s); !slices.Equal(got, want) {
			t.Errorf("splitKeywords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerMetaKey checks the key lower-casing addMeta matches on against
// strings.ToLower, at every length a key's last eight bytes are read
// again and past ASCII.
func TestLowerMetaKey(t *testing.T) {
	for _, key := range []string{
		"", "byl", "Author", "og:TITLE", "og:Title1", "Article:Published_Time",
		"OG:ARTICLE:PUBLISHED_TIME", "twitter:Label2", "DC.Creator", "Ärticle:author",
		"article:authorK", "KEYWORDS", "news_keywords12345678901234567",
	} {
		var buf [maxMetaKey]byte
		if got := string(lowerMetaKey(&buf, key)); got != strings.ToLower(key) {
			t.Errorf("lowerMetaKey(%q) = %q, want %q", key, got, strings.ToLower(key))
		}
	}
}

// TestMayOpenDate checks the gate of scanDateAt: where it says no date
// may open, the line opens with no digit and no month's name (see
// scanMonth), the two ways every date scanDateAt reads opens; for every
// pair of opening bytes, before the rest of a month's name and a date.
func TestMayOpenDate(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			for _, rest := range []string{"", "r", "ne 3, 2025", "c. 19, 2025", "y 2025", " 12, 2025"} {
				s := string([]byte{byte(a), byte(b)}) + rest
				for _, s := range []string{s, s[:1]} {
					if mayOpenDate(s) {
						continue
					}
					_, _, month := scanMonth(s)
					if month || s != "" && isDigit(s[0]) {
						t.Fatalf("mayOpenDate(%q) is false, but a date may open it", s)
					}
				}
			}
		}
	}
	for s, want := range map[string]bool{"": false, "Dec 19, 2025": true, "2025-12-19": true, "Published": false} {
		if mayOpenDate(s) != want {
			t.Errorf("mayOpenDate(%q) = %v, want %v", s, !want, want)
		}
	}
}
