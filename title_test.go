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
