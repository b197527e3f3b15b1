package newswire

import (
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestIsShareLink(t *testing.T) {
	for _, l := range []Link{
		{"del.icio.us", "http://del.icio.us/post?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Digg", "http://digg.com/submit?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Reddit", "https://reddit.com/submit?url=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Facebook", "https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.spacewar.com%2Freports%2Fx.html"},
		{"Share this", "https://www.spacewar.com/share.php?id=999"},
		{"Post", "https://example.org/bookmark?u=https://www.spacewar.com/reports/x.html"},
		{"Reddit", "https://Reddit.com/Submit?title=x"},
		{"SHARE", "https://www.spacewar.com/a"},
		{"Pin", "https://www.Pinterest.com/Pin/Create/Button"},
		{"Digg", "HTTP://DIGG.COM/SpaceWar"},
		{"Post", "https://Example.org/Bookmark?U=https://www.spacewar.com/reports/x.html"},
	} {
		assert.True(t, isShareLink(l), l.Text)
	}
	for _, l := range []Link{
		{"Cyberwar - Internet Security News - Systems and Policy Issues", "https://www.spacewar.com/cyberwar.html"},
		{"Argonaut at ESA", "https://www.esa.int/Science_Exploration/Argonaut"},
		{"The thread on Reddit", "https://www.reddit.com/r/space/comments/abc/argonaut/"},
		{"Search results", "https://example.org/search?q=argonaut+lander"},
		{"Mars Rover", "https://example.org/News/Mars-Rover.html"},
		{"Digg", "https://example.org/Digg/Mars.html"},
		{"Kelvin", "https://K.example.org/Pin"},
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
<meta property="og:site_name" content="Levitate Studio">
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Five ways to plan a product launch","author":{"@type":"Organization","name":"Levitate Studio"}}</script>
</head><body>
<h1>Five ways to plan a product launch</h1>
<div class="post-author"><span class="author-name">Liza Burke</span></div>
<p>A launch is won weeks before the day itself: the list of people to tell, the page they land on and the offer they see all need to be ready first.</p>
<p>Start with the people who already buy from you, since they are the most likely to read, share and answer, and build the rest of the plan outward from them.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Liza Burke"}, a.Authors)

	// Without a person printed, the site's own credit is the byline; the
	// JSON-LD types it Organization, so it names no author.
	alone := strings.Replace(page, "Liza Burke", "", 1)
	a, err = Parse(strings.NewReader(alone))
	require.NoError(t, err)
	assert.Equal(t, "Levitate Studio", a.Byline)
	assert.Empty(t, a.Authors)

	// Typed Person, the same credit is a person's.
	person := strings.Replace(alone, `"@type":"Organization","name":"Levitate Studio"`, `"@type":"Person","name":"Levitate Studio"`, 1)
	a, err = Parse(strings.NewReader(person))
	require.NoError(t, err)
	assert.Equal(t, []string{"Levitate Studio"}, a.Authors)
}

func TestMetaAuthorNames(t *testing.T) {
	const page = `<html><head><title>The best smart home hubs, tested</title><meta %s="%s" content="Harriet Rabin"></head><body>
<h1>The best smart home hubs, tested</h1>
<p>We set up eight hubs in one apartment over two months, paired every sensor and bulb we own with each, and timed how long each took to answer a switch.</p>
<p>Only three kept working after a router restart without a manual repair, and only one of those let us keep every automation on the device itself.</p>
</body></html>`
	for _, c := range []struct {
		attr, name string
		want       []string
	}{
		{"name", "author", []string{"Harriet Rabin"}},
		{"name", "parsely-author", []string{"Harriet Rabin"}},
		{"property", "cXenseParse:author", []string{"Harriet Rabin"}},
		{"property", "article:author_name", []string{"Harriet Rabin"}},
		// Near misses: a handle for a social network, the page's description.
		{"name", "twitter:creator", nil},
		{"name", "description", nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.attr, c.name)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestIsSiteOrDesk(t *testing.T) {
	for _, c := range [][2]string{{"Lesotho Times", "Lesotho Times"}, {"MDR THÜRINGEN", "MDR"}, {"mdr sachsen", "MDR"}} {
		assert.True(t, isSiteOrDesk(c[0], c[1]), c[0])
	}
	for _, c := range [][2]string{{"David Straub", "MDR"}, {"MDR Thüringen Team Sport", "MDR"}, {"Erin Spainhour", "Erin Spain"}} {
		assert.False(t, isSiteOrDesk(c[0], c[1]), c[0])
	}
}

func TestPrintedAuthorCompletedByMeta(t *testing.T) {
	page := `<html><head><title>Storm closes mountain pass for a second day</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes mountain pass for a second day","author":[{"@type":"Person","name":"Mathias Hauge"},{"@type":"Person","name":"Anders Skjerdal"}]}</script>
</head><body>
<h1>Storm closes mountain pass for a second day</h1>
<p>By Mathias Hauge</p>
<p>The pass stayed shut on Tuesday as snow kept falling and wind gusts reached storm force on the plateau, the road authority said in the morning.</p>
<p>Convoys behind a snowplough may resume on Wednesday if the wind drops, but drivers were told to expect long waits and to carry warm clothing.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Mathias Hauge", "Anders Skjerdal"}, a.Authors)

	// Metadata that does not name the printed author is another credit.
	other := strings.Replace(page, `"Mathias Hauge"},`, `"Kari Nordmann"},`, 1)
	a, err = Parse(strings.NewReader(other))
	require.NoError(t, err)
	assert.Equal(t, []string{"Mathias Hauge"}, a.Authors)
}

func TestGivenNameInMetaAuthor(t *testing.T) {
	const page = `<html><head><title>A caterer comparison spreadsheet for your wedding</title>
<meta property="og:site_name" content="Happily Wed"><meta name="author" content="%s"></head><body><article>
<h1>A caterer comparison spreadsheet for your wedding</h1>
<p>Quotes from caterers rarely line up: one prices per head, another per platter, and a third folds service and rentals into a single figure you cannot split.</p>
<p>The spreadsheet puts each quote on the same footing, per guest and all in, so that you can see which menu really costs less before you sign anything.</p>
</article></body></html>`
	for _, c := range []struct {
		author string
		want   []string
	}{
		{"Susan", []string{"Susan"}},
		{"Zach", []string{"Zach"}},
		// Near misses: the site crediting itself, an acronym (authors are
		// people; the credit stays in Byline), a placeholder.
		{"Happily", nil},
		{"CDC", nil},
		{"Anonymous", nil},
		{"admin", nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.author)))
		require.NoError(t, err, c.author)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.author)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.author)
	}
}

func TestCardAuthor(t *testing.T) {
	const page = `<html><head><title>Tuning slow queries in a busy database</title>
<meta name="twitter:label1" content="%s"><meta name="twitter:data1" content="Nawaz Dhand">
<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="9 minutes"></head><body><article>
<h1>Tuning slow queries in a busy database</h1>
<p>Most slow queries are slow for one of three reasons: a missing index, a plan that guessed the row count wrong, or a lock held by something else entirely.</p>
<p>Start by logging every statement that runs for longer than a second, then read the plans of the worst ten before you change any setting on the server.</p>
</article></body></html>`
	for label, want := range map[string][]string{
		"Written by": {"Nawaz Dhand"},
		"Author":     {"Nawaz Dhand"},
		"Category":   nil, // another pair of the card
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, label)))
		require.NoError(t, err, label)
		if want == nil {
			assert.Empty(t, a.Authors, label)
			continue
		}
		assert.Equal(t, want, a.Authors, label)
	}
}

func TestRepeatedAuthorMetas(t *testing.T) {
	const page = `<html><head><title>Efficacy of a meditation app among students</title>%s</head><body><article>
<h1>Efficacy of a meditation app among students</h1>
<p>Students who used the app for ten minutes a day over eight weeks reported less stress than those on the waiting list, and the gap held a month later.</p>
<p>Adherence fell in the second half of the trial, which the authors put down to exams, and they call for a longer study with a more varied sample.</p>
</article></body></html>`
	for _, c := range []struct {
		name, metas string
		want        []string
	}{
		{"repeated citation authors", `<meta name="DC.Creator" content="Jenna Hubert">
<meta name="citation_authors" content="Jenna Hubert"><meta name="citation_authors" content="Jeni Greene"><meta name="citation_authors" content="Chong Li">`,
			[]string{"Jenna Hubert", "Jeni Greene", "Chong Li"}},
		{"repeated article:author", `<meta property="article:author" content="Ana Ruiz"><meta property="article:author" content="Tom Berg">`,
			[]string{"Ana Ruiz", "Tom Berg"}},
		{"inverted citation author", `<meta name="citation_author" content="Kaufman, Jeff T.">`, []string{"Jeff T. Kaufman"}},
		// Near misses: one meta naming two people is read as a byline.
		{"two in one meta", `<meta name="author" content="Ana Ruiz, Tom Berg">`, []string{"Ana Ruiz", "Tom Berg"}},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.metas)))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestUninvertName(t *testing.T) {
	for in, want := range map[string]string{
		"Kaufman, Jeff T.":      "Jeff T. Kaufman",
		"de la Cruz, Ana":       "Ana de la Cruz",
		"Jeff Kaufman":          "Jeff Kaufman",
		"Doe, Jane, Roe, John":  "Doe, Jane, Roe, John",
		"Staff, Editorial Team": "Staff, Editorial Team",
	} {
		assert.Equal(t, want, uninvertName(in), in)
	}
}

func TestIsLowerASCII(t *testing.T) {
	assert.True(t, isLowerASCII("https://example.com/a-b?c=d"))
	assert.False(t, isLowerASCII("https://example.com/A"))
	assert.False(t, isLowerASCII("https://example.com/café"))
}

func TestWithoutOrganisations(t *testing.T) {
	ld := &ldArticle{orgs: []string{"DER SPIEGEL", "Acme"}, persons: []string{"Acme"}}
	for _, tt := range []struct{ in, want []string }{
		{[]string{"Der Spiegel"}, nil},                              // typed Organization: no person
		{[]string{"Ana Ruiz", "DER SPIEGEL"}, []string{"Ana Ruiz"}}, // the person beside it stays
		{[]string{"Acme"}, []string{"Acme"}},                        // typed Person too: the page says both
		{nil, nil},
	} {
		in := slices.Clone(tt.in)
		assert.Equal(t, tt.want, withoutOrganisations(in, ld), tt.in)
		assert.Equal(t, tt.in, in, "the authors given are not changed in place")
	}
	assert.Equal(t, []string{"DER SPIEGEL"}, withoutOrganisations([]string{"DER SPIEGEL"}, &ldArticle{}))
}

// TestWireCreditOutranksTeaserAuthor: a page whose metadata credits a
// wire alone is the agency's story; the author box of a teaser further
// down names another story's writer.
func TestWireCreditOutranksTeaserAuthor(t *testing.T) {
	const page = `<html><head><title>Kühltürme gesprengt</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kühltürme gesprengt","author":[{"@type":"Organization","name":"dpa"}]}</script>
</head><body>
<h1>Kühltürme gesprengt</h1>
<p>Gundremmingen - Die beiden jeweils 160 Meter hohen Kühltürme des früheren Kernkraftwerks sind knapp vier Jahre nach der Stilllegung gesprengt worden.</p>
<p>Pünktlich um 12.00 Uhr fielen die aus insgesamt 56.000 Tonnen Stahlbeton bestehenden Kolosse in sich zusammen, wie ein Sprecher des Betreibers sagte.</p>
<aside><a href="/meinung/russland.html"><h3>Die EU bleibt uneins</h3><p>Warum das auch an der Wirtschaft liegt.</p></a>
<div class="appetizer-author">Von Max Mustermann</div></aside>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
	assert.Equal(t, "dpa", a.Agency)

	// With a person beside the wire in the metadata, the person is the author.
	both := strings.Replace(page, `[{"@type":"Organization","name":"dpa"}]`, `[{"@type":"Person","name":"Anna Beispiel"},{"@type":"Organization","name":"dpa"}]`, 1)
	a, err = Parse(strings.NewReader(both))
	require.NoError(t, err)
	assert.Equal(t, []string{"Anna Beispiel"}, a.Authors)
}

func TestCopyrightHolder(t *testing.T) {
	for s, want := range map[string]string{
		"© 2025 Toby Hede. All rights reserved.": "Toby Hede",
		"©2019-2025 Mara Quint | Privacy":        "Mara Quint",
		"Copyright © 2024 Ilse Brandt, Vienna":   "Ilse Brandt",
		"© Ilse Brandt":                          "Ilse Brandt",
		"Copyright notice: all images are ours.": "",
		"Photos © 2024 Ilse Brandt":              "",
	} {
		got, ok := copyrightHolder(s)
		assert.Equal(t, want != "", ok, s)
		assert.Equal(t, want, got, s)
	}
}

func TestHostNames(t *testing.T) {
	for _, c := range []struct {
		host, name string
		want       bool
	}{
		{"tobyhede.com", "Toby Hede", true},
		{"www.toby-hede.net", "Toby Hede", true},
		{"pierce.dev", "Pierce Freeman", true},
		{"alpenwelle.de", "Radio Alpenwelle", false},
		// Near misses.
		{"easy-lms.com", "Easy LMS", false},
		{"logitechg.com", "Logitech G", false},
		{"example.com", "Toby Hede", false},
		{"blog.pierce.dev", "Pierce Freeman", false},
		{"tobyhede.com", "Toby", false},
	} {
		assert.Equal(t, c.want, hostNames(c.host, c.name), c.host+" "+c.name)
	}
}

func TestOwnerName(t *testing.T) {
	const page = `<html><head><title>Notes on self-hosting a database</title></head><body>
%s
<article><h1>Notes on self-hosting a database</h1>
<p>Running the database on a small rented machine turned out to be simpler than the managed offers suggest, once backups were automatic.</p>
<p>The hard part was restoring: I tested it every month, and the second test found a missing permission that would have cost a day.</p></article>
<footer><p>%s</p></footer>
</body></html>`
	for _, c := range []struct {
		name, url, header, footer string
		want                      []string
	}{
		{"copyright line", "https://tobyhede.com/blog/db", "", "© 2025 Toby Hede. All rights reserved.", []string{"Toby Hede"}},
		{"logo line", "https://pierce.dev/notes/db", `<nav><a href="/">Pierce Freeman</a></nav>`, "", []string{"Pierce Freeman"}},
		// Near misses.
		{"address spells no name", "https://example.com/blog/db", "", "© 2025 Toby Hede. All rights reserved.", nil},
		{"brand words in the prose", "https://rentedmachine.com/blog/db", "", "© 2025 Rented Machine. All rights reserved.", nil},
	} {
		u, err := url.Parse(c.url)
		require.NoError(t, err)
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.header, c.footer)), WithURL(u))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestGivenNamePrintedAsAuthor(t *testing.T) {
	const page = `<html><head><title>A scheduling tool for small clinics</title>
<meta name="author" content="Mazi"></head><body><article>
<h1>A scheduling tool for small clinics</h1>
%s
<p>The tool books appointments from a clinic's own page and sends reminders, so that fewer patients forget the slot they asked for.</p>
<p>It links with the usual calendars, and a clinic can set buffers between visits so that the day does not run late by the afternoon.</p>
</article><section class="comments"><div class="comment-author-box"><span class="author">Dale Shipley</span></div></section></body></html>`
	for _, c := range []struct {
		name, top string
		want      []string
	}{
		{"first name printed under the headline", `<div class="author">Mazi</div>`, []string{"Mazi"}},
		// Near miss: the first name is only the metadata's, and the full
		// name in an author element says more.
		{"full name printed", `<div class="author">Mazi Okoro</div>`, []string{"Mazi Okoro"}},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.top)))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestBioCardOutranksAnotherAuthorElement(t *testing.T) {
	const page = `<html><head><title>Metadata workflows at a small archive</title></head><body>
<article><h1>Metadata workflows at a small archive</h1>
<aside><h3 class="author">Corin Mallory</h3><p class="author">Last updated on 17 December 2025</p></aside>
<p>Corin Mallory is Digital Archive Manager at a professional body in the north of England.</p>
<p>When we launched the archive we did what many small teams do with a new system: we preserved first and described later, if at all.</p>
<p>Five years on, thousands of files had no more than a title, and the catalogue could not answer the questions our members asked of it.</p>
</article><div class="teaser"><span class="author">Gina Oates</span><p>Another post from the blog, about born-digital records and what they need.</p></div>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Corin Mallory"}, a.Authors)
}

func TestNamesOrganisation(t *testing.T) {
	for _, s := range []string{"Clemson University", "Institute for Fiscal Studies", "University of the Arts"} {
		assert.True(t, namesOrganisation(s), s)
	}
	for _, s := range []string{"Clemson", "Professor of Sociology at Clemson University", "Boston", "our university", "Senior Editor"} {
		assert.False(t, namesOrganisation(s), s)
	}
}

func TestAffiliationCredit(t *testing.T) {
	const page = `<html><head><title>Ten habits for a healthier relationship with your phone</title></head><body>
<h1>Ten habits for a healthier relationship with your phone</h1>
%s
<p>Many people check their phones before they are out of bed, for messages, alerts and the news, and then again dozens of times a day.</p>
<p>The effects of that use vary with its amount, its timing and its purpose, and what suits one group of people may not suit another.</p>
</body></html>`
	for _, c := range []struct {
		name, credit string
		want         []string
	}{
		{"name and institution", `<p>Mara L. Voss, Clemson University</p>`, []string{"Mara L. Voss"}},
		{"under a standfirst", `<div class="deck">Phones are blamed for much, but the effects of their use depend on how and when people use them.</div><p>Mara L. Voss, Clemson University</p>`, []string{"Mara L. Voss"}},
		// Near misses.
		{"two experts", `<p>Mara L. Voss, Clemson University</p><p>Tom Reyes, Ohio State University</p>`, nil},
		{"title and institution", `<p>Emeritus Prof. Computer Science, Ohio State University</p>`, nil},
		{"name and place", `<p>Mara L. Voss, Boston</p>`, nil},
		{"a list of insurers", `<p>Kaiser Permanente, Summit Health Plan, Geisinger Health</p>`, nil},
		{"a photo caption", `<figure><img src="/p/voss.jpg"><figcaption>Mara Lopez, Stanford University</figcaption></figure>`, nil},
		{"a line inside the story", `<p>Many people check their phones first thing, for messages, alerts and the news, and then again all day.</p><p>Some researchers portray that use as harmful, but the evidence is mixed and depends on what people do.</p><p>Jon Smyth, Harvard University</p>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.credit)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestBareName(t *testing.T) {
	for _, s := range []string{"Mahua Das", "Emmanuel Oyibo", "Ana de la Cruz"} {
		assert.True(t, bareName(s), s)
	}
	for _, s := range []string{"Article Content", "Associated Press", "Clemson University", "News Desk", "mahua das", "Stefan"} {
		assert.False(t, bareName(s), s)
	}
}

func TestNameUnderHeadline(t *testing.T) {
	const page = `<html><head><title>Project management software pricing guide</title></head><body>
<h1>Project management software pricing guide</h1>
%s
<p>Did you know that most high-performing projects are run with dedicated project management software? Choosing a pricing model is the first step.</p>
<p>The model you choose shapes how flexible your budget stays as the team grows, and what you pay for features that only some of you will use.</p>
</body></html>`
	for _, c := range []struct {
		name, meta string
		want       []string
	}{
		{"date over name and linked category", `<p>Dec 26, 2025 •</p><p>Mara Dunn in <a href="/c/pm">Project Management</a></p>`, []string{"Mara Dunn"}},
		{"author link, tag, date", `<p><a href="https://example.com/blog/authors/emil-oyelaran">Emil Oyelaran</a></p><p>#Cloud Computing</p><p>Published on Oct 21, 2025 Updated on Mar 9, 2026</p>`, []string{"Emil Oyelaran"}},
		{"author element, date", `<p class="author-name">Emil Oyelaran</p><p>Published on Oct 21, 2025</p>`, []string{"Emil Oyelaran"}},
		// Near misses.
		{"no date", `<p>Mara Dunn</p>`, nil},
		// A kicker or a category in a person's shape: nothing shows a
		// person (no author element, no author's page, no topic after it).
		{"kicker over the date", `<p>Supreme Court</p><p>Updated March 3, 2025</p>`, nil},
		{"place kicker over the date", `<p>Capitol Hill</p><p>Updated March 3, 2025</p>`, nil},
		{"section link over the date", `<p><a href="/section/premier-league">Premier League</a></p><p>Updated March 3, 2025</p>`, nil},
		{"name in a linked topic, all one link", `<p>Dec 26, 2025</p><p><a href="/c/ws">Wall Street in Focus</a></p>`, nil},
		{"a first name, dated", `<p>Stefan</p><p>March 5, 2026</p>`, nil},
		{"after the text began", `<p>Dec 26, 2025</p><p>Pricing models differ much more than their names suggest, and the differences matter.</p><p>Mara Dunn</p>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.meta)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestAffiliationCreditAtTheEnd(t *testing.T) {
	const page = `<html><head><title>Ten habits for a healthier relationship with your phone</title></head><body>
<h1>Ten habits for a healthier relationship with your phone</h1>
<p>Many people check their phones before they are out of bed, for messages, alerts and the news, and then again dozens of times a day.</p>
<p>The effects of that use vary with its amount, its timing and its purpose, and what suits one group of people may not suit another.</p>
<p>Mara L. Voss, Clemson University</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Mara L. Voss"}, a.Authors, "the story's last line credits its writer")
}

func TestIsAuthorPage(t *testing.T) {
	for _, s := range []string{"/author/jane-doe", "https://example.com/blog/authors/emil-oyelaran", "/people/jane-doe?ref=top", "https://news.example.org/profiles/jane-doe-1234"} {
		assert.True(t, isAuthorPage(s), s)
	}
	for _, s := range []string{"/section/premier-league", "https://author.example.com/news/1", "/authority-reports", "/c/pm", "https://example.com"} {
		assert.False(t, isAuthorPage(s), s)
	}
}

// The story's own subhead over a person it presents is no author's box:
// a credit linked from an author element stays, and with no credit at
// all the person is not made the author.
func TestBioCardInsideTheStory(t *testing.T) {
	const page = `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>March 3, 2025</p>
<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin over last year.</p>
<p>Officials said the plan would be paid for with higher property taxes and a new levy on hotel stays, which drew criticism from business groups.</p>
<h2>Ellen Vance</h2>
<p>Ellen Vance is the chief executive of the Chamber of Commerce, and she opposed the levy in testimony last month.</p>
<p>The mayor is expected to sign the measure into law later this week, according to a statement released by her office on Wednesday.</p>
<p>Business groups said they would press the council to phase in the levy over two years rather than all at once next spring.</p>
%s</article></body></html>`
	for _, c := range []struct {
		name, footer string
		want         []string
	}{
		{"credited in a linked author element", `<footer><div class="post-author"><a rel="author" href="/author/jane-morgan">Jane Morgan</a></div></footer>`, []string{"Jane Morgan"}},
		{"credited nowhere", ``, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.footer)))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

// A box's name line far above its description is read only where a
// byline stands, under the headline: the description alone far down the
// page is a person the story presents.
func TestBioNameLineNearItsDescription(t *testing.T) {
	const page = `<html><head><title>Ten ways to sleep better in a hotel</title></head><body>
<h1>Ten ways to sleep better in a hotel</h1>
<p>Ask for a room away from the lift and the ice machine, and bring the earplugs you use at home.</p>
<p>Book direct with the hotel, and say in a note that you are a light sleeper: many desks will move you.</p>
<p>Pack a small lamp that clips to a book, so that you need not turn on the bright light over the bed.</p>
<ul><li>Nora Lindqvist</li><li>Pavel Ostrow</li></ul>
<p>Keep the curtains closed from the afternoon on, set the air conditioning a little cooler than feels right.</p>
<p>Leave the screens in the bag, and ask the desk for a late check-out rather than an early alarm call.</p>
<p>Choose a room on a high floor, away from the street, where the traffic and the bars are a distant hum.</p>
<p>Nora Lindqvist is a freelance travel writer and the editor of a guide to small hotels in the north.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

// A credit the page links from an author element (rel="author", the
// writer's page) is not overruled by a person presented at the end of
// the story.
func TestLinkedCreditOutranksBioCard(t *testing.T) {
	const page = `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>March 3, 2025</p>
<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin over last year.</p>
<p>Officials said the plan would be paid for with higher property taxes and a new levy on hotel stays, which drew criticism from business groups.</p>
<h3>Ellen Vance</h3>
<p>Ellen Vance is the chief executive of the Chamber of Commerce, and she opposed the levy in testimony last month.</p>
<footer><div class="post-author"><a rel="author" href="/author/jane-morgan">Jane Morgan</a></div></footer>
</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Morgan"}, a.Authors)
}

// TestHoldsShareHost checks the one pass over an address's dots against a
// search for each host, on addresses that hold a host at their start, at
// their end, after a dot of their own, or a near miss of one.
func TestHoldsShareHost(t *testing.T) {
	addrs := []string{
		"", ".", "..", "digg.com", ".digg.com", "xdigg.co", "https://digg.com", "https://www.digg.com/x",
		"https://diggs.com/", "http://del.icio.us/post", "del.icio", "https://x.com/intent/tweet",
		"https://x.com/intent", "https://x.co/intent", "https://www.reddit.com/r/space/", "reddit.com/submit",
		"https://www.spacewar.com/reports/x.html", "https://example.org/x.com/intent", "furl.net",
		"https://slashdot.org/bookmark.pl?url=x", "https://slashdot.org/story", "pinterest.com/pin/create/button",
		"twitter.com/share", "twitter.com/sharer", "http://technorati.com.", "blinklist.com..",
	}
	for _, u := range addrs {
		want := slices.ContainsFunc(shareHosts, func(h string) bool { return strings.Contains(u, h) })
		assert.Equal(t, want, holdsShareHost(u), u)
	}
}

// TestTrimYears checks trimYears against the strings.TrimLeft it writes
// out, on years, dashes (the en dash, its broken halves, the em dash) and
// other runes.
func TestTrimYears(t *testing.T) {
	parts := []string{"", " ", "2025", "-", "–", "—", "\xE2\x80", "\xE2", "©", "Toby", ".", "\t"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				assert.Equal(t, strings.TrimLeft(s, " 0123456789-–"), trimYears(s), "%q", s)
			}
		}
	}
}

// TestNoEmptyAgency pins what agencyOfSignoff's gate on an empty trailer
// relies on: no agency's name is empty.
func TestNoEmptyAgency(t *testing.T) {
	_, ok := knownAgency("")
	assert.False(t, ok)
	assert.Equal(t, "", agencyOfSignoff(""))
	assert.Equal(t, "", agencyOfSignoff("Source:  "))
}

// TestWithoutSiteNamesKeepsList pins that a list the site's names leave
// as it is comes back as it is, and that a cut or a drop copies it.
func TestWithoutSiteNamesKeepsList(t *testing.T) {
	in := []string{"Jane Roe", "John Doe"}
	out := withoutSiteNames(in, []string{"USA TODAY"})
	assert.Equal(t, in, out)
	in = []string{"Jane Roe", "Brian Truitt USA TODAY", "USA TODAY"}
	out = withoutSiteNames(in, []string{"USA TODAY"})
	assert.Equal(t, []string{"Jane Roe", "Brian Truitt"}, out)
	assert.Equal(t, "Brian Truitt USA TODAY", in[1])
}

// TestFillAuthorsKeepsHeadMemo pins that fillAuthors spells out a name on
// a copy of the authors, not in the list the head finder keeps (which
// extractLinear hands to the Article, and withoutSiteNames hands back as
// it is when the site's names cut nothing).
func TestFillAuthorsKeepsHeadMemo(t *testing.T) {
	raw, err := os.ReadFile("testdata/smn-upi.html")
	require.NoError(t, err)
	page := strings.Replace(string(raw), "</head>", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Paul Q. Brinkmann"}}</script></head>`, 1)
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	a, err := p.extractByFamily()
	require.NoError(t, err)
	require.Equal(t, []string{"Paul Brinkmann"}, p.underTitle.h.authors)
	require.NotEmpty(t, p.publisherNames())
	p.fillFromMeta(a, time.Time{})
	assert.Equal(t, []string{"Paul Q. Brinkmann"}, a.Authors)
	assert.Equal(t, []string{"Paul Brinkmann"}, p.underTitle.h.authors, "the head memo")
}
