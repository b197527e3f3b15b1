package newswire

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpensOnDateline checks the sign that lets a story region outweigh two
// signs of an index (a portal page carrying an AP story beside a rail of
// headlines and a slideshow, as readability's yahoo-2 test page does): the
// dateline must open one of the region's first paragraphs.
func TestOpensOnDateline(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"AP lead", `<p>MOSCOW (AP) — An unmanned Russian cargo ship broke up over Siberia on Thursday, minutes after launch.</p><p>More.</p>`, true},
		{"after a standfirst", `<p>The launch was the third to fail in two years.</p><p>WASHINGTON, May 4 (Reuters) - NASA said the station crew was safe.</p>`, true},
		{"no dateline", `<p>An unmanned Russian cargo ship broke up over Siberia on Thursday, minutes after launch.</p><p>More text.</p>`, false},
		{"told AP is no dateline", `<p>The minister told AP that the launch would go ahead on Friday as planned.</p>`, false},
		{"too far down", `<p>One.</p><p>Two.</p><p>Three.</p><p>MOSCOW (AP) — Four.</p>`, false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><body>"+tt.body+"</body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		assert.Equal(t, tt.want, p.opensOnDateline(0, len(p.blocks)), tt.name)
		p.release()
	}
}

// TestIsFrontPage checks that the front-page sign reads the page's own
// address, not the base its links resolve against: an article that sets
// <base href="/"> for its links is not its site's front page.
func TestIsFrontPage(t *testing.T) {
	tests := []struct {
		name, head, url string
		want            bool
	}{
		{"front page", ``, "https://news.example.com/", true},
		{"front page without slash", ``, "https://news.example.com", true},
		{"article", ``, "https://news.example.com/2025/05/probe-reaches-orbit", false},
		{"article with base href at the root", `<base href="/">`, "https://news.example.com/learn/what-is-orbit", false},
		{"article with absolute base href", `<base href="https://news.example.com/">`, "https://news.example.com/blog/orbit-guide/", false},
		{"front page found by its canonical link", `<link rel="canonical" href="https://news.example.com/">`, "https://news.example.com/?utm_source=feed", true},
		{"search results", ``, "https://news.example.com/?q=orbit", false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><head>"+tt.head+"</head><body><p>Text.</p></body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		u, err := url.Parse(tt.url)
		require.NoError(t, err)
		p.setBase(u, baseHref(doc))
		assert.Equal(t, tt.want, p.isFrontPage(), tt.name)
		p.release()
	}
}

// TestCardSigns checks the sign of a grid of cards: a section front whose
// items sit one to a box (linked title and a line of teaser) weighs; a
// list article whose entries run to paragraphs does not, nor a story with
// a box of related cards under it.
func TestCardSigns(t *testing.T) {
	topics := []string{"Harbour", "Budget", "Schools", "Rail", "Bridge", "Clinic", "Museum", "Market"}
	var grid, list, related strings.Builder
	for i, topic := range topics {
		fmt.Fprintf(&grid, `<div class="card"><h3><a href="/news/%d">%s plan wins the council vote after a long night</a></h3><p>Councillors backed the plan by nine votes to four, Dec %d.</p></div>`, i, topic, i+1)
		fmt.Fprintf(&list, `<div class="entry"><h3><a href="https://example.org/%d">%d. The %s Trail</a></h3><p>%s</p></div>`, i, i+1, topic, strings.Repeat("The trail runs along the water for nine miles, past old mills and new parks, and is flat enough for children on bikes. ", 4))
		fmt.Fprintf(&related, `<div class="more"><a href="/news/%d">%s plan wins the council vote</a><p>Councillors backed it.</p></div>`, i, topic)
	}
	story := strings.Repeat("<p>The council met until dawn to settle the budget, and the vote, which split the room, came after a long debate over the harbour.</p>", 12)
	tests := []struct {
		name, body string
		want       int
	}{
		{"section front", `<div id="main">` + grid.String() + `</div>`, 2},
		{"list article", `<div id="main"><p>Houston is more bikeable than you think, and these trails prove it.</p>` + list.String() + `</div>`, 0},
		{"story with related cards", `<div id="main">` + story + `<div class="row">` + related.String() + `</div></div>`, 0},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><body>"+tt.body+"</body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		start, end, ok := p.storyRegion()
		require.True(t, ok, tt.name)
		assert.Equal(t, tt.want, p.cardSigns(start, end), tt.name)
		p.release()
	}
}

// TestPriceLines checks what counts as a catalogue's price line: the price
// of a thing, not the estimate of a cost guide.
func TestPriceLines(t *testing.T) {
	for s, want := range map[string]bool{
		"$59.99":                         true,
		"$129.37 $97.27":                 true,
		"Sale price €45":                 true,
		"12,50 €":                        true,
		"Photo booth – ~$500-$800":       false,
		"Corsages ($25-40 each)":         false,
		"DJ – average ~$1,000 to $1,500": false,
		"Boutonnieres (£15–25 each)":     false,
		"Founded in 1998":                false,
	} {
		assert.Equal(t, want, hasPrice(s) && !hasRange(s), s)
	}
}

// TestClaimsDatedArticle checks which metadata shields a page from the
// index verdict: og:type "article" alone, printed by many templates on
// every page, does not; with a publication time, or JSON-LD, it does.
func TestClaimsDatedArticle(t *testing.T) {
	tests := []struct {
		name, head string
		want       bool
	}{
		{"og:type alone", `<meta property="og:type" content="article">`, false},
		{"og:type with a date", `<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-04T10:00:00Z">`, true},
		{"JSON-LD article", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Probe reaches orbit","datePublished":"2025-05-04"}</script>`, true},
		{"website", `<meta property="og:type" content="website">`, false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><head>"+tt.head+"</head><body><p>Text.</p></body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		assert.Equal(t, tt.want, p.claimsDatedArticle(), tt.name)
		p.release()
	}
}
