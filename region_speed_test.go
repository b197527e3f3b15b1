package newswire

import (
	"slices"
	"strings"
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

// scoreRegionsInOnePass is scoreRegions as it was written before the
// headline's span was sought ahead of its pass (see titledSpan): the
// search ran in the pass, for each heading in a span until one was the
// headline. It keeps no own scores and no mark of them.
func scoreRegionsInOnePass(p *page, chromeWeight float64) []float64 {
	scores := make([]float64, len(p.regions))
	fullFrom, fullTo, searching := 0, 0, chromeWeight != 1
	for i := range p.blocks {
		b := &p.blocks[i]
		if searching && b.heading > 0 && b.span >= 0 {
			if from, to, ok := p.titledRange(i); ok {
				fullFrom, fullTo, searching = from, to, false
			}
		}
		if b.region < 0 || !b.hasParagraphShape() || b.chrome {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		if b.span >= 0 && (i < fullFrom || i >= fullTo) {
			s *= chromeWeight
		}
		r := b.region
		scores[r] += s
		if up := p.regions[r].parent; up >= 0 {
			scores[up] += s / 2
		}
	}
	return scores
}

// TestScoreRegionsAsOnePass holds scoreRegions, which finds the
// headline's span before its pass, to the pass that sought it as it
// went, on every fixture: with a third for chrome before any block is
// chrome, and with both weights once resolveChrome has set the flags.
func TestScoreRegionsAsOnePass(t *testing.T) {
	eachWalkedFixture(t, func(path string, p *page) {
		for _, w := range []float64{1.0 / 3, 1} {
			if got, want := slices.Clone(p.scoreRegions(w)), scoreRegionsInOnePass(p, w); !slices.Equal(got, want) {
				t.Errorf("%s: scoreRegions(%v) = %v, want %v", path, w, got, want)
			}
		}
		chrome := make([]bool, len(p.blocks))
		for i := range p.blocks {
			chrome[i], p.blocks[i].chrome = p.blocks[i].chrome, false
		}
		p.scores = p.scores[:0] // not scored yet, as before resolveChrome
		if got, want := slices.Clone(p.scoreRegions(1.0/3)), scoreRegionsInOnePass(p, 1.0/3); !slices.Equal(got, want) {
			t.Errorf("%s: scoreRegions(1/3) before chrome = %v, want %v", path, got, want)
		}
		for i := range p.blocks {
			p.blocks[i].chrome = chrome[i]
		}
	})
}
