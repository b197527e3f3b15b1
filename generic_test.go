package newswire

import (
	"slices"
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

// A second story loaded below the first, with a headline, byline and
// date of its own, is not the first story's; a blog that sets its
// sections in <h1>s keeps them all.
func TestGenericSecondStory(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The ferry operator said the new timetable would hold until the spring, when the harbour works end.</p>"
	}
	first := "<article><h1>Harbour works delay ferries</h1><p>Publisert 06.01.2026 - 17:29</p>" +
		para("Ferries from the north pier will leave twenty minutes later from Monday.") +
		para("Commuters asked for an earlier first crossing.") + para("The council will review the plan in March.") +
		para("Local shops fear fewer visitors in winter.") + "</article>"
	second := "<article><h1>Striker returns to old club</h1><p>Publisert 06.01.2026 - 16:25</p>" +
		para("The striker signed a two-year contract on Tuesday.") + para("Fans welcomed him at the station.") + "</article>"
	page := "<html><head><title>Harbour works delay ferries</title></head><body><main>" + first + second + "</main></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Harbour works delay ferries", a.Headline)
	require.Len(t, a.Body, 4)
	for _, para := range a.Body {
		assert.NotContains(t, para, "striker")
	}

	blog := "<html><head><title>Notes on gardening</title></head><body><article><h1>Notes on gardening</h1>" +
		para("Start with the soil.") + para("Compost in autumn.") + "<h1>Watering</h1>" + para("Water in the morning.") +
		para("Mulch keeps the soil moist.") + "<h1>Pests</h1>" + para("Slugs love lettuce.") + "</article></body></html>"
	a, err = Parse(strings.NewReader(blog))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "Pests", "a section's <h1> ends nothing")
	assert.Len(t, a.Body, 7)
}

// TestIsLinkListItemNeedsATrail checks that linked list items under the
// headline are read as the crumbs of a breadcrumb trail only on a sign of
// one: an element named a breadcrumb, a first crumb naming or linking to
// the home page, or paths that run on from one crumb to the next. Two
// linked names of authors, side by side, are no trail.
func TestIsLinkListItemNeedsATrail(t *testing.T) {
	tests := []struct {
		name, list, item string
		want             bool
	}{
		{"linked authors", `<ul><li><a href="/people/maria-lopez">Maria Lopez</a></li><li><a href="/people/tom-baker">Tom Baker</a></li></ul>`, "Tom Baker", false},
		{"linked authors, absolute", `<ul><li><a href="https://news.example.com/by/maria-lopez">MARIA LOPEZ</a></li><li><a href="https://news.example.com/by/tom-baker">TOM BAKER</a></li></ul>`, "MARIA LOPEZ", false},
		{"a trail from the root", `<ul><li><a href="/">MAIN</a></li><li><a href="/guides">GUIDES</a></li><li><a href="/guides/tyre-pressure">TYRE PRESSURE</a></li></ul>`, "TYRE PRESSURE", true},
		{"a trail from home", `<ul><li><a href="https://shop.example.com/en">Home</a></li><li><a href="https://shop.example.com/en/advice">Advice</a></li></ul>`, "Advice", true},
		{"paths that run on", `<ul><li><a href="/resources">RESOURCES</a></li><li><a href="/resources/tyre-pressure/">TYRE PRESSURE</a></li></ul>`, "RESOURCES", true},
		{"a named trail", `<div class="page-breadcrumbs"><ul><li><a href="/guides">Guides</a></li><li><a href="/tyres">Tyres</a></li></ul></div>`, "Tyres", true},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader(`<html><body><article><h1>How to check your tyre pressure</h1>`+tt.list+`<p>Check the pressure once a month, with the tyres cold, against the figures printed inside the driver's door.</p></article></body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		i := slices.IndexFunc(p.blocks, func(b block) bool { return b.text == tt.item })
		require.GreaterOrEqual(t, i, 0, tt.name)
		assert.Equal(t, tt.want, p.isLinkListItem(i), tt.name)
		p.release()
	}
}

func TestIsSlugName(t *testing.T) {
	for name, want := range map[string]bool{
		// names made from a section's heading
		"menu-innovation-strategies-building-memorable-dining-experiences": true,
		"more-on-car-repair-maintenance-related-articles-text":             true,
		"how-to-choose-the-best-running-shoes-2025":                        true,
		// template names
		"link-to-sharing-service-description":                   false,
		"site-footer-menu-item":                                 false,
		"sidebar":                                               false,
		"cda-gnav__account-menu-login-field":                    false,
		"mb-6 md:mb-0 md:[grid-area:sidebar]":                   false,
		"related-posts related-posts-list":                      false,
		"Related-Articles-From-Our-Editors":                     false,
		"menu--innovation-strategies-building-memorable-dining": false,
		"": false,
		// the fewest words, each of a letter, and a hyphen fewer
		"a-b-c-d-e-f":  true,
		"a-b-c-d-e-":   true,
		"a-b-c-d-e":    false,
		"-a-b-c-d-e-f": false,
	} {
		assert.Equal(t, want, isSlugName(name), name)
	}
}

func TestSlugPrefixWords(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       int
	}{
		{"Menu Innovation Strategies: Building Memorable Dining Experiences", "menu-innovation-strategies-building-memorable-dining-experiences", 7},
		{"More on Car Repair & Maintenance", "more-on-car-repair-maintenance-related-articles-text", 5},
		{"What’s new on the menu this summer", "whats-new-on-the-menu-this-summer", 7},
		{"Don't miss the best of the season", "dont-miss-the-best-of-the-season", 7},
		// the name is no slug of the line
		{"Sponsored: These celebrity homes will leave you speechless", "related-posts-from-around-the-web", 0},
		{"Related posts", "related-posts-from-around-the-web", 2},
		{"More on Car Repair", "more-on-car-repairs-guide", 0},
		{"Menu ideas for a summer garden party tonight", "menu-ideas-for-a-summer-garden-party", 0},
		{"", "menu-ideas-for-a-summer-garden-party", 0},
	} {
		assert.Equal(t, c.want, slugPrefixWords(c.text, c.name), "%q %q", c.text, c.name)
	}
}

// A section's parts named after its title ("more-on-car-repair-related-
// articles-text" under "More on Car Repair") are the story's where they
// hold it, though the name says "related".
func TestGenericBodyKeepsPartNamedAfterItsSection(t *testing.T) {
	section := `<div id="more-on-car-repair-related-articles"><div id="more-on-car-repair-related-articles-links"><div>More on Car Repair</div>` +
		`<div><a href="/cars/repair-shops">Repair Shops Guide</a></div><div><a href="/cars/save-money">How to Save Money on Repairs</a></div></div>` +
		`<div id="more-on-car-repair-related-articles-text"><p>Flushes: coolant and brake fluid need changing now and then, but a shop may offer a flush long before the manual asks for one.</p>` +
		`<p>Parts that are not worn out yet are another upsell, and a mechanic should be able to show you the wear before you pay for the work.</p></div></div>`
	page := "<html><head><title>Car repair upsells</title></head><body><h1>Car repair upsells</h1><article>" +
		paras(storyParas[:2]...) + section + paras(storyParas[2:]...) + "</article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "Parts that are not worn out yet are another upsell, and a mechanic should be able to show you the wear before you pay for the work.")
}

// A box under the story with a template's long class name
// ("jeg-post-related-posts-carousel-module") is chrome: its name is no
// slug of a line in it, however many words it has.
func TestGenericBodyDropsLongNamedTemplateBox(t *testing.T) {
	teasers := `<p>Sponsored: These celebrity homes will leave you speechless, see the photos now</p>` +
		`<p>Doctors stunned by this one weird trick that melts belly fat overnight, readers say</p>`
	for _, class := range []string{"related-posts-from-around-the-web", "jeg-post-related-posts-carousel-module", "td-block-related-posts-ajax-wrap"} {
		page := `<!doctype html><html><head><title>Council weighs fee rise</title></head><body><article><h1>Council weighs fee rise</h1>` +
			`<p>By Jane Smith</p>` + paras(storyParas...) + `<div class="` + class + `">` + teasers + `</div></article></body></html>`
		a, err := Parse(strings.NewReader(page))
		require.NoError(t, err, class)
		assert.Contains(t, a.Body, storyParas[len(storyParas)-1], class)
		assert.NotContains(t, a.Body, "Sponsored: These celebrity homes will leave you speechless, see the photos now", class)
		assert.NotContains(t, a.Body, "Doctors stunned by this one weird trick that melts belly fat overnight, readers say", class)
	}
}

// A section whose id is its heading made a slug is the story's, whatever
// word of the title ("menu") the slug holds; a box with a template's name
// of the same word still leaves.
func TestGenericBodyKeepsSlugNamedSection(t *testing.T) {
	story := "<p>Caterers are planning for smaller guest lists and longer events this year, and clients want more choice.</p>"
	section := `<section id="menu-ideas-for-a-summer-garden-party"><h2>Menu ideas for a summer garden party</h2>` +
		`<p>Cold soups and grilled vegetables travel well and keep their taste in the afternoon heat of a long party.</p>` +
		`<p>A dessert table lets guests serve themselves while the staff clear the main course from the tables.</p></section>`
	box := `<div class="menu"><p>Our caterers serve the whole region with fresh food from local farms every single day.</p></div>`
	page := "<html><head><title>Catering trends</title></head><body><h1>Catering trends</h1><article>" +
		strings.Repeat(story, 3) + section + box + strings.Repeat(story, 2) + "</article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "Menu ideas for a summer garden party")
	assert.Contains(t, a.Body, "A dessert table lets guests serve themselves while the staff clear the main course from the tables.")
	assert.NotContains(t, a.Body, "Our caterers serve the whole region with fresh food from local farms every single day.")
}
