package newswire

import (
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
