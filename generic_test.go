package newswire

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsChromeName(t *testing.T) {
	for val, want := range map[string]bool{
		// chrome, named as templates name it
		"main-nav":                     true,
		"mainNav":                      true,
		"sidebar":                      true,
		"sidebar_right widget-area":    true,
		"sidebar-wrapper":              true,
		"post-comments":                true,
		"comment-list":                 true,
		"share-buttons":                true,
		"site-header":                  true,
		"jp-relatedposts":              true,
		"cookie-banner gdpr":           true,
		"newsletter-signup":            true,
		"widget widget_recent_entries": true,
		"about-the-author":             true,
		"related-articles":             true,
		"modal-dialog":                 true,
		// wrappers and modifiers that only mention chrome
		"content-sidebar-wrap":                   false,
		"content-with-sidebar-wrp":               false,
		"post-and-sidebar":                       false,
		"no-sidebar":                             false,
		"has-section-nav":                        false,
		"is-style-sidebar":                       false,
		"elementor-widget-wrap":                  false,
		"widget-span widget-type-rich_text":      false,
		"site-content-and-menu":                  false,
		"sidebar-grid__content article__content": false,
		// words that merely contain a chrome word
		"canvas":             false,
		"navarro-profile":    false,
		"commentary-body":    false,
		"shareholder-letter": false,
		"entry-content":      false,
		"":                   false,
	} {
		assert.Equal(t, want, isChromeName(val), "%q", val)
	}
}

// TestStoryCutIntoNamedSections models a template that cuts the story with
// ads into sections, each in a container whose class names a sidebar
// layout: once one section proves to be the story, its siblings of the
// same name are too.
func TestStoryCutIntoNamedSections(t *testing.T) {
	section := func(paras ...string) string {
		s := `<div class="sidebar-grid__container"><div class="sidebar-grid__main">`
		for _, p := range paras {
			s += "<p>" + p + "</p>"
		}
		return s + `</div></div><div class="ad-slot">Advertisement</div>`
	}
	page := `<html><head><title>Council votes to rebuild the old harbour wall</title></head><body>
<h1>Council votes to rebuild the old harbour wall</h1>` +
		section("The town council voted on Tuesday to rebuild the harbour wall that storms breached twice last winter, at a cost of 4.2 million pounds.") +
		section("Work will start in April and last eighteen months, during which the harbour will stay open to fishing boats but not to visiting yachts.",
			"Councillors rejected a cheaper plan to repair the wall in sections, saying it would leave the town exposed for another three winters.",
			"The harbour master said the new wall would be a metre higher than the old one, and built to withstand the storms expected by the end of the century.") +
		section("Residents will be able to see the plans at the town hall until the end of the month.") +
		`</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Len(t, a.Body, 5)
	assert.Contains(t, a.Body[0], "voted on Tuesday")
	assert.Contains(t, a.Body[4], "town hall")
}

func TestIsTimestampLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Published May 4, 2023 1:22 PM UTC · Updated 2 hours ago":                                         true,
		"Updated: 14:05 GMT, 12 March 2025":                                                               true,
		"Posted on 2025-07-09 by the editors":                                                             true,
		"Aktualisiert am 15.04.2026, 15:48 Uhr":                                                           true,
		"Published in 1998, the report found that 12 of 40 plants leaked":                                 false,
		"Updates to the plan are due in 2026, the ministry said on Tuesday, after a review of the costs.": false,
		"Publishers say sales fell 4% last year":                                                          false,
		"Published by the council":                                                                        false,
	} {
		assert.Equal(t, want, isTimestampLine(s), "%q", s)
	}
}

func TestIsNoise(t *testing.T) {
	for s, want := range map[string]bool{
		"Advertisement": true,
		"This advertisement has not loaded yet, but your article continues below.": true,
		"Close":    true,
		"Caption":  true,
		"[Expand]": true,
		"Close to 300 people attended the meeting on Tuesday.": false,
		"Advertisement revenue fell by a third":                false,
	} {
		assert.Equal(t, want, isNoise(s), "%q", s)
	}
}

func TestMostlyFragments(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want bool
	}{
		{"a short story", []string{
			"The probe lifted off at dawn and reached orbit nine minutes later, the agency said on Friday.",
			"It will watch the weather over the northern hemisphere for ten years from its high orbit.",
		}, false},
		{"short sentences are prose", []string{"He left.", "Nobody saw him go.", "Police are looking for him."}, false},
		{"a standings table", []string{"Eastern Conference", "HOME", "AWAY", "DIV", "Boston", "12-3"}, true},
		{"a catalogue's letter index", []string{"Find item details, images and spec sheets for every part we sell.", "Categories", "A", "B", "C"}, true},
		{"labels with colons", []string{"Sort By:", "Product Ranking", "Score:", "A long description of the ranking method and what it weighs."}, true},
		{"half and half", []string{"Menu", "Home", "The council voted on Tuesday to close the old bridge for repairs.", "Work starts next month and should last a year, officials said."}, false},
		{"nothing", nil, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mostlyFragments(tt.body), tt.name)
	}
}

// TestShortStoryInBody checks that a page without a paragraph region is
// not refused for that alone: a short story whose paragraphs sit straight
// in <body> is read, and a table of labels in the same place is not.
func TestShortStoryInBody(t *testing.T) {
	a := mustParse(t, `<html><head><title>Probe reaches orbit</title></head><body>
<h1>Probe reaches orbit</h1>
<p>The probe lifted off at dawn and reached orbit nine minutes later, the agency said on Friday.</p>
<p>It will watch the weather over the northern hemisphere for ten years from its high orbit.</p>
</body></html>`)
	assert.Equal(t, "Probe reaches orbit", a.Headline)
	assert.Len(t, a.Body, 2)

	// The same story on its site's front page, dated, is still read: one
	// sign of an index is not enough.
	a = mustParse(t, `<html><head><title>Probe reaches orbit</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-04T10:00:00Z">
<link rel="canonical" href="https://probe.example.org/"></head><body>
<h1>Probe reaches orbit</h1>
<p>The probe lifted off at dawn and reached orbit nine minutes later, the agency said on Friday.</p>
<p>It will watch the weather over the northern hemisphere for ten years from its high orbit.</p>
</body></html>`)
	assert.Len(t, a.Body, 2)

	var rows strings.Builder
	for _, team := range []string{"Boston", "New York", "Toronto", "Chicago", "Detroit", "Miami", "Atlanta", "Orlando"} {
		rows.WriteString("<tr><td>" + team + "</td><td>12</td><td>3</td><td>HOME</td><td>AWAY</td></tr>\n")
	}
	_, err := Parse(strings.NewReader(`<html><head><title>Standings 2025-26</title></head><body>
<h1>Standings 2025-26</h1><table>` + rows.String() + `</table></body></html>`))
	assert.ErrorIs(t, err, ErrNotArticle)
}

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
