package newswire

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

func TestDropEchoes(t *testing.T) {
	lead := "The council voted on Tuesday to close the old bridge to traffic for the rest of the year."
	next := "Engineers had warned for years that the steel supports were corroding faster than expected."
	refrain := "We shall overcome, we shall overcome, we shall overcome some day."
	type line struct {
		text   string
		region int32
	}
	for _, c := range []struct {
		name  string
		lines []line
		kept  []int32 // the blocks kept; all when nil
		want  []string
	}{
		{"summary printed again as the lead", []line{{lead, 1}, {lead, 2}, {next, 2}}, nil, []string{lead, next}},
		{"three copies in a row", []line{{lead, 1}, {lead, 2}, {lead, 3}, {next, 3}}, nil, []string{lead, next}},
		{"a copy after a line the body left", []line{{lead, 1}, {"From the archive", 1}, {lead, 1}, {next, 1}}, []int32{0, 2, 3}, []string{lead, next}},
		{"a repeat further on stays", []line{{lead, 1}, {next, 2}, {lead, 2}}, nil, []string{lead, next, lead}},
		{"a table's short cells stay", []line{{"60%", 1}, {"60%", 2}, {"40%", 3}}, nil, []string{"60%", "60%", "40%"}},
		{"a short refrain stays", []line{{"We will rock you, yeah", 1}, {"We will rock you, yeah", 2}}, nil, []string{"We will rock you, yeah", "We will rock you, yeah"}},
		{"a refrain in a row of one container stays", []line{{next, 1}, {refrain, 1}, {refrain, 1}}, nil, []string{next, refrain, refrain}},
		{"a summary and its fallback copy open the body", []line{{lead, 1}, {lead, 1}, {next, 1}}, nil, []string{lead, next}},
		{"a grid's equal values stay", []line{{"1, plus $11 monthly per added user", 1}, {"1, plus $11 monthly per added user", 2}}, nil, []string{"1, plus $11 monthly per added user", "1, plus $11 monthly per added user"}},
		{"a near copy stays", []line{{lead, 1}, {lead[:len(lead)-1] + "!", 2}}, nil, []string{lead, lead[:len(lead)-1] + "!"}},
		{"one block", []line{{lead, 1}}, nil, []string{lead}},
	} {
		p := &page{}
		kept := c.kept
		for i, l := range c.lines {
			p.blocks = append(p.blocks, block{text: l.text, region: l.region})
			if c.kept == nil {
				kept = append(kept, int32(i))
			}
		}
		var got []string
		for _, i := range p.dropEchoes(kept) {
			got = append(got, p.blocks[i].text)
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestDropEchoesKeepsCells(t *testing.T) {
	cell := "1, plus $11 monthly per added user"
	p := &page{blocks: []block{{text: cell, tag: atom.Td}, {text: cell, tag: atom.Td}}}
	assert.Equal(t, []int32{0, 1}, p.dropEchoes([]int32{0, 1}), "two plans' cells with one value")
}

func TestWithStandfirst(t *testing.T) {
	lead := "The council voted on Tuesday to close the old bridge to traffic for the rest of the year."
	next := "Engineers had warned for years that the steel supports were corroding faster than expected."
	kicker := "A vote months in the making"
	for _, c := range []struct {
		name     string
		sf, body []string
		want     []string
	}{
		{"summary that is the lead", []string{kicker, lead}, []string{lead, next}, []string{kicker, lead, next}},
		{"summary alone", []string{lead}, []string{lead, next}, []string{lead, next}},
		{"a standfirst of its own", []string{kicker}, []string{lead, next}, []string{kicker, lead, next}},
		{"a short line twice stays", []string{kicker}, []string{kicker, lead}, []string{kicker, kicker, lead}},
		{"no body", []string{lead}, nil, []string{lead}},
	} {
		assert.Equal(t, c.want, withStandfirst(c.sf, c.body), c.name)
	}
}

func TestDropClosingNotes(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to traffic for the rest of the year."
	tags := "Tags: bridges, council, traffic"
	thanks := "Thanks for visiting!"
	short := "Read the full report."
	for _, c := range []struct {
		name  string
		texts []string
		want  []string
	}{
		{"tags below the story", []string{para, para, tags}, []string{para, para}},
		{"thanks and tags below the story", []string{para, thanks, short, tags}, []string{para, short}},
		{"tags in the middle stay", []string{para, tags, para}, []string{para, tags, para}},
		{"a quoted thanks in the middle stays", []string{para, thanks, para}, []string{para, thanks, para}},
		{"nothing but notes", []string{tags, thanks}, nil},
		{"no notes", []string{para, short}, []string{para, short}},
	} {
		p := &page{}
		kept := make([]int32, len(c.texts))
		for i, s := range c.texts {
			p.blocks = append(p.blocks, block{text: s})
			kept[i] = int32(i)
		}
		var got []string
		for _, i := range p.dropClosingNotes(kept) {
			got = append(got, p.blocks[i].text)
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestDropContentsLinks(t *testing.T) {
	link := func(s string) block { return block{text: s, nLinks: 1, linkLen: int32(len(s))} }
	head := func(s string) block { return block{text: s, heading: 2} }
	para := func(s string) block { return block{text: s} }
	visa, season := "1. How to get a visa", "2. When to go"
	intro := "Japan is easier to visit than many first-timers think, and cheaper too."
	for _, c := range []struct {
		name   string
		blocks []block
		want   []string
	}{
		{"contents over the sections", []block{para(intro), link(visa), link(season), head(visa), para(intro), head(season), para(intro)},
			[]string{intro, visa, intro, season, intro}},
		{"a linked line no heading repeats stays", []block{link("Read the embassy's rules"), head(visa), para(intro)},
			[]string{"Read the embassy's rules", visa, intro}},
		{"a plain line that a heading repeats stays", []block{para(visa), head(visa), para(intro)},
			[]string{visa, visa, intro}},
		{"a link below its heading stays", []block{head(visa), link(visa), para(intro)},
			[]string{visa, visa, intro}},
		{"a line partly linked stays", []block{{text: visa + " and more", nLinks: 1, linkLen: 4}, head(visa + " and more")},
			[]string{visa + " and more", visa + " and more"}},
	} {
		p := &page{blocks: c.blocks}
		kept := make([]int32, len(c.blocks))
		for i := range kept {
			kept[i] = int32(i)
		}
		var got []string
		for _, i := range p.dropContentsLinks(kept) {
			got = append(got, p.blocks[i].text)
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

// TestMayOpenRelated pins the rule mayOpenRelated stands on: every phrase
// and prefix of a related kind opens with an "r" or a "t", and no line
// whose tail kind is related is ruled out.
func TestMayOpenRelated(t *testing.T) {
	related := func(k tailKind) bool { return k == tailRelatedLinks || k == tailRelatedContent }
	var lines []string
	for ph, k := range tailPhrases {
		if related(k) {
			assert.Contains(t, "rt", ph[:1], ph)
		}
		lines = append(lines, ph, strings.ToUpper(ph), " "+ph, "\u00a0"+ph+":", "Share | "+ph, ph+" | Tweet")
	}
	for _, p := range tailPrefixes {
		if related(p.kind) {
			assert.Contains(t, "rt", p.prefix[:1], p.prefix)
		}
		lines = append(lines, p.prefix+" elsewhere", strings.ToUpper(p.prefix[:1])+p.prefix[1:])
	}
	lines = append(lines, "", "Related", "Related Links:", "RELATED CONTENT", "More news", "Email This Article | Related Links", "\tRelated links")
	for _, s := range lines {
		if related(tailOf(s)) {
			assert.True(t, mayOpenRelated(s), "%q", s)
		}
	}
	assert.False(t, mayOpenRelated("Share this article"))
	assert.False(t, mayOpenRelated(""))
	assert.True(t, mayOpenRelated("Related Stories"))
}

// TestRelatedAfter checks relatedAfter against relatedLinks and
// relatedStories read apart, from every block of every fixture.
func TestRelatedAfter(t *testing.T) {
	eachWalkedFixture(t, func(path string, p *page) {
		for from := 0; from <= len(p.blocks); from++ {
			links, stories := p.relatedAfter(from)
			assert.Equal(t, p.relatedLinks(from), links, "%s from %d", path, from)
			assert.Equal(t, p.relatedStories(from), stories, "%s from %d", path, from)
		}
		p.release()
	})
}
