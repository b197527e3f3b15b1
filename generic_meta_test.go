package newswire

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"

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

func TestBreadcrumbIsNoCredit(t *testing.T) {
	const page = `<html><head><title>Car care schedule</title></head><body><main>
<h1>Car care schedule</h1>
%s
<p>A well-kept car keeps you and your passengers safe, and a regular schedule is the best way to keep it on the road.</p>
<p>Even the most reliable cars need their oil, filters and fluids checked at the intervals their makers give in the manual.</p>
<p>Tyres need to be inflated and rotated on time, and wipers, brakes and suspension watched before wear turns into a costly repair.</p>
<p>Your owner's manual gives two schedules, one for normal driving and one for severe driving in heat, cold, dust or stop-and-go traffic.</p>
</main></body></html>`
	for block, want := range map[string][]string{
		// A breadcrumb trail in capitals: its crumbs are chrome.
		`<ul class="crumbs"><li><a href="/">HOME</a></li><li><a href="/guides">GUIDES</a></li><li><a href="/guides/car-care">CAR CARE SCHEDULE</a></li></ul><div>Posted under <a href="/topics/tyres">Tyres</a></div>`: nil,
		`<ul class="crumbs"><li><a href="/guides">GUIDES</a></li><li><a href="/guides/car-care">MARTIN WELLS</a></li></ul><p>12.03.2025</p>`:                                                                           nil,
		// Near misses: a lone linked name in capitals over a date is a credit.
		`<p><a href="/authors/martin-wells">MARTIN WELLS</a></p><p>12.03.2025</p>`:            {"MARTIN WELLS"},
		`<ul><li><a href="/authors/martin-wells">MARTIN WELLS</a></li></ul><p>12.03.2025</p>`: {"MARTIN WELLS"},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, block)))
		require.NoError(t, err, block)
		if want == nil {
			assert.Empty(t, a.Authors, block)
			continue
		}
		assert.Equal(t, want, a.Authors, block)
	}
}

func TestIsLinkListItem(t *testing.T) {
	li := func(text string) block {
		return block{text: text, tag: atom.Li, nLinks: 1, linkLen: int32(len(text)), span: -1}
	}
	p := &page{blocks: []block{
		li("HOME"), li("GUIDES"), // a trail
		{text: "Updated 12.03.2025"},
		li("MARTIN WELLS"),                             // a lone linked item
		{text: "12.03.2025", tag: atom.Li},             // an item that is no link
		{text: "MARTIN WELLS", nLinks: 1, linkLen: 12}, // a link outside a list
		li("JANE DOE"),
	}}
	assert.True(t, p.isLinkListItem(0))
	assert.True(t, p.isLinkListItem(1))
	assert.False(t, p.isLinkListItem(2))
	assert.False(t, p.isLinkListItem(3))
	assert.False(t, p.isLinkListItem(5))
	assert.False(t, p.isLinkListItem(6))
}
