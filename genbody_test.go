package newswire

import (
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
