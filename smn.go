package newswire

import (
	"fmt"
	"strings"
)

// smnHosts are the Space Media Network sites; they share one template per
// era, so a page on any of them is read by the SMN layout.
var smnHosts = map[string]string{
	"spacedaily.com": "Space Daily", "spacewar.com": "Space War", "space-travel.com": "Space Travel",
	"terradaily.com": "Terra Daily", "marsdaily.com": "Mars Daily", "moondaily.com": "Moon Daily",
	"saturndaily.com": "Saturn Daily", "gpsdaily.com": "GPS Daily", "energy-daily.com": "Energy Daily",
	"biofueldaily.com": "Biofuel Daily", "winddaily.com": "Wind Daily", "solardaily.com": "Solar Daily",
	"nuclearpowerdaily.com": "Nuclear Power Daily", "seeddaily.com": "Seed Daily",
	"sinodaily.com": "Sino Daily", "russodaily.com": "Russo Daily", "indodaily.com": "Indo Daily",
	"robodaily.com": "Robo Daily", "spacemart.com": "Space Mart", "radardaily.com": "Radar Daily",
	"skynightly.com": "Sky Nightly", "spxdaily.com": "Space Daily", "cislunarnews.com": "Cislunar News",
}

// isSMN reports whether the page comes from the Space Media Network: by its
// address, or, for a page saved without one, by the template's body marker
// or its image host.
func (p *page) isSMN() bool {
	if _, ok := smnHosts[p.host()]; ok {
		return true
	}
	if p.markers.bodyStart >= 0 {
		return true
	}
	return strings.Contains(p.meta.ogImage, "spxdaily.com/")
}

// extractSMN reads an SMN page of any era. All eras print the same head in
// the same order (section, headline, kicker, byline, dateline), then the
// body, then a tail of related links, newsletter prompts, teasers and a
// copyright footer; they differ in the markup around it, so the finders
// work on the sequence of text blocks and on the shapes of their text.
func extractSMN(p *page, a *Article) error {
	return extractLinear(p, a)
}

// extractLinear finds head, body and tail in reading order.
func extractLinear(p *page, a *Article) error {
	h, ok := p.findHead()
	if !ok {
		return fmt.Errorf("%w: no article head (headline, byline, dateline) found", ErrNotArticle)
	}
	a.Headline = p.blocks[h.headline].text
	a.Section = h.section
	a.Kicker = h.kicker
	a.Byline, a.Authors, a.Agency = h.byline, h.authors, h.bylineAgency
	a.Dateline = h.dateline
	if h.dateline.Agency != "" {
		a.Agency = h.dateline.Agency
	}

	end := p.bodyEnd(h.bodyStart)
	body := p.bodyText(h.bodyStart, end)
	if h.leadRest != "" && len(body) > 0 && body[0] == p.blocks[h.bodyStart].text {
		body[0] = h.leadRest
	}
	body, a.Keywords = splitTopicLine(body)
	body, a.Signoff = splitSignoff(body)
	a.Body = body
	// A post thumbnail with its caption may stand between the headline
	// and the byline.
	a.Images = p.bodyImages(min(h.headline+1, h.bodyStart), end)
	a.RelatedLinks = p.relatedLinks(end)
	a.RelatedStories = p.relatedStories(end)
	return nil
}

// splitTopicLine takes SMN's topic line off the end of a body. It follows
// the sign-off ("pfc/lb/mtp" then "Alibaba") and is a few words without
// sentence punctuation.
func splitTopicLine(body []string) ([]string, []string) {
	n := len(body)
	if n < 2 || !isTopicLine(body[n-1]) || !isTrailerLine(body[n-2]) {
		return body, nil
	}
	return body[:n-1], splitKeywords(body[n-1])
}

func isTopicLine(s string) bool {
	if len(s) > 80 || isSlug(s) || len(strings.Fields(s)) > 8 {
		return false
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?\"”’)")
}
