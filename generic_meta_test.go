package newswire

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of genericByline's credit rules (meta's part of generic.go).

const creditPage = `<html><head><title>HR shared services explained</title></head><body><article>
<h1>HR shared services explained</h1>
<p>Shared services have become a cornerstone of modern HR, letting organisations run payroll and benefits from one team.</p>
%s
<p>Centralising the routine work frees the people who know the business to spend their time on the questions that need them.</p>
<p>The model works best when the service centre and the business agree early on what each of them owns and how it is measured.</p>
</article></body></html>`

func TestBareNameOverDate(t *testing.T) {
	for block, want := range map[string][]string{
		"<p>Elliot Raba</p><p>23.07.2025 · 6 min read</p>": {"Elliot Raba"},
		// Near miss: a two-word line over story text is no credit.
		"<p>Elliot Raba</p><p>Six minutes of reading</p>": nil,
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(creditPage, block)))
		require.NoError(t, err, block)
		if want == nil {
			assert.Empty(t, a.Authors, block)
			continue
		}
		assert.Equal(t, want, a.Authors, block)
	}
}

func TestLabelOverTeam(t *testing.T) {
	// A label alone over a named team is the page's credit: the team is
	// the byline, and names no person, so Authors stays empty.
	for block, want := range map[string]string{
		"<p>By:</p><p>Great Day Editorial Team</p>": "Great Day Editorial Team",
		"<p>Written by</p><p>NETGEAR Orbi Team</p>": "NETGEAR Orbi Team",
		// Near miss: a label over a paragraph of the story.
		"<p>By:</p><p>The quotes you collect will never line up on their own, so we built a sheet.</p>": "",
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(creditPage, block)))
		require.NoError(t, err, block)
		assert.Equal(t, want, a.Byline, block)
		assert.Empty(t, a.Authors, block)
	}
}

func TestDeskBelow(t *testing.T) {
	p := &page{blocks: []block{{text: "By"}, {text: "Great Day Editorial Team"}, {text: "By"}, {text: "Sophie FosterTravel News Reporter"}, {text: "By"}, {text: "Staff"}}}
	assert.True(t, p.deskBelow(0))
	assert.False(t, p.deskBelow(2))
	assert.False(t, p.deskBelow(4))
	assert.False(t, p.deskBelow(5))
}

func TestSpeltCreditOutranksBareName(t *testing.T) {
	for block, want := range map[string][]string{
		"<p>Le Monde | 04.05.2015 à 19h19 | Par Martin Untersinger</p>": {"Martin Untersinger"},
		// Near miss: without a spelt-out credit the dated name is the credit.
		"<p>Sehernur Karsu | 05.04.2025</p>": {"Sehernur Karsu"},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(creditPage, block)))
		require.NoError(t, err, block)
		assert.Equal(t, want, a.Authors, block)
	}
}
