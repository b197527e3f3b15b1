package newswire

import (
	"bytes"
	"errors"
	"fmt"
	"golang.org/x/net/html/atom"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxBylineLen caps a credit line; longer text is a sentence, not a byline.
const maxBylineLen = 120

// ErrNoByline is returned by ParseByline for text that is not a credit
// line.
var ErrNoByline = errors.New("newswire: not a byline")

// Byline is a credit line as ParseByline reads it.
type Byline struct {
	// Text is the line as printed, without its leading "by" and the tails
	// templates print after the names ("| Jan. 03, 2018", "Updated").
	Text string
	// Authors are the people the line names, as written. Desks ("Staff
	// Writers"), agencies and job titles are not people.
	Authors []string
	// Agency is the wire the line credits ("AP" for "Associated Press"),
	// if any.
	Agency string
}

// ParseByline reads a credit line such as "by AFP Staff Writers",
// "By Lucie AUBOURG with Issam AHMED in Washington", "Von Juliane Rohr" or
// "By Toby Muse, Associated Press". It fails with an error wrapping
// ErrNoByline when s does not open with a credit word ("by", "von", "par",
// "por", possibly after a label such as "Written") or is too long for a
// credit line.
func ParseByline(s string) (Byline, error) {
	text, authors, agency, ok := parseByline(s)
	if !ok {
		return Byline{}, fmt.Errorf("%w: %q", ErrNoByline, truncate(s, 80))
	}
	return Byline{Text: text, Authors: authors, Agency: agency}, nil
}

// parseByline is ParseByline for the finders: the line, its people, its
// agency, and whether s is a credit line at all.
func parseByline(s string) (byline string, authors []string, agency string, ok bool) {
	s, ok = stripBy(strings.TrimSpace(s))
	if !ok {
		return "", nil, "", false
	}
	return parseCredit(s)
}

// parseCredit is parseByline for a credit without its credit word: a
// metadata credit ("Jane Doe, Associated Press"), or the text of an author
// element.
func parseCredit(s string) (byline string, authors []string, agency string, ok bool) {
	s = strings.TrimLeft(strings.TrimSpace(s), " :")
	if len(s) < 2 {
		return "", nil, "", false
	}
	s = cutBylineTail(s)
	if s == "" || len(s) > maxBylineLen {
		return "", nil, "", false
	}
	// inTitle: the part before was a fragment of a title after a name
	// ("Home" of "Paul Frew, Home and Digital Security Expert").
	lastWasName, inTitle := false, false
	for _, part := range splitNames(s) {
		if lastWasName && isPostnominal(part) {
			// "Jillian Kubala, MS, RD": the credentials are written as
			// part of the name.
			authors[len(authors)-1] += ", " + part
			continue
		}
		prevName := lastWasName
		lastWasName = false
		if isDegree(part) {
			continue // "M.A. Journalism", a degree after the titles
		}
		part, tail := cutAgencyTail(part)
		if tail != "" && agency == "" {
			agency = tail
		}
		if part == "" {
			continue
		}
		if a, ok := knownAgency(part); ok {
			if agency == "" {
				agency = a
			}
			continue
		}
		name := trimFullStop(cutJobTitle(cutPlaceTail(part)))
		if name != part && inTitle {
			// "Paul Frew, Home and Digital Security Expert": the end of
			// a title split at its "and" names no one.
			continue
		}
		inTitle = false
		if isDesk(part) && (name == part || isDesk(name) || !isPersonName(name)) {
			// A desk, unless a name comes before the title that makes it
			// look like one ("Jane Doe Executive Digital Editor").
			if agency == "" {
				if a, ok := knownAgency(firstWord(part)); ok {
					agency = a
				}
			}
			continue
		}
		if !isPersonName(name) {
			inTitle = prevName || inTitle
			if len(authors) > 0 && strings.Contains(part, " of ") {
				// "Jane Doe, Head of Marketing and Community
				// Development": the rest of the line is her title.
				break
			}
			continue
		}
		authors = append(authors, name)
		lastWasName = name == part
	}
	return s, authors, agency, true
}

// trimFullStop removes the full stop of a credit printed as a sentence
// ("by Erik Demaine.", "by Bo Li."), not the dot of an abbreviation that
// ends a name: an initial ("K."), a suffix or a degree ("Jr.", "Esq.",
// "Ph.D."), a word with other dots. A short family name ("Li", "Ng")
// is no abbreviation.
func trimFullStop(name string) string {
	head, ok := strings.CutSuffix(name, ".")
	if !ok {
		return name
	}
	last := head[strings.LastIndexByte(head, ' ')+1:]
	// "MA", "PhD" are degrees; "Ma", "Do" are family names.
	degree := isPostnominal(last) && (isUpperWord(last) || len(last) > 2)
	if utf8.RuneCountInString(last) <= 1 || strings.ContainsRune(last, '.') || degree || isAbbreviation(last) {
		return name
	}
	return head
}

// nameAbbreviations are the short words ending a name that are written
// with a dot and are no postnominal.
var nameAbbreviations = map[string]bool{"jr": true, "sr": true, "esq": true, "st": true, "snr": true, "jnr": true}

// isAbbreviation reports a word written short with a dot after it.
func isAbbreviation(w string) bool {
	return len(w) <= 3 && nameAbbreviations[strings.ToLower(w)]
}

// postnominals are the degrees, licences and suffixes written after a
// name ("MS, RD", "Ph.D.", "CFP®", "Jr."), upper-cased without dots.
var postnominals = map[string]bool{
	"MD": true, "DO": true, "PHD": true, "RD": true, "RDN": true, "LD": true, "LDN": true,
	"MS": true, "MSC": true, "MA": true, "MBA": true, "MPH": true, "MSN": true, "MSW": true,
	"BA": true, "BS": true, "BSN": true, "RN": true, "NP": true, "APRN": true, "FNP": true,
	"DNP": true, "PA-C": true, "CFP": true, "CPA": true, "CFA": true, "CEPF": true, "CHFC": true,
	"DVM": true, "VMD": true, "DACVB": true, "LVT": true, "DDS": true, "DMD": true, "OD": true,
	"DPT": true, "PSYD": true, "LCSW": true, "LMFT": true, "LPC": true, "JD": true, "ESQ": true,
	"FAND": true, "FACLM": true, "FACP": true, "FACC": true, "FAAP": true, "DABOM": true,
	"FOMA": true, "CPP": true, "PSP": true, "CSCS": true, "IBCLC": true, "CNM": true,
	"JR": true, "SR": true, "II": true, "III": true,
}

// isPostnominal reports a byline part made only of postnominals: "MS",
// "Ph.D.", "M.D. FACLM", "CEPF®". Outlets written the same way ("CNN")
// are not in the list, so "Jane Doe, CNN" stays two credits.
func isPostnominal(part string) bool {
	if len(part) > 24 {
		return false
	}
	n := 0
	var buf [24]byte
	for w := range strings.FieldsSeq(part) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "®"), "™")
		k := buf[:0]
		lower := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'A' && c <= 'Z' {
				lower = false
			} else if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			} else if c != '.' && c != '-' {
				return false
			}
			if c != '.' {
				k = append(k, c)
			}
		}
		if lower || !postnominals[string(k)] {
			return false
		}
		n++
	}
	return n > 0
}

// isDegree reports a degree written with its subject: "M.A. Journalism",
// "Ph.D. Chemistry". The degree is spelt with dots, as initials before a
// name are not ("M. A. Jones", "MA Jones").
func isDegree(part string) bool {
	first, rest, ok := strings.Cut(part, " ")
	return ok && rest != "" && strings.Count(first, ".") >= 2 && !strings.Contains(first, ". ") && isPostnominal(first)
}

// cutAgencyTail separates an agency written after a name without a comma,
// as syndicated copy and some templates print it: "Patrick GALEY Agence
// France-Presse", "TOM OKAFOR Associated Press".
func cutAgencyTail(part string) (string, string) {
	for _, name := range agencyLongNames {
		// The space before the name first: one byte's test rules out
		// most names before the comparison of their bytes.
		if len(part) > len(name) && part[len(part)-len(name)-1] == ' ' && strings.EqualFold(part[len(part)-len(name):], name) {
			a, _ := knownAgency(name)
			return strings.TrimSpace(part[:len(part)-len(name)]), a
		}
	}
	return part, ""
}

// stripBy removes a leading credit word: "by", "By", "BY", "By:", the
// German "Von", the French "Par", the Spanish and Portuguese "Por", the
// Dutch "Door" and the Italian "di", with
// the label some templates print before it ("Written by", "Kolumne von"),
// and "By" run on into the name ("ByKathy Owen"); never the letters of a
// name such as "Abby" or "Kirby".
func stripBy(s string) (string, bool) {
	if len(s) >= 4 && s[:2] == "By" && s[2] >= 'A' && s[2] <= 'Z' && s[3] >= 'a' && s[3] <= 'z' {
		return s[2:], true // "ByKathy Owen": two spans printed without a space
	}
	rest := s
	var buf [64]byte
	for range 3 {
		w, after, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ":")
		if !mayBeCreditWordFold(w) {
			return s, false // as most lines' first words, told before lowering
		}
		// Lowered once, on the stack, for both tables: every short line
		// of a page is asked.
		lw := appendLower(buf[:0], w)
		if !mayBeCreditWord(lw) {
			return s, false // as most lines' first words: in neither table
		}
		if byWords[string(lw)] || w == "di" {
			if strings.HasSuffix(rest[:len(w)+min(1, len(rest)-len(w))], ":") || len(after) >= 2 {
				after = strings.TrimLeft(after, " :")
				if after != "" && len(s) >= 4 {
					return after, true
				}
			}
			return s, false
		}
		if !bylineLabels[string(lw)] || after == "" {
			return s, false
		}
		rest = after
	}
	return s, false
}

// creditSentences open the sentence that some templates print as a
// credit, under the story or in the author's box: "This post was written
// by Jane Doe, Head of Marketing". It is read by the finders of printed
// credits and author elements, not as the byline under the headline: it
// is part of the story's text.
var creditSentences = []string{
	"this post was written by ", "this article was written by ", "this story was written by ",
	"this piece was written by ", "this guide was written by ", "this blog post was written by ",
	"this post was authored by ", "this article was authored by ", "this post was contributed by ",
	"this article was contributed by ",
}

// cutCreditSentence returns what follows the opening of a credit sentence
// (see creditSentences).
func cutCreditSentence(s string) (string, bool) {
	if len(s) < 20 || s[0] != 'T' && s[0] != 't' {
		return s, false // spares the look-ups for every other line
	}
	for _, c := range creditSentences {
		if len(s) > len(c) && strings.EqualFold(s[:len(c)], c) {
			return s[len(c):], true
		}
	}
	return s, false
}

// isCreditSentence reports a credit sentence of a credit line's length:
// an author's box can hold one longer than a name ("This post was written
// by Jane Doe, Head of Marketing and Community Development").
func isCreditSentence(s string) bool {
	_, ok := cutCreditSentence(s)
	return ok && len(s) <= maxBylineLen
}

// byWords open a credit line, in the languages wire copy is republished in.
// The Italian "di" counts only in lower case, as "Di" opens surnames.
var byWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true}

// creditWordShapes has, for each length, the first bytes (as bits, by
// their low six bits) of the words of byWords and bylineLabels of that
// length, and of "di": a word whose length and first byte are in none is
// in neither table, told without hashing it. stripBy asks it of the first
// word of every short line of a page.
var creditWordShapes = creditWordBytes(func(w string) byte { return w[0] })

// creditWordEnds is creditWordShapes for the last bytes of the words:
// a first word whose length and first byte pass, as many do ("wedding"
// as "written"), is mostly told by its last byte, before its lowering
// and two hashed look-ups.
var creditWordEnds = creditWordBytes(func(w string) byte { return w[len(w)-1] })

// creditWordBytes builds creditWordShapes or creditWordEnds from the byte
// of each word that at picks.
func creditWordBytes(at func(w string) byte) (t [maxCreditWordLen + 1]uint64) {
	add := func(w string) {
		if len(w) <= maxCreditWordLen { // a longer one fails TestCreditWordShapes and TestLetterTablesFit, not the package's start
			t[len(w)] |= 1 << (at(w) & 63)
		}
	}
	add("di")
	for w := range byWords {
		add(w)
	}
	for w := range bylineLabels {
		add(w)
	}
	return t
}

// maxCreditWordLen is the longest word of byWords and bylineLabels.
const maxCreditWordLen = 12

// mayBeCreditWord reports whether the lower-cased word lw may be one of
// byWords, bylineLabels or "di" (see creditWordShapes and
// creditWordEnds).
func mayBeCreditWord(lw []byte) bool {
	return len(lw) > 0 && len(lw) <= maxCreditWordLen && creditWordShapes[len(lw)]&(1<<(lw[0]&63)) != 0 &&
		creditWordEnds[len(lw)]&(1<<(lw[len(lw)-1]&63)) != 0
}

// mayBeCreditWordFold is mayBeCreditWord of w lower-cased, told without
// lower-casing a word of ASCII, whose length lower-casing keeps and whose
// first and last bytes are lowered alone; a word past ASCII may change
// its length, and is lowered to be told. (Small enough to inline into
// stripBy, which asks it of every short line's first word.)
func mayBeCreditWordFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	if w == "" || len(w) > maxCreditWordLen {
		return false
	}
	return creditWordShapes[len(w)]&(1<<(lowerASCII(w[0])&63)) != 0 && creditWordEnds[len(w)]&(1<<(lowerASCII(w[len(w)-1])&63)) != 0
}

// bylineLabels are the words templates print before "by" ("Written by",
// "Ein Kommentar von").
var bylineLabels = map[string]bool{
	"written": true, "posted": true, "story": true, "words": true, "text": true, "reported": true,
	"compiled": true, "published": true, "report": true, "analysis": true, "opinion": true,
	"commentary": true, "column": true, "kolumne": true, "kommentar": true, "ein": true, "eine": true,
	"analyse": true, "gastbeitrag": true, "interview": true, "reportage": true, "un": true, "une": true,
	"article": true, "tribune": true, "escrito": true, "texto": true, "reportaje": true,
	"verfasst": true, "geschrieben": true, "rédigé": true, "écrit": true,
	"guide": true, "review": true, "feature": true, "essay": true, "recipe": true,
}

// bylineTailWords open what templates print after the names on the same
// line: dates, "Updated", social handles, "For Dailymail.Com".
var bylineTailWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "follow": true, "last": true, "view": true,
	"reviewed": true, "fact-checked": true, "medically": true,
	"on": true, "at": true, "for": true, "|": true, "-": true, "—": true, "–": true, "•": true,
	"·": true, "⋅": true, "//": true, "●": true, "▪": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "twitter": true, "facebook": true, "linkedin": true,
	"instagram": true, "email": true, "e-mail": true, "aktualisiert": true, "veröffentlicht": true,
	"stand": true, "mis": true, "publié": true, "actualizado": true, "publicado": true,
}

// splitRunOn parts a word that a template printed against the next span
// without a space, where the next span opens a tail: "MillerPublished",
// "PressApril", "LazareTwitter". Names with capitals inside ("McDonald",
// "DeSiato") stay whole: "Donald" and "Siato" open no tail.
func splitRunOn(w string) (string, string) {
	for i := 1; i < len(w)-1; i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			tail := w[i:]
			lower := strings.ToLower(strings.TrimRight(tail, ",.:"))
			// "In" run on opens a list of categories: "Gabby BoucherIn Budget
			// Travel, Travel Tips".
			if _, isMonth := months[lower]; bylineTailWords[lower] || isMonth || isJobTitleWord(lower) || lower == "news" || tail == "In" {
				return w[:i], tail
			}
		}
	}
	return w, ""
}

// cutBylineTail keeps the names of a credit line and drops what follows
// them on the line: "Erin Cunningham March 18 at 3:57 PM Follow @erin",
// "Dan Goodin - Apr 16, 2015", "Alex Perry 1 day ago", "UPI Staff | Jan. 03".
//
// It reads the words where they stand, as strings.Fields would split
// them, and stops at the first word of the tail: the lines of a page's
// head are asked, long paragraphs among them, and splitting a whole
// paragraph into a slice of words cost more than the rest of the check.
func cutBylineTail(s string) string {
	first, kept := -1, 0 // where the kept words start and end in s
	single := true       // the kept words are set apart by one space each, as the result joins them
	prev := ""           // the word before
	for i, pos := 0, 0; ; i++ {
		start, stop := nextField(s, pos)
		if start < 0 {
			break
		}
		w := s[start:stop]
		pos = stop
		cut := false
		if head, tail := splitRunOn(w); tail != "" {
			stop, cut = start+len(head), true
		} else if i > 0 && !(i < 2 && strings.EqualFold(trimCommaDot(w), "for")) {
			// "Center for Drug Evaluation": an outlet after "For" follows
			// a name of two words at least ("Dolores Chang For ...").
			isMonth := false
			if mayOpenTable(&monthStarts, w) {
				_, _, isMonth = scanMonth(w)
			}
			if isMonth {
				// "March 18": the word and the next, joined only when the word
				// opens with a month (a day first opens with a digit, which
				// cuts the line anyway).
				next := ""
				if ns, ne := nextField(s, stop); ns >= 0 {
					next = s[ns:ne]
				}
				_, _, isMonth = scanMonthDay(w + " " + next)
			}
			// "By TPN, in News, Portugal": "in" after a comma opens the
			// categories or the place, never a name.
			listed := w == "in" && strings.HasSuffix(prev, ",")
			if mayOpenTable(&tailWordStarts, w) && lookupFold(bylineTailWords, trimCommaDot(w)) || isMonth || listed || w[0] >= '0' && w[0] <= '9' || w[0] == '@' {
				break
			}
		}
		if first < 0 {
			first = start
		} else if start != kept+1 || s[kept] != ' ' {
			single = false
		}
		kept, prev = stop, w
		if cut {
			break
		}
	}
	if first < 0 {
		return ""
	}
	out := s[first:kept]
	if !single {
		out = strings.Join(strings.Fields(out), " ")
	}
	return strings.TrimRight(out, " ,;:")
}

// monthStarts and tailWordStarts hold the first bytes of the words of
// months and bylineTailWords: cutBylineTail asks of every word of a line,
// and most open with a byte no word of either table opens with.
var monthStarts, tailWordStarts = firstBytes(months), firstBytes(bylineTailWords)

func firstBytes[V any](m map[string]V) (t [256]bool) {
	for w := range m {
		t[w[0]] = true
	}
	return t
}

// mayOpenTable reports whether w, not empty, may be a word of the table
// whose first bytes are t, in any case: its first byte, lower-cased when
// it is ASCII, is one of t's; a word opening with a multi-byte character
// (whose lower case may open with another byte) may always be.
func mayOpenTable(t *[256]bool, w string) bool {
	c := w[0]
	if c >= utf8.RuneSelf {
		return true
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return t[c]
}

// trimCommaDot is strings.TrimRight(w, ",."), without building the set of
// two bytes for every word it is asked.
func trimCommaDot(w string) string {
	for len(w) > 0 && (w[len(w)-1] == ',' || w[len(w)-1] == '.') {
		w = w[:len(w)-1]
	}
	return w
}

// nextField returns where the first word of s at or after pos starts and
// ends, split as strings.Fields splits (on Unicode white space), or -1
// when none is left.
//
// A printable ASCII byte other than the space is no white space: the
// runs of them, most of every line, are passed in a loop of one test a
// byte; a space, a control byte or a byte past ASCII is told apart.
func nextField(s string, pos int) (start, stop int) {
	i := pos
	for i < len(s) {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			break
		}
		space, size := c == ' ' || c >= '\t' && c <= '\r', 1
		if c >= utf8.RuneSelf {
			space, size = isSpaceAt(s, i)
		}
		if !space {
			break
		}
		i += size
	}
	if i >= len(s) {
		return -1, -1
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			i++
			continue
		}
		space, size := c == ' ' || c >= '\t' && c <= '\r', 1
		if c >= utf8.RuneSelf {
			space, size = isSpaceAt(s, i)
		}
		if space {
			return start, i
		}
		i += size
	}
	return start, len(s)
}

// isSpaceAt reports whether s holds white space at i, and the size of the
// character there.
func isSpaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || c >= '\t' && c <= '\r', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// isBylineText reports whether a block of text is a credit line.
func isBylineText(s string) bool {
	// The length first: the story's paragraphs are asked too (see
	// storyBlocks), and are longer than any credit line.
	if len(s) > maxBylineLen+3 {
		return false
	}
	rest, ok := stripBy(s)
	return ok && namesSomeone(rest)
}

// namesSomeone reports whether what follows a credit word can open a
// credit: a capitalised or caseless word, a desk ("staff"), or a particle
// ("de la Cruz"); a sentence goes on in lower case ("By clicking Sign Up",
// "By the end of the week").
func namesSomeone(s string) bool {
	w, rest, _ := strings.Cut(s, " ")
	r, _ := utf8.DecodeRuneInString(w)
	if w == "the" {
		// "By the Lavazza Team", "by the Associated Press"; not "By the
		// end of the week".
		r, _ = utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return !unicode.IsLower(r) || isNameParticle(w) || isDesk(w)
}

// splitNames splits "A and B", "A with B", "A, B & C" and
// "Toby Muse, Associated Press" into their parts.
func splitNames(s string) []string {
	if mayHoldNameSeparator(s) {
		// Only the separators the line holds are replaced, each a search
		// of the line the rest are spared.
		for m := nameSeparatorsIn(s); m != 0; m &= m - 1 {
			s = strings.ReplaceAll(s, nameSeparators[bits.TrailingZeros16(m)], "\x00")
		}
	}
	parts := strings.Split(s, "\x00")
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(strings.TrimPrefix(p, "avec "), "with ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// mayHoldNameSeparator reports whether s may hold one of nameSeparators
// (or the NUL that splitNames splits at): a comma, a closing parenthesis,
// or a space before the first byte of a separator that opens with one. A
// credit of one name holds none, and is answered with one pass over its
// bytes instead of a search for each separator.
func mayHoldNameSeparator(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ')', 0:
			return true
		case ' ':
			if i+1 < len(s) && strings.IndexByte("aw&Aeyuo(", s[i+1]) >= 0 {
				return true
			}
		}
	}
	return false
}

// nameSeparatorsIn returns a bit for each of the nameSeparators s holds,
// by its index, in one pass. splitNames replaces them in their order; a
// separator s does not hold it does not come to hold as the ones before
// it are replaced by a NUL, for the text between the NULs is s's own and
// no separator holds a NUL: so replacing only these is replacing all.
func nameSeparatorsIn(s string) (m uint16) {
	for i := 0; i < len(s); i++ {
		var c uint16 // the separators that may open at i
		if s[i] != ' ' {
			c = nameSeparatorOpeners[s[i]]
		} else if i+1 < len(s) {
			c = nameSeparatorSeconds[s[i+1]]
		}
		for ; c != 0; c &= c - 1 {
			if k := bits.TrailingZeros16(c); strings.HasPrefix(s[i:], nameSeparators[k]) {
				m |= 1 << k
			}
		}
	}
	return m
}

// nameSeparatorOpeners has, by their first byte, the bits of the
// nameSeparators that open with no space; nameSeparatorSeconds, by their
// second byte, those that open with one.
var nameSeparatorOpeners, nameSeparatorSeconds = func() (first, second [256]uint16) {
	for k, sep := range nameSeparators {
		if sep[0] != ' ' {
			first[sep[0]] |= 1 << k
		} else {
			second[sep[1]] |= 1 << k
		}
	}
	return first, second
}()

// nameSeparators part the names of a byline, in the languages wire copy
// is republished in ("Martin Untersinger (avec Damien Leloup et Morgane
// Tual)").
var nameSeparators = []string{" and ", " with ", " & ", " AND ", ", ", " et ", " y ", " e ", " und ", " og ", " och ", " (", ")"}

// deskWords mark a byline part as a desk rather than a person.
var deskWords = []string{
	"staff", "writers", "writer", "desk", "wire", "wires", "reporters", "correspondent",
	"correspondents", "editors", "editor", "service", "agencies", "bureau", "newsroom",
	"team", "contributors", "press release", "news", "newsdesk", "redaktion",
}

// deskWordShapes has, for each length, the first bytes (as bits, by their
// low six bits) of the deskWords of that length.
var deskWordShapes = func() (t [16]uint64) {
	for _, d := range deskWords {
		if len(d) < len(t) { // a longer one fails TestDeskWordShapesFit, not the package's start
			t[len(d)] |= 1 << (d[0] & 63)
		}
	}
	return t
}()

// isTeamWord reports a desk word that closes the name of a team credited
// as a whole ("Great Day Editorial Team", "Podium Staff", "MM Editors"),
// not the job title of one person ("Lifestyle Writer").
func isTeamWord(w string) bool {
	lw := strings.ToLower(w)
	return slices.Contains(deskWords, lw) && (!isJobTitleWord(lw) || strings.HasSuffix(lw, "s"))
}

func isDesk(part string) bool {
	// Word by word, each lowered on the stack: strings.ToLower maps rune
	// by rune and makes or removes no space, so these are the words of the
	// lowered line, without its copy and the slice of its words. They are
	// found in place (see nextField), as strings.Fields splits them.
	var buf [64]byte
	for start, stop := nextField(part, 0); start >= 0; start, stop = nextField(part, stop) {
		w := part[start:stop]
		// An ASCII word lowers byte for byte: one whose length and
		// first letter no desk word has is none, told without lowering
		// it and comparing it with each (most words of a name).
		if (len(w) >= len(deskWordShapes) || deskWordShapes[len(w)]&(1<<(lowerASCII(w[0])&63)) == 0) && isASCII(w) {
			continue
		}
		lw := appendLower(buf[:0], w)
		for _, d := range deskWords {
			if string(lw) == d {
				return true
			}
		}
	}
	return false
}

// labelWords are words of the labels, buttons and headings that templates
// print where a byline could be, and that no personal name is made of.
var labelWords = map[string]bool{
	"last": true, "updated": true, "update": true, "filed": true, "under": true, "learn": true,
	"more": true, "key": true, "takeaways": true, "written": true, "by": true, "jump": true,
	"to": true, "free": true, "audit": true, "seo": true, "editor": true, "verified": true,
	"originally": true, "posted": true, "published": true, "search": true, "keyword": true,
	"read": true, "speed": true, "share": true, "comments": true, "kommentare": true,
	"anzahl": true, "min": true, "minutes": true, "reviewed": true, "sponsored": true,
	"advertisement": true, "subscribe": true, "newsletter": true, "sign": true, "login": true,
	"menu": true, "home": true, "contact": true, "about": true, "us": true, "the": true,
	"son": true, "güncelleme": true, "kommentar": true, "fact": true, "checked": true, "table": true, "contents": true, "summary": true,
	"follow": true, "view": true,
	"all": true, "posts": true, "and": true, "of": true, "for": true, "in": true, "on": true,
	"facebook": true, "twitter": true, "linkedin": true, "reddit": true, "telegram": true,
	"whatsapp": true, "pinterest": true, "instagram": true, "email": true, "print": true,
	"copy": true, "link": true, "digg": true, "mastodon": true, "bluesky": true,
	"watch": true, "live": true, "listen": true, "video": true, "podcast": true,
	"text": true, "size": true, "privacy": true, "policy": true, "reading": true, "time": true,
	"spotlight": true, "author": true, "authors": true, "admin": true, "administrator": true,
	"information": true, "terms": true, "cookies": true, "licensed": true, "certified": true,
	"topics": true, "topic": true, "tags": true, "categories": true, "category": true,
	"related": true,
}

// orgWords make a name an organisation's ("MECLABS Institute", "Atlas
// Van Lines Inc."): no person is called by them.
var orgWords = map[string]bool{
	"institute": true, "university": true, "inc": true, "llc": true, "ltd": true, "gmbh": true,
	"corp": true, "corporation": true, "association": true, "foundation": true, "hospital": true,
	"clinic": true, "council": true, "society": true, "agency": true, "company": true,
	"group": true, "media": true, "forum": true, "college": true, "ministry": true, "department": true,
	"services": true, "solutions": true, "products": true, "systems": true, "technologies": true,
	"health": true, "healthcare": true, "labs": true, "network": true, "partners": true,
	"consulting": true, "studios": true, "center": true, "centre": true, "official": true,
}

// jobTitleWords open or make up the job titles printed beside a name
// ("AP National Security Writer", "Senior Analyst", "Korrespondentin");
// German feminine forms in "-in" and plurals in "-s" are read by
// isJobTitleWord. A set, as every word of a candidate name is asked.
var jobTitleWords = map[string]bool{
	"writer": true, "correspondent": true, "korrespondent": true, "reporter": true, "editor": true,
	"redakteur": true, "redaktor": true, "journalist": true, "columnist": true, "kolumnist": true,
	"analyst": true, "contributor": true, "producer": true, "director": true, "manager": true,
	"expert": true, "founder": true, "co-founder": true, "ceo": true, "cto": true, "cfo": true,
	"president": true, "chief": true, "senior": true, "professor": true, "specialist": true,
	"strategist": true, "consultant": true, "photographer": true, "fotograf": true,
	"chefredakteur": true, "ressortleiter": true, "volontär": true, "mitarbeiter": true,
	"executive": true, "managing": true, "deputy": true, "associate": true, "assistant": true,
	"contributing": true, "기자": true, "특파원": true, "记者": true, "記者": true,
}

// isJobTitleWord reports a lower-case word that is a job title's, in its
// own form, its German feminine form ("korrespondentin") or its plural
// ("editors"): three look-ups rather than a scan of the list, as every
// word of a candidate name is asked.
func isJobTitleWord(lower string) bool {
	if jobTitleWords[lower] {
		return true
	}
	if stem, ok := strings.CutSuffix(lower, "in"); ok && jobTitleWords[stem] {
		return true
	}
	stem, ok := strings.CutSuffix(lower, "s")
	return ok && jobTitleWords[stem]
}

// cutJobTitle keeps the name before a job title printed after it without
// a comma: "Ulrich Exner Korrespondent" is Ulrich Exner.
func cutJobTitle(s string) string {
	// The words are read in place (see nextField), as strings.Fields
	// splits them, and each lowered on the stack: every part of every
	// credit line is asked, and most hold no job title.
	var first, prev string
	var buf [64]byte
	for i, start, stop := 0, 0, 0; ; i++ {
		if start, stop = nextField(s, stop); start < 0 {
			return s
		}
		w := s[start:stop]
		if i == 0 {
			first = w
		}
		// An East Asian name is one word: "배윤경 기자" is 배윤경, reporter.
		if (i >= 2 || i == 1 && isEastAsianName(first)) && isJobTitleWord(string(appendLower(buf[:0], trimNameMarks(w)))) {
			if i >= 3 && isTitleAdjective(prev) {
				i-- // "Sina Zehrfeld Landespolitische Korrespondentin"
			}
			return strings.Join(strings.Fields(s)[:i], " ")
		}
		prev = w
	}
}

// titleAdjectiveEndings end the German adjectives printed before a job
// title ("Landespolitische Korrespondentin", "Leitender Redakteur",
// "Freie Autorin"); short words so ending ("Paige") are names.
var titleAdjectiveEndings = []string{"ische", "ischer", "ende", "ender", "liche", "licher", "ige", "iger"}

func isTitleAdjective(w string) bool {
	lw := strings.ToLower(w)
	if lw == "freie" || lw == "freier" || lw == "former" {
		return true
	}
	if len(lw) < 7 {
		return false
	}
	for _, e := range titleAdjectiveEndings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// isCaseless reports a letter of a script without capitals (Han, Hangul,
// Arabic, Devanagari ...), whose names cannot show the capital that marks
// a name in Latin, Greek or Cyrillic.
func isCaseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// isEastAsianName reports a Chinese, Japanese or Korean name written
// without a space between family and given name: two to four Han or
// Hangul characters ("松岡大地", "구현모").
func isEastAsianName(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// cutPlaceTail removes where a reporter filed from: "Issam AHMED in
// Washington" is Issam AHMED.
func cutPlaceTail(s string) string {
	if i := strings.Index(s, " in "); i > 0 && startsUpper(s[i+4:]) {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// nameParticles are lower-case words inside personal names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "al": true, "di": true, "du": true, "le": true, "la": true, "dos": true, "del": true,
}

// maxNameParticleLen is the longest of nameParticles (TestNameParticleLen).
const maxNameParticleLen = 3

// isNameParticle reports one of nameParticles. Each is a short word:
// a longer one, as most words asked are (the word after a capitalised
// one in every description, credit and name), is told by its length
// without a hashed look-up.
func isNameParticle(w string) bool {
	return len(w) <= maxNameParticleLen && nameParticles[w]
}

// mayOpenName reports whether cutBylineTail(s) may be a person's name
// (see isPersonName), told by its first two words: genericByline asks of
// each line under the headline, prose among them, and cutting a line's
// tail costs more than the rest of its test. An ASCII first word is no
// name alone (only East Asian names are one word), and a second word
// opening in a lower-case ASCII letter is either cut off as the tail or
// a word no name holds, unless it may be one of nameParticles (which
// open in "a", "b", "d", "l" or "v").
func mayOpenName(s string) bool {
	start, stop := nextField(s, 0)
	if start < 0 {
		return false
	}
	if s[start] >= utf8.RuneSelf {
		return true
	}
	if start, _ = nextField(s, stop); start < 0 {
		return false
	}
	c := s[start]
	return c < 'a' || c > 'z' || strings.IndexByte("abdlv", c) >= 0
}

// isPersonName reports whether s looks like a name: two to five words, each
// capitalised or a particle, no digits, none a word of a template's labels
// ("Last Updated", "Filed Under", "LEARN MORE").
func isPersonName(s string) bool {
	if len(s) > 60 {
		return false // longer than a name, and than a name of two to four Han or Hangul characters
	}
	// The words are read in place (see nextField), as strings.Fields
	// splits them, where they were counted, then shaped, then looked up:
	// up to five of them, each found again costs less than holding them.
	var at [5][2]int
	n := 0
	for start, stop := nextField(s, 0); start >= 0; start, stop = nextField(s, stop) {
		if n < len(at) {
			at[n] = [2]int{start, stop}
		}
		n++
	}
	if n == 1 && isEastAsianName(s) {
		return true
	}
	if n < 2 || n > 5 {
		return false
	}
	// The shape of each word first, then the look-ups: a line that is no
	// name mostly fails on its shape (a lower-case word, a digit), and
	// the shape costs no lower-casing.
	for _, w := range at[:n] {
		if !isNameWordShape(s[w[0]:w[1]]) {
			return false
		}
	}
	var buf [64]byte
	for _, w := range at[:n] {
		// A name's words have capitals: lower each on the stack, not by a
		// copy of strings.ToLower.
		if nameStopWords[string(appendLower(buf[:0], trimNameMarks(s[w[0]:w[1]])))] {
			return false
		}
	}
	return true
}

// nameStopWords are the lower-cased words no person's name holds:
// labelWords, orgWords and the job titles isJobTitleWord tells, with
// their feminine and plural forms, in one table: isPersonName looks each
// word of every candidate name up once, not in three tables by up to
// five look-ups.
var nameStopWords = func() map[string]bool {
	m := make(map[string]bool, len(labelWords)+len(orgWords)+3*len(jobTitleWords))
	for _, t := range []map[string]bool{labelWords, orgWords} {
		for w, in := range t {
			if in {
				m[w] = true
			}
		}
	}
	for w, in := range jobTitleWords {
		if in {
			m[w], m[w+"in"], m[w+"s"] = true, true, true
		}
	}
	return m
}()

// trimNameMarks is strings.Trim(w, ".,:"), without building the set of
// three bytes for every word of every candidate name.
func trimNameMarks(w string) string {
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ',' || w[len(w)-1] == ':') {
		w = w[:len(w)-1]
	}
	for len(w) > 0 && (w[0] == '.' || w[0] == ',' || w[0] == ':') {
		w = w[1:]
	}
	return w
}

// isNameWordShape reports a word shaped as a word of a name: capitalised,
// caseless or a particle ("de"), of letters and the dots, hyphens and
// apostrophes of initials and compound names, with no run of words
// printed together ("OrganizationOfficePapers": links run together).
func isNameWordShape(w string) bool {
	if w != "" && isASCII(w) {
		// Told by its bytes: an ASCII capital is the only ASCII letter
		// unicode.IsUpper reports, and none is caseless.
		if c := w[0]; (c < 'A' || c > 'Z') && !isNameParticle(w) {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i] | 0x20; (c < 'a' || c > 'z') && w[i] != '.' && w[i] != '-' && w[i] != '\'' {
				return false
			}
		}
		return runOnCapitals(w) <= 1
	}
	return isNameWordShapeRunes(w)
}

// isNameWordShapeRunes is isNameWordShape read rune by rune, for any text.
func isNameWordShapeRunes(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) && !isCaseless(r) && !isNameParticle(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r) {
			return false
		}
	}
	return runOnCapitals(w) <= 1
}

// splitBylineDateline splits a credit line flattened onto one line with the
// dateline, "by Staff Writers Kourou, French Guiana (AFP) Dec 16, 2011",
// into the byline text and the dateline. Where the byline ends is decided
// by the byline's own shape: a desk ends with its desk word, an AFP name
// with its capitalised family name, other names after two words (three
// with a middle initial).
func splitBylineDateline(s string, ref time.Time) (string, Dateline, bool) {
	body, ok := stripBy(s)
	if !ok {
		return "", Dateline{}, false
	}
	open := strings.IndexByte(body, '(')
	if open < 0 {
		return "", Dateline{}, false
	}
	// The words before the agency, as spans of body: a byline and a place
	// never run to more than maxHeadWords.
	var spans [maxHeadWords][2]int
	n := 0
	for i := 0; i < open; {
		for i < open && body[i] == ' ' {
			i++
		}
		if i == open {
			break
		}
		if n == maxHeadWords {
			return "", Dateline{}, false
		}
		start := i
		for i < open && body[i] != ' ' {
			i++
		}
		spans[n] = [2]int{start, i}
		n++
	}
	word := func(k int) string { return body[spans[k][0]:spans[k][1]] }
	if n < 2 {
		return "", Dateline{}, false
	}
	try := func(k int) (string, Dateline, bool) {
		if k <= 0 || k >= n {
			return "", Dateline{}, false
		}
		off := spans[k-1][1]
		d, tail, ok := scanDateline(body[off:], ref)
		if !ok || tail != "" {
			return "", Dateline{}, false
		}
		by := strings.TrimSpace(s[:len(s)-len(body)])
		return by + " " + body[:off], d, true
	}
	for k := range n {
		w := strings.Trim(word(k), ",.")
		switch {
		case strings.EqualFold(w, "writers"), strings.EqualFold(w, "writer"),
			strings.EqualFold(w, "reporters"), strings.EqualFold(w, "correspondent"),
			strings.EqualFold(w, "staff") && (k+1 >= n || !isDesk(word(k+1))):
			return try(k + 1)
		}
	}
	for k := 1; k < n; k++ {
		if isUpperWord(word(k)) && !isUpperWord(word(0)) {
			return try(k + 1)
		}
	}
	k := 2
	if n > 3 && len(strings.TrimSuffix(word(1), ".")) == 1 {
		k = 3
	}
	return try(k)
}

// maxHeadWords bounds the words of a byline and place run together.
const maxHeadWords = 16

// hintedAuthors reads the names the page prints in elements marked as the
// author's (see judgeNames): short lines that are a name, with or
// without "By" or a date before it; outside page chrome first.
func (p *page) hintedAuthors() []string {
	if out := p.hintedAuthorsIn(false); len(out) > 0 {
		return out
	}
	// An author box the template set in a sidebar.
	return p.hintedAuthorsIn(true)
}

func (p *page) hintedAuthorsIn(chrome bool) []string {
	var out []string
	blocks := p.blocks // a local slice, checked once: see scoreHeadlines
	for i := range blocks {
		b := &blocks[i]
		if !b.author || b.chrome != chrome || b.caption > 0 || len(b.text) > 80 && !isCreditSentence(b.text) {
			continue
		}
		if chrome && p.inTeaserCard(i) {
			continue
		}
		text := b.text
		if _, n, ok := scanDateAt(text); ok {
			// "Dec. 19, 2025 · Niko Matsakis"
			text = strings.TrimLeft(text[n:], " ·|•-–—,")
		}
		credited := false
		if stripped, ok := cutCreditSentence(text); ok {
			text, credited = stripped, true
		} else if stripped, ok := stripBy(text); ok {
			text, credited = stripped, true
		}
		text = cutAuthorLabel(text)
		_, authors, _, ok := parseCredit(text)
		if !ok {
			continue
		}
		if !credited || len(authors) > 0 || len(out) > 0 {
			// The site-brand test below reads the page's prose: only
			// for the lone credit in words it is asked about.
		} else if name, ok := handleCredit("by " + text); ok &&
			!isSiteBrand(name, p.siteNames(), p.publisherNames(), p.personalSite()) {
			// "Posted By: Kiersten · In: Sides": a first name or an
			// account the author element credits in words, unless it is
			// the site's ("Written by HomeAdvisor").
			authors = []string{name}
		}
		for _, au := range authors {
			if !slices.Contains(out, au) {
				out = append(out, au)
			}
		}
		if len(out) > 0 && !chrome {
			// Author elements printed one after the other credit one
			// story's several authors.
			for j := i + 1; j < len(p.blocks) && p.blocks[j].author && !p.blocks[j].chrome; j++ {
				// "Joanna Nelius, senior editor and ...": the name before
				// the description.
				name, _, _ := strings.Cut(cutAuthorLabel(p.blocks[j].text), ", ")
				if len(name) > 80 || !isPersonName(name) || slices.Contains(out, name) {
					break
				}
				out = append(out, name)
			}
		}
		if len(out) > 0 {
			return out // the first author element; others are bios and teasers
		}
	}
	return out
}

// inTeaserCard reports an author element printed under a teaser's title
// in the same author-marked card: a heading that links elsewhere and
// names no one, as "related posts" cards in a sidebar show their title,
// author and date. A label over the name ("Insights from") is no link.
func (p *page) inTeaserCard(i int) bool {
	if i == 0 {
		return false
	}
	prev := &p.blocks[i-1]
	return prev.author && prev.heading > 0 && prev.isLink() && !isPersonName(prev.text)
}

// maxListedAuthors bounds the names listed one a line under a label.
const maxListedAuthors = 6

// authorLabels are the words templates print alone on a line over the
// author's name.
var authorLabels = map[string]bool{
	"author": true, "autor": true, "auteur": true, "autore": true, "author(s)": true,
	"authors": true, "autoren": true, "auteurs": true, "autores": true, "autori": true,
	"contributor": true, "contributors": true, "autorin": true, "autorinnen": true,
}

// cutAuthorLabel removes a label printed before the names in an author
// element: "Autor: Monika Bolliger und Anna Trechsel".
func cutAuthorLabel(s string) string {
	// Only a first colon after a label of 24 bytes or fewer counts, so
	// the search reads the first 25 bytes only: every short line of a
	// page is asked.
	if i := strings.IndexByte(s[:min(len(s), 25)], ':'); i >= 0 && isAuthorLabel(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[i+1:])
	}
	return s
}

// labelledName returns the name of a line that prints an author label
// and a name without a colon between them, as a table of facts under a
// story does: "Autorin/Autor Roman Goncharenko", "Author Jane Doe". The
// rest must be a person's name alone, as "Author interviews" is no credit.
func labelledName(s string) (string, bool) {
	label, rest, ok := strings.Cut(s, " ")
	if !ok || len(label) > 24 || !mayOpenAuthorLabel(label) {
		return "", false
	}
	for part := range strings.SplitSeq(label, "/") {
		if !lookupFold(authorLabels, part) { // on the stack: every short line may be asked
			return "", false
		}
	}
	return rest, isCredentialedName(rest)
}

// mayOpenAuthorLabel reports whether s, lowered, may open with one of
// authorLabels: each opens with "a" or "c" (TestAuthorLabelOpenings), and
// an ASCII byte lowers to one of those only from "a", "A", "c" or "C". A
// byte past ASCII may open a letter that lowers otherwise, and passes.
// Most short lines of a page open otherwise, and are told without
// lowering their first word and looking it up.
func mayOpenAuthorLabel(s string) bool {
	if s == "" {
		return false // lowered, no key either
	}
	c := s[0] | 0x20
	return c == 'a' || c == 'c' || s[0] >= utf8.RuneSelf
}

// isAuthorLabel reports one of authorLabels in any case, told first by
// its opening (see mayOpenAuthorLabel): every line of a page with a colon
// near its start is asked.
func isAuthorLabel(s string) bool {
	return mayOpenAuthorLabel(s) && lookupFold(authorLabels, s)
}

// labelsFact reports a block where a label and its value are printed
// without a colon: an author element, or an item of a list or a cell of
// a table of facts ("Datum 28.04.2023" / "Autorin/Autor Roman
// Goncharenko"). A heading or a paragraph so shaped is a subhead or
// prose that presents someone ("Author Salman Rushdie").
func labelsFact(b *block) bool {
	switch b.tag {
	case atom.Li, atom.Dt, atom.Dd, atom.Th, atom.Td:
		return b.heading == 0
	}
	return b.author && b.heading == 0
}

// isCreditLabel reports a line that is only a credit label, with the
// author's name on the next line: "Written by", "Article by:", "By",
// "Author".
func isCreditLabel(s string) bool {
	if len(s) > 24 {
		return false // longer than any label; spares lower-casing every line
	}
	if !mayEndCreditLabel(s) || !mayBeCreditLabel(strings.TrimRight(s, ": ")) {
		return false
	}
	// The lower-case form and its words stay on the stack: every short
	// line of a page is asked.
	var buf [96]byte
	low := appendLower(buf[:0], strings.TrimRight(s, ": "))
	if authorLabels[string(low)] {
		return true
	}
	// Else its last word is a credit word (see byWords), and each ends in
	// "y", "n" or "r": most short lines of a page end otherwise and are
	// answered here, before their words are split.
	if end := bytes.TrimRightFunc(low, unicode.IsSpace); len(end) == 0 || !strings.ContainsRune("ynr", rune(end[len(end)-1])) {
		return false
	}
	var words [3][2]int // where each word starts and ends, as strings.Fields splits
	n, start := 0, -1
	for i := 0; i <= len(low); {
		r, size := utf8.RuneError, 1
		if i < len(low) {
			r, size = utf8.DecodeRune(low[i:])
		}
		switch {
		case i < len(low) && !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if n == len(words) {
				return false // more words than a label has
			}
			words[n] = [2]int{start, i}
			n, start = n+1, -1
		}
		i += size
	}
	if n == 0 || !byWords[string(low[words[n-1][0]:words[n-1][1]])] {
		return false
	}
	for _, w := range words[:n-1] {
		if !bylineLabels[string(low[w[0]:w[1]])] {
			return false
		}
	}
	return true
}

// mayEndCreditLabel reports whether s may end as a credit label does:
// in the last letter of a word of authorLabels or byWords, once the
// colons and spaces after it are dropped. Most short lines of a page end
// otherwise, and are told without being lower-cased or looked up. A line
// ending in another white space or in a byte of a multi-byte character
// is left to the full test (Unicode white space is trimmed there, and
// a few characters lower-case to ASCII).
func mayEndCreditLabel(s string) bool {
	i := len(s) - 1
	for i >= 0 && (s[i] == ':' || s[i] == ' ') {
		i--
	}
	if i < 0 {
		return true
	}
	c := s[i]
	if c >= utf8.RuneSelf || c >= '\t' && c <= '\r' {
		return true
	}
	// c|0x20 is the lower case of a letter, and of ')' itself; of no
	// other byte is it one of these.
	return strings.IndexByte("ynrsei)", c|0x20) >= 0
}

// mayBeCreditLabel reports whether t, a short line without the colons
// and spaces after it, may be a credit label, told by its ASCII ends
// before it is lower-cased and looked up: one of authorLabels opens it,
// and each of those opens in "a" or "c"; or one of byWords ends it, and
// each of those ends in "y", "n" or "r" and is four bytes long at most,
// so that the last five bytes of a longer line hold a space. The short
// lines of a page's chrome (printedCredit asks each on a page crediting
// no one) and its meta lines (genericByline) mostly fail both. A line
// whose end bytes are not plain ASCII letters is left to the full test:
// white space other than the space is trimmed there, and a few
// characters lower-case to ASCII.
func mayBeCreditLabel(t string) bool {
	if t == "" || t[0] >= utf8.RuneSelf {
		return true
	}
	if c := t[0] | 0x20; c == 'a' || c == 'c' {
		return true
	}
	// A word of byWords is the last: t ends in its last letter.
	last := t[len(t)-1]
	if last >= utf8.RuneSelf || last >= '\t' && last <= '\r' {
		return true
	}
	if c := last | 0x20; c != 'y' && c != 'n' && c != 'r' {
		return false
	}
	if len(t) <= 4 {
		return true
	}
	for _, c := range []byte(t[len(t)-5:]) {
		if c >= utf8.RuneSelf || c == ' ' || c >= '\t' && c <= '\r' {
			return true
		}
	}
	return false // the last word is longer than any of byWords
}

// creditLine reads block i as a credit line naming people: "Posted by
// Jane Doe on 2025-12-18", or a label alone ("Written by") with the name
// on the next line. It returns the line and its people.
func (p *page) creditLine(i int) (string, []string, bool) {
	b := &p.blocks[i]
	if b.caption > 0 || len(b.text) > maxBylineLen+3 || b.nLinks >= 2 && int(b.linkLen) >= len(b.text) {
		// A row of links run together ("By Category" "By Brand") is
		// navigation, not a credit.
		return "", nil, false
	}
	text := b.text
	// Every date scanDateAt reads holds a year of four digits, and
	// creditAfterDate reads a credit only after such a date: a line
	// without a digit, as most of a page's, is spared the date's reading
	// and both searches for "by".
	if hasDigit(text) {
		if _, n, ok := scanDateAt(text); ok {
			// "September 1st, 2023 By Emily Norwood"
			text = strings.TrimLeft(text[n:], " ·|•-–—,")
		} else if credit, ok := creditAfterDate(text); ok {
			// "Last updated March 3, 2025 by Jane Doe."
			text = credit
		}
	}
	if rest, ok := cutCreditSentence(text); ok {
		// Read where it stands, the sentence stays in the story's text.
		text = "by " + rest
	} else if rest := cutAuthorLabel(text); rest != text {
		// "Contributors: Janet Loughrey": the label and the names on
		// one line.
		text = "by " + rest
	} else if name, ok := labelledFact(b, text); ok {
		text = "by " + name
	} else if isCreditLabel(text) {
		j := p.nextText(i + 1)
		if j >= len(p.blocks) {
			return "", nil, false
		}
		name, ok := nameWithTitle(p.blocks[j].text)
		if ok && isGivenName(name) {
			// "Written by" over "Eliz - Product marketer": the label
			// says a first name is the writer's.
			return name, []string{name}, true
		}
		if !ok {
			name = p.blocks[j].text
		}
		if !isCredentialedName(name) {
			return "", nil, false
		}
		text = "by " + name
		// "Author(s)" over a list of names, one a line.
		for k := j + 1; k < len(p.blocks) && k <= j+maxListedAuthors && isCredentialedName(p.blocks[k].text) && len(text) < maxBylineLen; k++ {
			text += " and " + p.blocks[k].text
		}
	}
	if !isBylineText(text) {
		return "", nil, false
	}
	byline, authors, _, ok := parseByline(text)
	return byline, authors, ok && len(authors) > 0
}

// labelledFact is labelledName of the text of block b, when b is one
// that labels a fact (see labelsFact), which few of a page's blocks are:
// the cheap test goes first.
func labelledFact(b *block, text string) (string, bool) {
	if !labelsFact(b) {
		return "", false
	}
	return labelledName(text)
}

// nameWithTitle reads a name printed with a job title after a dash, as
// an author's box prints it under its label: "Eliz - Product marketer",
// "Jane Doe – Senior Editor". The name may be a first name alone.
func nameWithTitle(s string) (string, bool) {
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if name, title, ok := strings.Cut(s, sep); ok {
			return name, (isGivenName(name) || isPersonName(name)) && namesTrade(title)
		}
	}
	return "", false
}

// isCredentialedName reports a person's name, alone or with the
// degrees and licences written after it ("Doris Munoz-Mantilla, MD,
// FOMA"), as an author's box prints it under a label.
func isCredentialedName(s string) bool {
	name, rest, ok := strings.Cut(s, ", ")
	if !ok {
		return isPersonName(s)
	}
	if !isPersonName(name) {
		return false
	}
	for _, part := range strings.Split(rest, ", ") {
		if !isPostnominal(part) {
			return false
		}
	}
	return true
}

// maxBioGap is how far above its description the name line of an
// author's box is printed: the name, a job title, a label ("About the
// Author:") and the description are set together.
const maxBioGap = 3

// bioCard returns the person an author's box presents: a description
// that opens with a person's name and a verb and says what the person
// does ("Julia Gralberg is a freelance travel writer ..."), and the name
// printed as a line of its own above it, either atop the box (within
// maxBioGap lines) or just under the headline, where a byline stands
// ("Julia Gralberg"; "Tim Green UK-based Technology Writer" over "Tim
// explores ..."). A heading repeated at the start of its section
// ("Digital Tools" / "Digital tools are ...") names no trade; a name
// line set between two of the story's paragraphs is a subhead over a
// person the story presents, not a box. A list of people presented so
// (a story's "ten founders to follow") shows several: then none is
// taken.
func (p *page) bioCard(headline string) string {
	hl := headlineUnknown // looked up once a description asks: most pages have none
	found := ""
	for j := range p.blocks {
		b := &p.blocks[j]
		if b.heading > 0 || b.caption > 0 || len(b.text) < minBio {
			continue
		}
		name := p.bioName(j, headline, &hl)
		if name == "" {
			continue
		}
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// headlineUnknown marks the headline's block as not yet looked up.
const headlineUnknown = -2

// bioName returns the person whose description block j opens, when the
// page prints the name as a line above it (see bioCard); *hl caches the
// headline's block (-1 when the page prints none). Only the few lines atop the box and under the
// headline are read, so that the work per description is bounded: a page
// of many paragraphs opening "Two Words is ..." stays linear.
func (p *page) bioName(j int, headline string, hl *int) string {
	text := p.blocks[j].text
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return "" // a name opens it
	}
	// The opener is the one to three words before the verb, sliced from
	// text: every long block of the page may be asked. Each space is
	// found once: the one that ends a word read as the verb ends the
	// opener of the next round, when that word is none.
	sp := strings.IndexByte(text, ' ')
	for n := 1; n <= 3; n++ {
		if sp < 0 {
			return ""
		}
		opener := text[:sp]
		end := sp + 1
		verb := text[end:]
		if sp = strings.IndexByte(verb, ' '); sp >= 0 {
			verb = verb[:sp]
			sp += end
		}
		if !isBioVerb(verb) {
			if verb == "" || verb[0] >= 'a' && verb[0] <= 'z' && !isNameParticle(verb) {
				return "" // a word in lower case ends any name: this is prose
			}
			continue
		}
		if n == 1 {
			// "Tim explores": the full name opens a line just above.
			for k := j - 1; k >= 0 && k >= j-maxBioGap; k-- {
				if name := twoWordsOpening(p.blocks[k].text, opener); name != "" && !p.withinStory(k, j) {
					return name
				}
			}
			return ""
		}
		if !isPersonName(opener) || isDesk(opener) {
			return ""
		}
		for k := j - 1; k >= 0 && k >= j-maxBioGap; k-- {
			if p.blocks[k].text == opener {
				if p.withinStory(k, j) {
					return ""
				}
				return p.tradeNamed(opener, text[end:], k, j)
			}
		}
		if *hl == headlineUnknown {
			*hl = slices.IndexFunc(p.blocks, func(b block) bool { return headline != "" && b.heading > 0 && b.text == headline })
		}
		if *hl >= 0 {
			for k := *hl + 1; k < j && k <= *hl+maxNameBelowHeadline; k++ {
				if p.blocks[k].text == opener {
					return p.tradeNamed(opener, text[end:], k, j)
				}
			}
		}
		return ""
	}
	return ""
}

// tradeNamed returns name when an author's box says the person's trade:
// in the description (rest, after its subject) or in the job title
// printed under the name line k.
func (p *page) tradeNamed(name, rest string, k, j int) string {
	if namesTrade(predicate(rest)) || k+1 < j && len(p.blocks[k+1].text) <= maxBylineLen && namesTrade(p.blocks[k+1].text) {
		return name
	}
	return ""
}

// withinStory reports a name line k and a description ending at block j
// set between two of the story's paragraphs: a subhead over a person the
// story presents ("Ellen Smith" / "Ellen Smith is the chief executive of
// the Chamber, and she opposed ..."), not an author's box, which stands
// at the top or the end of the story.
func (p *page) withinStory(k, j int) bool {
	if k == 0 || j+1 >= len(p.blocks) {
		return false
	}
	return p.blocks[k-1].isParagraph() && p.blocks[j+1].isParagraph()
}

// twoWordsOpening returns the name of two words that opens a name line
// of an author's box, the first being given, when the line also says
// the person's trade: "Tim Green UK-based Technology Writer".
func twoWordsOpening(line, given string) string {
	rest, ok := strings.CutPrefix(line, given+" ")
	if !ok || len(line) > maxBylineLen {
		return ""
	}
	family, _, _ := strings.Cut(rest, " ")
	name := line[:len(given)+1+len(family)]
	if !isPersonName(name) || !namesTrade(line) {
		return ""
	}
	return name
}

// minBio is the shortest description an author's box prints.
const minBio = 40

// isBioVerb reports a verb that follows the name that opens an author's
// description. A switch, not a map: bioName asks it of the second word
// of every long line of a page that credits no one, and a word of
// another length is told without hashing it.
func isBioVerb(w string) bool {
	switch w {
	case "is", "was", "has", "writes", "covers", "explores",
		"joined", "leads", "lives", "works", "serves", "holds":
		return true
	}
	return false
}

// maxPredicateWords bounds what a description says its person is:
// "is a freelance travel writer", "is the Head of Marketing at".
const maxPredicateWords = 6

// predicate returns the first words of a description after its subject,
// up to the first comma or full stop: "is a freelance travel writer" of
// "is a freelance travel writer, editor of ...".
func predicate(s string) string {
	if i := strings.IndexAny(s, ",.;"); i >= 0 {
		s = s[:i]
	}
	n := 0
	for i := range len(s) {
		if s[i] == ' ' {
			if n++; n == maxPredicateWords {
				return s[:i]
			}
		}
	}
	return s
}

// tradeWords name what the author of a piece does for a living, beside
// the job titles (see isJobTitleWord).
var tradeWords = map[string]bool{
	"author": true, "head": true, "host": true, "co-host": true, "creator": true, "blogger": true,
	"marketer": true, "designer": true, "engineer": true, "developer": true, "scientist": true,
	"researcher": true,
}

// namesTrade reports a line that names a trade or job: "a freelance
// travel writer", "the Head of Marketing".
func namesTrade(s string) bool {
	for w := range strings.FieldsSeq(s) {
		lw := strings.ToLower(strings.Trim(w, ".,;:()&"))
		if tradeWords[lw] || isJobTitleWord(lw) {
			return true
		}
	}
	return false
}

// teaserGap is how close two credit lines naming different people sit in
// a list of teasers ("Title" / "by A" / "Title" / "by B").
const teaserGap = 6

// printedCredit finds the credit line a page prints away from its
// headline, as blogs print "Posted by Jane Doe on ..." under the post:
// the first one outside page chrome, unless another naming other people
// follows it closely, which makes it one entry of a list of teasers.
func (p *page) printedCredit() (string, []string) {
	if byline, authors := p.printedCreditIn(false); len(authors) > 0 {
		return byline, authors
	}
	// In page chrome only a label over a name ("Written by" / "Jane
	// Doe"): a credit line there is as often a teaser's or a comment's.
	return p.printedCreditIn(true)
}

func (p *page) printedCreditIn(chrome bool) (string, []string) {
	blocks := p.blocks // a local slice, checked once: see scoreHeadlines
	for i := range blocks {
		if blocks[i].chrome != chrome || chrome && !isCreditLabel(blocks[i].text) {
			continue
		}
		byline, authors, ok := p.creditLine(i)
		if !ok {
			continue
		}
		for j := i + 1; j < len(p.blocks) && j <= i+teaserGap; j++ {
			if _, other, ok := p.creditLine(j); ok && !slices.Equal(other, authors) {
				return "", nil
			}
		}
		return byline, authors
	}
	return "", nil
}

// authorElementRun returns the names of the first run of author elements
// outside page chrome that each hold one bare name, one after the other
// ("Ingrid Treborg" / "Marlene Lundberg Holm"): a story's several authors,
// where the metadata may name only one. A run of one is no list.
func (p *page) authorElementRun() []string {
	var out []string
	for i := range p.blocks {
		b := &p.blocks[i]
		if !b.author || b.chrome {
			if len(out) > 0 {
				break
			}
			continue
		}
		name := cutAuthorLabel(b.text)
		if !isPersonName(name) || slices.Contains(out, name) {
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append(out, name)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// genericCreditWords, with the desk and label words, make up credits that
// name nobody in particular ("Our Editors", "Marketing Team", "admin"); a
// site puts one alone where a first name would go ("Anonymous", "Guest").
var genericCreditWords = map[string]bool{
	"our": true, "editorial": true, "marketing": true, "content": true, "undefined": true,
	"null": true, "user": true, "member": true, "guest": true, "anonymous": true, "anonym": true,
	"webmaster": true, "moderator": true, "nachrichten": true, "noticias": true, "actualité": true,
	"unknown": true,
}

// isGenericCredit reports a credit made only of desk, label and
// placeholder words ("Staff", "News Desk", "Our Editors", "admin",
// "Agencies"), or of an agency's desk ("AFP Staff Writers", "UPI Staff").
func isGenericCredit(s string) bool {
	for w := range strings.FieldsSeq(s) {
		lw := strings.ToLower(strings.Trim(w, ".,:;-|()"))
		if lw == "" || labelWords[lw] || genericCreditWords[lw] || slices.Contains(deskWords, lw) {
			continue
		}
		if _, agency := knownAgency(lw); agency {
			continue
		}
		return false
	}
	return true
}

// maxDateLabelWords caps the words a meta line prints before its credit
// ("Posted on December 18, 2025").
const maxDateLabelWords = 8

// creditAfterDate returns the credit of a meta line that prints the date
// first: "Posted on December 18, 2025 Posted by John Scalzi 59 Comments"
// is read from "Posted by". What comes before "by" must be a few words
// holding a full date, so that a sentence ("In 2024 the house was bought
// by Jane Smith") is no credit.
func creditAfterDate(s string) (string, bool) {
	if len(s) > maxBylineLen+40 {
		return "", false
	}
	i := indexByWord(s)
	if i < 0 {
		return "", false
	}
	head := s[:i]
	words := strings.Fields(head)
	if len(words) > maxDateLabelWords || !holdsFullDate(head) {
		return "", false
	}
	start := i + 1
	if last := words[len(words)-1]; bylineLabels[strings.ToLower(last)] {
		start = i - len(last) // "Posted by" keeps its label
	}
	return s[start:], true
}

// indexByWord returns the index of the first " by " in s, else of the
// first " By ", else -1: creditAfterDate's two searches made in one pass
// over the "y"s of s, which a line holds a few times where it holds many
// spaces, the bytes the searches for the strings step from.
func indexByWord(s string) int {
	by := -1
	// i is where a "y" may stand with two bytes before it and one after.
	for i := 2; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], 'y')
		if j < 0 {
			break
		}
		i += j
		if s[i-2] == ' ' && s[i+1] == ' ' {
			switch s[i-1] {
			case 'b':
				return i - 2 // the first " by " wins over any " By "
			case 'B':
				if by < 0 {
					by = i - 2
				}
			}
		}
	}
	return by
}

// holdsFullDate reports whether one of the words of s opens a full date
// ("December 18, 2025", "2025-12-18", "18.12.2025").
func holdsFullDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		if _, _, ok := scanDateAt(s[i:]); ok {
			return true
		}
	}
	return false
}

// isDateLine reports a line that is only a date, perhaps with a separator
// after it ("2025-12-17 ·"): a credit printed under it is dated.
func isDateLine(s string) bool {
	_, n, ok := scanDateAt(s)
	return ok && strings.Trim(s[n:], " ·|-–—,•") == ""
}

// handleCredit reads a credit line that names one word, a first name or a
// user's handle ("by Amanda · Dec 20, 2025", "by ibby", "Posted by BeauHD
// on Friday"), which parseByline leaves without authors as a lone word
// could be anything. The caller checks that it sits under the headline.
func handleCredit(s string) (string, bool) {
	rest, ok := stripBy(s)
	if !ok {
		return "", false
	}
	name := cutBylineTail(rest)
	if strings.ContainsRune(name, ' ') || !isHandle(name) {
		return "", false
	}
	return name, true
}

// notHandles are the words that follow "by" in phrases, not credits.
var notHandles = map[string]bool{
	"now": true, "far": true, "default": true, "design": true, "hand": true, "then": true,
	"day": true, "night": true, "mail": true, "phone": true, "appointment": true,
	"request": true, "invitation": true, "itself": true, "themselves": true, "way": true,
}

// isHandle reports a word that can name a writer on its own: a first name
// or a user name of letters, digits and "._-", opening with a letter, and
// no label, desk, agency, month or weekday.
func isHandle(w string) bool {
	if len(w) < 2 || len(w) > 30 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r) {
			return false
		}
	}
	lw := strings.ToLower(w)
	if _, month := months[lw]; month || labelWords[lw] || genericCreditWords[lw] || notHandles[lw] ||
		bylineTailWords[lw] || slices.Contains(deskWords, lw) {
		return false
	}
	_, agency := knownAgency(lw)
	return !agency
}

// runOnCapitals counts the capitals that follow a lower-case letter in a
// word: one in "McDonald" or "DeSiato", more in category links printed
// without spaces ("OrganizationOfficeOrganizingPapers").
func runOnCapitals(w string) int {
	n := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			n++
		}
	}
	return n
}

// signOffWords are words of the calls to action and headings that close a
// page's text and that no signature holds ("What We Offer", "Book Now").
var signOffWords = map[string]bool{
	"we": true, "our": true, "you": true, "your": true, "what": true, "how": true, "why": true,
	"this": true, "that": true, "more": true, "get": true, "book": true, "now": true,
	"here": true, "it": true, "my": true, "offer": true, "next": true, "up": true,
}

// signedName is the name a story is signed with in its last paragraph, as
// Vietnamese, Spanish or Italian outlets print the reporter's name alone
// under the text ("Lê Phương"): a person's name of mixed case with no
// sentence punctuation. Calls to action printed last ("BOOK YOUR FIRST
// LESSON", "Happy Christmas!") are not names.
func signedName(body []string) string {
	if len(body) < 2 {
		return ""
	}
	last := strings.TrimSpace(body[len(body)-1])
	if len(last) > 40 || strings.ContainsAny(last, ".!?:;,") || isUpperWord(strings.ReplaceAll(last, " ", "")) {
		return ""
	}
	if !isPersonName(last) || isDesk(last) {
		return ""
	}
	for w := range strings.FieldsSeq(last) {
		if signOffWords[strings.ToLower(w)] {
			return ""
		}
	}
	return last
}

// loneCredit reads a metadata credit that parseByline leaves without
// people because it is one word or written in lower case: a first name
// ("Susan", "Kev"), a user's account name ("aawoods", "sara.r.peter") or a
// name its owner typed in lower case ("kirstin boatto"), or first names
// joined ("Linny and Peter"). Blog software
// fills its author fields from the account that posted, so each is a
// person's, unless it is a generic account ("admin", "q_admin", "team") or
// the site's own name (a brand crediting itself: "Swoogo" on Swoogo's
// site) other than a personal site's; see isSiteBrand. names are the site's names as siteNames gives
// them, sites its names as written (publisherNames), persons the credits
// the page's JSON-LD types Person: "Ben" typed so on "Ben Edelstein" is
// the site's author, not its brand.
func loneCredit(c string, names, sites, persons []string, personal string) []string {
	if len(c) > 40 || slices.Contains(names, normTitle(c)) && !strings.EqualFold(c, personal) {
		return nil
	}
	if !slices.Contains(persons, c) && isSiteBrand(c, names, sites, personal) {
		return nil
	}
	if isGivenName(c) || isAccountName(c) || isLowerName(c) || isParenName(c) {
		return []string{c}
	}
	// "Maria & Katerina", "Linny and Peter": a couple who write a blog
	// together, by their first names.
	var parts []string
	for _, sep := range []string{" and ", " & ", " und ", " et "} {
		if a, b, ok := strings.Cut(c, sep); ok {
			parts = []string{strings.TrimSpace(a), strings.TrimSpace(b)}
			break
		}
	}
	if len(parts) < 2 {
		return nil
	}
	for _, part := range parts {
		if !isGivenName(part) || isSiteBrand(part, names, sites, personal) {
			return nil
		}
	}
	return parts
}

// isAccountName reports a user's account name: one word of letters,
// digits and "._-" with a lower-case letter ("aawoods", "sara.r.peter",
// "h.szeyee"), which is no label, desk or placeholder and names no
// administrator's account ("adminn", "q_admin", "siteadmin").
func isAccountName(s string) bool {
	if !isHandle(s) || strings.ContainsRune(s, ' ') || !strings.ContainsFunc(s, unicode.IsLower) {
		return false
	}
	lw := strings.ToLower(s)
	if strings.Contains(lw, "admin") {
		return false
	}
	// "MM-Redaktion", "news_desk", "AccountingDepartment.com": a desk or
	// a site's address, read part by part.
	for part := range strings.FieldsFuncSeq(lw, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
		if isGenericCredit(part) || isDesk(part) || webSuffixes[part] {
			return false
		}
	}
	return true
}

// webSuffixes are the endings of host names that sites credit themselves
// by ("AccountingDepartment.com").
var webSuffixes = map[string]bool{
	"com": true, "org": true, "net": true, "io": true, "co": true, "info": true, "biz": true,
	"de": true, "uk": true, "fr": true, "es": true, "it": true, "nl": true, "ca": true, "au": true,
}

// isLowerName reports a person's name written all in lower case, as some
// people type it into their profile ("kirstin boatto"): two to four words
// of letters that would make a name if capitalised.
func isLowerName(s string) bool {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return false // as most credits: capitalised, told before splitting
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || isGenericCredit(s) {
		return false
	}
	for _, w := range words {
		if len(w) < 2 || labelWords[w] || orgWords[w] || genericCreditWords[w] || isJobTitleWord(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// isSiteBrand reports a credit that names the site itself: one of the
// site's names or its host's ("Swoogo" on swoogo.com, "WellRive"), or
// the word that opens the site's name ("Soliant" of "Soliant Health").
// A first name elsewhere in a site's name ("Kev" of "Coffee Kev", "Tom"
// of "TomsCoffeeCorner") is the person the site is named after.
//
// personal is the site's name when it is a person's (see personalSite):
// "Kiersten" of "Kiersten Hickman" is that person.
func isSiteBrand(c string, names, sites []string, personal string) bool {
	n := normTitle(c)
	if n == "" || slices.Contains(names, n) && !strings.EqualFold(c, personal) {
		return true
	}
	for _, s := range sites {
		if first := firstWord(s); strings.EqualFold(first, c) && first != s && s != personal {
			return true
		}
	}
	return false
}

// personalSite returns the page's og:site_name when it is a person's name,
// as on a personal blog ("Owain Brennan", "Polly Barks"): then a credit of
// the site's name, or of its first word, is its author, not a brand. A
// brand can be shaped like a name ("Lesotho Times", "One Tree Planted",
// "Der Postillon", "Radio Alpenwelle"), but its words are the language's
// own and turn up in the page's prose ("times", "tree", "der", "Radio");
// a blogger's names do not, in a post about something else. The site's address must spell a word of the name, and the
// page must describe no article or publisher in its JSON-LD. The prose is read only on
// the pages whose site name passes those tests.
func (p *page) personalSite() string {
	if ld := p.meta.article(); ld.found || ld.publisher != "" {
		return "" // the JSON-LD of an article or a publisher is a publication's
	}
	if name, ok := possessiveSite(p.meta.ogSiteName); ok {
		return name // "Colin Watson's blog"
	}
	site := p.meta.ogSiteName
	if hostSpells(strings.TrimPrefix(p.host(), "www."), site) && p.unusedInProse(site) {
		return site
	}
	return ""
}

// hostSpells reports a name of a given and a family name that a host
// spells: pollybarks.com, owain.bearblog.dev. A brand's product or desk
// is not ("Kaspersky Premium" on kaspersky.com, "Radio Alpenwelle" on
// alpenwelle.de).
func hostSpells(host, name string) bool {
	given, family, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(family, " ") {
		return false
	}
	// The address is read first, the names lower-cased on the stack: it
	// spells few sites' names (personalSite asks of every page whose
	// metadata names no publisher), and the name's shape costs more.
	var buf [64]byte
	both := appendLower(buf[:0], given)
	g := len(both)
	both = appendLower(both, family)
	// The given name alone counts as a blog platform's subdomain.
	spelled := strings.Contains(host, string(both)) ||
		len(host) > g && host[:g] == string(both[:g]) && host[g] == '.' && strings.Count(host, ".") >= 2
	return spelled && isPersonName(name) && !isDesk(name) && !isUpperWord(given) && !isUpperWord(family)
}

// unusedInProse reports that no word of a name is a word of the page's
// prose: a blogger's names are not, in a post about something else; a
// brand's often are ("times", "Radio").
func (p *page) unusedInProse(name string) bool {
	for w := range strings.FieldsSeq(name) {
		f := newWordFinder(w)
		for i := range p.blocks {
			if b := &p.blocks[i]; b.isParagraph() && f.in(b.text) {
				return false
			}
		}
	}
	return true
}

// wordFinder looks for a word of its own in texts, in any case: a run of
// letters (and apostrophes, which join "Times's" into one word) that is
// the word. It is set up once for a word that unusedInProse asks of every
// paragraph of a page.
//
// A word of ASCII letters, as nearly every site's name is made of, is
// looked for where its rarest letter stands, found by strings.IndexByte's
// vector loop, rather than by reading the text rune by rune: a run of the
// same length as w that folds into it is ASCII (a wider rune would leave
// it fewer runes than w), and an ASCII byte always starts a rune, so the
// word found there is the run the rune loop of hasWordFoldRunes would
// have compared, bounded by the same runes.
type wordFinder struct {
	w            string
	ascii        bool // w is ASCII letters: looked for by its rarest letter
	k            int  // where in w its rarest letter stands
	lower, upper byte // that letter in either case
}

func newWordFinder(w string) wordFinder {
	f := wordFinder{w: w, ascii: w != "" && isASCIILetters(w)}
	if f.ascii {
		f.k = rarestLetter(w)
		f.lower, f.upper = w[f.k]|0x20, w[f.k]&^0x20
	}
	return f
}

// in reports whether text holds the finder's word as a word of its own.
func (f wordFinder) in(text string) bool {
	w, k := f.w, f.k
	if !f.ascii {
		return hasWordFoldRunes(text, w)
	}
	for from := k; len(text)-from >= len(w)-k; {
		j := indexEitherByte(text[from:len(text)-(len(w)-k)+1], f.lower, f.upper)
		if j < 0 {
			return false
		}
		j += from
		if i := j - k; equalFoldASCII(text[i:i+len(w)], w) && !joinsWordBefore(text, i) && !joinsWordAt(text, i+len(w)) {
			return true
		}
		from = j + 1
	}
	return false
}

// rarestLetter returns the index in w, ASCII letters, of its letter
// rarest in prose (see letterRarity), the first of equals.
func rarestLetter(w string) int {
	best, rank := 0, len(letterRarity)
	for i := 0; i < len(w); i++ {
		if r := strings.IndexByte(letterRarity, w[i]|0x20); r < rank {
			best, rank = i, r
		}
	}
	return best
}

// hasWordFoldRunes reports whether text holds w as a word of its own, as
// a wordFinder does, for any w, reading text rune by rune.
func hasWordFoldRunes(text, w string) bool {
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start == len(w) && strings.EqualFold(text[start:i], w) {
			return true
		}
		start = -1
	}
	return start >= 0 && len(text)-start == len(w) && strings.EqualFold(text[start:], w)
}

// isWordRune reports a rune of a word as a wordFinder reads words: a letter
// or an apostrophe.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’'
}

// joinsWordBefore reports whether the rune that ends text[:i] is a word's.
func joinsWordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && isWordRune(r)
}

// joinsWordAt reports whether the rune that starts text[i:] is a word's.
func joinsWordAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isWordRune(r)
}

// isASCIILetters reports whether s is ASCII letters only.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// indexEitherByte is the index of the first a or b in s, or -1. The
// search for b stops where a was found, so that a run of calls over a
// text reads each byte at most twice.
func indexEitherByte(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	end := len(s)
	if i >= 0 {
		end = i
	}
	if j := strings.IndexByte(s[:end], b); j >= 0 {
		return j
	}
	return i
}

// isParenName reports a name with a family or maiden name in brackets
// between the others, as written: "Paramita (Guha) Ghosh".
func isParenName(s string) bool {
	open := strings.Index(s, " (")
	end := strings.Index(s, ") ")
	if open < 0 || end < open {
		return false
	}
	inner := s[open+2 : end]
	return inner != "" && !strings.ContainsRune(inner, ' ') && isPersonName(inner+" "+s[end+2:]) &&
		isPersonName(s[:open]+" "+s[end+2:])
}

// maxLeadCredit is how far into the body a credit printed as a paragraph
// of its own is looked for: after a kicker of one or two lines.
const maxLeadCredit = 3

// leadCredit returns the people of a paragraph near the top of the body
// that is only their names, as some outlets print the reporters between
// the kicker and the story ("Mathatisi Sebusi/Mohalenyane Phakela"). A
// name alone could be a subheading ("Vibe Coding"): two names joined make
// the credit. The caller asks only when the page credits only itself.
func leadCredit(body []string) []string {
	for i := 0; i < len(body) && i < maxLeadCredit; i++ {
		text := strings.TrimSpace(body[i])
		if len(text) > 80 || strings.ContainsAny(text, ".!?:;,") {
			continue
		}
		var names []string
		for _, part := range strings.Split(text, "/") {
			names = append(names, splitNames(part)...)
		}
		if len(names) >= 2 && !slices.ContainsFunc(names, func(n string) bool { return !isPersonName(n) || isDesk(n) }) {
			return names
		}
	}
	return nil
}

// spelledOut returns the form of a printed name that the metadata spells
// out in full, with the middle names the template left out: "André Klein"
// printed, "André Oliver KLEIN" in the JSON-LD. The first and last names
// must agree, case aside.
func spelledOut(name string, persons []string) string {
	if len(persons) == 0 {
		return name // most pages: no Person node to spell it out, and no words to split
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	for _, p := range persons {
		pw := strings.Fields(p)
		if len(pw) > len(words) && strings.EqualFold(pw[0], words[0]) && strings.EqualFold(pw[len(pw)-1], words[len(words)-1]) &&
			isPersonName(p) {
			return p
		}
	}
	return name
}

// namesHost reports a credit that gives the page's own address in
// brackets ("Deutsche Welle (www.dw.com)"): the site credits itself, and
// the name before the address is the site's, not a person's. A person
// credited with the site after a comma ("Jane Doe, Lrt.lt") is not meant.
func namesHost(credit, host string) bool {
	host = strings.TrimPrefix(host, "www.")
	lower := strings.ToLower(credit)
	return len(host) >= 4 && (strings.Contains(lower, "("+host) || strings.Contains(lower, "(www."+host))
}

// personalSiteWords name what a person keeps under their own name ("Colin
// Watson's blog").
var personalSiteWords = map[string]bool{
	"blog": true, "weblog": true, "site": true, "homepage": true, "journal": true, "notes": true,
	"website": true, "newsletter": true,
}

// possessiveSite returns the person a site is named as belonging to:
// "Colin Watson's blog" is Colin Watson's.
func possessiveSite(site string) (string, bool) {
	for _, apos := range []string{"'s ", "’s "} {
		name, rest, ok := strings.Cut(site, apos)
		if ok && personalSiteWords[strings.ToLower(rest)] && isPersonName(name) && !isDesk(name) {
			return name, true
		}
	}
	return "", false
}
