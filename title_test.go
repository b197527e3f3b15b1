package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStripSiteName(t *testing.T) {
	names := []string{"cottagecare", "lesswrong", "tagesschau", "welt", "mirror", "rogerbwsblog"}
	tests := []struct{ in, want string }{
		{"10 Tips: How to Choose a Cleaning Service | CottageCare", "10 Tips: How to Choose a Cleaning Service"},
		{"Scalable End-to-End Interpretability — LessWrong", "Scalable End-to-End Interpretability"},
		{"Ausschuss zur Ahrtal-Flut: Zwei Rücktritte | tagesschau.de", "Ausschuss zur Ahrtal-Flut: Zwei Rücktritte"},
		{"BIP: Diese Grafiken zeigen, wie schlecht es steht - WELT", "BIP: Diese Grafiken zeigen, wie schlecht es steht"},
		{"UK riots LIVE: stand-off in Plymouth - Mirror Online", "UK riots LIVE: stand-off in Plymouth"},
		{"RogerBW's Blog: Advent of Code 2025 week 2", "Advent of Code 2025 week 2"},
		{"| LessWrong", "LessWrong"}, // the name alone is left for the caller to judge
		// Near misses: parts that are not the site's name stay.
		{"Best Moving Companies in New York (2025) – Top Local Movers", "Best Moving Companies in New York (2025) – Top Local Movers"},
		{"Teaching Online: Effective Practices", "Teaching Online: Effective Practices"},
		{"Mirror neurons explained", "Mirror neurons explained"},
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
		{"Nairobi von unten", "Nairobi von unten", "", false}, // the same words: no kicker
		{"Best Camping Hammocks of 2026, Tested", "Best Camping Hammocks of 2026", "", false},
		{"Short", "Sho", "", false},
	}
	for _, tt := range tests {
		k, ok := kickerBefore(tt.long, tt.short)
		assert.Equal(t, tt.ok, ok, tt.long)
		assert.Equal(t, tt.kicker, k, tt.long)
	}
}

func TestMorePunctuated(t *testing.T) {
	assert.Equal(t, "Die Eisheiligen 2024: Wann sie sind", morePunctuated("Die Eisheiligen 2024 Wann sie sind", "Die Eisheiligen 2024: Wann sie sind"))
	assert.Equal(t, "We’ve compiled the top 7", morePunctuated("We’ve compiled the top 7", "We've compiled the top 7"))
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
