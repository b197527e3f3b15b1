package newswire

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in, byline, agency string
		authors            []string
	}{
		{"by Staff Writers", "Staff Writers", "", nil},
		{"by AFP Staff Writers", "AFP Staff Writers", "AFP", nil},
		{"By Newsdesk", "Newsdesk", "", nil},
		{"By Issam AHMED", "Issam AHMED", "", []string{"Issam AHMED"}},
		{"by Erica Marchand", "Erica Marchand", "", []string{"Erica Marchand"}},
		{"By Lucie AUBOURG with Issam AHMED in Washington", "Lucie AUBOURG with Issam AHMED in Washington", "", []string{"Lucie AUBOURG", "Issam AHMED"}},
		{"By WAFAA SHURAFA and SAMY MAGDY", "WAFAA SHURAFA and SAMY MAGDY", "", []string{"WAFAA SHURAFA", "SAMY MAGDY"}},
		{"By Toby Muse, Associated Press", "Toby Muse, Associated Press", "AP", []string{"Toby Muse"}},
		{"By UPI Staff | Jan. 03, 2018", "UPI Staff", "UPI", nil},
		{"by Bruce Moomaw", "Bruce Moomaw", "", []string{"Bruce Moomaw"}},
		{"BY ABBY KIRBY", "ABBY KIRBY", "", []string{"ABBY KIRBY"}},
		{"By: Jean-Luc de la Tour", "Jean-Luc de la Tour", "", []string{"Jean-Luc de la Tour"}},
		// Prefixes in other languages and with labels; "By" run on into the name.
		{"Von Juliane Rohr", "Juliane Rohr", "", []string{"Juliane Rohr"}},
		{"Kolumne von Carla Siepmann", "Carla Siepmann", "", []string{"Carla Siepmann"}},
		{"Written by Dylan Badura", "Dylan Badura", "", []string{"Dylan Badura"}},
		{"By Paul Frey, Home and Digital Safety Expert & Gene Petri, Home Safety Expert", "Paul Frey, Home and Digital Safety Expert & Gene Petri, Home Safety Expert", "", []string{"Paul Frey", "Gene Petri"}},
		{"Guide by Will Jenner Former Deputy Tech Editor", "Will Jenner Former Deputy Tech Editor", "", []string{"Will Jenner"}},
		{"By Cathy Boeck Executive Digital Editor", "Cathy Boeck Executive Digital Editor", "", []string{"Cathy Boeck"}},
		{"by 배윤경 기자", "배윤경 기자", "", []string{"배윤경"}},
		{"by 배윤경", "배윤경", "", []string{"배윤경"}},
		{"ByKathryn GiuffridaMar 5, 2025", "Kathryn Giuffrida", "", []string{"Kathryn Giuffrida"}},
		// Tails printed against the name, job titles, outlets after "For".
		{"By Korin MillerPublished on May 2", "Korin Miller", "", []string{"Korin Miller"}},
		{"By Gabby BoucherIn Budget Travel, Travel Tips", "Gabby Boucher", "", []string{"Gabby Boucher"}},
		{"Von Sina Zehrfeld Landespolitische Korrespondentin", "Sina Zehrfeld Landespolitische Korrespondentin", "", []string{"Sina Zehrfeld"}},
		{"Von Jan Ludwig Leitender Redakteur", "Jan Ludwig Leitender Redakteur", "", []string{"Jan Ludwig"}},
		{"By Mary Jane Paige Correspondent", "Mary Jane Paige Correspondent", "", []string{"Mary Jane Paige"}},
		{"By Jane Doe, in Paris", "Jane Doe", "", []string{"Jane Doe"}},
		{"By Shelby Loos, DVM. Reviewed by Molly Price, DVM", "Shelby Loos, DVM.", "", []string{"Shelby Loos, DVM."}},
		{"By Center for Drug Evaluation and Research", "Center for Drug Evaluation and Research", "", nil},
		{"By A. J. Neal View In Digital Edition", "A. J. Neal", "", []string{"A. J. Neal"}},
		{"By Sarah LazareTwitter", "Sarah Lazare", "", []string{"Sarah Lazare"}},
		{"By Ulrich ExnerKorrespondent", "Ulrich Exner", "", []string{"Ulrich Exner"}},
		{"By Dolores Chang For Dailymail.Com", "Dolores Chang", "", []string{"Dolores Chang"}},
		{"By Sean Peek, Senior Analyst", "Sean Peek, Senior Analyst", "", []string{"Sean Peek"}},
		{"By Danielle DeSiato and Ian McDonald", "Danielle DeSiato and Ian McDonald", "", []string{"Danielle DeSiato", "Ian McDonald"}},
		// Degrees and suffixes written after a name belong to it; an
		// outlet's initials do not.
		{"By Jillian Kubala, MS, RD", "Jillian Kubala, MS, RD", "", []string{"Jillian Kubala, MS, RD"}},
		{"By Genevieve Carlton, Ph.D.", "Genevieve Carlton, Ph.D.", "", []string{"Genevieve Carlton, Ph.D."}},
		{"By Rebecca Lake, CEPF® and Sam Roe, Jr.", "Rebecca Lake, CEPF® and Sam Roe, Jr.", "", []string{"Rebecca Lake, CEPF®", "Sam Roe, Jr."}},
		{"By Jane Doe, NYT", "Jane Doe, NYT", "", []string{"Jane Doe"}},
		{"By Staff Writers, MS", "Staff Writers, MS", "", nil},
		// Labels are not names.
		{"By LEARN MORE", "LEARN MORE", "", nil},
		{"By Last Updated", "Last", "", nil},
		{"By WATCH LIVE", "WATCH LIVE", "", nil},
		{"By Text Size", "Text Size", "", nil},
		{"By Privacy Policy", "Privacy Policy", "", nil},
		{"By Author Spotlight", "Author Spotlight", "", nil},
		// Scripts without capitals; East Asian names without a space.
		{"By 大渡 美咲", "大渡 美咲", "", []string{"大渡 美咲"}},
		{"By 松岡大地", "松岡大地", "", []string{"松岡大地"}},
		{"By 구현모", "구현모", "", []string{"구현모"}},
		{"By 朝日新聞デジタル", "朝日新聞デジタル", "", nil}, // a newspaper's name, not a person's
	}
	for _, tt := range tests {
		got, err := ParseByline(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, Byline{tt.byline, tt.authors, tt.agency}, got, tt.in)
		}
	}
	for _, in := range []string{
		"", "Abby Kirby", "Bypass surgery", "by", "Beijing (AFP) Nov 15, 2025", "Stand by me",
		"Caught by surprise, officials said", "Byzantium", "BYU wins again",
		"by the time the rocket reached orbit, engineers had already begun to analyse the telemetry from the second stage, which had shown an anomaly",
	} {
		_, err := ParseByline(in)
		assert.ErrorIs(t, err, ErrNoByline, in)
	}
}

func TestSplitBylineDateline(t *testing.T) {
	tests := []struct {
		in, byline string
		want       Dateline
	}{
		{"by Staff Writers Kourou, French Guiana (AFP) Dec 16, 2011", "by Staff Writers",
			Dateline{"Kourou, French Guiana (AFP) Dec 16, 2011", "Kourou, French Guiana", "AFP", Date{2011, 12, 16}}},
		{"by AFP Staff Writers Washington (AFP) March 20, 2017", "by AFP Staff Writers",
			Dateline{"Washington (AFP) March 20, 2017", "Washington", "AFP", Date{2017, 3, 20}}},
		{"By Issam AHMED Washington (AFP) March 20, 2017", "By Issam AHMED",
			Dateline{"Washington (AFP) March 20, 2017", "Washington", "AFP", Date{2017, 3, 20}}},
		{"by Bruce Moomaw Sacramento (SPX) Jun 08, 2004", "by Bruce Moomaw",
			Dateline{"Sacramento (SPX) Jun 08, 2004", "Sacramento", "SPX", Date{2004, 6, 8}}},
		{"by Staff Writers Washington DC (UPI) Oct 14, 2021", "by Staff Writers",
			Dateline{"Washington DC (UPI) Oct 14, 2021", "Washington DC", "UPI", Date{2021, 10, 14}}},
	}
	for _, tt := range tests {
		byline, got, ok := splitBylineDateline(tt.in, time.Time{})
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.byline, byline, tt.in)
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
	_, _, ok := splitBylineDateline("by Staff Writers", time.Time{})
	assert.False(t, ok)
}

func TestCutBylineTail(t *testing.T) {
	for in, want := range map[string]string{
		"Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham": "Erin Cunningham",
		"Dan Goodin - Apr 16, 2015 8:02 pm UTC":                       "Dan Goodin",
		"Alex Perry 1 day ago":                                        "Alex Perry",
		"UPI Staff | Jan. 03, 2018":                                   "UPI Staff",
		"Bernama Tuesday, 20 Feb 2024":                                "Bernama",
		"Lucie AUBOURG with Issam AHMED in Washington":                "Lucie AUBOURG with Issam AHMED in Washington",
		"May Lee":                             "May Lee",
		"Ben Applebaum-Bauch ⋅ Review Editor": "Ben Applebaum-Bauch",
		"Ana Ruiz · 5 min read":               "Ana Ruiz",
		"Pierce Freeman // Essays":            "Pierce Freeman",
		"Mae Weedon ● March 3, 2025 ● 6 min":  "Mae Weedon",
	} {
		assert.Equal(t, want, cutBylineTail(in), in)
	}
}

func TestSplitLeadByline(t *testing.T) {
	byline, rest, ok := (&page{}).splitLeadByline("by Patrick GALEY Agence France-Presse PARIS, France (AFP) — Landfills release more methane.")
	assert.True(t, ok)
	assert.Equal(t, "by Patrick GALEY Agence France-Presse", byline)
	assert.Equal(t, "PARIS, France (AFP) — Landfills release more methane.", rest)
	for _, in := range []string{
		"By the time the rocket reached orbit, Agence France-Presse had reported the launch.",
		"PARIS (AFP) — Landfills release more methane.",
	} {
		_, _, ok := (&page{}).splitLeadByline(in)
		assert.False(t, ok, in)
	}
}

func TestHintedAuthors(t *testing.T) {
	page := `<html><head><title>How to grow tomatoes on a balcony</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>How to grow tomatoes on a balcony</h1>
<p>Tomatoes need six hours of sun a day, a deep pot and steady water; a balcony that faces south gives them all three, even in a city.</p>
<p>Choose a compact variety, stake it early, and feed it every two weeks once the first flowers open, and you will pick fruit by July.</p>
<div class="entry-end"><span class="author-name"><a rel="author" href="/a/jr">Jane Roe</a></span></div>
<div class="comment-author">Joe Bloggs</div>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Roe"}, a.Authors)
	assert.Equal(t, "Jane Roe", a.Byline)

	// The metadata's people come before an author element.
	withMeta := strings.Replace(page, "<title>", `<meta name="author" content="Richard Miles"><title>`, 1)
	a, err = Parse(strings.NewReader(withMeta))
	require.NoError(t, err)
	assert.Equal(t, []string{"Richard Miles"}, a.Authors)

	// A label in an author element is no name.
	label := strings.Replace(page, "Jane Roe", "Fact Checked", 1)
	a, err = Parse(strings.NewReader(label))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

func TestIsGivenName(t *testing.T) {
	for _, s := range []string{"Susan", "Gabo", "Ben", "Çelik"} {
		assert.True(t, isGivenName(s), s)
	}
	for _, s := range []string{"q_admin", "stephenlega", "AP", "Reuters", "Staff", "B", "Editor", "CDC", "SDA", "Anonymous", "Nachrichten"} {
		assert.False(t, isGivenName(s), s)
	}
}

func TestPrintedCredit(t *testing.T) {
	const story = `<html><head><title>Migrating forty packages to a new build backend</title></head><body>
<h1>Migrating forty packages to a new build backend</h1>
<p>Over the last month I moved forty of our packages to the new build backend, one at a time, rebuilding every reverse dependency after each change.</p>
<p>Most of them needed nothing more than a one-line change, but a handful relied on behaviour the old backend never documented and broke in odd ways.</p>
%s
</body></html>`
	for _, c := range []struct {
		name, credit string
		want         []string
	}{
		{"footer line", `<p>Posted by Colin Watts on 2025-12-18 in packaging.</p>`, []string{"Colin Watts"}},
		{"written by", `<p>Written by John Crane</p>`, []string{"John Crane"}},
		{"date first", `<div>September 1st, 2023 <span>By Emma Norwell</span></div>`, []string{"Emma Norwell"}},
		{"label then name", `<p>Written by</p><p>Edna Tabor</p>`, []string{"Edna Tabor"}},
		{"label colon then name", `<p>By:</p><p>Orla Kemp</p>`, []string{"Orla Kemp"}},
		{"two people", `<p>By Moses Kim and Kate Shore</p>`, []string{"Moses Kim", "Kate Shore"}},
		{"date then by", `<p>Last updated March 3, 2025 by Ruth Okafor. — Accessibility</p>`, []string{"Ruth Okafor"}},
		{"year then bought by", `<p>In 2024 the house was bought by Jane Smith.</p>`, nil},
		{"label over a first name and title", `<p>Written by</p><p>Mira - Product marketer</p>`, []string{"Mira"}},
		{"label over a first name and a word", `<p>Written by</p><p>Mira - Stockholm</p>`, nil},
		{"label over a name and title", `<p>Written by</p><p>Mira Olsen – Senior Editor</p>`, []string{"Mira Olsen"}},
		{"label and name on one line", `<div><strong>Contributors:</strong> Nadia Forde</div>`, []string{"Nadia Forde"}},
		{"label over a name with degrees", `<h2>Article written by:</h2><h3>Ines Valdez-Moro, MD, FACP</h3>`, []string{"Ines Valdez-Moro, MD, FACP"}},
		{"label colon over a sentence", `<p>Author: unknown, as the notes were found in an attic.</p>`, nil},
		{"label over a name with a job", `<h2>Article written by:</h2><h3>Ines Valdez-Moro, Head of Care</h3>`, nil},
		// Near misses.
		{"teaser list", `<h3><a href="/a">Ten tips</a></h3><p>By Sam Mango</p><h3><a href="/b">Five more</a></h3><p>By Laura Allen</p>`, nil},
		{"navigation links", `<p><a href="/c">By Category</a><a href="/m">By Manufacturer</a></p>`, nil},
		{"label then sentence", `<p>Author</p><p>This post was written over a long weekend.</p>`, nil},
		{"in a sidebar", `<aside><p>Posted by Zack Enders</p></aside>`, nil},
		{"label over a name in a sidebar", `<aside><p>Written by</p><p>Edna Tabor</p></aside>`, []string{"Edna Tabor"}},
		{"label over a service", `<aside><p>By</p><p>Online Services</p></aside>`, nil},
		{"sentence with by", `<p>By the end of the week every build was green again.</p>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(story, c.credit)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestIsCreditLabel(t *testing.T) {
	for _, s := range []string{"By", "By:", "Written by", "Article by", "Posted by:", "Author", "Autor:", "Ein Kommentar von", "Verfasst von", "Geschrieben von", "Written\u00a0by", "WRITTEN  BY :", "Written by\u00a0", "Door"} {
		assert.True(t, isCreditLabel(s), s)
	}
	for w := range byWords {
		// isCreditLabel answers a line by its last byte first.
		assert.Contains(t, "ynr", w[len(w)-1:], w)
		// mayBeCreditLabel rules out a line whose last five bytes hold
		// no space.
		assert.LessOrEqual(t, len(w), 4, w)
	}
	for w := range authorLabels {
		// mayBeCreditLabel lets through a line opening in "a" or "c".
		assert.Contains(t, "ac", w[:1], w)
	}
	for _, s := range []string{"", "Bylines", "Shop by", "Sort by", "Authors we love", "Written by Jane Doe", "Filter by brand", "Written by\xff", "Contact us", "Privacy Policy", "Newsletter", "Sign In"} {
		assert.False(t, isCreditLabel(s), s)
	}
}

func TestRunOnCapitals(t *testing.T) {
	for w, want := range map[string]int{"McDonald": 1, "DeSiato": 1, "SubbaRao": 1, "Smith": 0, "OrganizationOfficePapers": 2, "ABBY": 0} {
		assert.Equal(t, want, runOnCapitals(w), w)
	}
	assert.False(t, isPersonName("Digital OrganizationOfficeOrganizingPapers"))
	assert.True(t, isPersonName("Mark SubbaRao"))
}

func TestIsPersonNameRefusesOrganisations(t *testing.T) {
	for _, s := range []string{"Daniel Burstein", "Harry Rabinowitz", "Ana de la Cruz", "Li Clinica", "Centeno Ruiz"} {
		assert.True(t, isPersonName(s), s)
	}
	for _, s := range []string{"MECLABS Institute", "Obesity Medicine Association", "Cleveland Clinic", "Claight Corporation", "SmartEtailing Inc.", "Levitate Media", "QCY Official", "Resource Center", "Harbour Medical Centre"} {
		assert.False(t, isPersonName(s), s)
	}
}

func TestIsBylineTextNeedsAName(t *testing.T) {
	for _, s := range []string{"By Jane Doe", "by staff writers", "By de la Cruz", "Von Juliane Rohr", "By 김철수"} {
		assert.True(t, isBylineText(s), s)
	}
	for _, s := range []string{"By clicking “Sign Up”, you accept our Terms of Service", "By the end of the week", "by using this site you agree"} {
		assert.False(t, isBylineText(s), s)
	}
	_, authors, _, ok := parseByline("Av Trine Juncher Jørgensen og Tôrtia Reimer-Johansen")
	assert.False(t, ok) // "Av" is no credit word here; the names come from metadata
	assert.Empty(t, authors)
	_, authors, _, ok = parseByline("by Trine Juncher Jørgensen og Tôrtia Reimer-Johansen")
	assert.True(t, ok)
	assert.Equal(t, []string{"Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"}, authors)
}

func TestCutAuthorLabel(t *testing.T) {
	for in, want := range map[string]string{
		"Autor: Monika Bollinger und Anna Trechsler": "Monika Bollinger und Anna Trechsler",
		"Authors: Jane Doe, John Roe":                "Jane Doe, John Roe",
		"Jane Doe":                                   "Jane Doe",
		"Update: Jane Doe":                           "Update: Jane Doe",
	} {
		assert.Equal(t, want, cutAuthorLabel(in), in)
	}
}

func TestAuthorElementRun(t *testing.T) {
	const page = `<html><head><title>Heatwave strains the northern grid</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Heatwave strains the northern grid","author":{"@type":"Person","name":"Marlene Lund Holm"}}</script>
</head><body><article>
<h1>Heatwave strains the northern grid</h1>
%s
<p>Power use in the north reached a record on Sunday as temperatures stayed above thirty degrees for a fifth day and air conditioners ran through the night.</p>
<p>The grid operator asked large customers to shift their load to the evening and said imports from neighbouring countries would cover the gap until Wednesday.</p>
</article></body></html>`
	for _, c := range []struct {
		name, credit string
		want         []string
	}{
		{"two author elements", `<div itemprop="author">Ingrid Trebor</div><div itemprop="author">Marlene Lund Holm</div>`, []string{"Ingrid Trebor", "Marlene Lund Holm"}},
		{"one author element", `<div itemprop="author">Marlene Lund Holm</div>`, []string{"Marlene Lund Holm"}},
		// A list that does not hold the metadata's author is someone else's.
		{"other people", `<div itemprop="author">Ingrid Trebor</div><div itemprop="author">Per Olsen</div>`, []string{"Marlene Lund Holm"}},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.credit)))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestAgencyInByline(t *testing.T) {
	for in, want := range map[string]string{
		"Paula Steiger, SDA":           "SDA",
		"Felix Schröder, dpa":          "dpa",
		"Deutsche Presse-Agentur":      "dpa",
		"Ali Demir, Anadolu Agency":    "Anadolu",
		"Redaktion, APA":               "APA",
		"Sidney Poe":                   "",
		"Sam Dale and Apa Sherpa-Lama": "",
	} {
		_, _, agency, _ := parseByline("by " + in)
		assert.Equal(t, want, agency, in)
	}
}

func TestCreditAfterDate(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Posted on December 18, 2025 Posted by John Scalzi 59 Comments", "Posted by John Scalzi 59 Comments", true},
		{"On January 12, 2025January 22, 2025 By Gabby BoucherIn Budget Travel, Travel Tips", "By Gabby BoucherIn Budget Travel, Travel Tips", true},
		{"Updated 2025-03-04 by Jane Doe", "by Jane Doe", true},
		// Near misses: sentences, a line with no date before "by".
		{"In 2024 the house on Elm Street was bought by Jane Smith", "", false},
		{"Sales rose by 5% on March 3, 2025", "", false},
		{"Written by Jane Doe", "", false},
	} {
		got, ok := creditAfterDate(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestHandleCredit(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", "Amanda"},
		{"by ibby", "ibby"},
		{"Posted by BeauHD on Friday December 19, 2025 @08:00PM", "BeauHD"},
		{"By q_admin", "q_admin"},
		// Near misses: phrases, desks, agencies, months, two words.
		{"by now", ""},
		{"By Staff", ""},
		{"By Reuters", ""},
		{"By December", ""},
		{"by Jane Doe", ""},
		{"Amanda", ""},
		{"by 2025", ""},
	} {
		got, ok := handleCredit(c.in)
		assert.Equal(t, c.want != "", ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestIsDateLine(t *testing.T) {
	for s, want := range map[string]bool{
		"2025-12-17·": true, "Dec 17, 2025": true, "19.12.2025 |": true,
		"Dec 17, 2025 Julian Arni": false, "Trond Teigen": false, "2025": false,
	} {
		assert.Equal(t, want, isDateLine(s), s)
	}
}

func TestNamesSomeoneAfterThe(t *testing.T) {
	assert.True(t, namesSomeone("the Lavazza Team"))
	assert.True(t, namesSomeone("the Associated Press"))
	assert.False(t, namesSomeone("the end of the week"))
}

func TestBareNameUnderDateLine(t *testing.T) {
	page := `<html><head><title>Mission accomplished</title></head><body><article>
<h1>Mission accomplished</h1><div>2025-12-17 ·</div><div>Trond Teigen</div>
<p>The national library and two partners were asked last spring to find out whether the archive could be moved to the new system without loss.</p>
<p>Over the past year they have worked closely together to develop and test a solution, and the last of the collections moved over in December.</p>
</article></body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Trond Teigen"}, a.Authors)

	// Near miss: a name with no date above it is a heading or a caption.
	a, err = Parse(strings.NewReader(strings.Replace(page, "2025-12-17 ·", "Archive news", 1)))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

func TestMetaLineParts(t *testing.T) {
	assert.Equal(t, []string{"27. Januar 2026", "Gregor Meier", "3 Minuten"}, metaLinePartsIn(nil, "27. Januar 2026 • Gregor Meier • 3 Minuten"))
	assert.Equal(t, []string{"Le Monde", "04.05.2015", "Par Martin Untersinger"}, metaLinePartsIn(nil, "Le Monde | 04.05.2015 | Par Martin Untersinger"))
	assert.Equal(t, []string{"Jean-Luc de la Tour"}, metaLinePartsIn(nil, "Jean-Luc de la Tour"))
}

func TestDatedBeside(t *testing.T) {
	parts := []string{"Sehernur Karsu", "05.04.2025 - Güncelleme : 05.04.2025"}
	assert.True(t, datedBeside(parts, parts[0]))
	// Near miss: a section name beside the name is no date.
	parts = []string{"Sehernur Karsu", "Ekonomi"}
	assert.False(t, datedBeside(parts, parts[0]))
}

func TestBareNameBesideDate(t *testing.T) {
	const page = `<html><head><title>Charging points pass eleven thousand</title></head><body><article>
<h1>Charging points pass eleven thousand</h1><div>%s</div>
<p>The transport minister said in a written statement that the number of public charging points had passed eleven thousand by the end of February.</p>
<p>Demand has risen with the production of electric cars, and most of the new points opened along motorways and in the three largest cities.</p>
</article></body></html>`
	for line, want := range map[string][]string{
		"Sehernur Karsu | 05.04.2025 - Updated : 05.04.2025": {"Sehernur Karsu"},
		"27. Januar 2026 • Gregor Meier • 3 Minuten":         {"Gregor Meier"},
		// Near misses: no date beside the name; a label in a script
		// without capitals.
		"Sehernur Karsu | Economy": nil,
		"입력":                       nil,
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, line)))
		require.NoError(t, err, line)
		if want == nil {
			assert.Empty(t, a.Authors, line)
			continue
		}
		assert.Equal(t, want, a.Authors, line)
	}
}

func TestIsPostnominal(t *testing.T) {
	for s, want := range map[string]bool{
		"MS": true, "Ph.D.": true, "M.D. FACLM": true, "CEPF®": true, "Jr.": true, "PA-C": true,
		"ms": false, "CNN": false, "Jane Doe": false, "MS in Nursing": false, "": false,
	} {
		assert.Equal(t, want, isPostnominal(s), s)
	}
}

func TestHandleCreditBeforeCategories(t *testing.T) {
	got, ok := handleCredit("By TPN, in News, Portugal, Business · 31 Jan 2025, 20:02 · 0 Comments")
	assert.True(t, ok)
	assert.Equal(t, "TPN", got)
}

func TestSignedName(t *testing.T) {
	story := "Hướng điều trị thường phụ thuộc vào loại cũng như giai đoạn bệnh."
	for last, want := range map[string]string{
		"Lê Phương":         "Lê Phương",
		"Andrea Rossi":      "Andrea Rossi",
		"BOOK YOUR LESSON":  "",
		"Happy Christmas!":  "",
		"Staff Writers":     "",
		"The end, for now.": "",
		"Subscribe":         "",
		"Topics Apple":      "",
		"What We Offer":     "",
	} {
		assert.Equal(t, want, signedName([]string{story, last}), last)
	}
	assert.Empty(t, signedName([]string{"Lê Phương"}), "a body of one line is no signed story")
}

func TestLoneCredit(t *testing.T) {
	// The site's names as siteNames gives them and as written.
	names := []string{"coffeekev", "soliantlifeandhealth", "swoogo"}
	sites := []string{"Coffee Kev", "Soliant Life and Health", "Swoogo"}
	tests := []struct {
		in      string
		persons []string
		want    string
	}{
		{"Kev", nil, "Kev"},                       // a first name in the site's name
		{"aawoods", nil, "aawoods"},               // an account
		{"sara.r.peter", nil, "sara.r.peter"},     // an account with dots
		{"kirstin boatto", nil, "kirstin boatto"}, // a name typed in lower case
		{"Swoogo", nil, ""},                       // the site crediting itself
		{"Soliant", nil, ""},                      // the word opening the site's name
		{"Soliant", []string{"Soliant"}, "Soliant"},
		{"swoogo", []string{"swoogo"}, ""}, // the site's own name, even typed Person
		{"admin", nil, ""},
		{"adminn", nil, ""},
		{"q_admin", nil, ""},
		{"team", nil, ""},
		{"MM-Redaktion", nil, ""},
		{"AccountingDepartment.com", nil, ""},
		{"news desk", nil, ""},
		{"Jane Doe", nil, ""}, // parseByline's to read
		{"CDC", nil, ""},
	}
	for _, tt := range tests {
		got := loneCredit(tt.in, names, sites, tt.persons, "")
		if tt.want == "" {
			assert.Empty(t, got, tt.in)
		} else {
			assert.Equal(t, []string{tt.want}, got, tt.in)
		}
	}
	assert.Equal(t, []string{"Linny", "Peter"}, loneCredit("Linny and Peter", names, sites, nil, ""))
	assert.Equal(t, []string{"Maria", "Katerina"}, loneCredit("Maria & Katerina", names, sites, nil, ""))
	assert.Empty(t, loneCredit("Kev and Swoogo", names, sites, nil, ""))
	assert.Equal(t, []string{"Parama (Guha) Gosh"}, loneCredit("Parama (Guha) Gosh", names, sites, nil, ""))
	assert.Empty(t, loneCredit("Parama (Guha", names, sites, nil, ""))
}

func TestPersonalSite(t *testing.T) {
	page := `<html><head><title>Notes on sourdough</title><meta property="og:site_name" content="SITE"></head><body>
<h1>Notes on sourdough</h1>
<p>Sourdough needs a lively starter, a long cold proof and a very hot oven; none of it is hard, but all of it takes time and patience.</p>
<p>Feed the starter twice a day for a week before the first loaf, and keep a little back each time so that the next bake has something to rise on.</p>
</body></html>`
	u, _ := url.Parse("https://www.hollybrandt.com/notes-on-sourdough/")
	tests := []struct {
		site    string
		authors []string
	}{
		{"Holly Brandt", []string{"Holly Brandt"}}, // the address spells the name
		{"Holly Starter", nil},                     // "starter" is a word of the prose
		{"Holly LMS", nil},                         // an acronym is no name
		{"Holly Brandt Post", nil},                 // three words: a publication's
		{"Marta Olsen", nil},                       // the address names someone else
	}
	for _, tt := range tests {
		a, err := Parse(strings.NewReader(strings.Replace(page, "SITE", tt.site, 1)), WithURL(u))
		require.NoError(t, err)
		assert.Equal(t, tt.authors, a.Authors, tt.site)
	}
	// An article described in JSON-LD is a publication's, whatever its name.
	ld := strings.Replace(page, "<body>", `<body><script type="application/ld+json">{"@type":"NewsArticle","headline":"Notes on sourdough"}</script>`, 1)
	a, err := Parse(strings.NewReader(strings.Replace(ld, "SITE", "Holly Brandt", 1)), WithURL(u))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

func TestHasWordFold(t *testing.T) {
	assert.True(t, hasWordFold("at times the river floods", "Times"))
	assert.True(t, hasWordFold("das Radio spielt", "radio"))
	assert.False(t, hasWordFold("sometimes it floods", "times"))
	assert.False(t, hasWordFold("the Times's", "times"))
	assert.True(t, hasWordFold("times", "times"))
	assert.True(t, hasWordFold("TIMES—of London", "times"), "a dash is no letter")
	assert.False(t, hasWordFold("Times’s", "times"), "a curly apostrophe joins too")
	assert.False(t, hasWordFold("éTimes", "times"), "a wider letter before joins")
	assert.True(t, hasWordFold("\xffTimes\xe2\x80", "times"), "bytes that spell no rune join nothing")
	assert.False(t, hasWordFold("\u212aate", "kate"), "the Kelvin sign folds to k but is wider")
	assert.True(t, hasWordFold("Dr. O'Neil", "O'Neil"))
}

// TestHasWordFoldMatchesRunes holds the search by first letter to the
// rune-by-rune reading it stands for, on texts of letters of both cases,
// apostrophes, wider letters that fold to ASCII ones, digits and broken
// UTF-8.
func TestHasWordFoldMatchesRunes(t *testing.T) {
	pieces := []string{"t", "T", "i", "m", "e", "s", "S", "z", "E", " ", "'", "’", "é", "\u212a", "ſ", "k", "2", "-", "\xff", "\xe2\x80", "ß"}
	words := []string{"times", "Ti", "k", "s", "ks", "tIMeS", "e", "its", "Ez", "mE"}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text, w := b.String(), words[rng.IntN(len(words))]
		if got, want := hasWordFold(text, w), hasWordFoldRunes(text, w); got != want {
			t.Fatalf("hasWordFold(%q, %q) = %v, rune by rune %v", text, w, got, want)
		}
	}
}

func TestHintedHandle(t *testing.T) {
	page := `<html><head><title>One loaf sourdough</title><meta property="og:site_name" content="Bake Club"></head><body>
<h1>One loaf sourdough</h1>
<p>Sourdough needs a lively starter, a long cold proof and a very hot oven; none of it is hard, but all of it takes time and patience.</p>
<p>Feed the starter twice a day for a week before the first loaf, and keep a little back each time so that the next bake has something to rise on.</p>
<div class="post-author">CREDIT</div>
</body></html>`
	for credit, want := range map[string][]string{
		"Posted By: Kiersten · In: Sides, Sourdough": {"Kiersten"},
		"Written by BakeClub":                        nil, // the site
		"Kiersten":                                   nil, // a lone word, not credited in words
	} {
		a, err := Parse(strings.NewReader(strings.Replace(page, "CREDIT", credit, 1)))
		require.NoError(t, err)
		assert.Equal(t, want, a.Authors, credit)
	}
}

func TestIsTeamWord(t *testing.T) {
	for _, w := range []string{"Team", "Staff", "Editors", "Newsroom", "Redaktion", "Writers"} {
		assert.True(t, isTeamWord(w), w)
	}
	for _, w := range []string{"Writer", "Editor", "Correspondent", "Reporter", "Doe"} {
		assert.False(t, isTeamWord(w), w)
	}
}

func TestParseCredit(t *testing.T) {
	_, authors, agency, ok := parseCredit("Jane Doe, Associated Press")
	assert.True(t, ok)
	assert.Equal(t, []string{"Jane Doe"}, authors)
	assert.Equal(t, "AP", agency)
	_, _, _, ok = parseCredit(" ")
	assert.False(t, ok)
}

func TestLeadCredit(t *testing.T) {
	assert.Equal(t, []string{"Thandi Mokoena", "Lerato Dlamini"},
		leadCredit([]string{"…residents count the cost", "Thandi Mokoena/Lerato Dlamini", "A quarry has come under fire."}))
	assert.Equal(t, []string{"Thandi Mokoena", "Lerato Dlamini"},
		leadCredit([]string{"Thandi Mokoena and Lerato Dlamini", "A quarry has come under fire."}))
	assert.Nil(t, leadCredit([]string{"Vibe Coding", "A quarry has come under fire."}), "a subheading")
	assert.Nil(t, leadCredit([]string{"Sales and Marketing", "A quarry has come under fire."}))
	assert.Nil(t, leadCredit([]string{"A", "B", "C", "Thandi Mokoena/Lerato Dlamini"}), "too far down")
}

func TestSpelledOut(t *testing.T) {
	persons := []string{"Anja Maria KOLB", "Tom Reed"}
	assert.Equal(t, "Anja Maria KOLB", spelledOut("Anja Kolb", persons))
	assert.Equal(t, "Tom Reed", spelledOut("Tom Reed", persons))
	assert.Equal(t, "Anja Weber", spelledOut("Anja Weber", persons))
	assert.Equal(t, "Kolb", spelledOut("Kolb", persons))
}

func TestIsDegree(t *testing.T) {
	for _, s := range []string{"M.A. Journalism", "Ph.D. Chemistry", "M.S. Nutrition Science"} {
		assert.True(t, isDegree(s), s)
	}
	for _, s := range []string{"M. A. Jones", "MA Jones", "M.A.", "Jane Doe"} {
		assert.False(t, isDegree(s), s)
	}
	_, authors, _, _ := parseCredit("Licensed Coffee Grader, M.A. Journalism")
	assert.Empty(t, authors)
}

func TestNamesHost(t *testing.T) {
	assert.True(t, namesHost("Deutsche Welle (www.dw.com)", "www.dw.com"))
	assert.False(t, namesHost("Jane Doe", "www.dw.com"))
	assert.False(t, namesHost("Jane Doe", ""))
	assert.False(t, namesHost("Jonas Petraitis, professor, Lrt.lt", "www.lrt.lt"))
}

func TestPersonBesideDeskByline(t *testing.T) {
	page := `<html><head><title>How we cut query time in half</title></head><body>
<h1>How we cut query time in half</h1>
<p>By Team Acme Data</p>
<p>Our queries were slow because every request scanned the whole events table, and the planner never used the index we had built for it.</p>
<p>We rewrote the filter so that it matched the index, and the median request fell from eighty milliseconds to under forty in a day.</p>
<p>Posted by Jane Roe on March 3, 2025</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Roe"}, a.Authors)

	// Without a person credited, the desk stays the byline, with no author.
	a, err = Parse(strings.NewReader(strings.Replace(page, "<p>Posted by Jane Roe on March 3, 2025</p>", "", 1)))
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
	assert.Equal(t, "Team Acme Data", a.Byline)
}

func TestPossessiveSite(t *testing.T) {
	name, ok := possessiveSite("Colin Wade's blog")
	assert.True(t, ok)
	assert.Equal(t, "Colin Wade", name)
	_, ok = possessiveSite("Colin Wade’s Notes")
	assert.True(t, ok)
	for _, s := range []string{"Joe's Pizza", "Children's Hospital", "Colin Wade", "the Editors's blog"} {
		_, ok := possessiveSite(s)
		assert.False(t, ok, s)
	}
}

func TestHintedAuthorsWithDescriptions(t *testing.T) {
	page := `<html><head><title>The best e-readers</title></head><body>
<h1>The best e-readers</h1>
<div class="article-byline"><div class="article-byline__written-by"><strong>Written by</strong>
<br><strong><a href="/authors/adria-ramos">Adria Ramos</a></strong>, 4+ years covering computer hardware<br><strong><a href="/authors/joan-nelson">Joan Nelson</a></strong>, senior editor and E Ink enthusiast with 5+ years experience testing PC hardware and laptops.</div></div>
<p>We read on every e-reader we could find for a month, in bed, on trains and at the beach, and kept notes on battery, glare and weight.</p>
<p>The winner is light, lasts for weeks on a charge and shows text crisply in full sun; the runner-up costs half as much and is nearly as good.</p>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	assert.Equal(t, []string{"Adria Ramos", "Joan Nelson"}, p.hintedAuthors())
}

func TestHostSpells(t *testing.T) {
	for host, name := range map[string]string{
		"pollybarks.com": "Polly Barks", "owain.bearblog.dev": "Owain Brennan",
	} {
		assert.True(t, hostSpells(host, name), host)
	}
	for host, name := range map[string]string{
		"kaspersky.com": "Kaspersky Premium", "pollybarks.com": "Polly Barks Blog", "easy-lms.com": "Easy LMS",
		"example.com": "Polly Barks", "alpenwelle.de": "Radio Alpenwelle",
	} {
		assert.False(t, hostSpells(host, name), host)
	}
}

func TestListedUnderLabel(t *testing.T) {
	page := `<html><head><title>Energy innovation and the climate</title></head><body>
<h1>Energy innovation and the climate</h1>
<p>Public money for energy research has risen and fallen with the price of oil, and the programmes it paid for rarely outlived a change of government.</p>
<p>A steadier policy would fund fewer programmes for longer, and judge them by what reaches the market rather than by what is promised.</p>
<div class="meta"><h6>Author(s)</h6><ul><li><a href="/l?a=1">Jon A. Alden</a></li><li><a href="/l?a=2">Dana C. Moray</a></li><li><a href="/l?a=3">Related Program</a></li></ul></div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	i := slices.IndexFunc(p.blocks, func(b block) bool { return b.text == "Author(s)" })
	require.GreaterOrEqual(t, i, 0)
	_, authors, ok := p.creditLine(i)
	assert.True(t, ok)
	assert.Equal(t, []string{"Jon A. Alden", "Dana C. Moray"}, authors)
}

func TestCreditSentence(t *testing.T) {
	rest, ok := cutCreditSentence("This post was written by Dana Padilla, Head of Marketing and Community Development")
	assert.True(t, ok)
	_, authors, _, _ := parseCredit(rest)
	assert.Equal(t, []string{"Dana Padilla"}, authors)
	_, ok = cutCreditSentence("This post was fun to write")
	assert.False(t, ok)

	page := `<html><head><title>Eating more plants</title></head><body>
<h1>Eating more plants</h1>
<p><em>This post was written by Vera Mendes, MD, gastroenterologist, Lakeview Health.</em></p>
<p>Diet is one of the most important pillars of a balanced life, and a plant-based diet is easier to start than most people think it is.</p>
<p>Begin with one meal a day, keep beans and lentils in the cupboard, and let vegetables fill half of the plate before anything else goes on it.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"Vera Mendes, MD"}, a.Authors)
	assert.Contains(t, a.Body, "This post was written by Vera Mendes, MD, gastroenterologist, Lakeview Health.", "the sentence stays in the text")
}

func TestIsCredentialedName(t *testing.T) {
	for _, s := range []string{"Edna Tabor", "Ines Valdez-Moro, MD, FACP", "Tom Reyes, Ph.D.", "Lena Ott, DVM, DACVB"} {
		assert.True(t, isCredentialedName(s), s)
	}
	for _, s := range []string{"Edna Tabor, Head of Care", "Online Services, LLC", "MD, FACP", "Lena Ott, Boston", "news, weather"} {
		assert.False(t, isCredentialedName(s), s)
	}
}

func TestBioCard(t *testing.T) {
	const story = `<html><head><title>Ten ways to sleep better in a hotel</title></head><body>
<h1>Ten ways to sleep better in a hotel</h1>
%s
<p>Ask for a room away from the lift and the ice machine, and bring the earplugs you use at home rather than trusting the ones on the pillow.</p>
<p>Keep the curtains closed from the afternoon on, set the air conditioning a little cooler than feels right, and leave the screens in the bag.</p>
%s
</body></html>`
	for _, c := range []struct {
		name, top, box string
		want           []string
	}{
		{"name under the headline, bio below", `<p>Nora Lindqvist</p>`,
			`<p>Nora Lindqvist is a freelance travel writer and the editor of a guide to small hotels in the north.</p>`, []string{"Nora Lindqvist"}},
		{"card with a title line", ``,
			`<h3>Pavel Ostrow</h3><p>Senior Editor</p><p>Pavel Ostrow has tested mattresses and pillows for a decade, in more than three hundred hotels.</p>`, []string{"Pavel Ostrow"}},
		{"first name under a name line with a trade", ``,
			`<p>Tim Harlow UK-based Independent Technology Writer</p><p>Tim explores how hotels use sensors to cut their energy bills, room by room.</p>`, []string{"Tim Harlow"}},
		// Near misses.
		{"heading repeated by its section", ``,
			`<h3>Blackout Curtains</h3><p>Blackout Curtains is a phrase every good hotel writer knows, as light is the first enemy of sleep.</p>`, nil},
		{"bio without a trade", `<p>Nora Lindqvist</p>`,
			`<p>Nora Lindqvist is the name on the booking, and the desk clerk will ask for it twice.</p>`, nil},
		{"two people presented", `<p>Nora Lindqvist</p><p>Pavel Ostrow</p>`,
			`<p>Nora Lindqvist is a travel writer who covers hotels in the north of Europe.</p><p>Pavel Ostrow is a writer who covers hotels in the south of Europe.</p>`, nil},
		{"bio with no name line", ``,
			`<p>Nora Lindqvist is a freelance travel writer and the editor of a guide to small hotels.</p>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(story, c.top, c.box)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestTwoWordsOpening(t *testing.T) {
	assert.Equal(t, "Tim Harlow", twoWordsOpening("Tim Harlow UK-based Technology Writer", "Tim"))
	assert.Equal(t, "", twoWordsOpening("Tim Harlow", "Tim"), "no trade")
	assert.Equal(t, "", twoWordsOpening("Timber Frames Senior Editor", "Tim"))
	assert.Equal(t, "", twoWordsOpening("Tim and the editors", "Tim"))
}

func TestPredicate(t *testing.T) {
	assert.Equal(t, "is a freelance travel writer", predicate("is a freelance travel writer, editor of a guide"))
	assert.Equal(t, "is a phrase every good hotel", predicate("is a phrase every good hotel writer knows"))
	assert.Equal(t, "has tested mattresses", predicate("has tested mattresses. She lives in Oslo"))
}

func TestTrimFullStop(t *testing.T) {
	for in, want := range map[string]string{
		"Erik Demaine.": "Erik Demaine", "Erik Demaine": "Erik Demaine",
		"John Smith Jr.": "John Smith Jr.", "Ana Ruiz Ph.D.": "Ana Ruiz Ph.D.", "Julian K.": "Julian K.",
		// A short family name ends the sentence; a degree in capitals or
		// a suffix keeps its dot.
		"Bo Li.": "Bo Li", "Yo-Yo Ma.": "Yo-Yo Ma", "Ana Ruiz MD.": "Ana Ruiz MD.", "Ana Ruiz PhD.": "Ana Ruiz PhD.", "Tom Ford Sr.": "Tom Ford Sr.", "Tom Ford Esq.": "Tom Ford Esq.",
	} {
		assert.Equal(t, want, trimFullStop(in), in)
	}
}

func TestLabelledName(t *testing.T) {
	for s, want := range map[string]string{
		"Autorin/Autor Roman Goncharenko": "Roman Goncharenko",
		"Author Jane Doe, PhD":            "Jane Doe, PhD",
		"Autor Lars Feld":                 "Lars Feld",
	} {
		got, ok := labelledName(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, got, s)
	}
	// Near misses: a sentence, a heading, a label with no name.
	for _, s := range []string{"Author interviews with five novelists", "Author Services Team", "Autor", "Authority Jane Doe", "Authors we love"} {
		_, ok := labelledName(s)
		assert.False(t, ok, s)
	}
}

func TestLabelledNameWhere(t *testing.T) {
	const page = `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>March 3, 2025</p>
<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin over last year.</p>
<p>Officials said the plan would be paid for with higher property taxes and a new levy on hotel stays, which drew criticism from business groups.</p>
%s
<p>The mayor is expected to sign the measure into law later this week, according to a statement released by her office on Wednesday.</p>
</article></body></html>`
	for _, c := range []struct {
		name, line string
		want       []string
	}{
		{"a list of facts", `<ul><li>Date 03.03.2025</li><li>Author Ravi Nandan</li></ul>`, []string{"Ravi Nandan"}},
		// Near misses: a subhead and a line of prose so shaped.
		{"a subhead", `<h3>Author Salman Rushdie</h3>`, nil},
		{"a paragraph", `<p>Author Salman Rushdie</p>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.line)))
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestTeaserCardAuthor(t *testing.T) {
	const page = `<html><head><title>How to grow tomatoes on a balcony</title></head><body>
<h1>How to grow tomatoes on a balcony</h1>
<p>Tomatoes need six hours of sun a day, a deep pot and steady water; a balcony that faces south gives them all three, even in a city.</p>
<p>Choose a compact variety, stake it early, and feed it every two weeks once the first flowers open, and you will pick fruit by July.</p>
<aside>%s</aside>
</body></html>`
	for _, c := range []struct {
		name, card string
		want       []string
	}{
		{"label over the writer", `<div class="author-box"><h4>Insights from</h4><p>Nina Rask</p><p>May 14, 2025</p></div>`, []string{"Nina Rask"}},
		// Near miss: a related post's card, its title a link.
		{"related post card", `<div class="post-author-card"><h3><a href="/p/2">Ten herbs for a shady window</a></h3><p>Nina Rask</p><p>May 14, 2025</p></div>`, nil},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, c.card)))
		require.NoError(t, err, c.name)
		if c.want == nil {
			assert.Empty(t, a.Authors, c.name)
			continue
		}
		assert.Equal(t, c.want, a.Authors, c.name)
	}
}

func TestNameWithTitle(t *testing.T) {
	for s, want := range map[string]string{"Eliz - Product marketer": "Eliz", "Jane Doe – Senior Editor": "Jane Doe"} {
		name, ok := nameWithTitle(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, name, s)
	}
	for _, s := range []string{"Eliz - Stockholm", "Staff - Editor", "Eliz Product marketer", "Home - About us"} {
		_, ok := nameWithTitle(s)
		assert.False(t, ok, s)
	}
}

func TestIsJobTitleWordForms(t *testing.T) {
	for _, w := range []string{"editor", "editors", "korrespondentin", "korrespondent", "co-founder", "기자"} {
		assert.True(t, isJobTitleWord(w), w)
	}
	// Only the own form, "-in" and "-s": not any word the title opens.
	for _, w := range []string{"editorial", "seniority", "writers'", "chiefly", "paige", ""} {
		assert.False(t, isJobTitleWord(w), w)
	}
}

func TestIsNameWordShape(t *testing.T) {
	for _, w := range []string{"Jane", "O'Neil", "Jean-Luc", "K.", "de", "ŁUKASZ", "松岡"} {
		assert.True(t, isNameWordShape(w), w)
	}
	for _, w := range []string{"jane", "R2D2", "Doe,", "OrganizationOfficePapers", "@jane"} {
		assert.False(t, isNameWordShape(w), w)
	}
}

func TestIsPersonNameLength(t *testing.T) {
	assert.True(t, isPersonName("松岡大地"))         // one word of Han characters
	assert.False(t, isPersonName("Jane"))        // one word of Latin letters
	assert.False(t, isPersonName("A B C D E F")) // six words
	assert.False(t, isPersonName("Maximiliana Bartholomew-Fitzgeraldine Wolfeschlegelsteinhausen"))
}

func TestMayHoldNameSeparator(t *testing.T) {
	for _, sep := range nameSeparators {
		// Every separator, alone or between names, is seen.
		assert.True(t, mayHoldNameSeparator("Jane Doe"+sep+"Bob Roe"), sep)
		assert.True(t, mayHoldNameSeparator(sep), sep)
	}
	for _, s := range []string{"Jane Doe", "Marisha GOLDHAMER", "Ana de la Cruz", "Dolores Chang"} {
		assert.False(t, mayHoldNameSeparator(s), s)
		assert.Equal(t, []string{s}, splitNames(s), s)
	}
}

func TestPrintedCreditNotReadForWireCopy(t *testing.T) {
	// A story a wire filed names its reporters in its byline or nowhere:
	// the blog that reposts it is credited by its "Posted by" line, which
	// names who posted it, not who wrote it.
	const page = `<html><head><title>Rocket lifts off with a weather satellite</title></head><body>
<h1>Rocket lifts off with a weather satellite</h1>
<p>KOUROU, French Guiana (AFP) Dec 16, 2011 - A rocket carrying a weather satellite lifted off from Europe's space base on Friday, the operator said.</p>
<p>The satellite will join a fleet that watches storms over the Atlantic and sends pictures every fifteen minutes to forecasters.</p>
<p>Posted by Colin Watts on 2011-12-18 in space.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "AFP", a.Agency)
	assert.Empty(t, a.Authors)
}

// creditWords are the words the credit-line tests look for, in lower
// case: "di", and those of byWords and bylineLabels.
func creditWords() []string {
	words := []string{"di"}
	for w := range byWords {
		words = append(words, w)
	}
	for w := range bylineLabels {
		words = append(words, w)
	}
	return words
}

// TestCreditWordShapes checks that the quick test lets every credit word
// through, in lower case, and that maxCreditWordLen holds them all.
func TestCreditWordShapes(t *testing.T) {
	words := creditWords()
	for _, w := range words {
		assert.LessOrEqual(t, len(w), maxCreditWordLen, w)
		assert.True(t, mayBeCreditWord([]byte(w)), w)
	}
	for _, w := range []string{"", "the", "mars", "this-is-a-very-long-first-word"} {
		assert.False(t, mayBeCreditWord([]byte(w)), w)
	}
}

func TestMayOpenName(t *testing.T) {
	for w := range nameParticles {
		// mayOpenName lets a second word through by its first byte.
		assert.Contains(t, "abdlv", w[:1], w)
	}
	for _, s := range []string{
		"Jane Doe", "Jean-Luc de la Tour", "Dan Goodin - Apr 16, 2015", "Alex Perry 1 day ago",
		"Anna van der Berg", "Mohammed bin Salman", "松岡大地", "Issam AHMED", "Ana dos Santos",
	} {
		assert.True(t, mayOpenName(s), s)
	}
	for _, s := range []string{
		"", "Jane", "The company said on Tuesday it would cut jobs.", "Updated on March 3",
		"Shares fell sharply", "MillerPublished on Monday", "Read more",
	} {
		assert.False(t, mayOpenName(s), s)
		// Never a name where mayOpenName says none can be.
		assert.False(t, isPersonName(cutBylineTail(s)), s)
	}
}

func TestMayBeCreditWordFold(t *testing.T) {
	for _, w := range []string{"", "By", "BY", "von", "Written", "POSTED", "Kolumne", "Shares", "The", "Éric", "écrit", "di", "Di", "geschrieben", "Gastbeitrag", "reportajes", "x", "AAAAAAAAAAAAA"} {
		var buf [64]byte
		exact := mayBeCreditWord(appendLower(buf[:0], w))
		if isASCII(w) {
			assert.Equal(t, exact, mayBeCreditWordFold(w), w)
		} else {
			assert.True(t, mayBeCreditWordFold(w), w) // lowered to be told
		}
	}
}

func TestNameStopWords(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{labelWords, orgWords, jobTitleWords, byWords, nameParticles} {
		for w := range m {
			words = append(words, w, w+"in", w+"s", w+"ins", strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "in"))
		}
	}
	for _, w := range append(words, "", "s", "in", "jane", "doe", "writerin", "editors") {
		assert.Equal(t, labelWords[w] || isJobTitleWord(w) || orgWords[w], nameStopWords[w], w)
	}
}

func TestNameWordShapeASCII(t *testing.T) {
	// The ASCII path agrees with the rune-by-rune test it stands in for.
	slow := isNameWordShapeRunes
	for _, w := range []string{"", "Jane", "jane", "de", "van", "O'Neil", "Smith-Jones", "J.", "McDonald", "OrganizationOfficePapers", "A1", "Jane,", "[Jane]", "Z@", "X_y", "Anne-Marie", "X`"} {
		assert.Equal(t, slow(w), isNameWordShape(w), w)
	}
}

// TestDeskWordShapesFit checks that every desk word is short enough for
// deskWordShapes, and that isDesk finds each in its cases.
func TestDeskWordShapesFit(t *testing.T) {
	for _, d := range deskWords {
		if len(d) >= len(deskWordShapes) {
			t.Errorf("desk word %q is longer than deskWordShapes holds", d)
		}
		if strings.Contains(d, " ") {
			continue // a word of its own is never two
		}
		for _, w := range []string{d, strings.ToUpper(d), strings.ToUpper(d[:1]) + d[1:]} {
			assert.True(t, isDesk("Jane Doe, "+w), w)
		}
	}
	assert.True(t, isDesk("DES\u212a"), "a Kelvin sign lowers to k")
	assert.False(t, isDesk("Jane Miller"))
}

// TestNextFieldAsFields checks that the words nextField finds are those
// strings.Fields splits, on ASCII, control bytes, Unicode white space and
// broken UTF-8.
func TestNextFieldAsFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "Jane Doe", "  Jane   Doe  ", "\tJane\nDoe\r", "a\x00b c\x7fd", "Jane\u00a0Doe", "Jane\u2003Doe\u3000",
		"\u0085x\u0085", "Zoë Ünal", "\xffab \xe2\x80", "x\x1fy", "By Jane Doe, AFP", "\u200bword",
	} {
		var got []string
		for start, stop := nextField(s, 0); start >= 0; start, stop = nextField(s, stop) {
			got = append(got, s[start:stop])
		}
		want := strings.Fields(s)
		if len(want) == 0 {
			want = nil
		}
		assert.Equal(t, want, got, "%q", s)
	}
	start, stop := nextField("ab", 5)
	assert.Equal(t, [2]int{-1, -1}, [2]int{start, stop}, "past the end")
}

// splitNames replaces only the separators nameSeparatorsIn finds: the
// parts are those of replacing every separator in turn, on lines that
// hold several, overlapping ones, or none.
func TestNameSeparatorsIn(t *testing.T) {
	require.LessOrEqual(t, len(nameSeparators), 16) // a bit each in a uint16
	for _, sep := range nameSeparators {
		assert.NotContains(t, sep, "\x00", "%q", sep)
		if sep[0] == ' ' {
			assert.Contains(t, "aw&Aeyuo(", sep[1:2], "%q", sep)
		} else {
			assert.Contains(t, ",)", sep[:1], "%q", sep)
		}
	}
	every := func(s string) []string {
		for _, sep := range nameSeparators {
			s = strings.ReplaceAll(s, sep, "\x00")
		}
		parts := strings.Split(s, "\x00")
		out := parts[:0]
		for _, p := range parts {
			p = strings.TrimSpace(p)
			p = strings.TrimPrefix(strings.TrimPrefix(p, "avec "), "with ")
			if p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	words := []string{"Jane", "Doe", "and", "AND", "with", "&", "(Bob", "Roe)", ",", "et", "y", "e", "und", "og", "och", "(", ")", "Ann,", "x\x00y", ""}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				for _, join := range []string{" ", ", ", "  "} {
					s := a + join + b + " " + c
					assert.Equal(t, every(s), splitNames(s), "%q", s)
				}
			}
		}
	}
}

// hasWordFold reports whether text holds w as a word of its own, as one
// use of a wordFinder.
func hasWordFold(text, w string) bool {
	return newWordFinder(w).in(text)
}
