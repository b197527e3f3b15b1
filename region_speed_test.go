package newswire

import (
	"testing"
)

// bestRegionByTests is bestRegion as it was written before it read the
// regions without a branch on each: the first of the highest scores
// among the regions that are not chrome and score more than 0.
func bestRegionByTests(p *page, scores []float64) int {
	best := -1
	for r := range p.regions {
		if p.regions[r].chrome || scores[r] == 0 {
			continue
		}
		if best < 0 || scores[r] > scores[best] {
			best = r
		}
	}
	return best
}

// TestBestRegionAsTests holds bestRegion to the tests it was written
// with, over random regions whose scores repeat (so that ties are met),
// are often 0, and are often chrome's.
func TestBestRegionAsTests(t *testing.T) {
	rnd := uint64(88172645463325252)
	next := func(n uint64) uint64 {
		rnd ^= rnd << 13
		rnd ^= rnd >> 7
		rnd ^= rnd << 17
		return rnd % n
	}
	for range 20000 {
		n := int(next(12))
		p := &page{regions: make([]region, n)}
		scores := make([]float64, n)
		for r := range n {
			p.regions[r].chrome = next(3) == 0
			if next(3) != 0 {
				// Sums of paragraph scores: 1 or more each, some a third.
				scores[r] = float64(next(5)) + float64(next(3))/3
			}
		}
		if got, want := p.bestRegion(scores), bestRegionByTests(p, scores); got != want {
			t.Fatalf("bestRegion(%v, chrome %+v) = %d, want %d", scores, p.regions, got, want)
		}
	}
}
