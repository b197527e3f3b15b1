package newswire

import (
	"strings"

	"github.com/stretchr/testify/require"
	"testing"

	"github.com/stretchr/testify/assert"
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
	story := "<p>The council voted on Tuesday to close the old bridge to traffic for the rest of the year.</p>"
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
