package newswire

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
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
		assert.Equal(t, tt.want, p.indexSigns(start, end).cards, tt.name)
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
		assert.Equal(t, want, isPriceLine(s), s)
	}
}

// TestClaimsDatedArticle checks which metadata shields a page from the
// index verdict: og:type "article" alone, printed by many templates on
// every page, does not, nor with the dates SEO plugins give every page (a
// modified time, a WebPage's datePublished); with the article's own
// publication time, or JSON-LD, it does.
func TestClaimsDatedArticle(t *testing.T) {
	tests := []struct {
		name, head string
		want       bool
	}{
		{"og:type alone", `<meta property="og:type" content="article">`, false},
		{"og:type with a date", `<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-04T10:00:00Z">`, true},
		{"JSON-LD article", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Probe reaches orbit","datePublished":"2025-05-04"}</script>`, true},
		{"website", `<meta property="og:type" content="website">`, false},
		{"og:type with a modified time", `<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-01-06T01:05:20+00:00">`, false},
		{"og:type with a WebPage date", `<meta property="og:type" content="article"><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Shop","datePublished":"2024-11-18T11:33:15+00:00"}]}</script>`, false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><head>"+tt.head+"</head><body><p>Text.</p></body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		assert.Equal(t, tt.want, p.claimsDatedArticle(), tt.name)
		p.release()
	}
}

// storySigns parses body and returns the page with its story region, or
// the whole page when it has none, as lacksStory weighs it.
func storySigns(t *testing.T, body string) (*page, int, int) {
	t.Helper()
	doc, err := parseHTML(strings.NewReader("<html><body>"+body+"</body></html>"), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	start, end, ok := p.storyRegion()
	if !ok {
		start, end = 0, len(p.blocks)
	}
	return p, start, end
}

// TestRepeatedItems checks the sign of a region made of boxes of one
// shape: a playlist whose entries carry no link weighs twice; a story
// with a block of questions and answers under it, or a list article whose
// entries run to paragraphs, does not.
func TestRepeatedItems(t *testing.T) {
	topics := []string{"Glaciers", "Whales", "Sleep", "Fossils", "Orcas", "Salamanders", "Shipwrecks", "Fireflies", "Auroras"}
	var playlist, faq, list strings.Builder
	for i, topic := range topics {
		if i == 4 {
			playlist.WriteString(`<div class="item"><div class="sponsor">Sponsored</div><p>Watch the season premiere tonight on our streaming service, free for a month.</p><div>Learn more</div></div>`)
		}
		fmt.Fprintf(&playlist, `<div class="item"><div class="time">1:%02d</div><div class="title">%s: what scientists found this year</div><p>Researchers spent a season in the field and came back with footage nobody had seen before, they said.</p></div>`, i+10, topic)
		fmt.Fprintf(&faq, `<div class="faq"><h3>How do %s change with the seasons?</h3><p>They change slowly, and the change is easier to see over years than over months.</p></div>`, strings.ToLower(topic))
		fmt.Fprintf(&list, `<div class="entry"><h3>%d. %s</h3><p>%s</p></div>`, i+1, topic, strings.Repeat("The exhibit runs along the hall, past the old maps and the new screens, and is quiet enough for a long look. ", 6))
	}
	story := strings.Repeat("<p>The survey team spent nine weeks on the ice, and the data they brought back, which took a year to sort, changes what we know about the melt.</p>", 10)
	tests := []struct {
		name, body string
		want       int
	}{
		{"video playlist with an ad among its entries", `<div id="main"><h1>Science videos</h1>` + playlist.String() + `</div>`, 2},
		{"story with questions and answers", `<div id="main">` + story + `<div class="faqs">` + faq.String() + `</div></div>`, 0},
		{"list article", `<div id="main"><p>Nine exhibits worth a trip this winter, and why.</p>` + list.String() + `</div>`, 0},
	}
	for _, tt := range tests {
		p, start, end := storySigns(t, tt.body)
		assert.Equal(t, tt.want, p.indexSigns(start, end).items, tt.name)
		p.release()
	}
}

// TestStoryClosingOnDatedList checks that dated linked headlines make a
// list of stories only when they open the region or hold most of its
// prose: a story whose eight (or five) paragraphs close on "More from the
// harbour", six dated headlines each with a line of teaser, is read; the
// same list under a one-line intro is refused as an index.
func TestStoryClosingOnDatedList(t *testing.T) {
	story := []string{
		"The harbour board voted on Monday to deepen the main channel, a project that will take three years and close the north quay for most of next summer.",
		"Engineers told the board that larger cargo ships have had to wait for high tide since the spring, costing shipping lines thousands of pounds a day.",
		"Fishermen who moor at the north quay said they had not been asked where they would go while the work went on, and asked for a meeting.",
		"The board's chair said temporary berths would be built on the east wall before the dredgers arrive, and that no boat would be left without a mooring.",
		"The dredged sand will be pumped onto the beach south of the town, where winter storms have washed away much of the dunes in the past five years.",
		"Environmental groups welcomed the plan for the sand but said the board should first survey the seagrass beds at the mouth of the channel.",
		"The work is to be paid for by a loan from the regional development fund, to be repaid from the higher dues that larger ships will bring in.",
		"A contractor is to be chosen by the end of the year, the board said, and the first dredgers could arrive in the harbour early next spring.",
	}
	var list strings.Builder
	list.WriteString(`<h2>More from the harbour</h2>`)
	for i := range 6 {
		fmt.Fprintf(&list, `<h3><a href="/news/harbour-story-%d">Harbour board weighs new fees for visiting yachts, part %d</a></h3><div>April %d, 2025</div><p>Members are to vote on the plan at their next meeting in the town hall.</p>`, i, i+1, i+2)
	}
	page := func(lead string) string {
		return `<html><head><title>Harbour channel to be deepened</title><meta property="article:published_time" content="2025-04-09T08:00:00Z"></head><body><article><h1>Harbour channel to be deepened</h1><div class="entry">` + lead + list.String() + `</div></article></body></html>`
	}
	for _, n := range []int{len(story), minDatedEntries} {
		var lead strings.Builder
		for _, s := range story[:n] {
			lead.WriteString("<p>" + s + "</p>")
		}
		a, err := Parse(strings.NewReader(page(lead.String())))
		require.NoError(t, err, "a story of %d paragraphs closing on a dated list", n)
		assert.Equal(t, story[0], a.Body[0])
		assert.Contains(t, a.Body, story[n-1])
	}

	_, err := Parse(strings.NewReader(page(`<p>The latest news from the harbour board.</p>`)))
	assert.ErrorIs(t, err, ErrNotArticle, "a dated list under a one-line intro")
}

// TestStoryRailUnderShortLead checks the rail rule of opensOnDatedList:
// a brief of two to four paragraphs closing on "More from the board",
// dated headlines each with a line or two of teaser, is read, and so is a
// story whose first paragraph is followed by a linked line holding a year
// ("the same plan in 2019"), which is no list; the same dated headlines
// under an intro with no heading of their own are an index.
func TestStoryRailUnderShortLead(t *testing.T) {
	story := []string{
		"The school board voted on Thursday to close two primary schools at the end of the year, moving their pupils to a new building on the edge of town.",
		"Parents at both schools had asked the board to wait until a survey of the old buildings is finished, and some said they would appeal the decision.",
		"The board said the new school would have room for six hundred pupils, a library and a sports hall, and would cost less to heat than the old ones.",
		"Buses will run from both villages to the new school, the board said, and the first pupils are expected to move there in the autumn term next year.",
		"Teachers' unions said they had been told that no jobs would be lost, but asked for the promise in writing before the end of the school year.",
		"The two old buildings are to be sold, and the board said the money would pay for repairs at the town's three other primary schools.",
	}
	rail := func(entries, teasers int, heading string) string {
		var b strings.Builder
		b.WriteString(heading)
		for i := range entries {
			fmt.Fprintf(&b, `<h3><a href="/news/board-%d">School board sets date for public meeting on budget, item %d</a></h3><div>May %d, 2025</div>`, i, i+1, i+1)
			for range teasers {
				b.WriteString(`<p>Members will hear from parents and teachers at the town hall before they vote on the plan, the clerk said in a statement on Monday.</p>`)
			}
		}
		return b.String()
	}
	// The same entries as lines of their own: a linked title, its date.
	lines := func(entries int) string {
		var b strings.Builder
		b.WriteString(`<h2>More from the board</h2>`)
		for i := range entries {
			fmt.Fprintf(&b, `<p><a href="/news/board-%d">School board sets date for public meeting on budget, item %d</a>, May %d, 2025</p><p>Members will hear from parents and teachers at the town hall before they vote on the plan, the clerk said in a statement on Monday.</p>`, i, i+1, i+1)
		}
		return b.String()
	}
	page := func(paragraphs int, early, list string) string {
		var b strings.Builder
		for i, s := range story[:paragraphs] {
			b.WriteString("<p>" + s + "</p>")
			if i == 0 {
				b.WriteString(early)
			}
		}
		return `<html><head><title>Board to close two schools</title></head><body><article><h1>Board to close two schools</h1><p>By Ann Lee</p><div class="entry">` + b.String() + list + `</div></article></body></html>`
	}
	const more = `<h2>More from the board</h2>`
	const early = `<p><a href="/news/board-rejected-plan">Board rejected the same closure plan in 2019</a></p>`
	read := []struct {
		name string
		html string
	}{
		{"two paragraphs over six dated headlines", page(2, "", rail(6, 1, more))},
		{"three paragraphs over six dated headlines", page(3, "", rail(6, 1, more))},
		{"four paragraphs over six dated headlines", page(4, "", rail(6, 1, more))},
		{"four paragraphs over eight headlines with two teasers each", page(4, "", rail(8, 2, more))},
		{"an early link holding a year", page(6, early, rail(6, 1, more))},
		{"an early link holding a year in a brief", page(4, early, rail(6, 1, more))},
		{"an early link holding a year over dated lines", page(4, early, lines(6))},
	}
	for _, tt := range read {
		a, err := Parse(strings.NewReader(tt.html))
		if assert.NoError(t, err, tt.name) {
			assert.Equal(t, story[0], a.Body[0], tt.name)
		}
	}
	_, err := Parse(strings.NewReader(page(2, "", rail(6, 1, ""))))
	assert.ErrorIs(t, err, ErrNotArticle, "dated headlines under an intro with no heading of their own")
}

// TestDatedListSigns checks the sign of a list of dated links: a blog's
// index, each entry a linked title with its date, a byline and a line of
// summary, weighs twice; a newsroom's list with longer teasers once; a
// story that cites a few dated posts not at all.
func TestDatedListSigns(t *testing.T) {
	titles := []string{"Allocating on the stack", "Modernizing old code with fix", "The new garbage collector", "Results from the developer survey", "A new experimental JSON API", "Testing time and other asynchronicities", "Flight recorder in the new release"}
	var blog, newsroom, cites, press, live, products strings.Builder
	quote := strings.Repeat("Tutoring works when it is frequent, in school hours and with the same tutor, the researchers found after two years of study. ", 6)
	for i, title := range titles {
		// Press coverage quoted at length under each dated headline.
		fmt.Fprintf(&press, `<div><h4><a href="https://paper.example/%d">%s, the paper reports</a></h4><div>%02d/09/2025 | The Daily Courier</div><p>%s</p><p>%s</p></div>`, i, title, i+1, quote, quote)
		// Near misses: a live blog's times over unlinked headings, a list
		// article's entries linked to their shops, undated.
		fmt.Fprintf(&live, `<div><h4>%s</h4><div>%02d/09/2025 10:%02d</div><p>%s</p></div>`, title, i+1, i+10, quote)
		fmt.Fprintf(&products, `<div><h4><a href="https://shop.example/%d">%s kettle</a></h4><p>%s</p></div>`, i, title, quote)
		fmt.Fprintf(&blog, `<p><a href="/blog/%d">%s</a>, %d February 2026</p><p>Jane Roe</p><p>A look at what changed and why.</p>`, i, title, i+2)
		fmt.Fprintf(&newsroom, `<div><h3><a href="/news/%d">%s wins a national award</a></h3><p>March %d, 2026</p><p>%s</p></div>`, i, title, i+3, strings.Repeat("The team was recognised for its work with schools across the region, the foundation said in a statement. ", 3))
		if i < 3 {
			fmt.Fprintf(&cites, `<p>As we wrote in <a href="/blog/%d">%s, a post from last year</a>, the work is not done.</p><p>%s</p>`, i, title, strings.Repeat("The compiler now keeps more values on the stack, which saves work for the collector and time for the program. ", 4))
		}
	}
	tests := []struct {
		name, body string
		want       int
	}{
		{"blog index", `<div id="main"><h1>The Blog</h1>` + blog.String() + `</div>`, 2},
		{"newsroom", `<div id="main"><h1>News</h1>` + newsroom.String() + `</div>`, 2},
		{"press coverage under dated headlines", `<div id="main"><h1>In the news</h1>` + press.String() + `</div>`, 2},
		{"a live blog's dated unlinked headings", `<div id="main"><h1>Live</h1>` + live.String() + `</div>`, 0},
		{"a list article's undated linked entries", `<div id="main"><h1>Best kettles</h1>` + products.String() + `</div>`, 0},
		{"story citing posts", `<div id="main">` + cites.String() + `</div>`, 0},
	}
	for _, tt := range tests {
		p, start, end := storySigns(t, tt.body)
		assert.Equal(t, tt.want, p.indexSigns(start, end).dated, tt.name)
		p.release()
	}
}

// TestIsProductGrid checks the sign of a product grid: boxes side by side,
// each a linked name and a price; a shopping article's boxes, one to a
// product between paragraphs of review, are no grid.
func TestIsProductGrid(t *testing.T) {
	products := []string{"Walnut side table", "Oak bench", "Linen armchair", "Velvet sofa", "Cane lounge chair", "Marble coffee table", "Rattan stool", "Teak console"}
	var grid, noted, detailed, article strings.Builder
	for i, name := range products {
		fmt.Fprintf(&detailed, `<div class="tile"><div><a href="/p/%d">%s, natural finish</a></div><div>Now $%d.99, a saving of 20 percent</div><div>Compare value $%d.00</div><div>Extra 15%% off with code SPRING</div><div>Free shipping</div><dl><dt>Product details</dt><dd>%s is available in five finishes; the finish shown is natural oak with a clear matte coat, and the cushions come in linen, cotton or wool, each in three colours.</dd><dt>Product link</dt><dd>/furniture/living-room/%d/natural-oak-finish-with-clear-matte-coat.html?color=natural</dd></dl></div>`, i, name, 100+i*40, 130+i*40, name, i)
		fmt.Fprintf(&grid, `<div class="product"><h4><a href="/p/%d">%s, natural finish</a></h4><div class="price">$%d.99</div><div>Add to cart</div></div>`, i, name, 100+i*40)
		fmt.Fprintf(&noted, `<div class="product"><h4><a href="/p/%d">%s, natural finish</a></h4><div class="price">$%d.99</div></div><p>The current price is $%d.99, a saving of 20 percent.</p>`, i, name, 100+i*40, 100+i*40)
		fmt.Fprintf(&article, `<h2>%s</h2><div class="buy"><a href="https://shop.example.com/%d">$%d at Example Shop</a></div><p>%s</p>`, name, i, 100+i*40, strings.Repeat("It is sturdy and handsome, and the finish held up to a year of spilled coffee in our testing. ", 3))
	}
	intro := `<p>Our sofas and tables are made to last, in solid wood and natural fabrics, and ship free to your door.</p>`
	tests := []struct {
		name, body string
		want       bool
	}{
		{"category page", `<div id="main">` + intro + `<div class="grid">` + grid.String() + `</div></div>`, true},
		{"boxes with their details", `<div id="main">` + intro + `<div class="grid">` + detailed.String() + `</div></div>`, true},
		{"price notes between boxes", `<div id="main">` + intro + `<div class="grid">` + noted.String() + `</div></div>`, true},
		{"shopping article", `<div id="main">` + article.String() + `</div>`, false},
	}
	for _, tt := range tests {
		p, start, end := storySigns(t, tt.body)
		assert.Equal(t, tt.want, p.indexSigns(start, end).grid, tt.name)
		p.release()
	}
}

// TestChromePrices checks that prices count where a shop's template hides
// its product grid in an element named like a sidebar, with a higher bar
// than prices in the story's region.
func TestChromePrices(t *testing.T) {
	blurb := strings.Repeat("<p>Our dash cams record in full 4K, day and night, and keep recording while the car is parked.</p>", 6)
	for _, tt := range []struct {
		name string
		n    int
		want bool
	}{{"nine prices in a sidebar", 9, true}, {"a deal or two", 2, false}} {
		var rail strings.Builder
		for i := range tt.n {
			fmt.Fprintf(&rail, `<div class="card"><div>$%d.99</div></div>`, 20+i)
		}
		p, start, end := storySigns(t, `<div id="main">`+blurb+`</div><div class="sidebar">`+rail.String()+`</div>`)
		assert.Equal(t, tt.want, p.indexSigns(start, end).prices, tt.name)
		p.release()
	}
}

// TestFrontSigns checks the front-page sign: a page at its site's root
// that lists stories (linked headings, or dated entries) weighs twice; a
// one-page site's story at the root, with subheads of its own, once; a
// story at its own address not at all.
func TestFrontSigns(t *testing.T) {
	heads := []string{"Daylight saving time ritual continues", "Carmaker drops its cheapest electric sedan", "Dinosaur series gets mixed reviews", "Probe slowed an asteroid's orbit", "Stem-cell treatments approved"}
	var stories, dated, own strings.Builder
	for i, h := range heads {
		fmt.Fprintf(&stories, `<article><h2><a href="/story/%d">%s</a></h2><div>Posted by an editor on Saturday</div><p>%s</p></article>`, i, h, strings.Repeat("Readers wrote in about this one, and the thread ran long into the night, with more heat than light. ", 3))
		fmt.Fprintf(&dated, `<h3>%s</h3><p>%s</p><p><a href="/Articles/%d/">Full article on the new release</a> March %d, 2026</p>`, h, strings.Repeat("The release brings a new scheduler and many fixes, and the maintainers expect the next one in the spring. ", 3), i, i+2)
		fmt.Fprintf(&own, `<h2>%s</h2><p>%s</p>`, h, strings.Repeat("We plan weddings and events on the coast, from the first call to the last dance, for up to two hundred guests. ", 3))
	}
	tests := []struct {
		name, url, body string
		want            int
	}{
		{"front page of linked stories", "https://news.example.org/", stories.String(), 2},
		{"front page of dated entries", "https://news.example.org/", dated.String(), 2},
		{"one-page site", "https://venue.example.com/", own.String(), 1},
		{"story at its own address", "https://news.example.org/story/1", stories.String(), 0},
	}
	for _, tt := range tests {
		p, start, end := storySigns(t, `<div id="main">`+tt.body+`</div>`)
		u, err := url.Parse(tt.url)
		require.NoError(t, err)
		p.setBase(u, "")
		assert.Equal(t, tt.want, p.indexSigns(start, end).front, tt.name)
		p.release()
	}
}

// TestIsListingAddress checks the shop-listing address sign: the path
// words of category and product pages count, anywhere in the path; the
// singular words publishers file articles under do not.
func TestIsListingAddress(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://shop.example.com/collections/womens-insulated-jackets", true},
		{"https://www.example.com/browse/shoes/mens/sneakers", true},
		{"https://www.example.com/c/headphones?sort=price", true},
		{"https://example.com/product-category/outdoor-gear/", true},
		{"https://example.eu/shop/", true},
		{"https://www.example.com/en-us/Products/mounts/multi-monitor-mounts", true},
		{"https://www.example.com/collection/best-book-subscriptions/", false},
		{"https://www.example.com/topic/history-of-coffee", false},
		{"https://www.example.com/education/archive/2014/04/plato-to-plumber/", false},
		{"https://www.example.com/2025/05/how-to-shop-for-a-sofa", false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><body><p>Text.</p></body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		u, err := url.Parse(tt.url)
		require.NoError(t, err)
		p.setBase(u, "")
		assert.Equal(t, tt.want, p.isListingAddress(), tt.url)
		p.release()
	}
}

// TestHasFourDigits checks the cheap test that passes over lines that
// cannot hold a full date before dates are read.
func TestHasFourDigits(t *testing.T) {
	for s, want := range map[string]bool{
		"Go 1.26 is released, 10 February 2026": true,
		"2025-12-19":                            true,
		"1. The Harbour Trail":                  false,
		"Posted Dec 19":                         false,
		"Call 555-0142 today":                   true,
	} {
		assert.Equal(t, want, hasFourDigits(s), s)
	}
}

// TestIsRootAddress checks the in-place reading of a site's root address
// against what url.Parse makes of the same addresses.
func TestIsRootAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"https://news.example.com/":                     true,
		"https://news.example.com":                      true,
		"https://news.example.com/#top":                 true,
		"https://news.example.com/?":                    true,
		"https://news.example.com/?q=orbit":             false,
		"https://news.example.com?page=2":               false,
		"https://news.example.com/2025/05/probe":        false,
		"https://news.example.com//":                    false,
		"https://news.example.com/index.html":           false,
		"https://":                                      false,
		"news.example.com/":                             false,
		"":                                              false,
		"https://news.example.com:8080/":                true,
		"https://news.example.com/#/2025/05/probe-news": true,
	} {
		assert.Equal(t, want, isRootAddress(s), s)
		u, err := url.Parse(s)
		parsed := err == nil && u.Scheme != "" && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
		assert.Equal(t, parsed, isRootAddress(s), "as url.Parse reads %q", s)
	}
}

// TestHasTitleLink checks the one test of a linked title the signs share,
// at the shares they ask: a headline that is all link, a date line whose
// title is linked, a line with a short link in it.
func TestHasTitleLink(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		linkLen int32
		share   float64
		want    bool
	}{
		{"headline", "Probe slowed an asteroid's orbit", 32, 0.8, true},
		{"headline with a date", "Probe slowed an asteroid's orbit, 10 February 2026", 32, 0.8, false},
		{"date line at half", "Probe slowed an asteroid's orbit, 10 February 2026", 32, 0.5, true},
		{"date line with any share", "Probe slowed an asteroid's orbit, by Jane Roe of the science desk, 10 February 2026", 32, 0, true},
		{"short link", "Read more about it on our science page", 9, 0, false},
		{"short line all link", "Read more »", 11, 0.8, false},
	}
	for _, tt := range tests {
		b := block{text: tt.text, linkLen: tt.linkLen}
		assert.Equal(t, tt.want, b.hasTitleLink(tt.share), tt.name)
	}
}

// TestIsResultCount checks the line that counts a listing's results:
// shops' and search pages' counts above their grids are one; a count of
// none (an empty cart) and counts inside a sentence are not.
func TestIsResultCount(t *testing.T) {
	for s, want := range map[string]bool{
		"48 products":                    true,
		"Showing 18 results":             true,
		"1–30 of 338 products":           true,
		"1 - 12 of 27 Products":          true,
		"Showing 1–16 of 29 results":     true,
		"1,693,368 results":              true,
		"210 Items":                      true,
		"0 items":                        false,
		"0 Results":                      false,
		"Cart: 0 items":                  false,
		"We tested 12 products":          false,
		"The results":                    false,
		"Top 10 products":                false,
		"results":                        false,
		"2025 results":                   false,
		"1–30 of 2025 products":          true,
		"Showing results for sneakers":   false,
		"Of 338 products, 30 were shown": false,
	} {
		assert.Equal(t, want, isResultCount(s), s)
	}
}

// TestIsHeadlineLink checks the linked headline of teasers and listings:
// a line that is one link of a headline's length; not a line with a link
// in it, two links side by side, or a linked paragraph.
func TestIsHeadlineLink(t *testing.T) {
	long := strings.Repeat("The council met until dawn to settle the budget. ", 5)
	tests := []struct {
		name    string
		text    string
		nLinks  int32
		linkLen int32
		want    bool
	}{
		{"headline", "Probe slowed an asteroid's orbit", 1, 32, true},
		{"headline with a short kicker", "Probe slowed an asteroid's orbit »", 1, 32, true},
		{"link inside a line", "Read more about the probe on our science page", 1, 9, false},
		{"two links", "Science | Space", 2, 15, false},
		{"linked paragraph", long, 1, int32(len(long)), false},
	}
	for _, tt := range tests {
		b := block{text: tt.text, nLinks: tt.nLinks, linkLen: tt.linkLen}
		assert.Equal(t, tt.want, b.isHeadlineLink(), tt.name)
	}
}

// TestLinkList checks the sign of a region that is a list of links: an
// encyclopedia's list of articles weighs; a story that links its sources
// inside sentences, or a short list under a story, does not.
func TestLinkList(t *testing.T) {
	langs := []string{"Ada", "ALGOL", "APL", "BASIC", "COBOL", "Fortran", "Lisp", "ML", "Pascal", "Prolog", "Simula", "Smalltalk"}
	var list, cited, short strings.Builder
	for i, l := range langs {
		fmt.Fprintf(&list, `<li><a href="/wiki/%s">%s (programming language)</a> – <a href="/wiki/Y%d">19%d</a></li>`, l, l, i, 50+i)
		for _, topic := range []string{"dialects and implementations", "compilers and interpreters", "standard library reference", "history and influence"} {
			fmt.Fprintf(&list, `<li><a href="/wiki/%s_%d">%s %s</a></li>`, l, len(topic), l, topic)
		}
		fmt.Fprintf(&cited, `<p>The first compiler for <a href="/wiki/%s">%s</a> ran in a basement, and the team that wrote it, short of memory and of time, kept notes that survive to this day.</p>`, l, l)
		if i < 4 {
			fmt.Fprintf(&short, `<li><a href="/wiki/%s">%s</a></li>`, l, l)
		}
	}
	tests := []struct {
		name, body string
		want       bool
	}{
		{"list of articles", `<div id="main"><h1>List of programming languages</h1><p>This is an index of languages by name.</p><ul>` + list.String() + `</ul></div>`, true},
		{"story citing sources", `<div id="main">` + cited.String() + `</div>`, false},
		{"story with a short list", `<div id="main">` + cited.String() + `<ul>` + short.String() + `</ul></div>`, false},
	}
	for _, tt := range tests {
		p, start, end := storySigns(t, tt.body)
		assert.Equal(t, tt.want, p.indexSigns(start, end).links, tt.name)
		p.release()
	}
}

func TestCurrencySign(t *testing.T) {
	for s, want := range map[string]int{
		"$19.99": 1, "£5": 2, "¥300": 2, "€12": 3, "₹499": 3,
		// Near misses: signs that share a lead byte, a letter, a digit.
		"©2025": 0, "€": 3, "–5": 0, "S5": 0, "5": 0, "\xc2": 0,
	} {
		assert.Equal(t, want, currencySign(s), "%q", s)
	}
}

func TestCardSignsWeights(t *testing.T) {
	for _, c := range []struct {
		cards, held, total, want int
	}{
		{12, 2400, 2500, 2}, // cards hold nearly all the region: a section front
		{12, 1200, 2500, 1}, // two fifths or more: a grid under an intro
		{12, 900, 2500, 0},  // a story's related cards under its text
		{6, 2400, 2500, 0},  // too few cards for a grid
		{minCards, 900, 1000, 2},
		{minCards, 400, 1000, 1},
	} {
		assert.Equal(t, c.want, cardSigns(c.cards, c.held, c.total), "%+v", c)
	}
}

// TestReadBoxes checks the three signs readBoxes reads in one pass over a
// region's boxes: cards, a grid of priced boxes and items of one shape.
// A nested box inside one taken as a card is not counted again.
func TestReadBoxes(t *testing.T) {
	var cards, nested, products, review, items strings.Builder
	for i := range 8 {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/news/%d">The harbour plan wins the council vote</a></h3><p>Councillors backed the plan by nine votes to four.</p></div>`, i)
		fmt.Fprintf(&nested, `<div class="card"><div><h3><a href="/news/%d">The harbour plan wins the council vote</a></h3><p>Councillors backed the plan by nine votes to four.</p></div></div>`, i)
		fmt.Fprintf(&products, `<div class="product"><a href="/p/%d">Steel kettle, model %d</a><div>$%d.99</div></div>`, i, i, 20+i)
		fmt.Fprintf(&review, `<p>%s</p><div class="product"><a href="/p/%d">Steel kettle, model %d</a><div>$%d.99</div></div>`, strings.Repeat("We boiled a litre in it and timed it twice. ", 3), i, i, 20+i)
		fmt.Fprintf(&items, `<div class="item"><div>1:%02d</div><div>Glaciers: what scientists found this year</div></div>`, i+10)
	}
	for _, c := range []struct {
		name, body string
		cards      int
		grid       bool
		items      int
	}{
		// cards and products are boxes of one shape too
		{"cards", cards.String(), 8, false, 2},
		{"cards in wrappers, counted once", nested.String(), 8, false, 2},
		{"a grid of products", products.String(), 0, true, 2},
		{"products between paragraphs of review", review.String(), 0, false, 0},
		{"items of one shape", items.String(), 0, false, 2},
	} {
		doc, err := parseHTML(strings.NewReader(`<html><body><div id="main">`+c.body+`</div></body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		start, end := 0, len(p.blocks)
		_, total, _ := p.regionTextIn(start, end)
		got := p.readBoxes(start, end, total, true)
		assert.Equal(t, c.cards, got.cards, c.name)
		assert.Equal(t, c.grid, got.grid, c.name)
		assert.Equal(t, c.items, got.items, c.name)
		p.release()
	}
}

// TestReadBoxSkipsSections checks that a box of more blocks than an
// entry holds is read as too long to be one, without reading it, however
// little text its blocks (here a rail's chrome) hold.
func TestReadBoxSkipsSections(t *testing.T) {
	body := `<div id="main"><div class="section"><h3><a href="/news/1">The harbour plan wins the council vote</a></h3>` +
		`<p>Councillors backed the plan by nine votes to four.</p>` + strings.Repeat(`<nav><a href="/share">Share</a></nav>`, maxEntryBlocks) + `</div></div>`
	doc, err := parseHTML(strings.NewReader("<html><body>"+body+"</body></html>"), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	require.Greater(t, len(p.blocks), maxEntryBlocks)
	assert.False(t, p.readBox(0, len(p.blocks), false).isCard(), "a section")
	assert.True(t, p.readBox(0, 2, false).isCard(), "the title and one line")
}

// TestTitleLinksNear checks the reading of title links in order against
// looking around each block: a title link (15 bytes or more of link, half
// the line) counts within two blocks either side, inside the region, and
// not in chrome.
func TestTitleLinksNear(t *testing.T) {
	link := block{text: "Harbour trail reopens after storm", linkLen: 33}
	plain := block{text: "12 March 2024"}
	chromeLink := link
	chromeLink.chrome = true
	p := &page{blocks: []block{plain, link, plain, plain, plain, plain, chromeLink, plain, plain, plain, link}}
	lookAround := func(i, start, end int) bool {
		for j := max(start, i-2); j < min(end, i+3); j++ {
			if b := &p.blocks[j]; !b.chrome && b.hasTitleLink(0.5) {
				return true
			}
		}
		return false
	}
	for _, r := range [][2]int{{0, 11}, {2, 11}, {0, 9}, {4, 9}} {
		start, end := r[0], r[1]
		near := newTitleLinks(start)
		for i := start; i < end; i++ {
			assert.Equal(t, lookAround(i, start, end), near.near(p, i, start, end), "block %d of [%d, %d)", i, start, end)
		}
	}
	// Asking about some blocks only, as mayBeDated does, reads the same.
	near := newTitleLinks(0)
	for _, i := range []int{0, 4, 5, 9, 10} {
		assert.Equal(t, lookAround(i, 0, 11), near.near(p, i, 0, 11), "block %d", i)
	}
}

// TestIsListingSegment checks the path words of shops' listings in any
// case, and that the cheap pass over first letters keeps what the
// comparison alone finds ("ſhop" folds to "shop").
func TestIsListingSegment(t *testing.T) {
	for seg, want := range map[string]bool{
		"collections": true, "Products": true, "c": true, "SHOP": true, "ſhop": true,
		"": false, "2025": false, "news": false, "shops": false, "cs": false, "collection": false,
		"how-to-shop-for-a-sofa": false, "école": false,
	} {
		assert.Equal(t, want, isListingSegment(seg), "%q", seg)
	}
}

// TestWordAtATimeScans checks hasFourDigits and hasPrice, which read eight
// bytes at a time, against a reading of one byte at a time, on lines of
// every length up to 40 made of digits, letters, spaces, currency signs
// and other characters past ASCII, so that runs and signs fall across the
// eight-byte words and at the lines' ends.
func TestWordAtATimeScans(t *testing.T) {
	fourDigits := func(s string) bool {
		run := 0
		for i := 0; i < len(s); i++ {
			if run = run + 1; !isDigit(s[i]) {
				run = 0
			}
			if run == 4 {
				return true
			}
		}
		return false
	}
	price := func(s string) bool {
		for i := range s {
			if priceAt(s, i) {
				return true
			}
		}
		return false
	}
	pieces := []string{"1", "9", "0", "a", "Z", " ", "$", "€", "£", "₹", "é", "—", ":", "/", "\xbf"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for n := rng.IntN(41); sb.Len() < n; {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		require.Equal(t, fourDigits(s), hasFourDigits(s), "%q", s)
		require.Equal(t, price(s), hasPrice(s), "%q", s)
	}
}

// TestIsIndexOnListingMetadata checks the verdict on pages whose metadata
// calls them a listing, which isIndex gives before it reads the region
// when nothing calls the page a story, against the full weighing of
// every sign: a listing's metadata alone makes the index, unless the
// region opens on a wire dateline or the metadata claims a dated article.
func TestIsIndexOnListingMetadata(t *testing.T) {
	story := strings.Repeat("<p>The council approved the harbour plan on Tuesday after a long debate about its cost, its schedule and the noise.</p>", 12)
	const listing = `<script type="application/ld+json">{"@type":"CollectionPage","name":"Harbour news"}</script>`
	const dated = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan approved","datePublished":"2025-05-04"}</script>`
	tests := []struct {
		name, head, body string
		want             bool
	}{
		{"listing metadata over a story", listing, story, true},
		{"listing metadata over a wire story", listing, "<p>OSLO (AP) — The council approved the harbour plan on Tuesday after a long debate.</p>" + story, false},
		{"a dated article's metadata", listing + dated, story, false},
		{"no listing metadata", "", story, false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><head>"+tt.head+"</head><body><div>"+tt.body+"</div></body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		start, end, ok := p.storyRegion()
		require.True(t, ok, tt.name)
		e := p.indexSigns(start, end)
		signs, article := e.count(), e.article
		if signs >= 2 && !article {
			article = p.opensOnDateline(start, end)
		}
		weighed := signs >= 2 && !article || signs >= 3
		assert.Equal(t, weighed, p.isIndex(start, end), "%s: the full weighing", tt.name)
		assert.Equal(t, tt.want, p.isIndex(start, end), tt.name)
		p.release()
	}
}

// indexSigns gathers all the signs of an index on the page whose story
// region is [start, end), none left unread: what isIndex weighs, sign by
// sign, for the tests of each sign and of isIndex's early stops.
func (p *page) indexSigns(start, end int) indexSigns {
	article, listing := p.metaSigns()
	e := p.regionSigns(article, listing, start, end, math.MaxInt)
	e.address = p.isListingAddress()
	return e
}

// storyRanges are the ranges the tests below read each page over: the
// whole page, and its story region if it has one.
func storyRanges(p *page) [][2]int {
	ranges := [][2]int{{0, len(p.blocks)}}
	if start, end, ok := p.storyRegion(); ok {
		ranges = append(ranges, [2]int{start, end})
	}
	return ranges
}

// eachShapeStress calls f with each fixture walked, and with pages built
// to sit at the edges the early stops of isIndex rest on, which no
// fixture reaches: more possible dated lines than shape keeps
// (maxDatedKept), and a grid of exactly minCards priced boxes.
func eachShapeStress(t *testing.T, f func(path string, p *page)) {
	t.Helper()
	eachWalkedFixture(t, f)
	var dated, grid strings.Builder
	for i := range maxDatedKept + 4 {
		fmt.Fprintf(&dated, `<li><a href="/s/%d">Council plans new bridge number %d</a> %d March 2024</li>`, i, i, i%28+1)
	}
	for i := range minCards {
		fmt.Fprintf(&grid, `<div class="product"><h3><a href="/p/%d">Walking shoe model number %d</a></h3><div class="price">$%d.99</div></div>`, i, i, 10+i)
	}
	for k, body := range []string{"<ul>" + dated.String() + "</ul>", "<main>" + grid.String() + "</main>"} {
		doc, err := parseHTML(strings.NewReader("<html><body>"+body+"</body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		f(fmt.Sprintf("stress page %d", k), walkPage(doc))
	}
}

// TestDatedLinesAsEntries holds the rule datedLines rests on: the
// possible dated lines measureShape keeps are those datedEntries reads
// dates of, so both count the same on every fixture, over the whole page
// and over the story region.
func TestDatedLinesAsEntries(t *testing.T) {
	eachShapeStress(t, func(path string, p *page) {
		for _, r := range storyRanges(p) {
			s := p.measureShape(r[0], r[1])
			want := 0
			if s.mayBeDated > 0 {
				want = p.datedEntries(s.firstDated, s.lastDated+1, r[0], r[1])
			}
			assert.Equal(t, want, p.datedLines(&s, r[0], r[1]), "%s %v", path, r)
		}
	})
}

// TestReadBoxesMayGrid holds the rule regionSigns' call of readBoxes
// rests on: a page with fewer than minCards price lines outside chrome
// and captions (measureShape's count) reads the same boxes whether or
// not a grid is sought.
func TestReadBoxesMayGrid(t *testing.T) {
	eachShapeStress(t, func(path string, p *page) {
		for _, r := range storyRanges(p) {
			s := p.measureShape(r[0], r[1])
			want := p.readBoxes(r[0], r[1], s.total, true)
			assert.Equal(t, want, p.readBoxes(r[0], r[1], s.total, s.prices >= minCards), "%s %v", path, r)
		}
	})
}

// TestIsIndexAsAllSigns holds isIndex, which stops reading signs once
// the verdict is settled, to the verdict of all the signs read in full,
// on every fixture, over the whole page and over its story region.
func TestIsIndexAsAllSigns(t *testing.T) {
	byAllSigns := func(p *page, start, end int) bool {
		e := p.indexSigns(start, end)
		if e.listing && !e.article && !p.opensOnDateline(start, end) {
			return true
		}
		signs, article := e.count(), e.article
		if signs >= 2 && !article {
			article = p.opensOnDateline(start, end)
		}
		if article {
			return signs >= 3
		}
		return signs >= 2
	}
	// The fixtures' own addresses give no listing's sign and few a front
	// page's: each page is read at such addresses too, so that the
	// address's sign, read only when the others leave the verdict open,
	// and the front page's, among those left unread once three stand,
	// are weighed on every fixture.
	addresses := []string{"", "https://shop.example.com/collections/shoes", "https://example.com/"}
	eachShapeStress(t, func(path string, p *page) {
		ranges := storyRanges(p)
		own := p.url
		for _, u := range addresses {
			p.url = cmp.Or(u, own)
			for _, r := range ranges {
				assert.Equal(t, byAllSigns(p, r[0], r[1]), p.isIndex(r[0], r[1]), "%s %v at %q", path, r, p.url)
			}
		}
		p.url = own
	})
}

// TestIsProseAsLinkDensity holds isProse to linkDensity() < 0.5 around a
// half, where the two tests could part.
func TestIsProseAsLinkDensity(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 100, 101, 4095, 65537} {
		text := strings.Repeat("x", n)
		for _, l := range []int{0, n/2 - 1, n / 2, n/2 + 1, (n + 1) / 2, n} {
			if l < 0 {
				continue
			}
			b := &block{text: text, linkLen: int32(l)}
			assert.Equal(t, b.linkDensity() < 0.5, isProse(b), "%d of %d", l, n)
		}
	}
}
