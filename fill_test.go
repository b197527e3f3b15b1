package newswire

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestWithoutSiteNames(t *testing.T) {
	sites := []string{"USA TODAY", "Levitate Media"}
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"Levitate Media"}, []string{}},
		{[]string{"usa today"}, []string{}},
		{[]string{"Brian Truitt USA TODAY"}, []string{"Brian Truitt"}},
		{[]string{"Brian Truitt, USA TODAY"}, []string{"Brian Truitt"}},
		{[]string{"Liza Burke", "Levitate Media"}, []string{"Liza Burke"}},
		// Near misses: another company, a name that only starts like the site.
		{[]string{"Atlas Van Lines"}, []string{"Atlas Van Lines"}},
		{[]string{"Levitate Mediagroup"}, []string{"Levitate Mediagroup"}},
		{[]string{"Cher USA TODAY"}, []string{"Cher USA TODAY"}}, // no name left before it
	} {
		assert.Equal(t, c.want, withoutSiteNames(c.in, sites), c.in)
	}
	assert.Equal(t, []string{"Jane Roe"}, withoutSiteNames([]string{"Jane Roe"}, nil))
}

func TestSiteCreditGivesWayToPrintedAuthor(t *testing.T) {
	page := `<html><head><title>Five ways to plan a product launch</title>
<meta property="og:site_name" content="Levitate Media">
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Five ways to plan a product launch","author":{"@type":"Organization","name":"Levitate Media"}}</script>
</head><body>
<h1>Five ways to plan a product launch</h1>
<div class="post-author"><span class="author-name">Liza Burke</span></div>
<p>A launch is won weeks before the day itself: the list of people to tell, the page they land on and the offer they see all need to be ready first.</p>
<p>Start with the people who already buy from you, since they are the most likely to read, share and answer, and build the rest of the plan outward from them.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Liza Burke"}, a.Authors)

	// Without a person printed, the site's own credit stands.
	alone := strings.Replace(page, "Liza Burke", "", 1)
	a, err = Parse(strings.NewReader(alone))
	require.NoError(t, err)
	assert.Equal(t, []string{"Levitate Media"}, a.Authors)
}
