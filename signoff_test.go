package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitSignoff(t *testing.T) {
	last := "The agency said the launch would go ahead."
	tests := []struct {
		name    string
		in      []string
		body    []string
		signoff string
	}{
		{"AFP slug", []string{last, "pfc/lb/mtp"}, []string{last}, "pfc/lb/mtp"},
		{"AFP burs slug", []string{last, "burs-lga/ia/bgs"}, []string{last}, "burs-lga/ia/bgs"},
		{"short slug", []string{last, "ia/bgs"}, []string{last}, "ia/bgs"},
		{"IANS lines", []string{last, "--IANS", "ms/vd"}, []string{last}, "--IANS ms/vd"},
		{"IANS inline", []string{last + " --IANS"}, []string{last}, "--IANS"},
		{"Bernama", []string{last, "-- BERNAMA"}, []string{last}, "-- BERNAMA"},
		{"ANI", []string{last + " (ANI)"}, []string{last}, "(ANI)"},
		{"RIA Novosti", []string{last, "Source: RIA Novosti"}, []string{last}, "Source: RIA Novosti"},
		{"Xinhua", []string{last, "Source: Xinhua"}, []string{last}, "Source: Xinhua"},
		{"Reuters credit", []string{last, "(Reporting by Joey Roulette; Editing by Leslie Adler)"}, []string{last},
			"(Reporting by Joey Roulette; Editing by Leslie Adler)"},
		{"Reuters credit without parentheses", []string{last, "Additional reporting by Steve Gorman; Editing by Marguerita Choy"}, []string{last},
			"Additional reporting by Steve Gorman; Editing by Marguerita Choy"},
		{"AP contributors", []string{last, "Associated Press writer Vladimir Isachenkov in Moscow contributed to this report."}, []string{last},
			"Associated Press writer Vladimir Isachenkov in Moscow contributed to this report."},
		{"AP notes", []string{last, "___", "Online:", "NASA: https://www.nasa.gov"}, []string{last},
			"___ Online: NASA: https://www.nasa.gov"},
		// Near misses: slashes inside sentences, and sentences that end the story.
		{"and/or", []string{"Operators can monitor and/or hand over commanding."}, []string{"Operators can monitor and/or hand over commanding."}, ""},
		{"24/7", []string{"The center is staffed 24/7."}, []string{"The center is staffed 24/7."}, ""},
		{"slash word", []string{last, "and/or"}, []string{last}, "and/or"},
		{"capital slug", []string{last, "PFC/LB"}, []string{last, "PFC/LB"}, ""},
		{"no slash", []string{last, "pfc"}, []string{last, "pfc"}, ""},
		{"source sentence", []string{last, "Source: officials said the launch would slip."}, []string{last, "Source: officials said the launch would slip."}, ""},
		{"empty", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]string(nil), tt.in...)
			body, signoff := splitSignoff(in)
			assert.Equal(t, tt.body, body)
			assert.Equal(t, tt.signoff, signoff)
		})
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"The DSCOVR observatory. (Photo by Bill INGALLS / NASA / AFP)", "The DSCOVR observatory.", "Bill INGALLS / NASA / AFP"},
		{"A rocket lifts off. Photo courtesy of NASA.", "A rocket lifts off.", "NASA"},
		{"The Columbia Hills. Image credit: NASA/JPL/Cornell.", "The Columbia Hills.", "NASA/JPL/Cornell"},
		{"Protesters gather in Gaza. (AP Photo/Adel Hana)", "Protesters gather in Gaza.", "Adel Hana"},
		{"Launch of Ariane 5 (VA250) from Kourou.", "Launch of Ariane 5 (VA250) from Kourou.", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		caption, credit := splitCredit(tt.in)
		assert.Equal(t, tt.caption, caption, tt.in)
		assert.Equal(t, tt.credit, credit, tt.in)
	}
}

func TestAgencyOfSignoff(t *testing.T) {
	for in, want := range map[string]string{
		"--IANS ms/vd": "IANS", "Source: RIA Novosti": "RIA Novosti", "-- BERNAMA": "Bernama",
		"(ANI)": "ANI", "pfc/lb/mtp": "", "Source: officials": "",
	} {
		assert.Equal(t, want, agencyOfSignoff(in), in)
	}
}

func TestWireCopyright(t *testing.T) {
	for s, want := range map[string]string{
		"Copyright © AFP 2017-2026. Für die kommerzielle Nutzung dieses Inhalts ist ein Abonnement erforderlich.": "AFP",
		"© 2025 The Associated Press. All rights reserved.":                                                       "AP",
		"Copyright 2024 Reuters. All rights reserved.":                                                            "Reuters",
		"(c) 2023 Agence France-Presse":                                                                           "AFP",
		"© dpa/Zuma Wire/K.C. Alfred":                                                                             "", // a picture's credit
		"© 2025 Example Media. All rights reserved.":                                                              "",
		"Copyrighted material, used with permission":                                                              "",
		"AFP fand aber eine Reihe von Falschbehauptungen.":                                                        "",
		"© Reuters":                       "", // no year, no rights reserved: may credit a picture
		"© AFP/Jane Roe":                  "",
		"© Reuters. All rights reserved.": "Reuters",
		"© dpa. Alle Rechte vorbehalten.": "dpa",
		"Copyright Reuters 2025":          "Reuters",
		"© AFP 12345":                     "",
	} {
		assert.Equal(t, want, wireCopyright(s), s)
	}
}

func TestHasCopyrightYear(t *testing.T) {
	for s, want := range map[string]bool{
		"Copyright © AFP 2017-2026.": true, "© 1998 Reuters": true, "© Reuters": false,
		"© AFP 12345": false, "© AFP 1850": false,
	} {
		assert.Equal(t, want, hasCopyrightYear(s), s)
	}
}

func TestClosingWireCopyright(t *testing.T) {
	p := &page{blocks: []block{
		{text: "Story paragraph one."}, {text: "The last paragraph."},
		{text: "Copyright © AFP 2017-2026. Alle Rechte vorbehalten."}, {text: "© 2026 Example Site"},
	}}
	assert.Equal(t, "AFP", p.closingWireCopyright([]string{"Story paragraph one.", "The last paragraph."}))
	// The notice must follow the story's last paragraph, not close the page.
	assert.Equal(t, "", p.closingWireCopyright([]string{"Story paragraph one."}))
	assert.Equal(t, "", p.closingWireCopyright(nil))
	// A bare holder under a staff story's last paragraph may credit its picture.
	credit := &page{blocks: []block{{text: "Story paragraph one."}, {text: "The last paragraph."}, {text: "© Reuters"}}}
	assert.Equal(t, "", credit.closingWireCopyright([]string{"Story paragraph one.", "The last paragraph."}))
}
