package newswire

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsLinkedCard(t *testing.T) {
	linked := func(tag atom.Atom, text string, heading int8) *block {
		return &block{text: text, tag: tag, nLinks: 1, linkLen: int32(len(text)), heading: heading}
	}
	for _, c := range []struct {
		b    *block
		want bool
	}{
		// teaser cards: a div that is one link
		{linked(atom.Div, "Die Marktakteure am Anleihemarkt beäugen aktuell die hohe Staatsverschuldung kritisch.", 0), true},
		{linked(atom.Div, "Ceasefire talks stalled as Hezbollah and Iran vow retaliation", 0), true},
		// a teaser's summary cut short, in a paragraph
		{linked(atom.P, "Heavy rain closed the coastal road on Monday, and the authorities said that the...", 0), true},
		{linked(atom.P, "Heavy rain closed the coastal road on Monday, and the authorities said…", 0), true},
		// a linked sentence in a paragraph, a list of links, a heading
		{linked(atom.P, "Read our full review of the camera.", 0), false},
		{linked(atom.Li, "3. Prioritize Technical SEO", 0), false},
		{linked(atom.Div, "Birch Hollow Retreat", 3), false},
		// a div with a link in running text
		{&block{text: "The minister said the deal, first reported by Reuters, would close in May.", tag: atom.Div, nLinks: 1, linkLen: 7}, false},
	} {
		assert.Equal(t, c.want, isLinkedCard(c.b), "%q", c.b.text)
	}
}

// A consent placeholder goes with the small box that holds it; the
// story's paragraphs around the box stay.
func TestGenericBodyDropsConsentBox(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge to traffic for the rest of the year.</p>" +
		"<p>The mayor said the vote was the hardest the council had taken since the flood of 2019.</p>" +
		"<p>A temporary ferry will carry pedestrians and cyclists across the river from next month on.</p>"
	box := `<div class="embed"><div><p>An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.</p>` +
		`<p>Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.</p></div><button>Inhalt anzeigen</button></div>`
	after := "<p>Engineers had warned for years that the steel supports were corroding faster than expected.</p>"
	page := "<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><article>" + strings.Repeat(story, 3) + box + after + "</article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Len(t, a.Body, 4)
	for _, para := range a.Body {
		assert.NotContains(t, para, "YouTube")
		assert.NotContains(t, para, "Klick")
	}
	assert.Equal(t, "Engineers had warned for years that the steel supports were corroding faster than expected.", a.Body[3])
}

func TestIsStoryPath(t *testing.T) {
	for href, want := range map[string]bool{
		"https://example.co.za/kumiswe-abaphathi-bemut-ngezinsolo-zenkohlakalo/":              true,
		"/nachrichten/KI-in-der-Landwirtschaft-Neue-Wege,landwirtschaft1160.html":             true,
		"/blogs/news/how-to-stand-properly-at-your-desk?utm_source=related":                   true,
		"/media/webcam/view.htm?id=81B46511-1DD8-B71B-0BF4530A57767712&r=/yose/learn/webcams": false,
		"#frequently-asked-questions-about-pets":                                              false,
		"/category/cybersecurity-funding-news/ma/":                                            false,
		"/products/oak-desk": false,
	} {
		assert.Equal(t, want, isStoryPath(href), "%q", href)
	}
}

// Teasers for other stories that close the story region leave the body;
// a list article whose entries are linked headlines keeps them.
func TestGenericBodyTeaserTail(t *testing.T) {
	story := "<p>The council voted on Tuesday to close the old bridge to traffic for the rest of the year, citing corrosion.</p>"
	teaser := func(slug, title, summary string) string {
		return `<h2><a href="/news/` + slug + `">` + title + `</a></h2><p>` + summary + `</p>`
	}
	var stories strings.Builder
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"} {
		stories.WriteString(strings.Replace(story, "Tuesday", day, 1))
	}
	page := "<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><article>" +
		stories.String() +
		teaser("new-ferry-line-opens-in-june", "New ferry line opens in June", "The service will run every half hour between the two piers.") +
		teaser("mayor-defends-budget-plan-again", "Mayor defends budget plan", "Critics say the plan leaves road repairs underfunded.") +
		"<p>Dieses Thema im Programm:</p></article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Len(t, a.Body, 6)

	announced := "<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><article>" +
		stories.String() + "<p>More on the river crossings in our live blog:</p>" +
		teaser("river-crossings-live-blog-latest", "River crossings: the latest", "Closures, ferries and detours as they happen.") +
		"</article></body></html>"
	a, err = Parse(strings.NewReader(announced))
	require.NoError(t, err)
	assert.Len(t, a.Body, 6, "one teaser announced by a line of its own")

	entry := " The path is well marked and suits families, though the last stretch is rocky and can be slippery after rain."
	list := "<html><head><title>Three walks</title></head><body><h1>Three walks</h1><article>" + strings.Repeat(story, 2) +
		teaser("birch-hollow-loop-trail-guide", "1. Birch Hollow Loop", "A gentle loop through old birch woods, best in autumn."+entry) +
		teaser("cedar-ridge-summit-trail-guide", "2. Cedar Ridge", "A steep climb to a summit with views over the valley."+entry) +
		teaser("mill-creek-falls-trail-guide", "3. Mill Creek Falls", "A short walk to the falls, with benches by the creek."+entry) +
		"</article></body></html>"
	doc, err := html.Parse(strings.NewReader(list))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	kept := make([]int32, len(p.blocks))
	for i := range kept {
		kept[i] = int32(i)
	}
	assert.Equal(t, len(kept), p.teaserTail(kept), "a list article's entries are no teasers")
}

// A story printed twice keeps one copy; a paragraph repeated on its own
// (a refrain, a credit under each picture) stays each time.
func TestDropRepeatedRuns(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to close the old bridge to traffic for the rest of the year.",
		"Engineers had warned for years that the steel supports were corroding faster than expected.",
		"A temporary ferry will carry pedestrians and cyclists across the river from next month on.",
		"This webcam image is provided courtesy of the park trust, which keeps the cameras running.",
	}
	html := func(ps ...string) string {
		s := "<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><article>"
		for _, p := range ps {
			s += "<p>" + p + "</p>"
		}
		return s + "</article></body></html>"
	}
	twice := html(paras[0], paras[1], paras[2], "<b>Share</b>", paras[0], paras[1], paras[2])
	a, err := Parse(strings.NewReader(twice))
	require.NoError(t, err)
	assert.Equal(t, paras[:3], a.Body)

	credits := html(paras[0], paras[3], paras[1], paras[3], paras[2], paras[3])
	a, err = Parse(strings.NewReader(credits))
	require.NoError(t, err)
	assert.Len(t, a.Body, 6)
}

func TestIsCreditLine(t *testing.T) {
	for _, c := range []struct {
		b    block
		want bool
	}{
		{block{text: "Von Nina Muster", tag: atom.P}, true},
		{block{text: "By Jane Doe and John Roe / Staff Writers", tag: atom.P}, true},
		{block{text: "By Audience", tag: atom.H3, heading: 3}, false},
		{block{text: "By the end of the week the river had risen two metres.", tag: atom.P}, false},
	} {
		assert.Equal(t, c.want, c.b.isCreditLine(), "%q", c.b.text)
	}
}

// A data table in the story keeps its cells, figures and dates too; a
// table of links beside it (a menu laid out as a grid) stays out.
func TestGenericBodyKeepsDataTable(t *testing.T) {
	story := "<p>The council published the figures on Tuesday, and the mayor said that rents had risen in every district.</p>"
	table := "<table><tr><th>District</th><th>Rent</th><th>Change</th></tr>" +
		"<tr><td>North</td><td>$1,250</td><td>+4.1%</td></tr>" +
		"<tr><td>South</td><td>$980</td><td>1/1/2013</td></tr></table>"
	menu := `<table><tr><td><a href="/a">Home</a></td><td><a href="/b">News</a></td><td><a href="/c">Sport</a></td></tr>` +
		`<tr><td><a href="/d">Weather</a></td><td><a href="/e">Travel</a></td><td>Login</td></tr></table>`
	var stories strings.Builder
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday"} {
		stories.WriteString(strings.Replace(story, "Tuesday", day, 1))
	}
	page := "<html><head><title>Rents rise</title></head><body><h1>Rents rise</h1><article>" +
		stories.String() + table + story + menu + "</article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	body := strings.Join(a.Body, "\n")
	// A row reads as one line, its cells joined as plain text joins them.
	for _, row := range []string{"District | Rent | Change", "North | $1,250 | +4.1%", "South | $980 | 1/1/2013"} {
		assert.Contains(t, a.Body, row)
	}
	for _, item := range []string{"Weather", "Login"} {
		assert.NotContains(t, body, item)
	}
}

func TestCellRun(t *testing.T) {
	cell := func(text string, linked bool) block {
		b := block{text: text, tag: atom.Td}
		if linked {
			b.nLinks, b.linkLen = 1, int32(len(text))
		}
		return b
	}
	grid := []block{cell("Rank", false), cell("Team", false), cell("1", false), cell("Ajax", true), cell("2", false), cell("PSV", false)}
	p := &page{blocks: append(grid, block{text: "After the table.", tag: atom.P})}
	end, ok := p.cellRun(0, len(p.blocks))
	assert.Equal(t, 6, end)
	assert.True(t, ok, "a grid of figures with some names linked")

	p.blocks = []block{cell("Home", true), cell("News", true), cell("Sport", true), cell("Login", false), cell("Travel", true), cell("Weather", true)}
	_, ok = p.cellRun(0, len(p.blocks))
	assert.False(t, ok, "a menu laid out as a table")

	p.blocks = grid[:4]
	_, ok = p.cellRun(0, len(p.blocks))
	assert.False(t, ok, "too few cells")

	p.blocks = append(append([]block{}, grid...), cell(strings.Repeat("A story set in a layout table's cell. ", 12), false))
	_, ok = p.cellRun(0, len(p.blocks))
	assert.False(t, ok, "a layout table holding prose")
}

func TestSameSiteName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"www.bbc.com", "bbc.co.uk", true},
		{"promotions.shopmart.com", "shopmart.com", true},
		{"blog.example.org", "example.org", true},
		{"www.amazon.com", "gearreview.com", false},
		{"www.example.co.uk", "other.co.uk", false}, // "co" names no site
		{"example.com", "example.org", true},
		{"localhost", "example.com", false},
	} {
		assert.Equal(t, c.want, sameSiteName(c.a, c.b), "%s %s", c.a, c.b)
	}
}

func TestIsSitePage(t *testing.T) {
	p := &page{hostname: "gearreview.com"}
	for href, want := range map[string]bool{
		"/reviews/best-kettles/":                      true,
		"reviews/kettles.html":                        true,
		"https://www.gearreview.com/news/recall":      true,
		"//cdn.gearreview.com/guide.pdf":              true,
		"https://www.amazon.com/Kettle/dp/B07T1CH2HH": false,
		"https://kettlemaker.example/products":        false,
		"#how-we-tested":                              false,
		"mailto:desk@gearreview.com":                  false,
		"":                                            false,
	} {
		assert.Equal(t, want, p.isSitePage(href), "%q", href)
	}
	assert.True(t, (&page{}).isSitePage("https://elsewhere.example/"), "without its own address every page may be the site's")
	syndicated := &page{hostname: "sistermag.de", meta: pageMeta{ogURL: "https://www.dailypaper.de/wirtschaft/geld-123.html"}}
	assert.True(t, syndicated.isSitePage("https://www.dailypaper.de/news/zahlungen-456.html"), "the og:url's site")
	assert.False(t, syndicated.isSitePage("https://www.lego.example/sets"))
	assert.Equal(t, "www.dailypaper.de", hostOf("https://www.dailypaper.de/wirtschaft/geld-123.html"))
	assert.Equal(t, "", hostOf("/wirtschaft/geld-123.html"))
}

// A list article's entries that link off the site stay in the body: a
// heading linked to the product's shop, a source under "Sources:". A
// heading linked to another story of the site, and links listed without
// an announcing line, stay out.
func TestGenericBodyKeepsOffsiteEntries(t *testing.T) {
	intro := "<p>We boiled a litre of water in each kettle, timed it, and measured how hot the handle got after ten minutes.</p>"
	entry := func(href, name string) string {
		return `<h2><a href="` + href + `">` + name + `</a></h2><ul><li>Capacity: 0.9 litres</li><li>Boils in 4 minutes</li></ul>`
	}
	page := `<html><head><title>Best kettles</title><link rel="canonical" href="https://gearreview.com/best-kettles"></head><body><h1>Best kettles</h1><article>` +
		strings.Repeat(intro, 3) +
		entry("https://www.amazon.com/Stagg-Kettle/dp/B0DG5X91XS", "Stagg Gooseneck Kettle") + strings.Repeat(intro, 2) +
		entry("https://kettlemaker.example/classic", "Classic Steel Kettle") + strings.Repeat(intro, 2) +
		entry("/news/kettle-recall-announced-today", "Kettle recall announced") +
		entry("https://kettlemaker.example/travel", "Travel Kettle") + strings.Repeat(intro, 2) +
		`<p>Sources:</p><ul><li><a href="https://standards.example/kettles">Kettle safety standard 2024</a></li></ul>` +
		`<p>More reading on the subject of tea.</p><ul><li><a href="https://tea.example/guide">A guide to green tea</a></li></ul>` +
		strings.Repeat(intro, 1) + `</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "Stagg Gooseneck Kettle")
	assert.Contains(t, a.Body, "Classic Steel Kettle")
	assert.Contains(t, a.Body, "Travel Kettle")
	assert.Contains(t, a.Body, "Kettle safety standard 2024")
	assert.NotContains(t, a.Body, "Kettle recall announced")
	assert.NotContains(t, a.Body, "A guide to green tea")
}

// TestIsCardSummary checks that the summary of a teaser card, set into a
// story or lined up under it, leaves the body with its linked title; a
// button's line, an entry linked off the site and a card whose box holds
// more than a card does stay.
func TestIsCardSummary(t *testing.T) {
	cardBox := func(href, title, summary string) string {
		return `<div class="tile"><div><a href="` + href + `">` + title + `</a></div><p>` + summary + `</p></div>`
	}
	summary := "The regional parliament voted on Friday to tighten the rules for new arrivals after a deadly attack in the spring."
	for _, c := range []struct {
		name, box string
		want      bool
	}{
		{"a card of another story", cardBox("/politics/art4175-parliament-backs-border-checks", "Parliament backs permanent border checks", summary), true},
		{"an absolute address of the site", cardBox("https://www.dailypaper.example/politics/parliament-backs-border-checks/", "Parliament backs permanent border checks", summary), true},
		{"a button", cardBox("/uploads/transitioning-to-a-plant-based-diet.pdf", "Download & Print", summary), false},
		{"an entry linked off the site", cardBox("https://kettlemaker.example/classic-steel-kettle-black", "The Classic Steel Kettle in black", summary), false},
		{"a link to a section", cardBox("/politics/", "All the news from politics", summary), false},
		{"a box longer than a card", cardBox("/politics/parliament-backs-border-checks-now", "Parliament backs permanent border checks", summary+strings.Repeat("</p><p>"+summary, 3)), false},
	} {
		doc, err := parseHTML(strings.NewReader(`<html><body><article>`+
			paras(storyParas...)+c.box+paras(moreParas...)+`</article></body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		p.hostname = "dailypaper.example"
		i := slices.IndexFunc(p.blocks, func(b block) bool { return b.text == summary })
		require.GreaterOrEqual(t, i, 0, c.name)
		assert.Equal(t, c.want, p.isCardSummary(i), c.name)
	}
}

func TestIsBareHeading(t *testing.T) {
	h := func(s string) *block { return &block{text: s, tag: atom.H3, heading: 3} }
	for _, c := range []struct {
		b    *block
		want bool
	}{
		{h("Ressorts"), true},
		{h("Kurse & Daten"), true},
		{h("20 Free Sewing Patterns for DIY Car Organization & Road Trip Heaven"), true},
		{h("Sources: Smartphone Basics Explained, Green Smartphones, 2023;"), false},
		{h("Android."), false},
		{h("Why does the river flood every winter?"), false},
		{&block{text: "Ressorts", tag: atom.P}, false},
		{h(strings.Repeat("A very long line set as a heading ", 8)), false},
	} {
		assert.Equal(t, c.want, isBareHeading(c.b), "%q", c.b.text)
	}
}

// TestGenericBodyDropsBareHeadingsTail checks that the titles of a
// footer's columns, set as headings with nothing under them, leave the
// end of the body; a subhead with its paragraph stays.
func TestGenericBodyDropsBareHeadingsTail(t *testing.T) {
	page := `<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><div>` +
		paras(storyParas...) + `<h2>What happens next</h2>` + paras(moreParas[0]) +
		`<h6>Sections</h6><h6>Service</h6><h6>Markets &amp; Data</h6></div></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "What happens next")
	assert.Equal(t, moreParas[0], a.Body[len(a.Body)-1])
}

// TestGenericBodyKeepsOneBareHeading checks that a single heading at the
// end stays: a subhead over a list of links left out of the body, or the
// title of a last reference, is the story's.
func TestGenericBodyKeepsOneBareHeading(t *testing.T) {
	page := `<html><head><title>Old bridge to close</title></head><body><h1>Old bridge to close</h1><div>` +
		paras(storyParas...) + `<h3>Flood defences in other towns</h3></div></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Flood defences in other towns", a.Body[len(a.Body)-1])
}

// TestDropLabelledCards checks that a catalogue's cards set into a
// story, each a linked title under the label of its kind, leave the
// body, and that near misses stay: cards labelled each for itself (a
// list article's entries), two cards only, and a label that links.
func TestDropLabelledCards(t *testing.T) {
	intro := paras(storyParas...)
	card := func(label, href, title, pitch string) string {
		return `<div class="card"><p>` + label + `</p><h2><a href="` + href + `">` + title + `</a></h2><p>` + pitch + `</p></div>`
	}
	pitches := []string{
		"This course gives you a broad overview of analytics, from setting up an account to reading your first reports with confidence.",
		"In this course you will discover the five key steps to better conversion rates and how to test each change you make to a page.",
		"Learn how to use both content and technical features of a site to rise in search rankings and hold the place once you have it.",
	}
	tests := []struct {
		name  string
		cards string
		kept  int // of the cards' 9 lines
	}{
		{"one label over every card", card("On-Demand Training", "/courses/analytics", "Analytics basics", pitches[0]) +
			card("On-Demand Training", "/courses/conversion", "Conversion rates", pitches[1]) +
			card("On-Demand Training", "/courses/search", "Search rankings", pitches[2]), 0},
		{"a label each", card("Best overall", "/courses/analytics", "Analytics basics", pitches[0]) +
			card("Best value", "/courses/conversion", "Conversion rates", pitches[1]) +
			card("Best for beginners", "/courses/search", "Search rankings", pitches[2]), 9},
		{"two cards", card("On-Demand Training", "/courses/analytics", "Analytics basics", pitches[0]) +
			card("On-Demand Training", "/courses/conversion", "Conversion rates", pitches[1]), 6},
		{"a linked label", card(`<a href="/training">On-Demand Training</a>`, "/courses/analytics", "Analytics basics", pitches[0]) +
			card(`<a href="/training">On-Demand Training</a>`, "/courses/conversion", "Conversion rates", pitches[1]) +
			card(`<a href="/training">On-Demand Training</a>`, "/courses/search", "Search rankings", pitches[2]), 6},
	}
	for _, tt := range tests {
		page := `<html><head><title>Flood barrier opens on the river</title></head><body><article><h1>Flood barrier opens on the river</h1>` +
			intro + `<div class="cards">` + tt.cards + `</div>` + `<div class="more">` + paras(moreParas...) + `</div></article></body></html>`
		a := mustParse(t, page)
		assert.Len(t, a.Body, len(storyParas)+len(moreParas)+tt.kept, tt.name)
	}
}

// TestDropSetBoxesKeepsSections checks that a box set between a story's
// paragraphs leaves the body only on evidence that it is furniture: a
// section of the story wrapped in a container of its own (a site
// builder's block group) stays whatever its shape (one long paragraph, a
// quote's lead-in ending on a colon, paragraphs and a list, dashed
// points, a second subhead); a box named as one, a call to action, a
// sign-up form, another story's <article> and a rail of linked headlines
// leave.
func TestDropSetBoxesKeepsSections(t *testing.T) {
	group := func(inner string) string { return `<div class="wp-block-group">` + inner + `</div>` }
	head := `<h2>What happens next</h2>`
	tests := []struct {
		name, box string
		kept      int // lines of the box kept
	}{
		{"a story's section in its own container", group(`<h2>What comes next</h2>` + paras(moreParas[:2]...)), 3},
		{"a section of long paragraphs", group(`<h3>How the gates work</h3>` + paras(moreParas...)), 5},
		{"a subhead over one long paragraph", group(head + `<p>The county clerk will publish the final text of the measure by the end of the week, and residents will then have thirty days to file objections.</p>`), 2},
		{"a quote's lead-in", group(head + `<p>The county clerk will publish the final text of the measure by the end of the week. The mayor told reporters:</p><p>"Residents will then have thirty days to file written objections."</p>`), 3},
		{"paragraphs and a list", group(head + paras(moreParas[:2]...) + `<ul><li>Hearing one: March 12 in Springfield</li><li>Hearing two: March 19 in Shelbyville</li></ul>`), 5},
		{"dashed points", group(head + `<p>The clerk will publish the text by the end of the week, officials said.</p><p>- Residents will then have thirty days to file objections.</p><p>- The hearings begin in April.</p>`), 4},
		{"a second subhead", group(head + paras(moreParas[:2]...) + `<h3>Who pays</h3><p>Homeowners would pay most of the new fee, while renters would see smaller increases.</p>`), 5},
		{"a fact box by its name", `<div class="metro-factbox"><h2>What else the county plans</h2><p>Other schemes on the list include:</p><p>– A second barrier at the mouth of the brook, to be built once the money for it is found.</p></div>`, 0},
		{"a call to action", `<div class="inline-cta"><h3>Thinking of moving to the valley?</h3><p>Get a free valuation of your home and advice on insurance from our partners, with no obligation.</p></div>`, 0},
		{"a sign-up form", `<div class="grid"><section class="border"><h3>The river letter</h3><p>Every Friday: news from the valley, in your inbox.</p><form action="/signup"><input name="email"><button></button></form><p>By signing up I agree to the terms of the newsletter.</p></section></div>`, 0},
		{"another story's card", `<div class="grid"><article class="card"><h3>A marathon runner's lighter heart</h3><p>He has found a new clarity, as a runner and as the keeper of a family caught in a civil war.</p></article></div>`, 0},
		{"a writer's box titled by a credit", group(`<h3>Written by Ann Smith</h3><p>Ann Smith covers the valley's towns and rivers, and has written for the paper since 2009.</p>`), 0},
		{"a writer's box of two lines", group(`<h3>Written by Ann Smith</h3><p>Ann Smith covers the valley's towns and rivers.</p><p>She lives in Springfield with her two dogs.</p>`), 0},
		{"a section titled by what it tells", group(`<h3>Written by hand, signed by all</h3><p>The petition against the barrier's fee was written out by hand and signed by every shopkeeper on the high street.</p>`), 2},
		{"a section titled 'By the Numbers'", `<div class="section"><h3>By the Numbers</h3>` + paras(moreParas[:2]...) + `</div>`, 3},
		{"a section titled by a name, not a writer's biography", group(`<h3>By Ann Smith</h3>` + paras(moreParas[:2]...)), 3},
		{"a section titled 'By Comparison'", `<section><h3>By Comparison</h3>` + paras(moreParas[:2]...) + `</section>`, 3},
		{"a story's 'more information' section", `<div class="more-information"><h3>How to comment on the plan</h3>` + paras(moreParas[:2]...) + `</div>`, 3},
		{"an information box", `<div class="content_component information"><h3>The valley's terrain</h3><p>The river runs through steep gorges and pine woods with scattered homes.</p><p>Access for heavy machinery is hard in many places.</p></div>`, 0},
		{"a rail of linked headlines", group(`<h2>Popular</h2><h3><a href="/a">Council backs new homes on the old dairy site</a></h3><h3><a href="/b">Bus fares rise for the second time this year</a></h3>`), 0},
	}
	for _, tt := range tests {
		a := mustParse(t, `<html><head><title>Flood barrier opens on the river</title></head><body><article><h1>Flood barrier opens on the river</h1><div class="text">`+paras(storyParas[:2]...)+tt.box+paras(storyParas[2:]...)+`</div></article></body></html>`)
		assert.Len(t, a.Body, len(storyParas)+tt.kept, tt.name)
	}
}

// isBoxName judges the words of a class or id value whole: "factbox" in
// "metro-factbox" marks a box, "info" in "infographic" does not.
func TestIsBoxName(t *testing.T) {
	tests := []struct {
		val  string
		want bool
	}{
		{"metro-factbox", true},
		{"article-infoBox", true},
		{"container inline-cta align-items-center", true},
		{"teaser teaser--small", true},
		{"wp-block-group", false},
		{"infographic", false},
		{"content_component information", true},
		{"more-information", false},
		{"information", false},
		{"information-panel", true},
		{"informational-text", false},
		{"boxing-results", false},
		{"entry-content", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isBoxName(tt.val), tt.val)
	}
}

// TestDropSetBoxes checks that a fact box set between the paragraphs of
// a story's container leaves the body, and that near misses stay: a
// story whose sections each sit in a container of their own, a box at the
// story's end, a box without a heading, and a box longer than a fact box.
func TestDropSetBoxes(t *testing.T) {
	box := func(lines int) string {
		var sb strings.Builder
		sb.WriteString(`<div class="factbox"><h3>Facts about the barrier</h3><ul>`)
		for i := range lines {
			fmt.Fprintf(&sb, "<li>Fact %d: the gates were cast in steel at a mill up the river and shipped down on barges.</li>", i+1)
		}
		sb.WriteString(`</ul></div>`)
		return sb.String()
	}
	sections := `<div class="sec"><h2>The design</h2>` + paras(storyParas[2:]...) + `</div>`
	tests := []struct {
		name, body string
		want       int
	}{
		{"a fact box between paragraphs", `<div class="text">` + paras(storyParas[:2]...) + box(3) + paras(storyParas[2:]...) + `</div>`, len(storyParas)},
		{"sections in containers of their own", `<div class="text"><div class="sec">` + paras(storyParas[:2]...) + `</div>` + sections + `</div>`, len(storyParas) + 1},
		{"a box at the end", `<div class="text">` + paras(storyParas...) + box(3) + `</div>`, len(storyParas) + 4},
		{"a box without a heading", `<div class="text">` + paras(storyParas[:2]...) + `<div class="note">` + paras(moreParas[0]) + `</div>` + paras(storyParas[2:]...) + `</div>`, len(storyParas) + 1},
		{"a box longer than a fact box", `<div class="text">` + paras(storyParas[:2]...) + box(maxSetBox) + paras(storyParas[2:]...) + `</div>`, len(storyParas) + maxSetBox + 1},
	}
	for _, tt := range tests {
		a := mustParse(t, `<html><head><title>Flood barrier opens on the river</title></head><body><article><h1>Flood barrier opens on the river</h1>`+tt.body+`</article></body></html>`)
		assert.Len(t, a.Body, tt.want, tt.name)
	}
}

// dropRepeatedRuns compares a short body's texts one by one and looks a
// long body's up: both drop a run of repeats and keep a lone one.
func TestDropRepeatedRunsLongAndShort(t *testing.T) {
	for _, n := range []int{10, maxScannedBody + 10} {
		var texts []string
		for i := range n {
			texts = append(texts, fmt.Sprintf("Paragraph %d of the story tells what the council decided, and why it took so long.", i))
		}
		// A run of three repeats is a second copy; a lone repeat stays.
		texts = append(texts, texts[1], texts[2], texts[3], "A closing line of the story that ends it.", texts[5])
		p := &page{}
		kept := make([]int32, len(texts))
		for i, s := range texts {
			p.blocks = append(p.blocks, block{text: s, tag: atom.P})
			kept[i] = int32(i)
		}
		got := p.dropRepeatedRuns(kept)
		assert.Len(t, got, n+2, "%d paragraphs", n)
		assert.Equal(t, int32(len(texts)-1), got[len(got)-1], "%d paragraphs: the lone repeat stays", n)
	}
}

// A pull quote set in a figure beside its speaker's face is the story's;
// a picture's caption in a
// figure of the same shape, without a <blockquote>, still leaves the body.
func TestGenericBodyKeepsPullQuote(t *testing.T) {
	story := "<p>The harbour authority said the new quay would open to ferries in the spring after two years of work.</p>"
	for _, c := range []struct {
		name, figure string
		want         []string
		wantNot      []string
	}{
		{"pull quote", `<figure><img src="https://cdn.example/faces/ruth-pell.jpg" alt=""><blockquote><p>The quay is ready, the ferries are not.</p></blockquote>` +
			`<figcaption><strong>Ruth Pell</strong>, harbour master</figcaption></figure>`,
			[]string{"The quay is ready, the ferries are not."}, nil},
		{"picture", `<figure><img src="https://cdn.example/photos/quay.jpg" alt=""><p>The new quay seen from the old lighthouse.</p>` +
			`<figcaption>Photo: Harbour Authority</figcaption></figure>`,
			nil, []string{"The new quay seen from the old lighthouse.", "Photo: Harbour Authority"}},
		{"pull quote in nested frames", `<div class="wp-block-image"><figure><div class="quote-wrap"><img src="https://cdn.example/faces/ruth-pell.jpg" alt="">` +
			`<blockquote><p>The quay is ready, the ferries are not.</p></blockquote></div><figcaption>Ruth Pell, harbour master</figcaption></figure></div>`,
			[]string{"The quay is ready, the ferries are not."}, nil},
		{"pull quote before a picture", `<blockquote><p>The quay is ready, the ferries are not.</p></blockquote>` +
			`<figure><img src="https://cdn.example/photos/quay.jpg" alt=""><figcaption>The new quay seen from the old lighthouse.</figcaption></figure>`,
			[]string{"The quay is ready, the ferries are not."}, []string{"The new quay seen from the old lighthouse."}},
		{"embedded post", `<figure><blockquote class="twitter-tweet"><p>Gates up at the quay at last, a great day for the town</p>` +
			`&mdash; Ruth Pell (@ruthpell) March 5, 2024</blockquote><img src="https://cdn.example/photos/quay.jpg" alt=""></figure>`,
			nil, []string{"Gates up at the quay at last, a great day for the town"}},
	} {
		page := "<html><head><title>Quay to open</title></head><body><h1>Quay to open</h1><article>" +
			strings.Repeat(story, 2) + c.figure + strings.Repeat(story, 2) + "</article></body></html>"
		a, err := Parse(strings.NewReader(page))
		require.NoError(t, err, c.name)
		for _, w := range c.want {
			assert.Contains(t, a.Body, w, c.name)
		}
		for _, w := range c.wantNot {
			assert.NotContains(t, a.Body, w, c.name)
		}
	}
}

func TestIsMixedListItem(t *testing.T) {
	for _, c := range []struct {
		name, list, item string
		want             bool
	}{
		{"a packing list that links one thing to a shop",
			`<ul><li>Tent</li><li><a href="https://shop.example/headlamp-200">Headlamp with spare batteries</a></li><li>Sleeping bag</li></ul>`,
			"Headlamp with spare batteries", true},
		{"a directory that links the name it has an address for",
			`<ul><li><a href="https://clinic.example/">Access Institute for Psychological Services</a></li><li>(415) 861-5449</li></ul>`,
			"Access Institute for Psychological Services", true},
		{"a menu: every item a link",
			`<ul><li><a href="/news">Latest news</a></li><li><a href="/sport">Sport and results</a></li><li><a href="/weather">Weather today</a></li></ul>`,
			"Sport and results", false},
		{"a bare address among notes",
			`<ul><li>Read more at</li><li><a href="https://pubmed.example/3483">pubmed.example/3483</a></li></ul>`,
			"pubmed.example/3483", false},
		{"a linked paragraph after a list",
			`<ul><li>Tent</li></ul><p><a href="https://shop.example/">Buy the tent at the shop</a></p>`,
			"Buy the tent at the shop", false},
		{"a price list that links where to buy",
			`<ul><li>$4,000-$4,500</li><li><a href="https://shop.example/x100">Buy on the camera shop</a></li><li>$5,500+</li></ul>`,
			"Buy on the camera shop", true},
		{"a rail of teasers with reading times between them",
			`<ul><li><a href="/a">Mayor unveils new budget for schools</a></li><li>5 min read</li><li><a href="/b">Bridge repairs to start in spring</a></li><li>3 min read</li></ul>`,
			"Bridge repairs to start in spring", false},
		{"a rail of teasers with dates between them",
			`<ul><li><a href="/a">Mayor unveils new budget for schools</a></li><li>March 5, 2024</li><li><a href="/b">Bridge repairs to start in spring</a></li></ul>`,
			"Mayor unveils new budget for schools", false},
		{"a rail of teasers with bylines between them",
			`<ul><li><a href="/a">Mayor unveils new budget for schools</a></li><li>By Jane Smith</li><li><a href="/b">Bridge repairs to start in spring</a></li></ul>`,
			"Bridge repairs to start in spring", false},
	} {
		doc, err := parseHTML(strings.NewReader(`<html><body><article>`+paras(storyParas...)+c.list+`</article></body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		i := slices.IndexFunc(p.blocks, func(b block) bool { return b.text == c.item })
		require.GreaterOrEqual(t, i, 0, c.name)
		assert.Equal(t, c.want, p.isMixedListItem(i), c.name)
	}
}

// A rail of teasers under the story that sets a reading time between its
// linked titles is no list of the story's: the titles leave the body.
func TestGenericBodyDropsTeasersBetweenReadingTimes(t *testing.T) {
	rail := `<ul><li><a href="/a">Mayor unveils new budget for schools</a></li><li>5 min read</li>` +
		`<li><a href="/b">Bridge repairs to start in spring</a></li><li>3 min read</li>` +
		`<li><a href="/c">Police chief to retire after 30 years</a></li></ul>`
	page := `<html><head><title>Council weighs fee rise</title><link rel="canonical" href="https://news.example.com/council"></head>` +
		`<body><article><h1>Council weighs fee rise</h1><p>By Jane Smith</p>` + paras(storyParas...) + rail + `</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	for _, p := range storyParas {
		assert.Contains(t, a.Body, p)
	}
	for _, title := range []string{"Mayor unveils new budget for schools", "Bridge repairs to start in spring", "Police chief to retire after 30 years"} {
		assert.NotContains(t, a.Body, title)
	}
}

// The items of a list a line announces may be paragraphs (<li><p>): those
// that link off the site are the story's entries, as <li>s are; a linked
// paragraph no line announces is still a stray link.
func TestGenericBodyKeepsAnnouncedParagraphEntries(t *testing.T) {
	story := "<p>The compiler backend made steady progress this month, and most of the work went into the code generator.</p>"
	list := `<p>Many patches were sent for review:</p><ul>` +
		`<li><p><a href="https://review.example/c/1201">codegen: allow casts between integers and pointers</a></p></li>` +
		`<li><p><a href="https://review.example/c/1202">codegen: add support for packed structs</a></p></li></ul>`
	stray := `<p>More on the project.</p><p><a href="https://review.example/dashboard">See the review dashboard here</a></p>`
	page := `<html><head><title>Progress report</title><link rel="canonical" href="https://devblog.com/progress-report-39"></head><body><h1>Progress report</h1><article>` +
		strings.Repeat(story, 3) + list + stray + strings.Repeat(story, 2) + "</article></body></html>"
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "codegen: allow casts between integers and pointers")
	assert.Contains(t, a.Body, "codegen: add support for packed structs")
	assert.NotContains(t, a.Body, "See the review dashboard here")
}

// A short run after the container of the story's paragraphs is dropped
// only on evidence that it is a box (an author's mark, a box's class
// word, an image card under a title, an <article> of the story's own
// closing before it); bare paragraphs beside the container, the story's
// next part (a like container, a subhead) and a run that quotes or
// reports someone are the story's end, whatever container holds them.
func TestOutsideTail(t *testing.T) {
	bio := "<p>Jane Marsh writes about rivers and flood defences for the paper, and before that spent ten years as a civil engineer.</p>"
	end := "The council will report on the barrier's first winter in the spring."
	said := "<p>" + end + "</p><p>“We will be ready,” the mayor said.</p>"
	quoted := "<p>" + end + "</p><p>“We will be ready for the first flood,” the mayor added.</p>"
	story := []string{
		"The council met on Tuesday to discuss the proposal, which would raise fees for residents by ten percent over two years.",
		"Officials said the money would go toward repairing roads and bridges that have fallen into disrepair since the last major investment.",
		"Opponents argued that the increase would hurt families already struggling with the rising cost of living in the region.",
		"A final vote is expected next month after a series of public hearings across the county's five districts.",
	}
	std := paras(story...)
	open := `<div class="entry-content">`
	for _, c := range []struct {
		name, story, tail, after string
		keep                     bool // the tail's lines stay
	}{
		{"bare paragraphs after a story with a subhead",
			open + paras(story[:2]...) + `<h2>Opposition</h2>` + paras(story[2:]...) + `</div>`, said, "", true},
		{"bare paragraphs after the story's list",
			open + std + `<ul><li>Roads: $4m</li><li>Bridges: $6m</li></ul></div>`, said, "", true},
		{"bare paragraphs after the story's figure",
			open + std + `<figure><img src="/a.jpg" width="800" height="500"><figcaption>The old bridge.</figcaption></figure></div>`, said, "", true},
		{"bare paragraphs after the story's blockquote",
			open + std + `<blockquote><p>We cannot wait any longer.</p></blockquote></div>`, said, "", true},
		{"paragraphs after an ad slot",
			open + std + `</div>`, `<div class="inline-ad"><span>Advertisement</span></div>` + said, "", true},
		{"a bare bio beside the story's container",
			open + std + `</div>`, bio, "", true},
		{"the story's part named after its first",
			open + std + `</div>`, `<div class="entry-content-more">` + said + `</div>`, "", true},
		{"a part of the story's class with a modifier",
			`<div class="text-block">` + std + `</div>`, `<div class="text-block text-block--last">` + said + `</div>`, "", true},
		{"a numbered part of the story",
			`<div class="story-part"><h2>The barrier</h2>` + std + `<ul><li>Gates: 12</li></ul></div>`, `<div class="story-part-2">` + said + `</div>`, "", true},
		{"a section under a subhead of the story's level",
			`<div class="story-part"><h2>The barrier</h2>` + std + `</div>`, `<div class="next"><h2>What comes next</h2>` + said + `</div>`, "", true},
		{"a section under a subhead of another level",
			`<div class="story-part"><h2>The barrier</h2>` + std + `</div>`, `<h3>What comes next</h3>` + said, "", true},
		{"a box named by no word", open + std + `</div>`, `<div class="panel">` + bio + `</div>`, "", true},
		{"a reported line in a bio's class", open + std + `</div>`, `<div class="writer-bio">` + said + `</div>`, "", true},
		{"a quotation in a bio's class", open + std + `</div>`, `<div class="writer-bio">` + quoted + `</div>`, "", true},
		{"a reported line after the story's article", open + std + `</div>`, "", `<section>` + said + `</section>`, true},
		{"a quotation beside an image under a title", open + std + `</div>`,
			`<div class="x7"><div class="x8"><p><strong>What comes next</strong></p><img src="/maps.png">` + quoted + `</div></div>`, "", true},

		{"an author's box", open + std + `</div>`, `<div class="panel" itemprop="author">` + bio + `</div>`, "", false},
		{"a box with a bio's class", open + std + `</div>`, `<div class="writer-bio">` + bio + `</div>`, "", false},
		{"a blurb after the story's article", open + std + `</div>`, "", `<section>` + bio + `</section>`, false},
		{"an image card under a title", open + std + `</div>`,
			`<div class="x7"><div class="x8"><p><strong>Flood maps for every street</strong></p><img src="/maps.png">` + bio + `</div></div>`, "", false},
	} {
		page := `<!doctype html><html lang="en"><head><title>Council weighs fee rise - Example News</title>` +
			`<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>` +
			`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
			`<main><article><h1>Council weighs fee rise</h1><p class="byline">By Jane Smith</p>` + c.story + c.tail + `</article>` + c.after +
			`</main><footer>Copyright 2024 Example News</footer></body></html>`
		a := mustParse(t, page)
		body := strings.Join(a.Body, "\n")
		assert.Contains(t, body, story[3], c.name)
		tail := "Jane Marsh"
		if !strings.Contains(c.tail+c.after, tail) {
			tail = end
		}
		if c.keep {
			assert.Contains(t, body, tail, c.name)
		} else {
			assert.NotContains(t, body, tail, c.name)
		}
	}
}

// A quotation is three quoted words or more with punctuation closing
// them, inside the marks or right after; a phrase in scare quotes, an
// empty pair and an unclosed mark are none.
func TestHasQuotation(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"“We will be ready,” the mayor said.", true},
		{`"The gates held," an engineer added after the storm.`, true},
		{"« Nous serons prêts », a déclaré le maire.", true},
		{"« Nous serons prêts à temps. »", true},
		{"„Wir sind bereit“, sagte der Bürgermeister.", true},
		{`Once you've found your "winning formula," you can scale confidently.`, false},
		{"En cliquant sur « » et en vous assurant que vous êtes seul.", false},
		{`"While the tool doesn't adjust audience settings, it supports expansion:`, false},
		{"The council will report on the barrier's first winter in the spring.", false},
	} {
		assert.Equal(t, c.want, hasQuotation(c.s), c.s)
	}
}

// Like containers share a class name, or one's name goes on the other's
// after a separator; a shared word inside two names is no likeness.
func TestShareClassName(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"text-block", "text-block text-block--last", true},
		{"story-part", "story-part-2", true},
		{"entry-content", "entry-content-more", true},
		{"et_pb_text et_pb_text_6", "et_pb_text et_pb_text_7", true},
		{"blog-body-block", "c-block-quote-embed-90 hide", false},
		{"story", "storyline", false},
		{"", "story-part", false},
	} {
		assert.Equal(t, c.want, shareClassName(c.x, c.y), c.x+" / "+c.y)
	}
}

func TestIsCardBlurb(t *testing.T) {
	blurb := "So why would you want to put your savings in a fund that tracks the market? Here are the reasons."
	for _, c := range []struct {
		name, box string
		want      bool
	}{
		{"a card linked whole", `<div class="card"><a href="/investing/why-funds/"><h3>Are funds a good investment?</h3><p>` + blurb + `</p></a></div>`, true},
		{"title and blurb linked apart to one page", `<div class="card"><h3><a href="/investing/why-funds/">Are funds a good investment?</a></h3><p><a href="/investing/why-funds/">` + blurb + `</a></p></div>`, true},
		{"a blurb linked elsewhere", `<div class="card"><h3><a href="/investing/why-funds/">Are funds a good investment?</a></h3><p><a href="/investing/fees/">` + blurb + `</a></p></div>`, false},
		{"an entry linked by its name, in words of its own", `<h3><a href="https://kettlemaker.example/">The Kettle Maker</a></h3><p>` + blurb + `</p>`, false},
		{"a subhead that links nowhere", `<h3>Are funds a good investment?</h3><p><a href="/investing/why-funds/">` + blurb + `</a></p>`, false},
		{"a link to a section of the page", `<a href="#why"><h3>Are funds a good investment?</h3><p>` + blurb + `</p></a>`, false},
	} {
		doc, err := parseHTML(strings.NewReader(`<html><body><article>`+
			paras(storyParas...)+c.box+paras(moreParas...)+`</article></body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		i := slices.IndexFunc(p.blocks, func(b block) bool { return b.text == blurb })
		require.Greater(t, i, 0, c.name)
		assert.Equal(t, c.want, p.isCardBlurb(i), c.name)
	}
}

func TestIsFieldLine(t *testing.T) {
	for s, want := range map[string]bool{
		// a field and its value: a place, a figure, a licence, an address
		"Location: Barcelona, Spain":            true,
		"Location: San Jose, California, USA":   true,
		"PRICE: $373-$400":                      true,
		"License: CC-BY-NC-SA":                  true,
		"Battery Capacity: 358 Wh":              true,
		"Photo Credit: www.harbourhome.example": true,
		// widget labels, subheads and code
		"See Also":                             false,
		"1 / 5":                                false,
		"Share:":                               false,
		"Lakeland: big enough for holidays":    false,
		"Sparkle: Organize your Mac with AI":   false,
		"Step two of the plan: Hire a builder": false,
		`"chrome_profile": "Profile 1",`:       false,
		"t: mov eax, DWORD PTR [rdi] ret":      false,
		"note: this is lower case":             false,
		"Time 10:30 to 11:00":                  false,
		// a widget's labels, and values that count, time, size or sort
		"Comments: 0":                        false,
		"Views: 1,234":                       false,
		"Sort by: Newest":                    false,
		"Text size: A A A":                   false,
		"Listen: 4:12":                       false,
		"Share this: Facebook Twitter Email": false,
		"Previous: Bridge Closes":            false,
		"Next: School Board Vote":            false,
		"Sponsored: Acme Insurance":          false,
		"Author: Jane Smith":                 false,
		"PRICE: $35-$45":                     true,
		"Interval: Around 100,000 miles":     true,
		"Address: 12 Rue de la Paix":         false,
		"Location: ":                         false,
	} {
		assert.Equal(t, want, isFieldLine(s), "%q", s)
		assert.Zero(t, testing.AllocsPerRun(10, func() { isFieldLine(s) }), "no allocation for %q", s)
	}
}

// Field lines set in <div>s (a spec sheet, an event's facts) are the
// story's; a widget's short label beside them is not.
func TestGenericBodyKeepsFieldLines(t *testing.T) {
	page := `<html><head><title>Tech events of the year</title></head><body><h1>Tech events of the year</h1><article>` +
		paras(storyParas...) + `<h2>1. The Harbour Summit</h2><div>Date: March 2-5, 2026</div><div>Location: Barcelona, Spain</div>` +
		`<div>See Also</div>` + paras(moreParas...) + `</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "Location: Barcelona, Spain")
	assert.Contains(t, a.Body, "Date: March 2-5, 2026")
	assert.NotContains(t, a.Body, "See Also")
}

// A widget's field-shaped line standing alone, or among other widgets'
// lines, is no fact: "Category: Local News" under the story, or
// "Language: English" beside a comment widget's sorting and counts.
func TestGenericBodyLeavesLoneFieldLines(t *testing.T) {
	page := `<html><head><title>Tech events of the year</title></head><body><h1>Tech events of the year</h1><article>` +
		paras(storyParas...) + `<div>Category: Local News</div><div>Views: 1,234</div>` + paras(moreParas...) +
		`<div>Sort by: Newest</div><div>Comments: 0</div><div>Language: English</div><div>Text size: A A A</div></article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	for _, line := range []string{"Category: Local News", "Views: 1,234", "Sort by: Newest", "Comments: 0", "Language: English", "Text size: A A A"} {
		assert.NotContains(t, a.Body, line)
	}
}

// TestIsRunTogether checks that slugs run together are no standfirst,
// while sentences and lines of scripts written without spaces are.
func TestIsRunTogether(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"flood-barriersriver-levelscounty-councilinsurance-claimshigh-street", true},
		{"The county opened its new flood barrier on the river on Monday.", false},
		{"県は月曜日、川に新しい防潮堤を開設した。", false},
		{"", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isRunTogether(tt.s), tt.s)
	}
}

func TestCreditTitle(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Written by Cassidy Horton", true},
		{"By Jane Smith", true},
		{"By Jane Smith, Staff Writer", true},
		{"About the Author", true},
		{"ABOUT THE AUTHOR: Jane Smith", true},
		{"By the Numbers", false},
		{"By The Numbers", false},
		{"By Comparison", false},
		{"By Land, Sea And Air", false},
		{"By Land and Sea", false},
		{"By the end of the week", false},
		{"How to comment on the plan", false},
	} {
		_, ok := creditTitle(c.s)
		assert.Equal(t, c.want, ok, "%q", c.s)
	}
}

// TestNoLinkNoLinkText pins the rule isStrayLink's gate stands on: a
// block of no link has no link text, on every fixture.
func TestNoLinkNoLinkText(t *testing.T) {
	eachWalkedFixture(t, func(path string, p *page) {
		for i := range p.blocks {
			if b := &p.blocks[i]; b.nLinks == 0 {
				assert.Zero(t, b.linkLen, "%s block %d %q", path, i, b.text)
			}
		}
		p.release()
	})
}
