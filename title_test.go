package newswire

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestStripSiteName(t *testing.T) {
	names := []string{"cottagecare", "lesswrong", "tagesschau", "welt", "mirror", "rogerbwsblog", "uwsp", "ucla"}
	tests := []struct{ in, want string }{
		{"10 Tips: How to Choose a Cleaning Service | CottageCare", "10 Tips: How to Choose a Cleaning Service"},
		{"Scalable End-to-End Interpretability — LessWrong", "Scalable End-to-End Interpretability"},
		{"Ausschuss zur Ahrtal-Flut: Zwei Rücktritte | tagesschau.de", "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte"},
		{"BIP: Diese Grafiken zeigen, wie schlecht es steht - WELT", "BIP: Diese Grafiken zeigen, wie schlecht es steht"},
		{"UK riots LIVE: stand-off in Plymouth - Mirror Online", "UK riots LIVE: stand-off in Plymouth"},
		{"RogerBW's Blog: Advent of Code 2025 week 2", "Advent of Code 2025 week 2"},
		{"| LessWrong", "LessWrong"}, // the name alone is left for the caller to judge
		{"rogerbwsblog.net Vibe Coding at home", "Vibe Coding at home"},
		// The site's name spelt out where its host is the acronym.
		{"Coffee - University of Wisconsin-Stevens Point", "Coffee"},
		{"Climate lab opens - University of California, Los Angeles", "Climate lab opens"},
		// Near misses: parts that are not the site's name stay.
		{"Best Moving Companies in New York (2025) – Top Local Movers", "Best Moving Companies in New York (2025) – Top Local Movers"},
		{"Teaching Online: Effective Practices", "Teaching Online: Effective Practices"},
		{"Mirror neurons explained", "Mirror neurons explained"},
		{"Amazon.com to cut 10,000 jobs", "Amazon.com to cut 10,000 jobs"}, // another site's address
		{"welt.de", "welt.de"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, stripSiteName(tt.in, names), tt.in)
	}
}

func TestKickerBefore(t *testing.T) {
	tests := []struct {
		long, short, kicker string
		ok                  bool
	}{
		{"Premier League Rückschlag im Titelkampf - Liverpool verliert", "Rückschlag im Titelkampf - Liverpool verliert", "Premier League", true},
		{"Kenia: Nairobi von unten", "Nairobi von unten", "Kenia:", true},
		{"Stuttgart hat's drauf: Stadt der Superlative", ": Stadt der Superlative", "Stuttgart hat's drauf:", true},
		{"Iranischer Angriff auf Israel: «Die Zurückhaltung hat Gründe»", "«Die Zurückhaltung hat Gründe»", "Iranischer Angriff auf Israel:", true},
		{`Streit im Bundestag: "Wir bleiben dabei"`, "Wir bleiben dabei", "Streit im Bundestag:", true},
		{"Nairobi von unten", "Nairobi von unten", "", false}, // the same words: no kicker
		{"Best Camping Hammocks of 2026, Tested", "Best Camping Hammocks of 2026", "", false},
		{"Short", "Sho", "", false},
	}
	for _, tt := range tests {
		k, ok := kickerBefore(tt.long, tt.short)
		assert.Equal(t, tt.ok, ok, tt.long)
		assert.Equal(t, tt.kicker, k, tt.long)
		// Given the short line normalised, as settleLine holds its titles.
		k, ok = kickerBeforeNorm(tt.long, normTitle(tt.short))
		assert.Equal(t, tt.ok, ok, tt.long)
		assert.Equal(t, tt.kicker, k, tt.long)
	}
}

func TestFullerRendering(t *testing.T) {
	tests := []struct{ printed, meta, want string }{
		// The styled parts of the heading lost the colon, or the space.
		{"Die Eisheiligen 2024 Wann sie sind", "Die Eisheiligen 2024: Wann sie sind", "Die Eisheiligen 2024: Wann sie sind"},
		{"Police arrest 2 suspects:Jewellery recovered", "Police arrest 2 suspects:  Jewellery recovered", "Police arrest 2 suspects:  Jewellery recovered"},
		// The page prints typographic quotes and dashes: they stay.
		{"Mexico’s economy grew 1.1% in 1st quarter", "Mexico's economy grew 1.1% in 1st quarter", "Mexico’s economy grew 1.1% in 1st quarter"},
		{"Mobile UX Design: The Ultimate Guide", "Mobile UX Design - The Ultimate Guide", "Mobile UX Design: The Ultimate Guide"},
		// Markdown emphasis in the title where the page prints italics.
		{"A Treatise Concerning the Effects of Coffee (1792)", "*A Treatise Concerning the Effects of Coffee* (1792)", "A Treatise Concerning the Effects of Coffee (1792)"},
		// The metadata dropped the quotes around a quoted phrase.
		{`"Es wird bald beginnen": Trump spricht über Bodeneinsätze`, "Es wird bald beginnen: Trump spricht über Bodeneinsätze", `"Es wird bald beginnen": Trump spricht über Bodeneinsätze`},
		// The same line both ways.
		{"Rain falls on Spain's plain", "Rain falls on Spain's plain", "Rain falls on Spain's plain"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fullerRendering(tt.printed, tt.meta), tt.printed)
	}
}

func TestCleanHeadline(t *testing.T) {
	for in, want := range map[string]string{
		"## Hyper-Local Regolith Binding via Data Fusion":             "Hyper-Local Regolith Binding via Data Fusion",
		"# Release notes for version 2":                               "Release notes for version 2",
		"*A Treatise Concerning the Effects of Coffee* (1792)":        "*A Treatise Concerning the Effects of Coffee* (1792)",
		"*A Treatise Concerning the Effects of Coffee*":               "A Treatise Concerning the Effects of Coffee",
		"**Bold claims about batteries**":                             "Bold claims about batteries",
		"Are you attending the top tech conferences? Let’s connect!:": "Are you attending the top tech conferences? Let’s connect!",
		// Near misses: marks that belong to the words.
		"#MeToo five years on":              "#MeToo five years on",
		"C# 14 is out":                      "C# 14 is out",
		"*NSYNC reunites for one night":     "*NSYNC reunites for one night",
		"The _underscore_ and *star* rules": "The _underscore_ and *star* rules",
		"Windows ::":                        "Windows ::",
		"Markets rally as rates fall":       "Markets rally as rates fall",
		// A template's section and site after vertical bars.
		"How to help babies sleep through the night | Patient Education | City Children's Hospital": "How to help babies sleep through the night",
		"How meditation rewires brains and improves health | Opinion":                               "How meditation rewires brains and improves health",
		// Near misses: a short kicker before the bar, a long line after it.
		"BUDGET 3.0 | Sars gets R4bn to hire debt collectors":                                  "BUDGET 3.0 | Sars gets R4bn to hire debt collectors",
		"Top 10 Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market Today": "Top 10 Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market Today",
	} {
		assert.Equal(t, want, cleanHeadline(in), in)
	}
}

func TestIsBreadcrumb(t *testing.T) {
	for _, s := range []string{"Computer Science > Artificial Intelligence", "Home › News › World", "Sport » Football", "News / Europe / France"} {
		assert.True(t, isBreadcrumb(s), s)
	}
	for _, s := range []string{
		"Markets rally as rates fall", "Why 5 > 3 is not the whole story: ranking the candidates",
		"AC/DC announce a farewell tour", "Rain and / or snow expected", "Inflation > 3% for a third month in the euro area",
	} {
		assert.False(t, isBreadcrumb(s), s)
	}
}

func TestSharedTail(t *testing.T) {
	tests := []struct{ printed, title, want string }{
		{"Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»", "Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»", "«Die Zurückhaltung hat viel mit den USA zu tun»"},
		{"Election 2026 – Senate race tightens in the final week", "Ohio votes: Senate race tightens in the final week", "Senate race tightens in the final week"},
		// Near misses: no kicker on the title's side, a tail too short to
		// be a headline, or the same line reworded before it.
		{"Joburg has failed its informal traders: there is a solution, here’s what to do", "Johannesburg has failed its informal traders: there is a solution, here’s what to do", ""},
		{"BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS", "Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros", ""},
		{"Markets: Stocks fall as rates rise", "Stocks fall as rates rise", ""},
		{"Long kicker about the economy: Rates rise", "Other kicker: Rates rise", ""},
	}
	for _, tt := range tests {
		got, ok := sharedTail(tt.printed, tt.title)
		assert.Equal(t, tt.want != "", ok, tt.printed)
		assert.Equal(t, tt.want, got, tt.printed)
	}
}

func TestTitleGoesOn(t *testing.T) {
	assert.True(t, titleGoesOn("Index Funds: How to Invest", "Index funds"))
	assert.True(t, titleGoesOn("Nationaler Veteranentag: Orden fürs Morden", "Nationaler Veteranentag"))
	assert.True(t, titleGoesOn("Budget 2026 - Reactions: What the cuts mean", "Budget 2026 - Reactions"))
	// Near misses: the title goes on without a colon, or says other words.
	assert.False(t, titleGoesOn("What is Mesh WiFi? Our 2026 Exclusive Guide", "What is Mesh WiFi?"))
	assert.False(t, titleGoesOn("Defer, Panic, and Recover - The Go Blog", "Defer, Panic, and Recover"))
	assert.False(t, titleGoesOn("Index Funds: How to Invest", "Bond funds"))
}

func TestUncutTitle(t *testing.T) {
	cands := []string{"Marathon 2024: Überlegener Sieger und", "Another story entirely", `Marathon 2024: Überlegener Sieger und "royaler Besuch"`}
	assert.Equal(t, cands[2], uncutTitle(cands[0], cands))
	// A title that goes on with the site's name or other words does not
	// show the first one cut short.
	cands = []string{`Vecinos exigen cambios: "15 días son una salvajada"`, `Vecinos exigen cambios: "15 días son una salvajada" | Público`}
	assert.Equal(t, cands[0], uncutTitle(cands[0], cands))
	cands = []string{"Easy Everyday Sourdough Bread", "Easy Everyday Sourdough Bread Recipe"}
	assert.Equal(t, cands[0], uncutTitle(cands[0], cands))
}

func TestEndsWithSeparator(t *testing.T) {
	for _, s := range []string{"Kenia:", "Minderheit in Syrien -", "SVP-Parteitag –", "World |"} {
		assert.True(t, endsWithSeparator(s), s)
	}
	for _, s := range []string{"MSV-", "Premier League", "«"} {
		assert.False(t, endsWithSeparator(s), s)
	}
}

func TestWordCount(t *testing.T) {
	// The reference: runs between unicode.IsSpace that hold a letter or digit.
	ref := func(s string) int {
		n := 0
		for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
			if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				n++
			}
		}
		return n
	}
	for _, s := range []string{"", " ", "Mars", "Design - The", "a\u00a0b\u2003c\td\ne", "— «Zürich» 2025 …", "x\xffy", "东京 大阪", "  lead and trail  ", "a-b c_d"} {
		assert.Equal(t, ref(s), wordCount(s), "%q", s)
	}
	for c := 0; c < 256; c++ {
		s := "a" + string([]byte{byte(c)}) + "b"
		assert.Equal(t, ref(s), wordCount(s), "byte %#x", c)
	}
	para := strings.Repeat("The rover drove on - ", 12)
	assert.Equal(t, 48, wordCount(para))
	assert.Equal(t, 31, wordCountUpTo(para, 31), "stops at the bound")
	assert.Equal(t, 4, wordCountUpTo("The rover drove on", 31), "fewer words than the bound: all counted")
	assert.Equal(t, 2, wordCount("Design - The"))
	assert.Equal(t, 2, wordCount("Design: The"))
	assert.Equal(t, 1, wordCount("पकड़ा:दो"))
	assert.Equal(t, 2, wordCount("पकड़ा:  दो"))
	assert.Equal(t, 3, wordCount("Zwei\u00a0Wörter und"))
}

// TestCountsMatchRuneLoops checks wordCount and punctCount, which read
// ASCII from tables, against the plain loops over runes they replace.
func TestCountsMatchRuneLoops(t *testing.T) {
	words := func(s string) int {
		n, counted := 0, false
		for _, r := range s {
			switch {
			case unicode.IsSpace(r):
				counted = false
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if !counted {
					n++
					counted = true
				}
			}
		}
		return n
	}
	puncts := func(s string) int {
		n := 0
		for _, r := range s {
			if unicode.IsPunct(r) && r != '*' && r != '_' {
				n++
			}
		}
		return n
	}
	for _, s := range []string{
		"", "Design - The", "*A Treatise* (1792)", "snake_case: \"quoted\" — dash…",
		"Tabs\tand\nnew lines\r\vend", "Zwei\u00a0Wörter\u0085und ¿qué? «oui»",
		"bad \xff\xfe bytes", "$100 + 5% = <more> ^ ` | ~ @#&!", "पकड़ा:दो 「引用」",
	} {
		assert.Equal(t, words(s), wordCount(s), s)
		assert.Equal(t, puncts(s), punctCount(s), s)
	}
}

func TestSettleHeadline(t *testing.T) {
	names := []string{"newsdesk", "dailyherald"}
	tests := []struct {
		name, printed, og, ld, title, want string
	}{
		{"the social title leaves out the printed kicker, <title> repeats it",
			"Premiere in Riverside - Old cinema opens its doors once more", "Old cinema opens its doors once more", "",
			"Premiere in Riverside: Old cinema opens its doors once more | Daily Herald", "Old cinema opens its doors once more"},
		{"two kickers over one headline",
			"Escalation in the Middle East - «Restraint has a lot to do with Washington»", "Attack on Israel: «Restraint has a lot to do with Washington»", "",
			"", "«Restraint has a lot to do with Washington»"},
		{"the printed line is the part before the title's colon",
			"National Veterans Day", "National Veterans Day: Medals for the fallen", "", "", "National Veterans Day: Medals for the fallen"},
		{"og:title cut at an unescaped quote",
			"City Marathon 2024: Clear winner and", "City Marathon 2024: Clear winner and", "",
			`City Marathon 2024: Clear winner and "royal visit"`, `City Marathon 2024: Clear winner and "royal visit"`},
		{"a paragraph is no headline",
			"Learn which home renovations pay off the most. Get expert tips on how to work out the return on your project, from kitchens to roofs, and what to do before you start spending money.",
			"The 10 Best Home Improvement Projects of 2023 | Newsdesk", "", "", "The 10 Best Home Improvement Projects of 2023"},
		{"a section heading that shares no word with any title",
			"Conclusions", "Advent of Code 2025 week 2", "", "", "Advent of Code 2025 week 2"},
		{"the page's typography stays",
			"Mexico’s economy grew 1.1% in 1st quarter", "Mexico's economy grew 1.1% in 1st quarter", "Mexico's economy grew 1.1% in 1st quarter", "", "Mexico’s economy grew 1.1% in 1st quarter"},
		{"the site's logo", "Daily Herald", "Council approves new budget after long debate", "", "", "Council approves new budget after long debate"},
		{"part of the site's name", "Herald", "Council approves new budget after long debate", "", "", "Council approves new budget after long debate"},
		{"a headline that holds the site's name", "Daily Herald Style Guide", "", "", "Newsdesk Style Index", "Daily Herald Style Guide"},
		{"a kicker run on into the headline, separated in <title>",
			"Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig", "Judy Lybke, ganz und gar nicht eigenartig", "",
			"Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig - Newsdesk", "Judy Lybke, ganz und gar nicht eigenartig"},
		// Near misses: the printed headline stays.
		{"the headline's own subject before a shorter social title",
			"Apple says iPhone sales rose in the last quarter", "iPhone sales rose in the last quarter", "", "Apple says iPhone sales rose in the last quarter | Newsdesk",
			"Apple says iPhone sales rose in the last quarter"},
		{"a title with other words", "Graphic design vs. illustration: Which program is right for you?", "Graphic Design vs. Illustration", "", "", "Graphic design vs. illustration: Which program is right for you?"},
		{"a title that goes on without a colon", "What is Mesh WiFi?", "What Is Mesh WiFi? Our 2026 Exclusive Guide", "", "", "What is Mesh WiFi?"},
		{"a hyphen in a compound is no kicker", `City-Interim coach Smith: "Nothing left to lose"`, `Interim coach Smith: "Nothing left to lose"`, "", "", `City-Interim coach Smith: "Nothing left to lose"`},
		{"a line in capitals", "SUPPORTING PAYROLL COMPLIANCE", "Payroll Compliance: Best Practices For Your Business", "", "", "Payroll Compliance: Best Practices For Your Business"},
		{"a headline set in capitals", "BEST ROAD BIKES IN 2026: TIPS FROM RIDERS", "Best Road Bikes 2026: Tips From Riders", "", "", "Best Road Bikes 2026: Tips From Riders"},
		{"an aggregator's source credit and comment count",
			"Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87", "Grads Find Their Degrees No Longer Guarantee Jobs - Newsdesk", "", "", "Grads Find Their Degrees No Longer Guarantee Jobs"},
		{"capitals in a script without case", "東京で初雪、平年より早く観測", "東京で初雪", "", "", "東京で初雪、平年より早く観測"},
		{"a parenthesis that is no host name", "Grads Find Their Degrees No Longer Guarantee Jobs (2025)", "Grads Find Their Degrees No Longer Guarantee Jobs", "", "", "Grads Find Their Degrees No Longer Guarantee Jobs (2025)"},
		{"a short word in capitals is no capitals line", "NASA probe reaches Mars orbit", "NASA Probe Reaches Mars", "", "", "NASA probe reaches Mars orbit"},
	}
	for _, tt := range tests {
		p := &page{}
		p.meta.ogTitle, p.meta.title = tt.og, tt.title
		p.meta.ldDone, p.meta.ld.headline = true, tt.ld
		assert.Equal(t, tt.want, p.settleHeadline(tt.printed, names), tt.name)
	}
}

func TestHasTitlePart(t *testing.T) {
	assert.True(t, hasTitlePart("SpaceDaily - The Geology Of Mars - the fields", normTitle("The Geology of Mars")))
	assert.True(t, hasTitlePart("Rates rise again | World | Newsdesk", normTitle("World")))
	assert.True(t, hasTitlePart("Rates rise again", normTitle("Rates rise again")))
	// Near misses: a hyphen inside a word parts nothing; a part is whole.
	assert.False(t, hasTitlePart("Post-Vac-Syndrom: Was wissen wir?", normTitle("Vac")))
	assert.False(t, hasTitlePart("The Geology Of Mars - the fields", normTitle("The Geology")))
}

func TestIsCapitals(t *testing.T) {
	assert.True(t, isCapitals("SUPPORTING GAAP COMPLIANCE"))
	assert.True(t, isCapitals("BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS"))
	assert.True(t, isCapitals("ÜBERRASCHUNG IM BUNDESTAG"))
	// Near misses: a capital acronym in a sentence, too few letters, no case.
	assert.False(t, isCapitals("NASA probe reaches Mars orbit"))
	assert.False(t, isCapitals("EU VOTE"))
	assert.False(t, isCapitals("東京で初雪、平年より早く観測"))
}

func TestRestAfter(t *testing.T) {
	tests := []struct {
		long, short, rest string
		ok                bool
	}{
		{"Grads Find Jobs Scarce (latimes.com) 87", "Grads find jobs scarce", "(latimes.com) 87", true},
		{"“Grads” find jobs – scarce", "Grads find jobs scarce", "", true},
		{"Grads find jobs", "Grads find jobs scarce", "", false},
		{"Students find jobs scarce", "Grads find jobs scarce", "", false},
		{"Short", "Sho", "", false},
	}
	for _, tt := range tests {
		rest, ok := restAfterNorm(tt.long, normTitle(tt.short))
		assert.Equal(t, tt.ok, ok, tt.long)
		assert.Equal(t, tt.rest, rest, tt.long)
	}
}

func TestIsSourceCredit(t *testing.T) {
	assert.True(t, isSourceCredit("(latimes.com) 87"))
	assert.True(t, isSourceCredit("(bbc.co.uk)"))
	// Near misses: a year, a word, something after the credit, no parenthesis.
	assert.False(t, isSourceCredit("(2025)"))
	assert.False(t, isSourceCredit("(Infographic)"))
	assert.False(t, isSourceCredit("(latimes.com) says the report"))
	assert.False(t, isSourceCredit("latimes.com"))
	assert.False(t, isSourceCredit("(U.S.)"))
	assert.False(t, isSourceCredit("(Vol.II)"))
	assert.False(t, isSourceCredit("(Mr.Smith)"))
}

func TestSharedWords(t *testing.T) {
	assert.Equal(t, 3, sharedWords("Top 5 Blockchain Technology Trends to Watch", "5 Best Blockchain Development Trends for 2026-2030 to watch"))
	assert.Equal(t, 0, sharedWords("An introduction to it", "Of on in"))
}

// headPage builds a page of blocks whose headline finder took the block at
// hl, for the rules that look at the heading around the printed line.
func headPage(hl int, blocks ...block) *page {
	p := &page{blocks: blocks}
	for i := range p.blocks {
		p.blocks[i].span, p.blocks[i].region = -1, -1
	}
	p.headline.index, p.headline.ok, p.headline.done = hl, true, true
	p.meta.ldDone = true
	return p
}

func TestHeadingAbove(t *testing.T) {
	names := []string{"newsdesk"}
	h1 := block{text: "An introduction to social commerce: What brands need to know in 2026", heading: 1}
	h2 := block{text: "What is social commerce?", heading: 2}
	para := block{text: "Social commerce turns feeds into shops, and brands that ignore it leave money on the table."}

	p := headPage(2, h1, para, h2)
	p.meta.ogTitle = "What is Social Commerce - A guided introduction | Newsdesk"
	assert.Equal(t, h1.text, p.settleHeadline(h2.text, names), "the page's one <h1> above a section heading")

	// An <h1> that links to the story (a permalink heading) and says the
	// JSON-LD headline, under the site's logo <h1>.
	logo := block{text: "Daily Herald", heading: 1, nLinks: 1, linkLen: 12}
	linked := block{text: "Cleaning costs in the city of San Diego", heading: 1, nLinks: 1, linkLen: 39}
	p = headPage(3, logo, linked, para, block{text: "Average cost of house cleaning in San Diego", heading: 2})
	p.meta.ogTitle = "The Average Cost of House Cleaning in San Diego and Why It Pays"
	p.meta.ld.headline = "Cleaning Costs in the City of San Diego"
	assert.Equal(t, linked.text, p.settleHeadline("Average cost of house cleaning in San Diego", names), "a permalink <h1> that says a title")

	// Near misses: the section heading is a whole title; the <h1> comes
	// after it; there are two <h1>s.
	p = headPage(2, h1, para, h2)
	p.meta.ogTitle = "What is social commerce?"
	assert.Equal(t, h2.text, p.settleHeadline(h2.text, names), "a heading that is the title")
	p = headPage(0, h2, para, h1)
	p.meta.ogTitle = "What is Social Commerce - A guided introduction"
	assert.Equal(t, h2.text, p.settleHeadline(h2.text, names), "an <h1> below the line")
	p = headPage(3, h1, block{text: "Social commerce newsletter", heading: 1}, para, h2)
	p.meta.ogTitle = "What is Social Commerce - A guided introduction"
	assert.Equal(t, h2.text, p.settleHeadline(h2.text, names), "two <h1>s")
}

func TestHeadingRunsOn(t *testing.T) {
	names := []string{"newsdesk"}
	top := block{text: "Real Estate Investing for Beginners", heading: 1}
	second := block{text: "Real Estate 101", heading: 1}
	p := headPage(1, top, second)
	p.meta.ogTitle = "Real Estate Investing for Beginners Real Estate 101"
	p.meta.title = "Newsdesk | Real Estate 101"
	assert.Equal(t, "Real Estate Investing for Beginners Real Estate 101", p.settleHeadline(second.text, names))

	// Near miss: the line above is body text, not the heading's.
	p = headPage(1, block{text: "Real Estate Investing for Beginners"}, second)
	p.meta.ogTitle = "Real Estate Investing for Beginners Real Estate 101"
	p.meta.title = "Newsdesk | Real Estate 101"
	assert.Equal(t, "Real Estate 101", p.settleHeadline(second.text, names))
}

func TestTitleHeading(t *testing.T) {
	names := []string{"newsdesk"}
	hero := block{text: "The Top 25 Hosting Trends of 2025, According to Planners", heading: 1, caption: 1}
	para := block{text: "Summer is here, and with it endless potential to host the party of your dreams."}
	p := headPage(0, hero, para)
	p.headline.ok = false // no line stood out: the printed line is the social title
	p.meta.ogTitle = "These Are the 25 Hottest Hosting Trends of 2025, According to Planners"
	p.meta.ld.headline = "The Top 25 Hosting Trends of 2025, According to Planners"
	assert.Equal(t, hero.text, p.settleHeadline(p.meta.ogTitle, names), "the <h1> over the picture says the JSON-LD headline")

	// Near miss: an <h1> that says no title's words.
	p = headPage(0, block{text: "Hosting ideas", heading: 1}, para)
	p.headline.ok = false
	p.meta.ogTitle = "These Are the 25 Hottest Hosting Trends of 2025, According to Planners"
	assert.Equal(t, p.meta.ogTitle, p.settleHeadline(p.meta.ogTitle, names))
}

// isJoiningWord answers as the lower-cased comparison it stands for,
// past ASCII too.
func TestIsJoiningWord(t *testing.T) {
	for w, want := range map[string]bool{
		"of": true, "OF": true, "The": true, "und": true, "y": true, "İn": true,
		"Office": false, "Ode": false, "Thé": false, "": false, "x": false, "Über": false,
	} {
		assert.Equal(t, want, isJoiningWord(w), w)
	}
}

// separatorSpans finds what strings.Index and strings.LastIndex find.
func TestSeparatorSpans(t *testing.T) {
	for _, title := range []string{
		"Headline | Site", "Site - Headline - Section", "A – B — C · D • E » F ‹ G › H :: I", "ends with |", " | ", "", "x",
		"No separators at all", "Hyphen-ated - words | and pipes | twice", "  - double space", "a -", "a - ", "Site — «Headline» – Section ",
		"A long headline with no separator until here | Site", "Ratio 3:2 beats 2:1 in a long-running test :: Blog",
	} {
		// Padded in front, each separator falls at every place of an
		// eight-byte word.
		for pad := range 9 {
			title := strings.Repeat("w", pad) + title
			first, last := separatorSpans(title)
			for k, sep := range titleSeparators {
				assert.Equal(t, strings.Index(title, sep), first[k], title+" / "+sep)
				assert.Equal(t, strings.LastIndex(title, sep), last[k], title+" / "+sep)
			}
		}
	}
}

// separatorStarts finds every separator's second byte after a space, in
// any lane, and nothing where no space precedes such a byte.
func TestSeparatorStarts(t *testing.T) {
	for _, sep := range append(titleSeparators, metaTitleSeparators[:]...) {
		for lane := range 8 {
			// The space before the second byte is at lane-1 of the word
			// read from 1: at 0 of the string when lane is 0.
			s := strings.Repeat("a", lane) + sep + "aaaaaaaaaa"
			assert.Equal(t, uint64(0x80)<<(8*lane), separatorStarts(load64(s, 1), load64(s, 0)), "%q in lane %d", sep, lane)
		}
	}
	for _, s := range []string{"abcdefghij", "two-year olds", "Ratio 3:2 wins", "x|y or z|w", "«quoted» ‘text’", "Café — no", "é—é–é·é»é›"} {
		for q := 1; q+8 <= len(s); q++ {
			m := separatorStarts(load64(s, q), load64(s, q-1))
			for lane := range 8 {
				want := s[q+lane-1] == ' ' && separatorSeconds[s[q+lane]]
				assert.Equal(t, want, m>>(8*lane+7)&1 == 1, "%q at %d", s, q+lane)
			}
		}
	}
}

// zeroLanes marks every zero byte of a word, and past the lowest only a
// byte of 0 or 1 after a marked one.
func TestZeroLanes(t *testing.T) {
	for _, x := range []uint64{0, 1, 0x0100, 0x8000000000000000, 0x0080008000800080, 0xffffffffffffffff, 0x0001000100010001, 0x7f00ff0001008000, 0x0100} {
		got := zeroLanes(x) & 0x8080808080808080
		for lane := range 8 {
			b, marked := x>>(8*lane)&0xff, got>>(8*lane+7)&1 == 1
			if b == 0 {
				assert.True(t, marked, "%#x lane %d", x, lane)
			} else if marked {
				prevMarked := lane > 0 && got>>(8*lane-1)&1 == 1
				assert.True(t, b == 1 && prevMarked, "%#x lane %d", x, lane)
			}
		}
	}
}

func TestIsLogoLine(t *testing.T) {
	names := []string{normTitle("Austin Hardware"), normTitle("austinhardware")}
	for line, want := range map[string]bool{
		"Austin Hardware":         true,  // the site's name
		"AUSTIN HARDWARE":         true,  // in capitals
		"Hardware":                true,  // a part of it
		"Austin Hardware Catalog": false, // the name and more words: a headline about its wares
		"Door handles in stock":   false,
	} {
		assert.Equal(t, want, isLogoLine(line, names), line)
	}
	assert.False(t, isLogoLine("Austin Hardware", nil), "no site names")
}

// TestSiteNames reads the names a page gives its site: og:site_name and
// the labels of its host but the TLD and the short ones.
func TestSiteNames(t *testing.T) {
	for host, want := range map[string][]string{
		"health.ucdavis.edu": {"health", "ucdavis"},
		"tagesschau.de":      {"tagesschau"},
		"news.bbc.co.uk":     {"news"},
		"localhost":          nil,
		"":                   nil,
	} {
		p := &page{hostname: host}
		p.meta.ldDone = true
		assert.Equal(t, want, p.siteNames(), host)
	}
	p := &page{hostname: "www.example.com"}
	p.meta.ogSiteName = "Example News"
	p.meta.ldDone = true
	assert.Equal(t, []string{"examplenews", "example"}, p.siteNames())
}

func TestHasCrumbSpace(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Computer Science > Artificial Intelligence", true},
		{"Home › World › Europe", true},
		{"News » Local", true},
		{"Sport / Football / Premier League", true},
		{"Rain falls on the plain in Spain", false},
		{"Rain falls on the plain in Spain /", true}, // may open " / ": searched on
		{"Price >= cost", true},
		{"Pro-Russian forces 'advance' near Kharkiv", false},
		{"", false},
		{" ", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasCrumbSpace(tt.s), tt.s)
		if !tt.want {
			assert.False(t, isBreadcrumb(tt.s), tt.s)
		}
	}
}

func TestSchemaHeadingPrinted(t *testing.T) {
	seo := block{text: "Power cut in Berlin: Traffic lights, trains – how safe is our grid?", heading: 1}
	kicker := block{text: "Blackout"}
	h2 := block{text: "Lights out, trains stop: How safe is the country's power grid?", heading: 2}
	para := block{text: "Tens of thousands of homes were without power for two days after an arson attack on a cable bridge."}
	ld := "Lights out, trains stop: How safe is the country’s power grid?"
	names := []string{"newsdesk"}

	p := headPage(0, seo, kicker, h2, para)
	p.meta.ogTitle, p.meta.ld.headline = seo.text, ld
	assert.Equal(t, h2.text, p.settleHeadline(seo.text, names), "the JSON-LD headline printed as the <h2> under an <h1> for search engines, in the page's typography")

	// Near misses: the JSON-LD headline printed as a lower heading (a
	// teaser), in the chrome, as a link; a JSON-LD headline that is the
	// settled line's words with a kicker, which settleLine leaves out.
	for _, b := range []block{
		{text: h2.text, heading: 3},
		{text: h2.text, heading: 2, chrome: true},
		{text: h2.text, heading: 2, nLinks: 1, linkLen: int32(len(h2.text))},
	} {
		p = headPage(0, seo, kicker, b, para)
		p.meta.ogTitle, p.meta.ld.headline = seo.text, ld
		assert.Equal(t, seo.text, p.settleHeadline(seo.text, names))
	}
	p = headPage(0, block{text: "Judy Lybke, not at all peculiar", heading: 1}, block{text: "New Leipzig School Judy Lybke, not at all peculiar", heading: 2}, para)
	p.meta.ogTitle, p.meta.ld.headline = "Judy Lybke, not at all peculiar", "New Leipzig School: Judy Lybke, not at all peculiar"
	assert.Equal(t, "Judy Lybke, not at all peculiar", p.settleHeadline("Judy Lybke, not at all peculiar", names), "the kicker stays out")

	// The printed heading lost the colon between its styled parts: the
	// JSON-LD rendering keeps it.
	p = headPage(0, seo, block{text: "Collapse of the bank Regulator admits failures in supervision", heading: 2}, para)
	p.meta.ogTitle, p.meta.ld.headline = seo.text, "Collapse of the bank: Regulator admits failures in supervision"
	assert.Equal(t, "Collapse of the bank: Regulator admits failures in supervision", p.settleHeadline(seo.text, names))
}

// wordCountUpTo counts as strings.FieldsFunc on spaces does, counting a
// field only when it holds a letter or digit, and stops at its bound.
func TestWordCountUpToAsFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "one two", "  one   two  ", "— dash — words —", "x-y z", "Über die Brücke", "東京 2025",
		"a\u00a0b", "a\u2003b c", "(parenthesis) [brackets]", "!!! ??? ...", "one,two;three", "3 - 4 | 5", "tab\tand\nnewline",
	} {
		want := 0
		for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
			if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				want++
			}
		}
		assert.Equal(t, want, wordCount(s), s)
		assert.Equal(t, min(want, 2), wordCountUpTo(s, 2), s)
	}
}

// TestWideTitlePart checks that a line shown only on wider screens cuts
// a metadata title to the story's part where no printed line stood out
// and the site's name is unknown, and that a line on every screen or
// one that is no part of the title does not.
func TestWideTitlePart(t *testing.T) {
	story := `<main><h1>Weekend<br>Coding<br>Agent</h1>` + paras(storyParas...) + paras(moreParas...) + `</main>`
	tests := []struct {
		name, header, want string
	}{
		{"a header line shown on wide screens", `<div class="hidden md:block"><div>Weekend Coding Agent</div></div>`, "Weekend Coding Agent"},
		{"a header line hidden on all screens", `<div class="hidden"><div>Weekend Coding Agent</div></div>`, "Weekend Coding Agent | Focus Labs"},
		{"a wide line that is no title part", `<div class="hidden md:block"><div>Coding Agent Weekend</div></div>`, "Weekend Coding Agent | Focus Labs"},
	}
	for _, tt := range tests {
		a := mustParse(t, `<html><head><title>Weekend Coding Agent | Focus Labs</title></head><body><header>`+tt.header+`</header>`+story+`</body></html>`)
		assert.Equal(t, tt.want, a.Headline, tt.name)
	}
}

// Wide spans nested in wide spans ("hidden md:block" boxes in one
// another, 300 deep, below the story) yield each block once, and the title's part among
// them is still found: the work is the blocks once, not once for each
// span around them.
func TestShownWideBlocksNested(t *testing.T) {
	const depth, lines = 300, 50
	var sb strings.Builder
	sb.WriteString(`<html><head><title>Harbour bridge to close for the year | The Harbour Times</title></head><body>`)
	sb.WriteString(`<article>` + paras(storyParas...) + `</article>`)
	sb.WriteString(strings.Repeat(`<div class="hidden md:block">`, depth))
	for i := range lines {
		fmt.Fprintf(&sb, "<div>Some other line of text number %d</div>", i)
	}
	sb.WriteString(`<div>Harbour bridge to close for the year</div>`)
	sb.WriteString(strings.Repeat(`</div>`, depth))
	sb.WriteString(`</body></html>`)
	doc, err := html.Parse(strings.NewReader(sb.String()))
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	n := 0
	for range p.shownWideBlocks() {
		n++
	}
	assert.Equal(t, lines+1, n, "each block once")
	got, ok := p.wideTitlePart("Harbour bridge to close for the year | The Harbour Times", nil)
	assert.True(t, ok)
	assert.Equal(t, "Harbour bridge to close for the year", got)
}

// A desktop header's line that is the site's name is no part of the
// title to take as the headline: the title's last part ("Story | Site"),
// or a name the page gives its site.
func TestWideTitlePartNotSiteName(t *testing.T) {
	for _, c := range []struct {
		name, title, line string
		names             []string
		want              string
	}{
		{"the story's part", "Harbour bridge to close | The Harbour Times", "Harbour bridge to close", nil, "Harbour bridge to close"},
		{"the site's name, last", "Harbour bridge to close | The Harbour Times", "The Harbour Times", nil, ""},
		{"the site's name after a dash", "Harbour bridge to close - Harbour Times Daily", "Harbour Times Daily", nil, ""},
		{"og:site_name first", "Harbour Times Daily | Harbour bridge to close | Local", "Harbour Times Daily", []string{normTitle("Harbour Times Daily")}, ""},
	} {
		page := `<html><head><title>x</title></head><body><header><div class="hidden md:block">` + c.line + `</div></header>` +
			`<p>The council voted on Tuesday to close the old bridge to traffic for the rest of the year.</p></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		p := walkPage(doc)
		got, ok := p.wideTitlePart(c.title, c.names)
		p.release()
		assert.Equal(t, c.want != "", ok, c.name)
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestLastTitlePart(t *testing.T) {
	assert.Equal(t, "Site", lastTitlePart("Story | Section - Site"))
	assert.Equal(t, "Site", lastTitlePart("Story - Section | Site"))
	assert.Equal(t, "Story", lastTitlePart("Story"))
}

// A page whose only wide-screen line is the site's name in its header
// keeps the story's part of its title as the headline.
func TestHeadlineNotWideSiteName(t *testing.T) {
	story := "<p>The council met on Tuesday to discuss the proposal, which would raise fees for residents by ten percent over two years.</p>" +
		"<p>Officials said the money would go toward repairing roads and bridges that have fallen into disrepair since the last major investment.</p>" +
		"<p>Opponents argued that the increase would hurt families already struggling with the rising cost of living in the region.</p>"
	for _, c := range []struct{ title, header string }{
		{"Council weighs fee rise | Harbour Times", `<div class="hidden md:block">Harbour Times</div>`},
		{"Council weighs fee rise - Harbour Times Daily", `<div class="hidden md:flex"><span>Harbour Times Daily</span></div>`},
	} {
		a := mustParse(t, `<html><head><title>`+c.title+`</title></head><body><header>`+c.header+`<nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article>`+story+`</article></main></body></html>`)
		assert.Contains(t, a.Headline, "Council weighs fee rise", c.title)
	}
}

// TestKickerBeforeSameWords checks what settleLine relies on to pass over
// kickerBeforeNorm: a line that normalises to the title's words has no
// kicker before them, whatever marks, quotes or scripts it holds.
func TestKickerBeforeSameWords(t *testing.T) {
	for _, s := range []string{
		"Rates rise again", "«Nairobi von unten»", "„Die Wende“ – ein Rückblick", "DDR-Hotel: Premiere!",
		"  (AP) Mars rover finds water ", "Ärzte warnen vor Hitze", "पकड़ा: दो आरोपी", "東京で地震 M6.1",
	} {
		var buf [256]byte
		_, ok := kickerBeforeNorm(s, appendNorm(buf[:0], s))
		assert.False(t, ok, s)
	}
}

// TestSpaceLeadsOpenEveryWhiteSpace checks that every rune unicode.IsSpace
// reports opens with a byte spaceLeads marks: moreWordsThan bounds the
// words of a line by them.
func TestSpaceLeadsOpenEveryWhiteSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) && spaceLeads[string(r)[0]] == 0 {
			t.Errorf("white space %U opens with a byte spaceLeads does not mark", r)
		}
	}
}

// TestMoreWordsThan checks moreWordsThan against wordCountUpTo.
func TestMoreWordsThan(t *testing.T) {
	for _, s := range []string{
		"",
		"one two three",
		"Private lander bound for moon's south pole rides into orbit from Florida",
		"a b c d e f",
		"a\u00a0b\u3000c\td\ne",
		"a-b-c-d-e-f-g",
		"Starkregen setzt Straßen und Keller in Hamburg unter Wasser",
	} {
		for most := 0; most <= 7; most++ {
			if got, want := moreWordsThan(s, most), wordCountUpTo(s, most+1) > most; got != want {
				t.Errorf("moreWordsThan(%q, %d) = %v, want %v", s, most, got, want)
			}
		}
	}
}

// TestSiteNamesOfManyLabels checks that a host of more labels than
// siteNames holds in place is read whole.
func TestSiteNamesOfManyLabels(t *testing.T) {
	u, err := url.Parse("https://alpha.bravo.charlie.delta.echo.foxtrot.golf.hotel.india.juliett.example/story")
	require.NoError(t, err)
	page := `<html><head><title>Council approves harbour plan | Juliett</title></head><body><h1>Council approves harbour plan</h1>` +
		`<p>The city council on Tuesday approved a plan to rebuild the old harbour wall, after three years of debate over its cost.</p>` +
		`<p>The work will begin in spring and take two years, the council said in a statement on its plans.</p></body></html>`
	a, err := Parse(strings.NewReader(page), WithURL(u))
	require.NoError(t, err)
	assert.Equal(t, "Council approves harbour plan", a.Headline)
}

// TestHasCrumbSpaceEveryPlace checks the eight-bytes-at-a-time reading against a
// look at every space, with the separators at every place of a word.
func TestHasCrumbSpaceEveryPlace(t *testing.T) {
	every := func(s string) bool {
		for i := 0; i+1 < len(s); i++ {
			if s[i] == ' ' && isCrumbSecond(s[i+1]) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"", " ", " >", "a >b", "Computer Science > Artificial Intelligence", "News / World / Europe", "Home › Sport",
		"Home » Sport", "no crumbs here at all, none", "a/b and c>d", "x\x01 y", "é >", "Café —— x", "ab\u00a0>c", "1 0 1 0 ./",
	} {
		for pad := range 9 {
			for _, p := range []string{strings.Repeat("w", pad) + s, s + strings.Repeat("w", pad), strings.Repeat("\x01", pad) + s} {
				assert.Equal(t, every(p), hasCrumbSpace(p), "%q", p)
			}
		}
	}
}

// TestNamesSiteNormed checks that namesSite given a part's normalised
// words answers as normalising them does, for names short and long
// (a limit past the stack buffer), held or not.
func TestNamesSiteNormed(t *testing.T) {
	long := strings.Repeat("verylongsitename", 20)
	for _, names := range [][]string{{"westmeregazette", "westmere"}, {"bbc"}, {long}, nil} {
		for _, part := range []string{"Westmere Gazette", "Westmere", "The Westmere Gazette Online", "BBC", "B.B.C.", "",
			"Harbour board approves second ferry berth", strings.Repeat("Very Long Site Name ", 30), "Ünïcode Gazette"} {
			for _, holds := range []bool{true, false} {
				assert.Equal(t, namesSite(part, names, holds), namesSiteNormed(part, normTitle(part), true, names, holds), "%q %v %v", part, names, holds)
			}
		}
	}
}

// TestStripAfterPlain checks stripAfterPlain against stripSiteName on
// titles made of a first title, a separator or none, and a part, the
// pieces chosen to put separators, colons, addresses, spaces and marks at
// the places its proof rules out.
func TestStripAfterPlain(t *testing.T) {
	names := []string{"ridgelineoutfitters", "westmeregazette", "welt", "uwsp", "ap"}
	firsts := []string{
		"Harbour board approves second ferry berth", "Trail Running Shoes", "Westmere Gazette",
		"Site: Headline here", "welt.de Vibe Coding at home", "Headline -", "Headline |",
		"Headline ::", "Headline »", " Headline", "Headline ", "\tHeadline", "Headline\u00a0",
		"Ridgeline Outfitters", "A - B", "a", "Headline 2025", "«Zitat» sagt er", "Welt: Neues",
		"Westmere Gazette: Harbour board", "ab", "News", "Headline.",
	}
	seps := []string{"", " ", "|", " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ‹ ", " › ", ": ", " -- "}
	parts := []string{
		"Westmere Gazette", "Ridgeline Outfitters", "WELT", "welt.de", "University of Wisconsin-Stevens Point",
		"Westmere Gazette | News", "Westmere - Gazette", "- Westmere Gazette", "Westmere Gazette |", "Westmere Gazette ",
		"Local News", "AP", "ap", "Ridgeline Outfitters - Trail Running Shoes", "| Westmere Gazette",
		"Gazette", "Westmere Gazette – Local", "Westmere Gazette :: x", "x", "",
	}
	for _, o := range firsts {
		so, plain := stripSiteNameOf(o, names)
		assert.Equal(t, stripSiteName(o, names), so, o)
		if !plain {
			continue
		}
		assert.Equal(t, o, so, o)
		for _, sep := range seps {
			for _, part := range parts {
				title := o + sep + part
				if got, ok := stripAfterPlain(title, o, names); ok {
					assert.Equal(t, stripSiteName(title, names), got, title)
				}
			}
		}
	}
	got, ok := stripAfterPlain("Trail Running Shoes | Ridgeline Outfitters", "Trail Running Shoes", names)
	assert.True(t, ok)
	assert.Equal(t, "Trail Running Shoes", got)
}

// TestCleanHeadlineEdges pins cleanHeadline on the short and odd lines its
// first- and last-byte gates meet.
func TestCleanHeadlineEdges(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "#": "#", "## ": "##", "##  Title": "Title", "**": "**", "*a*": "a", "__a__": "a",
		"_a_b_": "_a_b_", "a:": "a", "::": "::", "Title :": "Title :", " *Title* ": "Title",
		"####### Seven": "####### Seven", "# *Both*:": "*Both*", "Plain headline": "Plain headline",
	} {
		assert.Equal(t, want, cleanHeadline(in), in)
	}
}
