package newswire

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html/atom"
)

// extractGeneric reads a page from outside the SMN family. The metadata
// gives headline, byline, dates and images; the body is the region of the
// page that holds the most paragraph text, found by content scoring
// rather than by per-site rules; the dateline, when there is one, opens
// the body's first paragraph.
func extractGeneric(p *page, a *Article) error {
	start, end, ok := p.storyRegion()
	if !ok {
		return fmt.Errorf("%w: no region of paragraph text found", ErrNotArticle)
	}
	if p.isTeaserList(start, end) {
		return errTeaserList
	}
	hl, hasHL := p.headlineByTitle()
	if hasHL {
		a.Headline = p.blocks[hl].text
	} else {
		a.Headline = firstNonEmpty(p.meta.ogTitle, p.meta.twitterTitle)
		if a.Headline == "" {
			a.Headline = p.meta.article().headline
		}
	}
	// A story region that begins above the headline holds it too: start
	// after it, and take byline and kicker between the two.
	if hasHL && hl >= start && hl < end {
		start = hl + 1
	}
	if at := p.genericByline(a, hl, hasHL, start); at >= start {
		start = at + 1 // the credit line opens the story region
	}

	ref := p.meta.publishedTime()
	body := p.genericBody(start, end)
	body = p.leadDateline(a, body, ref)
	body, a.Signoff = splitSignoff(body)
	a.Body = body
	imagesFrom := start
	if hasHL {
		imagesFrom = min(hl+1, start)
	}
	a.Images = p.bodyImages(imagesFrom, end)
	a.RelatedLinks = append(p.inlineRelated(start, end), p.relatedLinks(end)...)
	a.RelatedStories = p.relatedStories(end)
	return nil
}

// errTeaserList is the verdict on index pages: final, where other failures
// of content scoring let the reading-order layout try.
var errTeaserList = fmt.Errorf("%w: an index of stories", ErrNotArticle)

// minParagraph is the shortest block counted as a paragraph when scoring.
const minParagraph = 25

// storyRegion scores the page's regions by the paragraphs they hold, as
// readers of the web have long done: every paragraph-like block adds to its
// region and half as much to the region above, more for longer text and
// commas, nothing when it is mostly links. The best region, widened to the
// ancestors that add paragraphs rather than links or other text, is where
// the story is.
func (p *page) storyRegion() (int, int, bool) {
	if len(p.regions) == 0 {
		return 0, 0, false
	}
	scores := make([]float64, len(p.regions))
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.region < 0 || !b.isParagraph() {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		r := b.region
		scores[r] += s
		if up := p.regions[r].parent; up >= 0 {
			scores[up] += s / 2
		}
	}
	best := -1
	for r := range p.regions {
		if p.regions[r].chrome || scores[r] == 0 {
			continue
		}
		if best < 0 || scores[r] > scores[best] {
			best = r
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	// Climb through wrappers to the ancestor that holds the story's other
	// parts (stories split by ads into sibling sections), as long as what
	// an ancestor adds is mostly paragraphs, not links or chrome.
	inside, insideTotal, _ := p.regionText(best)
	for up, steps := p.regions[best].parent, 0; up >= 0 && steps < 8 && !p.regions[up].chrome; up, steps = p.regions[up].parent, steps+1 {
		held, total, links := p.regionText(int(up))
		addedParagraphs, addedOther := held-inside, (total-insideTotal)-(held-inside)
		if addedParagraphs < inside/5 {
			continue // a wrapper, or a note beside the story
		}
		if links*100 > total*35 || addedOther*2 > addedParagraphs {
			break
		}
		best, inside, insideTotal = int(up), held, total
	}
	if inside < minBodyLen {
		return 0, 0, false
	}
	reg := p.regions[best]
	return int(reg.start), int(reg.end), true
}

// isTeaserList reports a region that is an index of stories: linked
// headlines, each followed by its summary, again and again.
func (p *page) isTeaserList(start, end int) bool {
	teasers, paragraphs := 0, 0
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		if b.isLink() && (b.heading > 0 || b.strong) && len(b.text) <= 200 {
			if j := p.nextText(i + 1); j < end && !p.blocks[j].isLink() && len(p.blocks[j].text) >= minParagraph {
				teasers++
			}
			continue
		}
		if b.isParagraph() {
			paragraphs++
		}
	}
	return teasers >= 3 && teasers*3 >= paragraphs
}

// regionText measures region r in one pass: the paragraph text it holds
// anywhere inside it, all its text, and its link text; chrome and captions
// left out.
func (p *page) regionText(r int) (held, total, links int) {
	reg := p.regions[r]
	for i := reg.start; i < reg.end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 {
			continue
		}
		total += len(b.text)
		links += int(b.linkLen)
		if b.isParagraph() {
			held += len(b.text)
		}
	}
	return held, total, links
}

// genericBody returns the paragraphs of the story region. Unlike SMN's
// tail, a "Related" box inside a story does not end it: such blocks are
// passed over, and only the page's footer (a copyright line) ends the body.
func (p *page) genericBody(start, end int) []string {
	body := make([]string, 0, end-start)
	notes := false
	for i := start; i < end; i++ {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || isNoise(b.text) {
			continue
		}
		switch b.tailKind() {
		case tailNone:
		case tailFooter:
			if len(body) > 0 {
				return body
			}
			continue
		default:
			continue
		}
		if b.linkDensity() > 0.5 && !endsSentence(b.text) {
			continue
		}
		// Stray labels of widgets ("More", "See Also", "1 / 5") are short
		// and say nothing; subheads are headings and stay, and so do the
		// trailers that splitSignoff takes, and AP's notes after "___".
		if isUnderscoreRule(b.text) {
			notes = true
		}
		if !notes && b.heading == 0 && b.tag != atom.Li && b.tag != atom.P && len(b.text) < 40 && !endsSentence(b.text) && !isTrailerLine(b.text) {
			continue
		}
		body = append(body, b.text)
	}
	return body
}

// genericByline finds the credit line between the headline and the body,
// and returns its block index (-1 without one):
// a "By ..." line, or a line that is only a name right under the headline
// (many templates print the author without "by"). Parts of a line split
// by "|" count on their own ("Le Monde | 04.05.2015 | Par Martin
// Untersinger"). Without one, fillFromMeta takes the metadata's authors.
func (p *page) genericByline(a *Article, hl int, hasHL bool, bodyStart int) int {
	from := bodyStart - headWindow
	if hasHL {
		from = hl + 1
	}
	for i := max(from, 0); i < bodyStart+2 && i < len(p.blocks); i++ {
		b := &p.blocks[i]
		if b.caption > 0 || len(b.text) > 200 {
			continue
		}
		for _, part := range strings.Split(b.text, " | ") {
			part = strings.TrimSpace(part)
			if !isBylineText(part) {
				// A bare name needs the marks of a credit line: a date or
				// time after it, or AP's capitals.
				name := cutBylineTail(part)
				if !hasHL || i > hl+3 || b.heading > 0 || !isPersonName(name) || name == part && !isUpperWord(name) {
					continue
				}
				part = "by " + part
			}
			if byline, authors, agency, ok := parseByline(part); ok && (len(authors) > 0 || agency != "" || isDesk(byline)) {
				a.Byline, a.Authors = byline, authors
				if a.Agency == "" {
					a.Agency = agency
				}
				return i
			}
		}
	}
	return -1
}

// leadDateline takes a dateline off the start of the first paragraph
// ("MOSCOW (AP) — An unmanned ..."), with an AFP-style byline before it
// ("by Patrick GALEY Agence France-Presse PARIS, France (AFP) —"). A
// paragraph that is only a dateline goes altogether.
func (p *page) leadDateline(a *Article, body []string, ref time.Time) []string {
	for i := 0; i < len(body) && i < 2; i++ {
		text := body[i]
		byline := ""
		if bl, rest, ok := splitLeadByline(text); ok {
			byline, text = bl, rest
		}
		d, rest, ok := scanDateline(text, ref)
		if !ok {
			continue
		}
		a.Dateline = d
		if d.Agency != "" {
			a.Agency = d.Agency
		}
		if byline != "" && a.Byline == "" {
			a.Byline, a.Authors, _, _ = parseByline(byline)
		}
		if rest == "" {
			return append(body[:i:i], body[i+1:]...)
		}
		body[i] = rest
		return body
	}
	return body
}

// wireCredits close the byline AFP and AP put in front of syndicated copy.
var wireCredits = []string{" Agence France-Presse ", " Associated Press ", " AFP "}

// splitLeadByline splits "by NAME Agence France-Presse PARIS (AFP) — ..."
// into the byline and the rest.
func splitLeadByline(s string) (string, string, bool) {
	if !isBylineText(s[:min(len(s), maxBylineLen)]) && !strings.HasPrefix(s, "by ") && !strings.HasPrefix(s, "By ") {
		return "", s, false
	}
	head := s[:min(len(s), maxBylineLen+30)]
	for _, c := range wireCredits {
		if i := strings.Index(head, c); i > 0 {
			end := i + len(c)
			byline := strings.TrimSpace(s[:end])
			if _, authors, _, ok := parseByline(byline); !ok || len(authors) == 0 {
				return "", s, false // a sentence that starts with "By"
			}
			return byline, strings.TrimSpace(s[end:]), true
		}
	}
	return "", s, false
}
