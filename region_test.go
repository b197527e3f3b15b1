package newswire

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storyParas are the paragraphs of a short local story, for pages built
// around it.
var storyParas = []string{
	"The county opened its new flood barrier on the river on Monday, two years after the water reached the high street twice in one winter.",
	"The barrier, a wall of steel gates that rise from the river bed, cost 31 million pounds and protects about 1,400 homes and shops, engineers said.",
	"Shopkeepers who lost stock in the floods welcomed it, though several said insurance for their premises was still hard to find or too dear.",
	"The gates will be tested every month, and raised in earnest when the river is forecast to rise more than two metres above its usual level.",
}

func paras(ps ...string) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString("<p>" + p + "</p>\n")
	}
	return sb.String()
}

// card is a teaser card: a linked headline of another story and its
// summary.
func card(href, title, summary string) string {
	return `<div class="item"><h3><a href="` + href + `">` + title + `</a></h3><p>` + summary + `</p></div>` + "\n"
}

// moreParas continue storyParas, for a story long enough to stand on its
// own.
var moreParas = []string{
	"Engineers spent three years on the design, testing models of the gates in a flume at the university before the first steel was ordered from the mill.",
	"The gates were made in sections, shipped up the river on barges, and lifted into place by a floating crane over two summers of low water, the contractor said.",
	"Each gate weighs forty tonnes and is moved by a pair of hydraulic rams housed in the piers, with a diesel pump in reserve for when the power fails.",
	"The control room, in the old lock keeper's cottage, can raise all the gates in under an hour, and the crews there train for it every quarter.",
}

// TestStoryRegionLeavesTeaserRail checks that the climb from the story to
// its wrapper does not take in a rail of teaser cards beside it: their
// summaries read as paragraphs, but each sits under a headline linking to
// another page. A story that stands on its own keeps a rail out even when
// the rail is longer.
func TestStoryRegionLeavesTeaserRail(t *testing.T) {
	cards := []string{
		card("/news/bridge-closed", "Bridge shut", "Drivers face a twelve-mile detour while engineers replace the bearings of the 1920s bridge, which the council says can no longer carry lorries safely over the river."),
		card("/news/school-roof", "New school roof", "Pupils will return in September to classrooms under a new roof, after years of buckets in the corridors and two winters in which the hall could not be used at all."),
		card("/news/market", "Market moves", "Traders voted to move the market from the car park to the old square, where it stood until the 1970s, and the first stalls will open there on Saturday morning."),
	}
	tests := []struct {
		name  string
		story []string
		rail  []string
	}{
		{"a short rail", storyParas, cards},
		{"a rail longer than a long story", append(slices.Clone(storyParas), moreParas...), append(append(slices.Clone(cards), cards...), cards...)},
	}
	for _, tt := range tests {
		page := `<html><head><title>Flood barrier opens on the river</title></head><body><div class="page">
<div class="col-a"><h1>Flood barrier opens on the river</h1><div class="text">` + paras(tt.story...) + `</div></div>
<div class="col-b"><h2>Latest</h2>` + strings.Join(tt.rail, "") + `</div></div></body></html>`
		a := mustParse(t, page)
		assert.Len(t, a.Body, len(tt.story), tt.name)
		for _, p := range a.Body {
			assert.NotContains(t, p, "detour", tt.name)
		}
	}
}

// TestStoryRegionKeepsCardsThatAreTheContent checks the other side: on a
// page made of entries under linked headings (a page of webcams, a list
// article), the entries outweigh the introduction and are the region.
// (Whether such a page is an index is for isIndex to weigh.)
func TestStoryRegionKeepsCardsThatAreTheContent(t *testing.T) {
	entries := ""
	for _, e := range []struct{ name, text string }{
		{"Harbour", "This camera looks over the harbour from the roof of the lifeboat station, and shows the boats at their moorings."},
		{"Old Mill", "A view of the weir and the old flour mill from the footbridge, refreshed every five minutes from dawn to dusk."},
		{"Beach", "The long beach at low tide, looking north towards the lighthouse, with the surf forecast shown underneath it."},
		{"Station", "The square in front of the railway station, where the buses for the coast leave every twenty minutes in summer."},
		{"Riverside", "The river path by the tavern garden, the best place to judge how high the water is after heavy rain upstream."},
		{"Castle", "The castle walls and the green below them, where the summer fair and the bonfire are held each year in the town."},
	} {
		entries += card("/webcams/"+strings.ToLower(strings.ReplaceAll(e.name, " ", "-")), e.name, e.text)
	}
	doc, err := parseHTML(strings.NewReader(`<html><head><title>Webcams</title></head><body><div class="page">
<h1>Webcams</h1><div class="intro"><p>Live views from around the town, courtesy of the harbour trust, the council, and local businesses.</p>
<p>Images refresh every few minutes, day and night, and are kept for a week, so you can look back at a storm, a regatta, or a high tide.</p>
<p>If a camera is down, it is usually for cleaning, repairs, or a power cut, and should be back within a day.</p></div>
<div class="list">`+entries+`</div></div></body></html>`), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	start, end, ok := p.storyRegion()
	require.True(t, ok)
	var region []string
	for i := start; i < end; i++ {
		region = append(region, p.blocks[i].text)
	}
	text := strings.Join(region, "\n")
	assert.Contains(t, text, "Live views")
	assert.Contains(t, text, "heavy rain")
}

// TestStoryRegionLeavesBannerAboveHeadline checks that paragraphs above
// the headline (a site's notice banner) do not count as story when the
// climb weighs a wrapper around the whole page: counted, they would carry
// in the page's tail below the story too.
func TestStoryRegionLeavesBannerAboveHeadline(t *testing.T) {
	banner := `<div class="notice"><div><p>An official website of the county council and its services.</p><p>Secure websites use HTTPS, and a lock shows you have safely connected to the site.</p></div></div>`
	story := `<div class="c1"><div class="c2"><h1>Flood barrier opens on the river</h1><div class="c4">` + paras(storyParas...) + `</div></div></div>`
	tail := `<div class="c6"><div>Contact</div><div>Highways team, county hall, open weekdays.</div></div>`
	a := mustParse(t, `<html><head><title>Flood barrier opens on the river</title></head><body><div class="all">`+banner+story+tail+`</div></body></html>`)
	body := strings.Join(a.Body, "\n")
	assert.NotContains(t, body, "Highways team")
	assert.Contains(t, body, "steel gates")
}

// TestSubheadTakenForHeadlineKeepsStory checks a post whose only <h1>
// inside the story is a late subhead ("Conclusions"), which the headline
// finder may take for the headline: the story above it stays.
func TestSubheadTakenForHeadlineKeepsStory(t *testing.T) {
	a := mustParse(t, `<html><head><title>Garden diary: week two</title></head><body>
<h1><a href="/">The Allotment Blog</a></h1>
<div class="post">`+paras(storyParas[:3]...)+`<h1>Conclusions</h1>`+paras(storyParas[3])+`</div>
</body></html>`)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, "opened its new flood barrier")
	assert.Contains(t, body, "tested every month")
}

func TestStoryAbove(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"headline over the story", `<div><h1>Flood barrier opens</h1>` + paras(storyParas...) + `</div>`, false},
		{"standfirst above the headline", `<div><p>Short summary line of the story, set above it.</p><h1>Flood barrier opens</h1>` + paras(storyParas...) + `</div>`, false},
		{"subhead late in the story", `<div>` + paras(storyParas[:3]...) + `<h1>Conclusions</h1>` + paras(storyParas[3]) + `</div>`, true},
		{"banner in a container of its own", `<div>` + paras(storyParas[:3]...) + `</div><div><h1>Flood barrier opens</h1>` + paras(storyParas[3]) + `</div>`, false},
	}
	for _, tt := range tests {
		doc, err := parseHTML(strings.NewReader("<html><body>"+tt.body+"</body></html>"), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		hl := slices.IndexFunc(p.blocks, func(b block) bool { return b.heading == 1 })
		require.GreaterOrEqual(t, hl, 0, tt.name)
		assert.Equal(t, tt.want, p.storyAbove(0, hl, len(p.blocks)), tt.name)
		p.release()
	}
}

// TestStoryRegionClimbsDeepWrappers models a component template that
// sets each section of a story in a stack of <div>s: wrappers that hold
// the same blocks cost the climb half a step, so it still reaches the
// container of all the sections.
func TestStoryRegionClimbsDeepWrappers(t *testing.T) {
	nest := func(depth int, inner string) string {
		return strings.Repeat("<div>", depth) + inner + strings.Repeat("</div>", depth)
	}
	sections := ""
	for i, p := range storyParas[:3] {
		sections += `<section>` + nest(3, `<h2>Part `+string(rune('A'+i))+`</h2>`+nest(2, paras(p))) + `</section>`
	}
	long := paras(moreParas...)
	sections = `<section>` + nest(3, `<h2>Building it</h2>`+nest(10, long)) + `</section>` + sections
	a := mustParse(t, `<html><head><title>Flood barrier opens on the river</title></head><body><main><h1>Flood barrier opens on the river</h1>`+sections+`</main></body></html>`)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, "opened its new flood barrier")
	assert.Contains(t, body, "lock keeper")
}

// TestStoryRegionTakesLiveBlogEntries models a live blog: a lead, then
// entries that each open on a sentence dense with links. Those sentences
// are not paragraphs by their links, but they are not clutter either:
// the climb takes the entries with the lead.
func TestStoryRegionTakesLiveBlogEntries(t *testing.T) {
	entry := func(linked, text string) string {
		return `<div class="entry"><p>` + linked + `</p><p>` + text + `</p></div>`
	}
	live := `<div class="live"><div class="lead">` + paras(storyParas...) + `</div>` +
		entry(`<a href="/t/council">The county council</a> has published <a href="/d/gates.pdf">the test schedule for the gates</a>, with <a href="/t/river">the first full test</a> due next week.`,
			"Residents near the river have been told to expect sirens during the test, which will last about an hour.") +
		entry(`<a href="/p/mayor">The mayor</a> thanked <a href="/t/engineers">the engineers</a> and <a href="/t/crews">the crews of the control room</a> in a speech at the opening.`,
			"She said the town had waited twenty years for the barrier, and that it had been worth every one of them.") +
		entry(`<a href="/t/insurers">Two insurers</a> said they would <a href="/n/premiums">review premiums</a> for homes behind <a href="/t/barrier">the new barrier</a> this year.`,
			"Shopkeepers on the high street said they hoped the review would come before their policies were renewed.") +
		`</div>`
	a := mustParse(t, `<html><head><title>Flood barrier opens: live</title></head><body><h1>Flood barrier opens: live</h1>`+live+`</body></html>`)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, "opened its new flood barrier")
	assert.Contains(t, body, "expect sirens")
	assert.Contains(t, body, "before their policies")
}

func TestIsLinkedSentence(t *testing.T) {
	for _, tt := range []struct {
		text    string
		heading int8
		want    bool
	}{
		{"The harbour master, Ruth Pell, said the new pontoons would be ready for the first visiting yachts in May.", 0, true},
		{"A spokesman for the ferry company said crossings would \"resume as soon as the wind drops\", probably on Sunday.\"", 0, true},
		{"Lifeboat crew called out twice in one night to the same stranded fishing boat", 0, false},
		{"Home | News | Sport | Weather | Business | Politics | Technology | Science | Health", 0, false},
		{"Short linked line.", 0, false},
		{"Why the gates took three years to build, and what the engineers learned along the way.", 2, false},
	} {
		b := block{text: tt.text, heading: tt.heading}
		assert.Equal(t, tt.want, isLinkedSentence(&b), "%q", tt.text)
	}
}

// TestStoryRegionTakesAnnouncedList models a post whose sections hold
// lists of links that a paragraph announces ("These fixes went in:"):
// such a list is the story's own, and the climb takes its section with
// the rest rather than stopping at the section of most prose.
func TestStoryRegionTakesAnnouncedList(t *testing.T) {
	var items strings.Builder
	for _, fix := range []string{"Fix the gate sensor drift", "Log pump pressure hourly", "Retry radio link on loss", "Show level in metres", "Warn on low diesel", "Test sirens monthly"} {
		items.WriteString(`<li><a href="/changes/` + strings.ToLower(strings.ReplaceAll(fix, " ", "-")) + `">` + fix + `</a></li>`)
	}
	page := `<html><head><title>Barrier control software: May report</title></head><body><article><h1>Barrier control software: May report</h1>
<div class="s1"><h2>Where things stand</h2>` + paras(storyParas...) + `</div>
<div class="s2"><h2>What changed</h2><p>These fixes went into the control software this month:</p><ul>` + items.String() + `</ul>
<p>All of them were tested on the spare controller in the cottage before they went live on the barrier itself.</p></div>
</article></body></html>`
	a := mustParse(t, page)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, "opened its new flood barrier")
	assert.Contains(t, body, "spare controller")
}

// TestStoryRegionTakesEntriesAfterSubhead checks a list article whose
// introduction, long enough to stand on its own, ends with a subhead
// that announces the entries in the next container: the entries, each a
// linked name over its paragraph, are the story's, not a rail of
// teasers. The same cards after a story's last paragraph stay out (see
// TestStoryRegionLeavesTeaserRail).
func TestStoryRegionTakesEntriesAfterSubhead(t *testing.T) {
	entries := ""
	for _, e := range []struct{ name, text string }{
		{"Harbour Knits", "Harbour Knits makes jumpers from the wool of sheep on three farms along the coast, spun and dyed at a mill in the next valley."},
		{"Old Mill Denim", "Old Mill Denim weaves its cloth on restored looms and repairs any pair of jeans it has sold, for free, for as long as they last."},
		{"Beach Linen", "Beach Linen sews shirts and dresses from flax grown in the county, and publishes the wages of everyone who works on them."},
		{"Station Shoes", "Station Shoes resoles its boots in the workshop behind the shop, and takes back worn pairs to strip for leather and laces."},
		{"Riverside Wear", "Riverside Wear cuts its coats from deadstock wool bought from the big houses, so that no new cloth is woven for them."},
		{"Castle Caps", "Castle Caps knits hats and scarves from yarn spun from offcuts, in a workshop that employs people coming out of prison."},
	} {
		entries += `<div class="entry"><h2><a href="/brands/` + strings.ToLower(strings.ReplaceAll(e.name, " ", "-")) + `">` + e.name + `</a></h2><div>Rated: Good</div><div class="text"><div><p>` + e.text +
			` Its clothes are sold in its own shop, at the market on Saturdays, and online, with free repairs for the first year.</p></div></div></div>` + "\n"
	}
	page := `<html><head><title>Local brands making clothes responsibly</title></head><body><div class="page">
<h1>Local brands making clothes responsibly</h1><div class="intro">` + paras(append(slices.Clone(storyParas), moreParas...)...) +
		`<h2>Our favourite local brands</h2></div>` + entries + `</div></body></html>`
	a := mustParse(t, page)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, "flood barrier")
	assert.Contains(t, body, "Old Mill Denim weaves")
	assert.Contains(t, body, "employs people coming out of prison")
}

func TestEndsWithSubhead(t *testing.T) {
	p := &page{
		blocks: []block{
			{text: "The county opened its new flood barrier on the river on Monday.", tag: atom.P},
			{text: "Our favourite local brands", tag: atom.H2, heading: 2},
			{text: "The county opened its new flood barrier on the river on Monday.", tag: atom.P},
			{text: "Read more", tag: atom.H2, heading: 2, nLinks: 1, linkLen: 9},
			{text: "Share this", tag: atom.Div, chrome: true},
		},
		regions: []region{{start: 0, end: 2, parent: -1, span: -1}, {start: 2, end: 5, parent: -1, span: -1}, {start: 0, end: 1, parent: -1, span: -1}},
	}
	assert.True(t, p.endsWithSubhead(0), "a subhead with nothing under it")
	assert.False(t, p.endsWithSubhead(1), "a linked heading, then chrome")
	assert.False(t, p.endsWithSubhead(2), "a paragraph")
}

// TestStoryRegionJoinsHiddenSections checks a guide whose every section
// is a hidden block placed after the page's footer, for a script to show:
// the sections beside the one that scores best are the story too, a lone
// heading between them is passed over, and the teasers before them stay
// out.
func TestStoryRegionJoinsHiddenSections(t *testing.T) {
	hidden := func(inner string) string { return `<div style="display:none">` + inner + "</div>\n" }
	long := strings.Join(moreParas, " ")
	page := `<html><head><title>Flood barrier opens on the river</title></head><body>
<h1>Flood barrier opens on the river</h1><div class="shell"><p>Loading the guide, please wait.</p></div>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>` +
		hidden(`<h3><a href="/news/bridge-closed">Bridge shut</a></h3><p><a href="/news/bridge-closed">Drivers face a twelve-mile detour.</a></p>`) +
		hidden(paras(storyParas[0], storyParas[1])) +
		hidden("<h2>How the gates work</h2>"+paras(storyParas[2], storyParas[3])) +
		hidden("<h3>Related topics</h3>") +
		hidden("<h2>Building the barrier</h2>"+paras(long, long+" "+long)) +
		hidden(paras(moreParas[3])) +
		`</body></html>`
	a := mustParse(t, page)
	body := strings.Join(a.Body, "\n")
	for _, want := range []string{storyParas[0], storyParas[3], "Building the barrier", moreParas[3]} {
		assert.Contains(t, body, want)
	}
	for _, not := range []string{"detour", "Related topics", "Terms of use"} {
		assert.NotContains(t, body, not)
	}
}

// TestStoryRegionTakesBuilderPanels checks a story laid out by a page
// builder in panels, one after the other, each named a "widget" with a
// modifier of its own: the panels beside the one that holds most of the
// story are its parts too, while a sidebar widget that shares only the
// word "widget" stays out.
func TestStoryRegionTakesBuilderPanels(t *testing.T) {
	page := `<html><head><title>Flood barrier opens on the river</title></head><body><h1>Flood barrier opens on the river</h1>
<div class="so-panel widget widget_sow-editor panel-first-child"><p>` + storyParas[0] + `</p></div>
<div class="widget_text so-panel widget widget_custom_html"><p>` + storyParas[1] + `</p><p>` + storyParas[2] + `</p></div>
<div class="so-panel widget widget_sow-editor panel-last-child">` + paras(append(slices.Clone(storyParas[3:]), moreParas...)...) + `</div>
<div class="widget widget_recent_entries"><h3>Recent posts</h3><ul><li><a href="/news/bridge-closed">Bridge shut for repairs to its bearings</a></li>
<li><a href="/news/school-roof">New school roof finished before the autumn term</a></li></ul></div>
</body></html>`
	a := mustParse(t, page)
	body := strings.Join(a.Body, "\n")
	for _, want := range []string{storyParas[0], storyParas[1], storyParas[3], moreParas[3]} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "Bridge shut")
	assert.NotContains(t, body, "Recent posts")
}

func TestSharedNames(t *testing.T) {
	assert.Equal(t, 3, sharedNames("so-panel widget widget_sow-editor panel-last-child", "so-panel widget widget_sow-editor"))
	assert.Equal(t, 2, sharedNames("so-panel widget widget_sow-editor", "widget_text so-panel widget widget_custom_html"))
	assert.Equal(t, 1, sharedNames("widget widget_text", "widget widget_recent_entries"))
	assert.Equal(t, 0, sharedNames("", "widget"))
}

func TestIsContentsEntry(t *testing.T) {
	p := &page{links: []rawLink{
		{text: "Supplies", href: "#supplies"},
		{text: "Directions", href: "#directions"},
		{text: "Citristrip", href: "https://shop.example/citristrip"},
		{text: "Top", href: ""},
	}}
	for _, c := range []struct {
		b    block
		want bool
	}{
		{block{text: "Supplies", tag: atom.Li, linkAt: 0, nLinks: 1, linkLen: 8}, true},
		{block{text: "Supplies and Directions", tag: atom.Li, linkAt: 0, nLinks: 2, linkLen: 18}, true},
		{block{text: "Citristrip", tag: atom.Li, linkAt: 2, nLinks: 1, linkLen: 10}, false},
		{block{text: "Directions then Citristrip", tag: atom.Li, linkAt: 1, nLinks: 2, linkLen: 20}, false},
		{block{text: "Top", tag: atom.Li, linkAt: 3, nLinks: 1, linkLen: 3}, false},
		{block{text: "Supplies", tag: atom.Div, linkAt: 0, nLinks: 1, linkLen: 8}, false},
		{block{text: "Supplies", tag: atom.Li}, false},
	} {
		assert.Equal(t, c.want, p.isContentsEntry(&c.b), "%q", c.b.text)
	}
}

// TestStoryRegionTakesContentsAndSupplyList checks a how-to whose steps
// sit in a container of their own, under an introduction with a table of
// contents and a supply list whose items link to a shop: the contents
// point within the page and the list is announced by its heading, so the
// climb takes in the introduction.
func TestStoryRegionTakesContentsAndSupplyList(t *testing.T) {
	contents := `<h2>Table of Contents</h2><ul><li><a href="#supplies">Supplies you will need for the job</a></li><li><a href="#steps">The steps, one by one, with pictures</a></li>` +
		`<li><a href="#finish">Finishing the piece and fitting new handles</a></li><li><a href="#faq">Questions readers asked about it</a></li>` +
		`<li><a href="#cost">What the whole project cost, item by item</a></li><li><a href="#time">How long each stage took over the weekend</a></li>` +
		`<li><a href="#mistakes">Mistakes I made the first time round</a></li><li><a href="#more">More projects from the workshop</a></li></ul>`
	supplies := `<h4>Supply list:</h4><ul>`
	for _, item := range []string{"Lead paint testing kit", "Paint stripper gel", "Chip brush", "Plastic scraper", "Mineral spirits", "Power sander", "Tack cloths", "Water-based polyurethane", "Fine grit sandpaper sheets", "Drop cloth for the floor", "Brass drawer handles", "Wood filler and putty knife"} {
		supplies += `<li><a href="https://shop.example/item/` + strings.ReplaceAll(strings.ToLower(item), " ", "-") + `">` + item + `</a></li>`
	}
	supplies += `</ul>`
	page := `<html><head><title>Refinishing an old dresser</title></head><body><div class="post"><h1>Refinishing an old dresser</h1>
<div class="body"><p>` + storyParas[0] + `</p><p>` + storyParas[1] + `</p>` + contents + `<h2 id="supplies">Supplies</h2><p>` + storyParas[2] + `</p>` + supplies +
		`<div class="steps"><div class="step-list">` + paras(append(slices.Clone(moreParas), storyParas[3], moreParas[0]+" "+moreParas[1], moreParas[2]+" "+moreParas[3])...) + `</div></div></div></div></body></html>`
	doc, err := parseHTML(strings.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	start, end, ok := p.storyRegion()
	require.True(t, ok)
	var region []string
	for i := start; i < end; i++ {
		region = append(region, p.blocks[i].text)
	}
	text := strings.Join(region, "\n")
	assert.Contains(t, text, storyParas[0])
	assert.Contains(t, text, moreParas[3])
}

// TestSubheadMatchingTitleKeepsIntroduction checks a guide whose subhead
// agrees with the page's title better than its <h1> does: the paragraphs
// above that subhead are still the story's.
func TestSubheadMatchingTitleKeepsIntroduction(t *testing.T) {
	page := `<html><head><title>Five flood barriers that worked in 2026</title></head><body><div class="top"><h1>How towns keep the river out</h1><p>Updated May 4</p></div>
<div class="post">` + paras(storyParas...) + `<h2>Five flood barriers that worked in 2026</h2>` + paras(moreParas...) + `</div></body></html>`
	a := mustParse(t, page)
	body := strings.Join(a.Body, "\n")
	assert.Contains(t, body, storyParas[0])
	assert.Contains(t, body, moreParas[3])
}

func TestSubheadUnderTitle(t *testing.T) {
	para := block{text: strings.Repeat("The gates will be tested every month by the crews. ", 3), tag: atom.P}
	p := &page{blocks: []block{
		{text: "How towns keep the river out", tag: atom.H1, heading: 1},
		para, para,
		{text: "Five flood barriers that worked", tag: atom.H2, heading: 2},
		para,
	}}
	assert.True(t, p.subheadUnderTitle(1, 3), "an h2 under the story's paragraphs, an h1 above")
	assert.False(t, p.subheadUnderTitle(2, 3), "too little story above it")
	p.blocks[0].heading = 2
	assert.False(t, p.subheadUnderTitle(1, 3), "no h1 above the region")
	p.blocks[0].heading, p.blocks[3].heading = 1, 1
	assert.False(t, p.subheadUnderTitle(1, 3), "the headline is an h1 itself")
}

// TestStoryRegionTakesTableBesideStory checks that the cells of a data
// table weigh neither for nor against the container that holds it with
// the story: the climb takes in the paragraphs around it.
func TestStoryRegionTakesTableBesideStory(t *testing.T) {
	table := "<table><tr><th>Gate</th><th>Width</th><th>Weight</th></tr>"
	for _, row := range [][3]string{{"North", "12 m", "40 t"}, {"South", "12 m", "40 t"}, {"Mill", "9 m", "31 t"}, {"Weir", "9 m", "30 t"}, {"Lock", "15 m", "52 t"}, {"Quay", "11 m", "38 t"}, {"Ford", "8 m", "27 t"},
		{"Bridge", "14 m", "49 t"}, {"Harbour", "16 m", "55 t"}, {"Church", "10 m", "35 t"}, {"Market", "10 m", "34 t"}, {"Tannery", "9 m", "29 t"}} {
		table += "<tr><td>" + row[0] + " gate</td><td>" + row[1] + "</td><td>" + row[2] + "</td></tr>"
	}
	table += "</table>"
	page := `<html><head><title>Flood barrier opens on the river</title></head><body><h1>Flood barrier opens on the river</h1><div class="post">` +
		paras(storyParas[0], storyParas[1]) + table + `<div class="a"><div class="b">` + paras(append(slices.Clone(moreParas), storyParas[3])...) + `</div></div></div></body></html>`
	doc, err := parseHTML(strings.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	start, end, ok := p.storyRegion()
	require.True(t, ok)
	var region []string
	for i := start; i < end; i++ {
		region = append(region, p.blocks[i].text)
	}
	text := strings.Join(region, "\n")
	assert.Contains(t, text, storyParas[0])
	assert.Contains(t, text, "Quay gate")
	assert.Contains(t, text, storyParas[3])
}

func TestIsFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"$244B":                     true,
		"(0.47%) $1.21":             true,
		"8.6M":                      true,
		"$255.52 - $262.03":         true,
		"1.93 m":                    true,
		"70.07%":                    true,
		"Market Cap":                false,
		"2025 results":              false,
		"Published 2025":            false,
		"The 12 best picks":         false,
		"$1,250,000,000,000,000.00": false, // longer than a figure's line
	} {
		assert.Equal(t, want, isFigure(s), "%q", s)
	}
}

func TestIsDataPair(t *testing.T) {
	p := &page{blocks: []block{
		{text: "Market Cap"},
		{text: "$244B"},
		{text: "Day's Range"},
		{text: "$255.52 - $262.03"},
		{text: "Analysts expect the company to grow sales by a fifth."},
		{text: "See the quote", nLinks: 1, linkLen: 13},
		{text: "$12.40", nLinks: 1, linkLen: 6},
		{text: "Closing thoughts"},
		{text: "The market rewards patience."},
	}}
	want := []bool{true, true, true, true, false, false, false, false, false}
	for i, w := range want {
		assert.Equal(t, w, p.isDataPair(i), "%q", p.blocks[i].text)
	}
}

// TestStoryRegionClimbsOverFactBoxes checks that a company's fact box
// between the sections of a story (labels over figures) does not stop the
// climb to the container of all the sections.
func TestStoryRegionClimbsOverFactBoxes(t *testing.T) {
	box := `<div class="quote"><div><div>Market Cap</div><div>$244B</div></div><div><div>Day's Range</div><div>$255.52 - $262.03</div></div>` +
		`<div><div>Volume</div><div>302K</div></div><div><div>Gross Margin</div><div>70.07%</div></div><div><div>Dividend Yield</div><div>0.64%</div></div></div>`
	body := `<h1>Three cloud stocks to watch</h1><main>`
	for i := range 3 {
		body += `<section><h2>Company ` + string(rune('A'+i)) + `</h2>` + box + `<div class="text">` + paras(storyParas[i], moreParas[i]) + `</div></section>`
	}
	body += `</main>`
	p, start, end := storySigns(t, body)
	held, _, _ := p.regionTextIn(start, end)
	assert.GreaterOrEqual(t, held, len(storyParas[0])+len(storyParas[1])+len(storyParas[2])+len(moreParas[0])+len(moreParas[1])+len(moreParas[2]))
}

// TestStoryRegionTakesSiblingSections checks that a story cut into
// sibling sections, each a subhead over its paragraphs, is read whole
// when the container of the sections also holds a long list of links
// that stops the climb; the list stays out, and so does a section that
// opens on no subhead of the story's level.
func TestStoryRegionTakesSiblingSections(t *testing.T) {
	section := func(head string, ps ...string) string {
		return `<div class="sec"><div class="inner"><h2>` + head + `</h2>` + paras(ps...) + `</div></div>`
	}
	var links strings.Builder
	for i := range 40 {
		fmt.Fprintf(&links, `<p><a href="/guide/%d">Average costs for flood barriers in town number %d</a></p>`, i, i)
	}
	body := `<h1>What a flood barrier costs</h1><div id="main">` +
		section("The barrier", storyParas[0], storyParas[1]) +
		section("The gates", moreParas[0], moreParas[1], moreParas[2], moreParas[3], storyParas[2]) +
		section("The tests", storyParas[3], moreParas[0]) +
		`<div class="sec"><h3>Comments</h3><p>` + storyParas[1] + `</p><p>` + storyParas[2] + `</p></div>` +
		`<div class="links"><h2>Costs in other towns</h2>` + links.String() + `</div></div>`
	p, start, end := storySigns(t, body)
	var got []string
	for i := start; i < end; i++ {
		got = append(got, p.blocks[i].text)
	}
	assert.Contains(t, got, "The barrier")
	assert.Contains(t, got, "The tests")
	assert.NotContains(t, got, "Comments")
	assert.NotContains(t, got, "Costs in other towns")
}

func TestIsStorySection(t *testing.T) {
	para := func(s string) block { return block{text: s, tag: atom.P} }
	h2 := func(s string) block { return block{text: s, tag: atom.H2, heading: 2} }
	link := func(s string) block { return block{text: s, tag: atom.P, nLinks: 1, linkLen: int32(len(s))} }
	for _, c := range []struct {
		name   string
		blocks []block
		want   bool
	}{
		{"a subhead over paragraphs", []block{h2("The gates"), para(moreParas[0]), para(moreParas[1])}, true},
		{"one paragraph", []block{h2("The gates"), para(moreParas[0])}, false},
		{"no subhead first", []block{para(moreParas[0]), h2("The gates"), para(moreParas[1])}, false},
		{"a subhead of a lower level", []block{{text: "Comments", tag: atom.H3, heading: 3}, para(moreParas[0]), para(moreParas[1])}, false},
		{"the story's opening under its h1", []block{{text: "What a barrier costs", tag: atom.H1, heading: 1}, para(moreParas[0]), para(moreParas[1])}, true},
		{"links among the paragraphs", []block{h2("Further reading"), para(moreParas[0]), para(moreParas[1]), link("Average costs for flood barriers in the county"), link("Average costs for flood gates in the county")}, false},
	} {
		p := &page{blocks: c.blocks}
		assert.Equal(t, c.want, p.isStorySection(0, len(c.blocks), -1, 2), c.name)
	}
}

// TestStoryRegionTakesTitledColumn checks that a content column whose
// class names it a sidebar still holds the story when the page's headline
// stands over its paragraphs: a promotion outside any chrome, of a few
// paragraphs, does not win the page.
func TestStoryRegionTakesTitledColumn(t *testing.T) {
	promo := []string{
		"Players seeking excitement can explore Lucky Wolf, a casino with engaging games, live dealers, and generous bonuses, all from home.",
		"Whether you prefer slots or table games, Star Casino offers a wide selection, a smooth mobile experience, and rewards for regulars.",
		"For a dynamic evening, Jackpot Room provides interactive games, live dealer action, and a friendly welcome package for new players.",
		"Discover the thrill of gaming at Planet Nine, featuring many slots, exciting bonuses, and quick payouts, with support day and night.",
	}
	page := `<html><head><title>Flood barrier opens on the river</title></head><body>
<div id="primary" class="content-area theme-sidebar"><article><h2>Flood barrier opens on the river</h2>` + paras(append(slices.Clone(storyParas), moreParas...)...) + `</article></div>
<div class="brands"><ul>` + strings.Repeat(`<li><a href="/brands/make">Make of car</a></li>`, 30) + `</ul></div>
<div class="partners">` + paras(promo...) + `</div></body></html>`
	a := mustParse(t, page)
	require.NotEmpty(t, a.Body)
	assert.Equal(t, storyParas[0], a.Body[0])
	for _, p := range a.Body {
		assert.NotContains(t, p, "casino")
	}
}

func TestTitledRange(t *testing.T) {
	const title = "Flood barrier opens on the river"
	tests := []struct {
		name     string
		body     string
		from, to int
	}{
		{"the headline over the column's paragraphs", `<div class="sidebar"><h1>` + title + `</h1><p>One.</p><p>Two.</p></div>`, 1, 3},
		{"a subhead of the second level", `<div class="sidebar"><p>Above.</p><h2>` + title + `</h2><p>One.</p></div>`, 2, 3},
		// Near misses.
		{"a linked title is a teaser", `<div class="sidebar"><h2><a href="/flood">` + title + `</a></h2><p>One.</p></div>`, 0, 0},
		{"a hidden dialog copying the headline", `<div hidden><h2>` + title + `</h2><p>One.</p></div>`, 0, 0},
		{"another heading", `<div class="sidebar"><h2>Most read</h2><p>One.</p></div>`, 0, 0},
		{"a third-level heading", `<div class="sidebar"><h3>` + title + `</h3><p>One.</p></div>`, 0, 0},
		{"the headline outside chrome", `<div class="story"><h1>` + title + `</h1><p>One.</p></div>`, 0, 0},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(`<html><head><title>` + title + `</title></head><body>` + tt.body + `</body></html>`))
		require.NoError(t, err)
		p := walkPage(doc)
		from, to := 0, 0
		for i := range p.blocks {
			if f, t, ok := p.titledRange(i); ok {
				from, to = f, t
				break
			}
		}
		assert.Equal(t, [2]int{tt.from, tt.to}, [2]int{from, to}, tt.name)
		p.release()
	}
}

// TestStoryTextJoinsRanges checks that the climb's incremental measure
// is exact: for every split of a page's blocks into three ranges, the
// joined measures of the parts equal the measure of the whole read at
// once, whatever listed state (a paragraph or heading ending in ":")
// one part carries into the next, with or without a headline.
func TestStoryTextJoinsRanges(t *testing.T) {
	pages := []string{
		`<h1>Parts list</h1><p>` + storyParas[0] + `</p><p>These are what the job needs, all from the hardware shop down the road:</p>` +
			`<ul><li><a href="https://shop.example/a">Sandpaper</a></li><li>Wood glue</li><li><a href="#clamps">Clamps</a></li></ul>` +
			`<p>` + storyParas[1] + `</p><h3>Tools:</h3><div>A plain line of text under the heading</div><table><tr><td>Hammer</td><td>12</td></tr><tr><td><a href="/x">Saw</a></td><td>30</td></tr></table>` +
			`<p>` + storyParas[2] + `</p>` + card("https://other.example/story", "Another story", storyParas[3]) +
			`<h2>More:</h2><h3>A subhead</h3><figure><img src="a.jpg"><figcaption>A caption under the picture</figcaption></figure><div>Trailing line one</div><div>Trailing line two</div>`,
		`<div>Loose text first</div><h4>Notes:</h4><div>Under the notes heading</div><p>Ends on a colon so the list below is announced:</p><div>Item one</div><div>Item two</div>` +
			`<nav><a href="/a">Home</a> <a href="/b">World</a></nav><p>` + moreParas[0] + `</p><div>` + moreParas[1] + ` <a href="/l">linked words in it</a>.</div>`,
	}
	for _, body := range pages {
		doc, err := parseHTML(strings.NewReader(`<html><head><title>Parts list</title></head><body>`+body+`</body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		n := len(p.blocks)
		require.Greater(t, n, 8)
		for _, hl := range []int{-1, 0, 3} {
			for a := 0; a <= n; a++ {
				for b := a; b <= n; b++ {
					for c := b; c <= n; c++ {
						whole := p.storyRangeText(a, c, hl)
						joined, inner := p.storyRangeText(a, b, hl), p.storyRangeText(b, c, hl)
						joined.add(&inner)
						require.Equal(t, whole, joined, "hl %d, [%d,%d) + [%d,%d)", hl, a, b, b, c)
						around := p.storyTextAround(bounds{int32(a), int32(c)}, bounds{int32(b), int32(c)}, &inner, hl)
						require.Equal(t, whole, around, "hl %d, [%d,%d) around [%d,%d)", hl, a, c, b, c)
					}
				}
			}
		}
		p.release()
	}
}

// TestStoryRegionTakesOpeningAboveTitledSubhead checks that a story whose
// <title> agrees with a subhead better than with its own <h1> (the h1
// opening the first section, the subhead the second) keeps the opening
// section: the paragraphs between the two are the story's, not a banner
// above the headline, and the sections are taken up to the list of links
// that stops the climb.
func TestStoryRegionTakesOpeningAboveTitledSubhead(t *testing.T) {
	section := func(level, head string, ps ...string) string {
		return `<div class="sec"><div class="inner"><` + level + `>` + head + `</` + level + `>` + paras(ps...) + `</div></div>`
	}
	var links strings.Builder
	for i := range 40 {
		fmt.Fprintf(&links, `<p><a href="/guide/%d">Average costs for flood barriers in town number %d</a></p>`, i, i)
	}
	page := `<html><head><title>The average cost of a flood barrier in the county and why it is worth it</title></head><body>` +
		`<div id="main">` +
		section("h1", "What to expect to pay for a flood barrier", storyParas[0], storyParas[1]) +
		section("h2", "Average cost of a flood barrier in the county", moreParas[0], moreParas[1], moreParas[2]) +
		section("h2", "The tests", storyParas[3], moreParas[3]) +
		`<div class="links"><h2>Costs in other towns</h2>` + links.String() + `</div></div></body></html>`
	doc, err := parseHTML(strings.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	hl, ok := p.headlineByTitle()
	require.True(t, ok)
	require.Equal(t, "Average cost of a flood barrier in the county", p.blocks[hl].text, "the title agrees with the subhead")
	start, end, ok := p.storyRegion()
	require.True(t, ok)
	var got []string
	for i := start; i < end; i++ {
		got = append(got, p.blocks[i].text)
	}
	assert.Contains(t, got, storyParas[0])
	assert.Contains(t, got, "The tests")
	assert.NotContains(t, got, "Costs in other towns")
}

func TestTopOfStory(t *testing.T) {
	h := func(level int8, s string) block { return block{text: s, tag: atom.H2, heading: level} }
	para := block{text: storyParas[0], tag: atom.P}
	for _, c := range []struct {
		name   string
		blocks []block
		hl     int
		want   int
	}{
		{"a headline of the top level", []block{h(1, "Site"), para, h(1, "Flood barrier opens")}, 2, 2},
		{"a subhead under the story's h1", []block{h(1, "What a barrier costs"), para, para, h(2, "Average cost")}, 3, 0},
		{"a subhead with no h1 near", append(append([]block{h(1, "Site")}, slices.Repeat([]block{para}, headWindow+1)...), h(2, "Average cost")), headWindow + 2, headWindow + 2},
		{"a linked h1 is no head", []block{{text: "Site", heading: 1, nLinks: 1, linkLen: 4}, para, h(2, "Average cost")}, 2, 2},
	} {
		p := &page{blocks: c.blocks}
		assert.Equal(t, c.want, p.topOfStory(c.hl), c.name)
	}
}

// TestWrapEntriesBelow checks that a list article whose template sets its
// entries in a container named for the page's furniture (a "footer"
// below a short introduction) is read with its entries, while a story
// that stands on its own keeps a long box of comments out, and a short
// page keeps out a footer that holds a long blurb rather than entries.
func TestWrapEntriesBelow(t *testing.T) {
	review := "A corner fixture with flair, the kitchen delivers the sort of unfussy wood-fired cooking that keeps a neighbourhood coming back, from blistered flatbreads to whole fish, and a short list of natural wines that the staff will happily talk you through."
	var entries, comments strings.Builder
	for i := range 12 {
		fmt.Fprintf(&entries, `<article class="venue"><div class="venue-main"><h3>Restaurant number %d</h3></div><div class="venue-excerpt"><p>%s</p></div></article>`, i, review)
		fmt.Fprintf(&comments, `<article class="comment"><div class="comment-head"><h4>Re: the barrier, reply %d</h4></div><div class="comment-text"><p>%s</p></div></article>`, i, review)
	}
	intro := `<h1>The best restaurants of the harbour</h1><div class="lead">` + paras(storyParas[0], storyParas[1]) + `</div>`
	blurb := `<p>` + strings.Repeat("The harbour guide is written by a team of local cooks and critics who eat out every week of the year. ", 14) + `</p>`
	for _, c := range []struct {
		name, body string
		wrapped    bool
	}{
		{"entries in a footer under an introduction", intro + `<div class="page-footer">` + entries.String() + `</div>`, true},
		{"comments under a story of its own", `<h1>The barrier</h1><div class="story">` + paras(append(slices.Clone(storyParas), moreParas...)...) + `</div><div class="comments">` + comments.String() + `</div>`, false},
		{"a blurb in the footer of a short page", intro + `<div class="page-footer">` + blurb + blurb + `</div>`, false},
	} {
		doc, err := parseHTML(strings.NewReader(`<html><body>`+c.body+`</body></html>`), DefaultMaxBytes)
		require.NoError(t, err)
		p := walkPage(doc)
		i := slices.IndexFunc(p.blocks, func(b block) bool {
			return strings.HasPrefix(b.text, "A corner fixture") || strings.HasPrefix(b.text, "The harbour guide")
		})
		require.GreaterOrEqual(t, i, 0, c.name)
		assert.Equal(t, !c.wrapped, p.blocks[i].chrome, c.name)
	}
}

// TestScoreParagraphsAgrees pins the shortcut of scoreRegions at weight
// 1 (scoreParagraphs): on every fixture, the scores read off the own
// scores resolveChrome's call left equal those of a full pass over the
// blocks, chrome flags and all.
func TestScoreParagraphsAgrees(t *testing.T) {
	eachWalkedFixture(t, func(path string, p *page) {
		quick := slices.Clone(p.scoreRegions(1))
		p.scores = nil // a page not scored yet: the full pass, with the chrome resolveChrome set
		full := p.scoreRegions(1)
		assert.Equal(t, full, quick, path)
		p.release()
	})
}
