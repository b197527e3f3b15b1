package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsShareLink(t *testing.T) {
	for _, l := range []Link{
		{"del.icio.us", "http://del.icio.us/post?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Digg", "http://digg.com/submit?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Reddit", "https://reddit.com/submit?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Facebook", "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Share this", "https://www.spacewar.com/share.php?id=999"},
		{"Post", "https://example.org/bookmark?u=https://www.spacewar.com/reports/x.html"},
	} {
		assert.True(t, isShareLink(l), l.Text)
	}
	for _, l := range []Link{
		{"Cyberwar - Internet Security News - Systems and Policy Issues", "https://www.spacewar.com/cyberwar.html"},
		{"Argonaut at ESA", "https://www.esa.int/Science_Exploration/Argonaut"},
		{"The thread on Reddit", "https://www.reddit.com/r/space/comments/abc/argonaut/"},
		{"Search results", "https://example.org/search?q=argonaut+lander"},
	} {
		assert.False(t, isShareLink(l), l.Text)
	}
}
