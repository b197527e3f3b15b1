package newswire

import (
	"strings"
	"time"
)

// maxLeadSearch is how far into the body a wire dateline is looked for
// when the first paragraphs did not open with one: captions, a repeated
// headline or slug lines may come first.
const maxLeadSearch = 6

// maxLeadSkips bounds the paragraphs looked through for a wire dateline,
// furniture included: a gallery of captions can sit above the lead.
const maxLeadSkips = 24

// isLeadFurniture reports a paragraph printed above a story's lead that
// is not story text: the headline repeated, a credit line, or a caption
// closed by its photo or video credit ("... in La Crosse, Wis. (AP
// Photo/Morry Gash)"). Such paragraphs do not count against how far down
// a wire dateline is looked for.
func isLeadFurniture(s, headline string) bool {
	if s == headline || len(s) <= maxBylineLen && isBylineText(s) {
		return true
	}
	if !strings.HasSuffix(s, ")") {
		return false
	}
	_, credit := splitCredit(s)
	return credit != ""
}

// laterDateline finds the dateline of wire copy that opens a paragraph a
// few paragraphs into the body ("MEXICO CITY (AP) — ..." after two photo
// captions) and takes it off. The story starts at its dateline, so the
// paragraphs above it are furniture and go too. Only a known wire counts
// this far down, where a bare "(NASA)" could be anyone's aside.
func laterDateline(a *Article, ref time.Time) {
	if !a.Dateline.IsZero() {
		return
	}
	for i, seen := 0, 0; i < len(a.Body) && i < maxLeadSkips && seen < maxLeadSearch; i++ {
		if isLeadFurniture(a.Body[i], a.Headline) {
			continue
		}
		seen++
		if !mayOpenDateline(strings.TrimSpace(a.Body[i])) {
			continue // as most paragraphs: told without reading a dateline
		}
		d, rest, ok := scanDateline(a.Body[i], ref)
		if !ok || rest == "" {
			continue
		}
		if _, known := knownAgency(d.Agency); !known {
			continue
		}
		a.Dateline = d
		a.Agency = d.Agency
		a.Body = append([]string{rest}, a.Body[i+1:]...)
		return
	}
}

// placeAbove completes a dateline that names only its agency ("(IANS)
// ...") with the place and date the page prints in their own element just
// above the lead: "NEW DELHI, Dec 3" over "(IANS) The ...".
func (p *page) placeAbove(a *Article, ref time.Time) {
	d := &a.Dateline
	if d.Place != "" || !strings.HasPrefix(d.Text, "(") {
		return
	}
	at := -1
	for i := range p.blocks {
		if strings.HasPrefix(p.blocks[i].text, d.Text) {
			at = i
			break
		}
	}
	for i, seen := at-1, 0; at > 0 && i >= 0 && seen < 2; i-- {
		b := &p.blocks[i]
		if b.caption > 0 || isNoise(b.text) {
			continue
		}
		seen++
		line := strings.TrimRight(b.text, " ,-–—:")
		if len(line) > maxPlaceLen+20 || b.isLink() {
			continue
		}
		place, md, ok := splitPlace(line)
		date := dateFromMonthDay(md, ref)
		if !ok {
			// "NEW DELHI, Dec 3, 2025": a place and a full date.
			if j := strings.IndexByte(line, ','); j > 0 {
				if full, n, isDate := scanFullDate(strings.TrimSpace(line[j+1:])); isDate && n == len(strings.TrimSpace(line[j+1:])) && isPlace(line[:j]) {
					place, date, ok = line[:j], full, true
				}
			}
		}
		if !ok || place == "" || !isUpperWord(firstWord(place)) && md.month == 0 {
			continue
		}
		d.Text = line + " " + d.Text
		d.Place = place
		if d.Date.IsZero() {
			d.Date = date
		}
		return
	}
}
