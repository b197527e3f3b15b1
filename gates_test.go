package newswire

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

// TestGatesMatchCallees pins what the call sites' gates copy from their
// callees, on every block of the fixtures, so that a change to a callee
// cannot leave a gate asking the wrong question: isDroppedBeyondNoise
// asks isPlaceholderText's first byte and isPageNote's and
// isTimestampLine's length limits first; storyBlocks asks tag != P before isStrayLabel; isStrayLink
// asks the line before for one link before isCardSummary; cardLabel asks
// for a heading before isLabelledCard; dropSetBoxes asks for a change of
// region before setBoxEnd.
func TestGatesMatchCallees(t *testing.T) {
	eachWalkedFixture(t, func(f string, p *page) {
		for i := range p.blocks {
			for _, tag := range []atom.Atom{atom.P, atom.Li, atom.Pre, atom.Code, atom.Div} {
				for _, h := range []int8{0, 2} {
					c := p.blocks[i]
					c.tag, c.heading = tag, h
					n := len(c.text)
					spelt := (mayBePlaceholder(c.text) && isPlaceholderText(c.text)) ||
						(n <= maxPageNote && isPageNote(c.text)) ||
						(n <= maxTimestampLine && isTimestampLine(c.text)) ||
						c.isMetaLine() || c.isCaptionLine() || c.isCreditLine()
					require.Equal(t, spelt, isDroppedBeyondNoise(&c), "%s block %d %q", f, i, c.text)
					if tag == atom.P {
						require.False(t, isStrayLabel(&c), "%s block %d", f, i)
					}
				}
			}
			if i == 0 {
				continue
			}
			if p.blocks[i-1].nLinks != 1 {
				require.False(t, p.isCardSummary(i), "%s block %d", f, i)
			}
			if p.blocks[i].heading == 0 {
				require.False(t, p.isLabelledCard(int32(i-1), int32(i)), "%s block %d", f, i)
			}
			if i+1 < len(p.blocks) && p.blocks[i].region == p.blocks[i-1].region {
				kept := []int32{int32(i - 1), int32(i), int32(i + 1)}
				require.Equal(t, 1, p.setBoxEnd(kept, 1), "%s block %d", f, i)
			}
		}
		p.release()
	})
}
