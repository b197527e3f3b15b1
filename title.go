package newswire

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators part a <title> or og:title into the headline and the
// site's name or section ("Headline | Site", "Site - Headline").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " ‹ ", " › "}

// splitTitle splits a title at its separators, keeping the parts in order.
func splitTitle(t string) []string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// siteNames are the names the page gives its publication, normalised: its
// og:site_name, JSON-LD publisher, and the labels of its host name
// ("tagesschau" of tagesschau.de, "ucdavis" of health.ucdavis.edu).
func (p *page) siteNames() []string {
	var names []string
	add := func(s string) {
		if n := normTitle(s); len(n) >= 3 {
			names = append(names, n)
		}
	}
	add(p.meta.ogSiteName)
	add(p.meta.article().publisher)
	host := p.host()
	add(smnHosts[host])
	labels := strings.Split(host, ".")
	for i, l := range labels {
		if i == len(labels)-1 || len(l) < 4 {
			continue // the TLD, "co", "www"
		}
		add(l)
	}
	return names
}

// isSiteName reports whether a title part names the site: the part is one
// of its names, sits inside one ("News" of "AP News"), or holds one that
// makes up at least half of it ("Mirror Online", "waz.de").
func isSiteName(part string, names []string) bool {
	n := normTitle(part)
	if n == "" {
		return true
	}
	for _, s := range names {
		switch {
		case n == s, strings.Contains(s, n) && len(n) >= 3:
			return true
		case strings.Contains(n, s) && len(s)*2 >= len(n):
			return true
		}
	}
	return false
}

// stripSiteName removes the site's name from either end of a title:
// "Headline | Site", "Site - Headline", "Headline - Section - Site". A
// leading name may also end in a colon when it is the name exactly
// ("Site's Blog: Headline").
func stripSiteName(t string, names []string) string {
	// A title whose site part is empty keeps its separator: "| Site".
	t = strings.Trim(t, " |")
	if t == "" {
		return ""
	}
	for range 4 {
		cut := false
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > 0 && isSiteName(t[i+len(sep):], names) {
				t, cut = strings.TrimSpace(t[:i]), true
				break
			}
			if i := strings.Index(t, sep); i > 0 && isSiteName(t[:i], names) {
				t, cut = strings.TrimSpace(t[i+len(sep):]), true
				break
			}
		}
		if i := strings.Index(t, ": "); !cut && i > 0 && slices.Contains(names, normTitle(t[:i])) {
			t, cut = strings.TrimSpace(t[i+2:]), true
		}
		if !cut {
			break
		}
	}
	return t
}

// settleHeadline decides the headline between the line the page prints
// and the titles its metadata states, each without the site's name:
//
//   - the printed line when a title says the same words; the title's
//     punctuation when it has more (a heading built of styled parts loses
//     the colon between kicker and headline);
//   - the title when the printed line holds it and more (a kicker or the
//     site's name inside the heading element) or is a cut-short part of it;
//   - the title when nothing is printed, or only the site's name (a logo).
func (p *page) settleHeadline(printed string, names []string) string {
	var cands []string
	seen := map[string]bool{}
	add := func(t string) {
		t = stripSiteName(t, names)
		if n := normTitle(t); len(n) >= 4 && !seen[n] && !slices.Contains(names, n) {
			seen[n] = true
			cands = append(cands, t)
		}
	}
	add(firstNonEmpty(p.meta.ogTitle, p.meta.twitterTitle))
	add(p.meta.article().headline)
	add(p.meta.title)
	if len(cands) == 0 {
		return printed
	}
	if printed == "" || isSiteName(printed, names) || isBreadcrumb(printed) {
		return cands[0] // nothing printed, the site's logo, or a trail
	}
	printed = stripSiteName(printed, names)
	pn := normTitle(printed)
	if len(pn) < 4 {
		return cands[0]
	}
	for _, c := range cands {
		if normTitle(c) == pn {
			return morePunctuated(printed, c)
		}
	}
	// A part of a title that the printed line matches confirms it:
	// "The Geology Of Mars" under "SpaceDaily - The Geology Of Mars - the fields".
	for _, t := range []string{p.meta.ogTitle, p.meta.twitterTitle, p.meta.title} {
		for _, part := range splitTitle(t) {
			if normTitle(part) == pn {
				return printed
			}
		}
	}
	for _, c := range cands {
		// The heading element holds a kicker before the headline
		// ("Premier League" in a span of its own).
		if kicker, ok := kickerBefore(printed, c); ok && (endsWithSeparator(kicker) || len(strings.Fields(kicker)) >= 2) {
			return c
		}
		// The title holds the kicker that the page prints apart:
		// "Kenia: Nairobi von unten" over "Nairobi von unten".
		if kicker, ok := kickerBefore(c, printed); ok && endsWithSeparator(kicker) {
			if isSiteName(strings.TrimRight(kicker, ":-–—|/·• "), names) {
				return printed // "Garnix Blog: ..." names the site, not the story
			}
			return c
		}
	}
	return printed
}

// kickerBefore returns the text of long before a tail that says the same
// words as short, and whether there is such a tail.
func kickerBefore(long, short string) (string, bool) {
	sn := normTitle(short)
	if len(sn) < 8 {
		return "", false
	}
	for i := len(long) - 1; i > 0; i-- {
		if !utf8.RuneStart(long[i]) {
			continue
		}
		if n := normTitle(long[i:]); n == sn {
			if k := strings.TrimSpace(long[:i]); normTitle(k) != "" {
				return k, true
			}
			return "", false
		} else if len(n) > len(sn) {
			return "", false
		}
	}
	return "", false
}

// endsWithSeparator reports a kicker written with the mark that parts it
// from the headline ("Kenia:", "Minderheit in Syrien -").
func endsWithSeparator(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(":-–—|/·•", r)
}

// morePunctuated returns whichever of two renderings of the same words has
// more punctuation, preferring a.
func morePunctuated(a, b string) string {
	count := func(s string) int {
		n := 0
		for _, r := range s {
			if unicode.IsPunct(r) {
				n++
			}
		}
		return n
	}
	if count(b) > count(a) {
		return b
	}
	return a
}

// cleanHeadline removes the marks a headline can carry that are not its
// words: Markdown a site printed raw ("## Title", "*Title*"), and a colon
// left at its end by a template that introduces the next line with it.
func cleanHeadline(s string) string {
	s = strings.TrimSpace(s)
	if rest := strings.TrimLeft(s, "#"); len(rest) < len(s) && len(s)-len(rest) <= 6 && strings.HasPrefix(rest, " ") {
		s = strings.TrimSpace(rest)
	}
	for _, mark := range []string{"**", "__", "*", "_"} {
		if inner, ok := strings.CutPrefix(s, mark); ok && strings.HasSuffix(inner, mark) && len(inner) > len(mark) {
			inner = strings.TrimSuffix(inner, mark)
			if !strings.Contains(inner, mark) && strings.TrimSpace(inner) == inner {
				s = inner
				break
			}
		}
	}
	if t := strings.TrimRight(s, ":"); t != s && len(t) > 0 && !strings.HasSuffix(t, " ") {
		s = t
	}
	return s
}

// isBreadcrumb reports a heading that is a trail of sections, "Computer
// Science > Artificial Intelligence": a template's location line, not a
// story's headline.
func isBreadcrumb(s string) bool {
	for _, sep := range []string{" > ", " › ", " » ", " / "} {
		if strings.Count(s, sep) >= 1 && !strings.ContainsAny(s, ".?!:") {
			parts := strings.Split(s, sep)
			short := true
			for _, p := range parts {
				if n := len(strings.Fields(p)); n == 0 || n > 4 {
					short = false
				}
			}
			if short && (sep != " / " || len(parts) >= 3) {
				return true
			}
		}
	}
	return false
}
