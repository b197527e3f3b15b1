package newswire

import (
	"strings"
)

// splitSignoff takes the trailers that close wire copy off the end of a
// body: AFP slugs ("pfc/lb/mtp", "burs-lga/ia/bgs"), "--IANS" with its
// initials, "-- BERNAMA", "(ANI)", "Source: RIA Novosti", Reuters'
// "(Reporting by ...; Editing by ...)" and AP's "___" notes. It returns the
// body without them and the trailers joined by spaces, in page order.
// Only the last paragraphs are looked at, so a sentence with "and/or" or
// "24/7" in the middle of a story is never taken.
func splitSignoff(body []string) ([]string, string) {
	var trailers []string
	for len(body) > 0 && len(trailers) < 4 {
		last := body[len(body)-1]
		if isTrailerLine(last) {
			trailers = append(trailers, last)
			body = body[:len(body)-1]
			continue
		}
		// A trailer run on to the end of the last sentence: "...said. --IANS".
		if head, tail, ok := cutInlineTrailer(last); ok {
			trailers = append(trailers, tail)
			body[len(body)-1] = head
		}
		break
	}
	// AP closes with a rule of underscores and notes after it.
	for i := len(body) - 1; i >= 0 && i >= len(body)-6; i-- {
		if isUnderscoreRule(body[i]) {
			for j := len(body) - 1; j >= i; j-- {
				trailers = append(trailers, body[j])
			}
			body = body[:i]
			break
		}
	}
	if len(trailers) == 0 {
		return body, ""
	}
	for i, j := 0, len(trailers)-1; i < j; i, j = i+1, j-1 {
		trailers[i], trailers[j] = trailers[j], trailers[i]
	}
	return body, strings.Join(trailers, " ")
}

// isTrailerLine reports a paragraph that is wholly a trailer.
func isTrailerLine(s string) bool {
	switch {
	case isSlug(s):
		return true
	case isAgencyMark(s):
		return true
	case isSourceLine(s):
		return true
	case isCreditLine(strings.TrimPrefix(s, "(")):
		return true
	case strings.HasPrefix(s, "Editor: ") && len(s) <= 60:
		return true // Xinhua: "Editor: Li Wei"
	case strings.HasSuffix(s, "contributed to this report.") && len(s) < 300:
		return true // AP: "Associated Press writer X in Y contributed to this report."
	}
	return false
}

// creditOpenings open Reuters' reporting credits, with or without their
// parentheses: "(Reporting by X; Editing by Y)".
var creditOpenings = []string{"Reporting by ", "Additional reporting by ", "Writing by ", "Editing by ", "Compiled by ", "Reporting and writing by "}

func isCreditLine(s string) bool {
	if len(s) > 400 {
		return false
	}
	for _, o := range creditOpenings {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}

// isSlug reports an AFP-style sign-off: lower-case initials joined by "/"
// and "-", at least one "/", optionally "bur-"/"burs-" first.
func isSlug(s string) bool {
	if len(s) < 3 || len(s) > 48 || strings.IndexByte(s, '/') < 0 {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			run++
			if run > 6 {
				return false
			}
		case c == '/' || c == '-':
			if run == 0 {
				return false
			}
			run = 0
		default:
			return false
		}
	}
	return run > 0
}

// isAgencyMark reports "--IANS", "-- BERNAMA", "(ANI)", "-- AFP" lines.
func isAgencyMark(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "-–—() "))
	if t == s || len(t) > 20 {
		return false
	}
	_, ok := knownAgency(t)
	return ok
}

// isSourceLine reports "Source: RIA Novosti", "Source: Xinhua".
func isSourceLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "Source:")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && len(rest) <= 60 && len(strings.Fields(rest)) <= 6 && !strings.HasSuffix(rest, ".")
}

func isUnderscoreRule(s string) bool {
	return len(s) >= 3 && strings.Trim(s, "_ ") == ""
}

// inlineTrailers end a last paragraph without a break before them.
var inlineTrailers = []string{"--IANS", "-- IANS", "--BERNAMA", "-- BERNAMA", "(ANI)", "(IANS)"}

func cutInlineTrailer(s string) (string, string, bool) {
	for _, t := range inlineTrailers {
		if head, ok := strings.CutSuffix(s, t); ok && len(head) > 20 {
			return strings.TrimSpace(head), t, true
		}
	}
	// Reuters' reporting credits run on after the last sentence.
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "(Reporting by"); i > 20 {
			return strings.TrimSpace(s[:i]), s[i:], true
		}
	}
	return s, "", false
}

// closingWireCopyright returns the wire that the copyright line printed
// right under the story's last paragraph names: wire copy a site
// republishes whole ends with the wire's notice ("Copyright © AFP
// 2017-2026. Für die kommerzielle Nutzung ..."), where the page's own
// notice is in its footer, further down. The block that holds the last
// paragraph is sought forward from the first index it can have: the
// body's paragraphs are blocks in page order, so the last of n paragraphs
// is at least n-1 blocks past the headline's block (past the page's first
// block when no headline was found). Starting there passes over the
// page's navigation and reaches the paragraph after the few blocks set
// between paragraphs (captions, subheads), and the line after it is the
// one read. It runs only on pages whose agency is unknown.
func (p *page) closingWireCopyright(body []string) string {
	if len(body) == 0 {
		return ""
	}
	from := len(body) - 1
	if p.headline.done && p.headline.ok {
		from += p.headline.index
	}
	last := body[len(body)-1]
	for i := from; i+1 < len(p.blocks); i++ {
		if p.blocks[i].text == last {
			return wireCopyright(p.blocks[i+1].text)
		}
	}
	return ""
}

// wireCopyright returns the wire a copyright line names as the holder,
// alone: "Copyright © AFP 2017-2026.", "© 2025 The Associated Press. All
// rights reserved.", "Copyright 2024 Reuters". A holder with more to its
// name is no wire's notice: "© dpa/Zuma Wire/K.C. Alfred" credits a
// picture, "© 2025 Example Media" is a site's. A notice states a year or
// reserves the rights; a bare "© Reuters" under a staff story's last
// paragraph is as likely the credit of a picture.
func wireCopyright(s string) string {
	rest, ok := cutCopyrightMark(s)
	if !ok || !statesNotice(s) {
		return ""
	}
	rest = strings.TrimLeft(rest, " ©0123456789-–")
	if i := strings.IndexAny(rest, ".,;|"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimRight(rest, " 0123456789-–")
	if strings.ContainsRune(rest, '/') {
		return ""
	}
	a, _ := knownAgency(rest)
	return a
}

// rightsReserved are the phrases of a copyright notice that reserve the
// rights, lower case, in the languages wire copy is republished in.
var rightsReserved = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
}

// statesNotice reports a copyright line that is a notice rather than a
// credit: it states a year ("© AFP 2017-2026", "© 2025 Reuters") or
// reserves the rights.
func statesNotice(s string) bool {
	if hasCopyrightYear(s) {
		return true
	}
	lower := strings.ToLower(s)
	for _, r := range rightsReserved {
		if strings.Contains(lower, r) {
			return true
		}
	}
	return false
}

// hasCopyrightYear reports a year of this or the last century standing
// as a number of its own: "2017-2026", "© 2025", not "12345".
func hasCopyrightYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if i > 0 && isDigit(s[i-1]) || digitsAt(s, i) != 4 {
			continue
		}
		if s[i:i+2] == "19" || s[i:i+2] == "20" {
			return true
		}
	}
	return false
}

// cutCopyrightMark removes the mark that opens a copyright line: "©",
// "Copyright ©", "Copyright", "(c)".
func cutCopyrightMark(s string) (string, bool) {
	for _, mark := range []string{"©", "Copyright", "(c)", "(C)"} {
		if rest, ok := strings.CutPrefix(s, mark); ok {
			return rest, true
		}
	}
	return "", false
}
