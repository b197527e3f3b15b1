package newswire

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func d(y int, m time.Month, day int) Date { return Date{y, m, day} }

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in   string
		want Dateline
	}{
		// SMN: Place (AGENCY) Month D, YYYY, abbreviated or full, padded or not.
		{"Beijing (AFP) Nov 15, 2025", Dateline{"Beijing (AFP) Nov 15, 2025", "Beijing", "AFP", d(2025, 11, 15)}},
		{"Washington DC (UPI) Aug 21, 2020", Dateline{"Washington DC (UPI) Aug 21, 2020", "Washington DC", "UPI", d(2020, 8, 21)}},
		{"Moscow, Russia (RIA Novosti) Jan 14, 2010", Dateline{"Moscow, Russia (RIA Novosti) Jan 14, 2010", "Moscow, Russia", "RIA Novosti", d(2010, 1, 14)}},
		{"Paris, France (ESA) Oct 21, 2010", Dateline{"Paris, France (ESA) Oct 21, 2010", "Paris, France", "ESA", d(2010, 10, 21)}},
		{"Tokyo (AFP) June 1, 2023", Dateline{"Tokyo (AFP) June 1, 2023", "Tokyo", "AFP", d(2023, 6, 1)}},
		{"Huntsville AL (SPX) Mar 18, 2025", Dateline{"Huntsville AL (SPX) Mar 18, 2025", "Huntsville AL", "SPX", d(2025, 3, 18)}},
		{"Upland, IN (SPX) April 03, 2013", Dateline{"Upland, IN (SPX) April 03, 2013", "Upland, IN", "SPX", d(2013, 4, 3)}},
		{"Iowa City IA (SPX) Sep 03, 2017", Dateline{"Iowa City IA (SPX) Sep 03, 2017", "Iowa City IA", "SPX", d(2017, 9, 3)}},
		{"Kourou, French Guiana (ESA) Nov 06, 2015", Dateline{"Kourou, French Guiana (ESA) Nov 06, 2015", "Kourou, French Guiana", "ESA", d(2015, 11, 6)}},
		{"Pasadena (JPL) Jun 07, 2004", Dateline{"Pasadena (JPL) Jun 07, 2004", "Pasadena", "JPL", d(2004, 6, 7)}},
		{"New Delhi (IANS) Sep 03, 2017", Dateline{"New Delhi (IANS) Sep 03, 2017", "New Delhi", "IANS", d(2017, 9, 3)}},
		{"Moscow (Sputnik) March 20, 2017", Dateline{"Moscow (Sputnik) March 20, 2017", "Moscow", "Sputnik", d(2017, 3, 20)}},
		// SMN /afp/ pages: the wire's month-day, then SMN's full date.
		{"Seoul, Dec 18 (AFP) Dec 18, 2023", Dateline{"Seoul, Dec 18 (AFP) Dec 18, 2023", "Seoul", "AFP", d(2023, 12, 18)}},
		{"Jiuquan, China, April 25 (AFP) Apr 25, 2024", Dateline{"Jiuquan, China, April 25 (AFP) Apr 25, 2024", "Jiuquan, China", "AFP", d(2024, 4, 25)}},
		// Without a year the date stays zero until a reference completes it.
		{"WASHINGTON, May 4 (Reuters) -", Dateline{"WASHINGTON, May 4 (Reuters)", "WASHINGTON", "Reuters", Date{}}},
		{"MOSCOW (Reuters) -", Dateline{"MOSCOW (Reuters)", "MOSCOW", "Reuters", Date{}}},
		{"CAPE CANAVERAL, Fla. (AP) —", Dateline{"CAPE CANAVERAL, Fla. (AP)", "CAPE CANAVERAL, Fla.", "AP", Date{}}},
		{"HAMILTON, Bermuda (AP) --", Dateline{"HAMILTON, Bermuda (AP)", "HAMILTON, Bermuda", "AP", Date{}}},
		{"SEOUL (Yonhap) --", Dateline{"SEOUL (Yonhap)", "SEOUL", "Yonhap", Date{}}},
		{"Hamburg (dpa/lno).", Dateline{"Hamburg (dpa/lno)", "Hamburg", "dpa/lno", Date{}}},
		{"HONG KONG/BEIJING (Reuters) -", Dateline{"HONG KONG/BEIJING (Reuters)", "HONG KONG/BEIJING", "Reuters", Date{}}},
		{"São Paulo (AFP) Mar 18, 2025", Dateline{"São Paulo (AFP) Mar 18, 2025", "São Paulo", "AFP", d(2025, 3, 18)}},
		{"MOSCOW, November 19. /TASS/.", Dateline{"MOSCOW, November 19. /TASS/", "MOSCOW", "TASS", Date{}}},
		{"TOKYO, March 13 Kyodo", Dateline{"TOKYO, March 13 Kyodo", "TOKYO", "Kyodo", Date{}}},
		{"PARIS (AFP) - –", Dateline{"PARIS (AFP)", "PARIS", "AFP", Date{}}},
	}
	for _, tt := range tests {
		got, err := ParseDateline(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseDatelineRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"Beijing",
		"told AFP on Saturday",
		"An Alibaba Group spokesperson told AFP \"the assertions are false\".",
		"(Photo by Bill INGALLS / NASA / AFP)",
		"(AP Photo/Evan Vucci)",
		"the space agency (ESA) said on Monday",
		"The European Space Agency (ESA) said on Monday",
		"In a letter sent on March 19 (Reuters)",
		"Beijing (AFP) Feb 30, 2025", // no such day
		"Beijing (AFP) Nov 15, 2025 and more words",
		"by Staff Writers",
		"Copyright 1995-2024 - Space Media Network",
		"3I/ATLAS Highlights Scale and Significance of Interstellar Objects",
		"Washington (2023) Nov 15, 2025",
	} {
		_, err := ParseDateline(in)
		assert.ErrorIs(t, err, ErrNoDateline, in)
	}
}

// TestScanDatelineLead checks datelines at the start of a lead paragraph,
// with the year from the page's publication date.
func TestScanDatelineLead(t *testing.T) {
	pub := time.Date(2024, time.January, 10, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in, rest string
		want     Dateline
	}{
		{"WASHINGTON, May 4 (Reuters) - The U.S. Senate on Thursday...", "The U.S. Senate on Thursday...",
			Dateline{"WASHINGTON, May 4 (Reuters)", "WASHINGTON", "Reuters", d(2024, 5, 4)}}, // four months ahead: same year
		{"Nov 15 (Reuters) - Shares rose.", "Shares rose.", Dateline{"Nov 15 (Reuters)", "", "Reuters", d(2023, 11, 15)}}, // ten months ahead: last year
		{"MANILA, Jan. 18 (Xinhua) -- The Philippines said...", "The Philippines said...", Dateline{"MANILA, Jan. 18 (Xinhua)", "MANILA", "Xinhua", d(2024, 1, 18)}},
		{"GREENBELT, Md., Aug. 23 (UPI) -- NASA said.", "NASA said.", Dateline{"GREENBELT, Md., Aug. 23 (UPI)", "GREENBELT, Md.", "UPI", d(2023, 8, 23)}},
		{"BOGOTA, Colombia (AP) Six men were arrested.", "Six men were arrested.", Dateline{"BOGOTA, Colombia (AP)", "BOGOTA, Colombia", "AP", Date{}}},
		{"MOSCOW, November 19. /TASS/. Russia launched...", "Russia launched...", Dateline{"MOSCOW, November 19. /TASS/", "MOSCOW", "TASS", d(2023, 11, 19)}},
		{"TOKYO, March 13 Kyodo - Japan's government...", "Japan's government...", Dateline{"TOKYO, March 13 Kyodo", "TOKYO", "Kyodo", d(2024, 3, 13)}},
		{"SAN FRANCISCO (AFP) - Apple said...", "Apple said...", Dateline{"SAN FRANCISCO (AFP)", "SAN FRANCISCO", "AFP", Date{}}},
		{"New Delhi, Sep 3 (IANS) Homegrown scooter maker...", "Homegrown scooter maker...", Dateline{"New Delhi, Sep 3 (IANS)", "New Delhi", "IANS", d(2023, 9, 3)}},
		{"KUALA LUMPUR, Feb 20 (Bernama) -- SinarTek said.", "SinarTek said.", Dateline{"KUALA LUMPUR, Feb 20 (Bernama)", "KUALA LUMPUR", "Bernama", d(2024, 2, 20)}},
		{"SEOUL, March 3 (Yonhap) -- South Korea will...", "South Korea will...", Dateline{"SEOUL, March 3 (Yonhap)", "SEOUL", "Yonhap", d(2024, 3, 3)}},
		{"PARIS, France (AFP) — Landfills release...", "Landfills release...", Dateline{"PARIS, France (AFP)", "PARIS, France", "AFP", Date{}}},
		// The agency alone, the place printed elsewhere or not at all.
		{"(AP) — An unmanned rocket...", "An unmanned rocket...", Dateline{"(AP)", "", "AP", Date{}}},
		{"(CNN) -- Officials said...", "Officials said...", Dateline{"(CNN)", "", "CNN", Date{}}},
		{"( Reuters )- Shares rose.", "Shares rose.", Dateline{"( Reuters )", "", "Reuters", Date{}}},
		{"(IANS) Homegrown scooter maker...", "Homegrown scooter maker...", Dateline{"(IANS)", "", "IANS", Date{}}},
		{"Dec 27 (Reuters Life!) - A hotel...", "A hotel...", Dateline{"Dec 27 (Reuters Life!)", "", "Reuters Life!", d(2023, 12, 27)}},
	}
	for _, tt := range tests {
		got, rest, ok := scanDateline(tt.in, pub)
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
			assert.Equal(t, tt.rest, rest, tt.in)
		}
	}
	// Near misses in running text.
	for _, in := range []string{
		"Officials (AP) said on Monday that...",
		"The agency (NASA) said the launch was delayed.",
		"Paris (AFP) officials said on Monday that...", // no dash, no date, place not in capitals
		"Officials in Seoul (Yonhap) reported the launch.",
		"An Alibaba Group spokesperson told AFP the claims were false.",
		"(AP) said on Monday that the launch was delayed.",
		"(AP Photo/Evan Vucci) The president spoke.",
	} {
		_, _, ok := scanDateline(in, pub)
		assert.False(t, ok, in)
	}
}

func TestParseDatelineAt(t *testing.T) {
	ref := time.Date(2024, time.January, 10, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		ref  time.Time
		want Date
	}{
		{"WASHINGTON, May 4 (Reuters) -", ref, d(2024, 5, 4)},                        // four months after: same year
		{"WASHINGTON, Aug 4 (Reuters) -", ref, d(2023, 8, 4)},                        // seven months after: the year before
		{"SEOUL, July 10 (Yonhap) --", ref, d(2024, 7, 10)},                          // six months after: same year
		{"Beijing (AFP) Nov 15, 2025", ref, d(2025, 11, 15)},                         // a stated year stands
		{"MOSCOW, November 19. /TASS/.", ref, d(2023, 11, 19)},                       // bare agency
		{"WASHINGTON, May 4 (Reuters) -", time.Time{}, Date{}},                       // no reference, no year
		{"MOSCOW (Reuters) -", ref, Date{}},                                          // no month and day to complete
		{"Seoul, Feb 29 (AFP)", time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), Date{}}, // no such day that year
	}
	for _, tt := range tests {
		got, err := ParseDatelineAt(tt.in, tt.ref)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got.Date, tt.in)
		}
	}
	_, err := ParseDatelineAt("told AFP on Saturday", ref)
	assert.ErrorIs(t, err, ErrNoDateline)
}

func TestDateJSON(t *testing.T) {
	b, err := Date{2025, 11, 15}.MarshalJSON()
	assert.NoError(t, err)
	assert.Equal(t, `"2025-11-15"`, string(b))
	var got Date
	assert.NoError(t, got.UnmarshalJSON([]byte(`"2004-06-08"`)))
	assert.Equal(t, Date{2004, 6, 8}, got)
	assert.Error(t, got.UnmarshalJSON([]byte(`"2004-02-30"`)))
	_, ok := MakeDate(2024, 2, 29)
	assert.True(t, ok)
	_, ok = MakeDate(2023, 2, 29)
	assert.False(t, ok)
}

// TestScanNumber checks the two digit readers dates are built from: one
// that refuses a number running on past max digits, one that stops there.
func TestScanNumber(t *testing.T) {
	tests := []struct {
		s            string
		max          int
		scanV, scanN int
		leadV, leadN int
	}{
		{"19 November", 2, 19, 2, 19, 2},
		{"2025-12-19", 4, 2025, 4, 2025, 4},
		{"20251219", 4, 0, 0, 2025, 4},
		{"123", 2, 0, 0, 12, 2},
		{"Nov", 2, 0, 0, 0, 0},
		{"7.", 2, 7, 1, 7, 1},
	}
	for _, tt := range tests {
		v, n := scanNumber(tt.s, tt.max)
		assert.Equal(t, [2]int{tt.scanV, tt.scanN}, [2]int{v, n}, "scanNumber(%q)", tt.s)
		v, n = leadingDigits(tt.s, tt.max)
		assert.Equal(t, [2]int{tt.leadV, tt.leadN}, [2]int{v, n}, "leadingDigits(%q)", tt.s)
	}
}

// TestScanWord checks the ASCII path against unicode.IsLetter, byte by
// byte, and words that go on in other scripts.
func TestScanWord(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		s := string(rune(c)) + "x"
		want := ""
		if unicode.IsLetter(rune(c)) {
			want = s
		}
		assert.Equal(t, want, scanWord(s), "byte %#x", c)
	}
	for s, want := range map[string]string{
		"WASHINGTON, Dec 19": "WASHINGTON",
		"Zürich (dpa)":       "Zürich",
		"São Paulo":          "São",
		"Москва, 19 дек":     "Москва",
		"2025-12-19":         "",
		"":                   "",
	} {
		assert.Equal(t, want, scanWord(s), s)
	}
}

func TestBareAgencyMarksOpen(t *testing.T) {
	for _, b := range bareAgencies {
		// scanBareAgencyDateline and mayBeDatelineLine look for a mark's
		// first byte before the mark.
		assert.NotEmpty(t, strings.TrimPrefix(b.mark, " "), b.name)
	}
}

// TestScanMonthOpenings checks that every month's name is read in its
// cases past the test of its first two letters, and a name is not.
func TestScanMonthOpenings(t *testing.T) {
	for name, m := range months {
		for _, w := range []string{name, strings.ToUpper(name), strings.ToUpper(name[:1]) + name[1:]} {
			got, n, ok := scanMonth(w + " 3")
			if strings.ToLower(w) != name {
				continue // a capital that lowers to other bytes
			}
			assert.True(t, ok, w)
			assert.Equal(t, m, got, w)
			assert.Equal(t, len(w), n, w)
		}
	}
	for _, w := range []string{"Miller", "Jane", "Doe", "Marcia", "Dunn", "Octavia"} {
		_, _, ok := scanMonth(w)
		assert.False(t, ok, w)
	}
}

// FuzzDatelineGates holds the rules that the cheap gates before the
// dateline scans rely on: a line scanDateline reads a dateline at the
// start of passes mayOpenDateline, whatever the date it is read against,
// and the dateline's own text reads as one again (isHeadDateline tells
// the head's dateline line by it).
func FuzzDatelineGates(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON, May 4 (Reuters) - The U.S. Senate on Thursday...",
		"MOSCOW, November 19. /TASS/. Russia launched...",
		"TOKYO, March 13 Kyodo - Japan's government...",
		"BOGOTA, Colombia (AP) Six men were arrested.",
		"( Reuters )- Shares rose.",
		"Dec 27 (Reuters Life!) - A hotel...",
		"KUALA LUMPUR, Feb 20 (Bernama) -- SinarTek said.",
		"Seoul, Feb 29 (AFP) - The launch.",
		"BEIJING, Oct. 3 (Xinhua) -- China's exports rose.",
		"Officials (AP) said on Monday that...",
	} {
		f.Add(s)
	}
	refs := []time.Time{{}, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 1, 10, 8, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		d, _, ok := scanDateline(s, refs[2])
		for _, ref := range refs[:2] {
			if _, _, ok2 := scanDateline(s, ref); ok2 != ok {
				t.Fatalf("scanDateline(%q) reads a dateline against %v: %v, against %v: %v", s, refs[2], ok, ref, ok2)
			}
		}
		if !ok {
			return
		}
		if !mayOpenDateline(s) {
			t.Fatalf("mayOpenDateline(%q) = false, but scanDateline reads %q", s, d.Text)
		}
		if !isDatelineText(d.Text) {
			t.Fatalf("the dateline %q of %q does not read as one again", d.Text, s)
		}
	})
}
