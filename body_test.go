package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropEchoes(t *testing.T) {
	lead := "The council voted on Tuesday to close the old bridge to traffic for the rest of the year."
	next := "Engineers had warned for years that the steel supports were corroding faster than expected."
	for _, c := range []struct {
		name  string
		texts []string
		want  []string
	}{
		{"summary printed again as the lead", []string{lead, lead, next}, []string{lead, next}},
		{"three copies in a row", []string{lead, lead, lead, next}, []string{lead, next}},
		{"a repeat further on stays", []string{lead, next, lead}, []string{lead, next, lead}},
		{"a table's short cells stay", []string{"60%", "60%", "40%"}, []string{"60%", "60%", "40%"}},
		{"a refrain stays", []string{"We will rock you, yeah", "We will rock you, yeah"}, []string{"We will rock you, yeah", "We will rock you, yeah"}},
		{"a near copy stays", []string{lead, lead[:len(lead)-1] + "!"}, []string{lead, lead[:len(lead)-1] + "!"}},
		{"one block", []string{lead}, []string{lead}},
	} {
		p := &page{}
		kept := make([]int32, len(c.texts))
		for i, s := range c.texts {
			p.blocks = append(p.blocks, block{text: s})
			kept[i] = int32(i)
		}
		var got []string
		for _, i := range p.dropEchoes(kept) {
			got = append(got, p.blocks[i].text)
		}
		assert.Equal(t, c.want, got, c.name)
	}
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
