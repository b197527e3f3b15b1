package newswire

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// fillFromMeta completes an article with what the page's metadata says,
// only where the page's text gave nothing. The dateline is never filled:
// it is what the story's text states or nothing; fetched (the caller's
// WithFetchTime, or zero) only completes the year of its date.
func (p *page) fillFromMeta(a *Article, fetched time.Time) {
	m := &p.meta
	a.URL = p.url
	// The site's names serve both the headline and the authors: work them
	// out once.
	sites := p.siteNames()
	a.Headline = cleanHeadline(p.settleHeadline(a.Headline, sites))
	a.Published = p.published(a.Headline)
	ref := p.dateReference(a, fetched)
	laterDateline(a, ref)
	p.placeAbove(a, ref)
	p.completeDatelines(a, fetched)
	if a.Site == "" {
		a.Site = m.ogSiteName
		if a.Site == "" {
			a.Site = firstNonEmpty(m.article().publisher, smnHosts[p.host()])
		}
	}
	if a.Section == "" {
		a.Section = m.section
		if a.Section == "" {
			a.Section = m.article().section
		}
	}
	p.fillAuthors(a, sites)
	a.Authors = withoutOrganisations(a.Authors, p.meta.article())
	if len(a.Authors) == 0 {
		if name := signedName(a.Body); name != "" {
			a.Authors = []string{name}
		}
	}
	a.RelatedLinks = slices.DeleteFunc(a.RelatedLinks, isShareLink)
	if a.Agency == "" {
		a.Agency = agencyOfSignoff(a.Signoff)
	}
	if a.Agency == "" {
		a.Agency = p.closingWireCopyright(a.Body)
	}
	if len(a.Keywords) == 0 {
		// A JSON-LD list is the site's own tagging; <meta keywords> is
		// often a list for search engines.
		a.Keywords = m.article().keywords
		if len(a.Keywords) == 0 {
			a.Keywords = m.keywords
		}
		a.Keywords = dedupeFold(a.Keywords)
	}
	if len(a.Images) == 0 {
		if u, ok := p.resolve(m.ogImage); ok {
			a.Images = []Image{{URL: u}}
		} else {
			for _, src := range m.article().images {
				if u, ok := p.resolve(src); ok {
					a.Images = []Image{{URL: u}}
					break
				}
			}
		}
	}
}

// agencyOfSignoff names the agency a trailer credits ("--IANS ms/vd",
// "Source: RIA Novosti", "-- BERNAMA").
func agencyOfSignoff(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(s, "Source:"))
	if s == "" {
		// As on most pages, which print no trailer: no agency's name is
		// empty (see TestNoEmptyAgency), so both look-ups below miss.
		return ""
	}
	for _, w := range []string{s, firstWord(s)} {
		if a, ok := knownAgency(strings.Trim(w, "-() ")); ok {
			return a
		}
	}
	return ""
}

// dedupeFold drops repeats from a list, ignoring case, keeping the first.
func dedupeFold(list []string) []string {
	if len(list) == 0 {
		return list[:0:0]
	}
	out := make([]string, 0, len(list)) // one allocation, not one per doubling
	for _, s := range list {
		seen := false
		for _, o := range out {
			if strings.EqualFold(o, s) {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, s)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// dateReference is the time that supplies the year of a dateline that
// states none: the page's publication time (from its metadata, the date it
// prints or one in its address), else when it was fetched.
func (p *page) dateReference(a *Article, fetched time.Time) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return fetched
}

// completeDatelines gives a year to the article's dateline, and to its
// teasers', when they state a month and day without one and the finders
// had no publication time to take it from.
//
// A dateline dates itself by its day's number (see scanMonthDay): one
// without a digit ("WASHINGTON (AP) —", as most wire stories print it)
// states no month and day, and is not read again.
func (p *page) completeDatelines(a *Article, fetched time.Time) {
	needed := undated(&a.Dateline)
	for i := range a.RelatedStories {
		needed = needed || undated(&a.RelatedStories[i].Dateline)
	}
	if !needed {
		return
	}
	ref := p.dateReference(a, fetched)
	if ref.IsZero() {
		return
	}
	complete := func(d *Dateline) {
		if undated(d) {
			if full, ok := lineDateline(d.Text, ref); ok {
				d.Date = full.Date
			}
		}
	}
	complete(&a.Dateline)
	for i := range a.RelatedStories {
		complete(&a.RelatedStories[i].Dateline)
	}
}

// undated reports a dateline that may state a month and day without a
// year: it has no date and its text holds a digit.
func undated(d *Dateline) bool {
	return d.Date.IsZero() && d.Text != "" && hasDigit(d.Text)
}

// fillAuthors combines the byline the page prints with the authors its
// metadata names. When the printed line names nobody (no line, or a label
// that is not a desk or an agency), the metadata's people are taken, else
// the names printed in the page's author elements; their credit becomes
// the byline if none was printed. A site named after a person (see
// personalSite) is that person's when nothing else credits anyone.
func (p *page) fillAuthors(a *Article, names []string) {
	if people := withoutSiteNames(a.Authors, p.publisherNames()); len(people) > 0 {
		// "David Straub, MDR THÜRINGEN": the site's desk beside a person.
		a.Authors = people
	} else if len(a.Authors) > 0 {
		// Only credits that all named the site are looked past (tested
		// first: most pages that get here credit no one, and reading the
		// story's opening lines for names costs more than the rest).
		if lead := leadCredit(a.Body); len(lead) > 0 {
			// "by Lesotho Times" over a story whose reporters are named
			// at its top.
			a.Authors = lead
			return
		}
	}
	if len(a.Authors) > 0 {
		a.Authors = p.completedByMeta(a.Authors)
		// The list is copied before its first name is spelled out, not
		// edited in place: it may be the one the head finder keeps for
		// the page (extractLinear takes head.authors as it is), and
		// withoutSiteNames hands back the list it was given.
		copied := false
		for i, name := range a.Authors {
			if full := spelledOut(name, p.meta.article().persons); full != name {
				if !copied {
					a.Authors, copied = slices.Clone(a.Authors), true
				}
				a.Authors[i] = full
			}
		}
	}
	if len(a.Authors) == 0 && a.Agency == "" && isDesk(a.Byline) {
		// "Team Tiger Data" under the headline, "Posted by Jane Doe"
		// under the post: the person the page credits wrote it.
		if credit, printed := p.printedCredit(); len(printed) > 0 && !isDesk(credit) {
			a.Authors = printed
			return
		}
	}
	if len(a.Authors) > 0 || a.Byline != "" && (isDesk(a.Byline) || a.Agency != "") {
		return
	}
	personal := p.personalSite()
	byline, authors, agency := p.metaAuthors(names, personal)
	sites := p.publisherNames()
	if agency != "" && len(authors) == 0 {
		// The metadata credits a wire alone ("author": "dpa"): the
		// story is the agency's, and a name in an author element
		// elsewhere is another story's (a teaser's "Von X").
	} else if len(authors) == 0 || allGivenNames(authors) && !p.printsAsAuthor(authors) || len(withoutSiteNames(authors, sites)) == 0 {
		// A full name printed in an author element says more than a
		// first name in the metadata, or the site credited as its own
		// author; not more than a first name the page prints as its
		// author ("Mazi" under the headline, a commenter's full name
		// below).
		hinted := p.hintedAuthors()
		if people := withoutSiteNames(hinted, sites); len(people) > 0 || len(authors) > 0 {
			hinted = people
		}
		if len(hinted) == 0 {
			// Nothing to weigh the author's box against.
		} else if bio := p.bioCard(a.Headline); bio != "" && !slices.Contains(hinted, bio) && !p.linksAuthor(hinted[0]) {
			// The author's box presents the writer; another name in an
			// author element is a teaser's or a commenter's, unless the
			// element links it (to the writer's page, or rel="author"):
			// the page credits that person on purpose.
			hinted = []string{bio}
		}
		if len(hinted) > 0 {
			if a.Byline == "" {
				a.Byline = strings.Join(hinted, " and ")
			}
			a.Authors = hinted
			return
		}
	}
	if len(authors) == 0 && a.Byline != "" {
		return
	}
	if len(authors) == 0 {
		// A story a wire filed names its reporters in its byline or
		// nowhere: the page's other names, a credit line away from the
		// headline included, are not read for it (nor paid for).
		if a.Agency == "" {
			if credit, printed := p.printedCredit(); len(printed) > 0 {
				a.Byline, a.Authors = credit, printed
				return
			}
		}
		if personal != "" && byline == "" {
			// A personal site's posts are its owner's, when nothing
			// credits anyone else.
			a.Byline, a.Authors = personal, []string{personal}
			return
		}
		if a.Agency == "" {
			if name := p.uncreditedAuthor(a.Headline, byline == "" && a.Byline == ""); name != "" {
				a.Byline, a.Authors = cmp.Or(a.Byline, name), []string{name}
				return
			}
		}
	}
	if len(authors) > 0 && len(withoutSiteNames(authors, sites)) == 0 {
		// The metadata credits the site: reporters named at the top of
		// the story are the authors.
		if lead := leadCredit(a.Body); len(lead) > 0 {
			a.Byline, a.Authors = cmp.Or(a.Byline, strings.Join(lead, " and ")), lead
			return
		}
	}
	if a.Byline == "" {
		a.Byline = byline
	}
	a.Authors = authors
	if listed := p.authorElementRun(); len(listed) > len(authors) && containsAll(listed, authors) {
		// The page's author elements name the metadata's people and more.
		a.Authors = listed
	}
	if a.Agency == "" {
		a.Agency = agency
	}
}

// linksAuthor reports whether the page prints name in an author element
// that holds a link: a credit set on purpose, as a link to the writer's
// page or rel="author" is. Asked only when an author's box names someone
// else.
func (p *page) linksAuthor(name string) bool {
	for i := range p.blocks {
		if b := &p.blocks[i]; b.author && b.nLinks > 0 && strings.Contains(b.text, name) {
			return true
		}
	}
	return false
}

// printsAsAuthor reports whether the page prints one of names as the
// whole text of an author element.
func (p *page) printsAsAuthor(names []string) bool {
	for i := range p.blocks {
		if b := &p.blocks[i]; b.author && slices.Contains(names, b.text) {
			return true
		}
	}
	return false
}

// metaAuthors reads the credits of the page's metadata: JSON-LD authors,
// each on its own, else <meta name=author>.
func (p *page) metaAuthors(names []string, personal string) (byline string, authors []string, agency string) {
	credits := p.meta.article().authors
	if len(credits) == 0 {
		credits = p.meta.authorList()
	}
	if len(credits) == 0 {
		if a := firstNonEmpty(p.meta.author, p.meta.cardAuthor()); a != "" {
			credits = []string{a}
		}
	}
	persons, sites := p.meta.article().persons, p.publisherNames()
	var shown []string
	for _, c := range credits {
		bl, au, ag, ok := parseCredit(c)
		if !ok {
			continue
		}
		if namesHost(c, p.host()) || isSiteName(c, names) && !strings.EqualFold(c, personal) && !slices.Contains(au, c) {
			// "Deutsche Welle (www.dw.com)", "Luxury Travel Expert" on
			// Luxury Travel Expert's site: the site credits itself, and
			// what parsing leaves of its name is no one.
			au = nil
		}
		if len(au) == 0 {
			au = loneCredit(c, names, sites, persons, personal) // "Susan", "aawoods"
		}
		shown = append(shown, bl)
		for _, x := range au {
			if !slices.Contains(authors, x) {
				authors = append(authors, x)
			}
		}
		if agency == "" {
			agency = ag
		}
	}
	return strings.Join(shown, " and "), authors, agency
}

// shareHosts are social bookmarking and sharing services: a link to them
// under Related Links bookmarks the page itself and is no source.
var shareHosts = []string{
	"del.icio.us", "delicious.com", "digg.com", "stumbleupon.com", "newsvine.com", "furl.net",
	"technorati.com", "blinklist.com", "reddit.com/submit", "facebook.com/sharer",
	"twitter.com/intent", "twitter.com/share", "x.com/intent", "linkedin.com/share",
	"pinterest.com/pin/create", "tumblr.com/share", "slashdot.org/bookmark",
}

// shareHostsByDot lists, for each byte, the shareHosts (as bits of their
// index) whose first dot follows that byte: "digg.com" under 'g'. Every
// place a host opens in an address puts its first dot after that byte, so
// holdsShareHost looks only there.
var shareHostsByDot = func() (t [256]uint32) {
	for k, h := range shareHosts {
		t[h[strings.IndexByte(h, '.')-1]] |= 1 << k
	}
	return t
}()

// holdsShareHost reports whether the address u, lower case or ASCII,
// lower-cased holds one of shareHosts:
// strings.Contains for each, in one pass over the dots of u instead of one
// search of the whole address per host, as every related link of a page
// is asked.
func holdsShareHost(u string) bool {
	for i := 0; i < len(u); i++ {
		j := strings.IndexByte(u[i:], '.')
		if j < 0 {
			return false
		}
		if i += j; i == 0 {
			continue // no host opens with its dot
		}
		// Compared as if lower-cased, byte by byte: u is lower case
		// already, or ASCII (see isShareLink), whose lower case keeps
		// every byte where it is.
		for m := shareHostsByDot[lowerASCII(u[i-1])]; m != 0; m &= m - 1 {
			h := shareHosts[bits.TrailingZeros32(m)]
			if start := i - strings.IndexByte(h, '.'); start >= 0 && len(u)-start >= len(h) && equalLowerASCII(u[start:start+len(h)], h) {
				return true
			}
		}
	}
	return false
}

// shareTexts are the anchor texts of sharing links.
var shareTexts = []string{"share this", "share", "digg this", "bookmark", "email this", "tweet", "tweet this"}

// isShareLink reports a link that shares or bookmarks the page rather than
// pointing to a source: a sharing service, a link whose query carries the
// address to share ("?url=https://..."), or one labelled "Share this".
//
// Every related link is asked: an address without capitals, as most are,
// is searched as it is rather than lower-cased into a copy, and the text
// is compared without case.
func isShareLink(l Link) bool {
	u := l.URL
	if !isLowerASCII(u) {
		if isASCII(u) && strings.IndexByte(u, '?') < 0 {
			// Capitals in an ASCII address without a query (a path
			// of CamelCase names): only the hosts are sought, and
			// holdsShareHost compares them without case, without the
			// lower-cased copy.
			return holdsShareHost(u) || isLowerOneOf(strings.TrimSpace(l.Text), shareTexts...)
		}
		u = strings.ToLower(u)
	}
	if holdsShareHost(u) {
		return true
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		q := u[i:]
		for _, k := range shareQueries {
			if strings.Contains(q, k) {
				return true
			}
		}
	}
	return isLowerOneOf(strings.TrimSpace(l.Text), shareTexts...)
}

// isLowerASCII reports whether s is ASCII without capitals: what
// strings.ToLower gives back as it is.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// shareQueries are the query parameters that carry the address to share.
var shareQueries = []string{"?u=http", "&u=http", "?url=http", "&url=http", "?u=%2f", "url=https%3a", "url=http%3a", "u=https%3a", "u=http%3a"}

// isGivenName reports a single capitalised word of letters ("Susan",
// "Gabo"), as sites credit people by their first name; handles such as
// "q_admin" or "stephenlega" are not names.
func isGivenName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	// Lowered on the stack for the look-ups (lookupFold), not by a copy
	// of strings.ToLower: a name opens with a capital, so each call
	// allocated one.
	if !unicode.IsUpper(r) || len(s) < 2 || len(s) > 24 || lookupFold(labelWords, s) || isDesk(s) {
		return false
	}
	if _, ok := knownAgency(s); ok {
		return false // an agency, even typed Person, is no author
	}
	upper := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	// "CDC", "SDA": an acronym names an organisation or an agency.
	return upper < utf8.RuneCountInString(s) && !lookupFold(genericCreditWords, s)
}

// allGivenNames reports credits that are all first names alone ("Ben").
func allGivenNames(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, " ") || isEastAsianName(n) {
			return false
		}
	}
	return true
}

// publisherNames are the names the page gives its site or publisher
// (og:site_name, the JSON-LD publisher), as written: a credit that repeats
// one names the site rather than a writer. Unlike siteNames, the host's
// labels are left out, as a personal site is named after its author.
//
// Worked out once: the author finders ask for them several times a page.
// Callers only read them; the slice is full, so that an append copies it.
func (p *page) publisherNames() []string {
	m := &p.meta
	if !m.publishersDone {
		m.publishersDone = true
		m.publishers = m.findPublisherNames()
		m.publishers = m.publishers[:len(m.publishers):len(m.publishers)]
	}
	return m.publishers
}

func (m *pageMeta) findPublisherNames() []string {
	// Held in the page's array rather than made for each page: it
	// holds all a page gives (an append past it would copy).
	out := m.publisherBuf[:0]
	for _, s := range []string{m.ogSiteName, m.article().publisher} {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		out = append(out, s)
		if host := strings.TrimPrefix(s, "www."); host != s || strings.Count(host, ".") == 1 {
			// "Paycom.com" is the site Paycom.
			if dot := strings.LastIndexByte(host, '.'); dot > 0 {
				out = append(out, host[:dot])
			}
		}
	}
	return out
}

// withoutOrganisations drops the authors the page's JSON-LD types as an
// organisation and nowhere as a person ("author": {"@type":
// "Organization", "name": "DER SPIEGEL"}): the page says itself that the
// credit names no person, so it stays in Byline only.
func withoutOrganisations(authors []string, ld *ldArticle) []string {
	if len(ld.orgs) == 0 || len(authors) == 0 {
		return authors
	}
	named := func(list []string, name string) bool {
		return slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, name) })
	}
	var out []string // a new slice: authors may share its array with the metadata
	for _, a := range authors {
		if !named(ld.orgs, a) || named(ld.persons, a) {
			out = append(out, a)
		}
	}
	return out
}

// withoutSiteNames drops from a list of authors the site's own name
// ("Cleveland Clinic" credited on its own pages), and cuts it off a name
// it was printed against ("Brian Truitt USA TODAY").
func withoutSiteNames(authors, sites []string) []string {
	if len(sites) == 0 {
		return authors
	}
	// The list is copied from the first author cut or dropped: most
	// credit people the site's names leave as they are, and the list
	// itself is then the answer, without a copy. The answer may thus be
	// the list passed, which may be shared (the head finder's, the
	// page's memo of it): a caller copies it before editing it.
	var out []string
	copied := false
	for i, a := range authors {
		c := cutSiteTail(a, sites)
		drop := c == "" || slices.ContainsFunc(sites, func(s string) bool { return isSiteOrDesk(c, s) })
		if !copied {
			if !drop && c == a {
				continue
			}
			out, copied = append(authors[:0:0], authors[:i]...), true
		}
		if !drop {
			out = append(out, c)
		}
	}
	if !copied {
		return authors
	}
	return out
}

// cutSiteTail removes a site's name printed after a person's without a
// comma: "Brian Truitt USA TODAY" is Brian Truitt. A name that would be
// left with fewer than two words keeps its tail.
func cutSiteTail(name string, sites []string) string {
	for _, s := range sites {
		if len(name) > len(s)+1 && strings.EqualFold(name[len(name)-len(s):], s) && name[len(name)-len(s)-1] == ' ' {
			if head := strings.TrimRight(name[:len(name)-len(s)], " ,|-"); isPersonName(head) {
				return head
			}
		}
	}
	return name
}

// isSiteOrDesk reports a credit that is the site ("Lesotho Times") or one
// of its desks, named by the site's name and a word ("MDR THÜRINGEN" on
// MDR's pages).
func isSiteOrDesk(credit, site string) bool {
	if strings.EqualFold(credit, site) {
		return true
	}
	return len(credit) > len(site)+1 && strings.EqualFold(credit[:len(site)], site) && credit[len(site)] == ' ' &&
		!strings.Contains(credit[len(site)+1:], " ")
}

// completedByMeta returns the metadata's people instead of the printed
// ones when it names them all and more: a template that prints only the
// first of several authors ("Mathias Hagen" over two in the JSON-LD).
func (p *page) completedByMeta(printed []string) []string {
	persons := p.meta.article().persons
	if len(persons) <= len(printed) {
		return printed
	}
	for _, a := range printed {
		if !slices.Contains(persons, a) {
			return printed
		}
	}
	var out []string
	for _, c := range persons {
		if _, au, _, ok := parseCredit(c); ok && len(au) == 1 && au[0] == c {
			out = append(out, c)
		}
	}
	if len(out) <= len(printed) {
		return printed
	}
	return out
}

// containsAll reports whether list holds every one of names.
func containsAll(list, names []string) bool {
	for _, n := range names {
		if !slices.Contains(list, n) {
			return false
		}
	}
	return true
}

// uncreditedAuthor finds the writer of a page that credits no one in its
// byline, metadata, author elements or credit lines, from the other
// places pages print a writer: an author's box, a bare name in the meta
// lines under the headline, an affiliation line, and, when the metadata
// credits no one either (uncredited), the owner a personal site's
// address spells.
func (p *page) uncreditedAuthor(headline string, uncredited bool) string {
	if name := p.bioCard(headline); name != "" {
		return name
	}
	if name := p.nameUnderHeadline(headline); name != "" {
		return name
	}
	if name := p.affiliationCredit(headline); name != "" {
		return name
	}
	if uncredited {
		return p.ownerName()
	}
	return ""
}

// maxHeaderLines is how far down the page a personal site prints its
// owner's name as its logo.
const maxHeaderLines = 3

// ownerName returns the person a personal site belongs to, as the page
// prints their name: as the logo atop the page ("Pierce Freeman") or
// in the copyright line ("© 2025 Toby Hede. All rights reserved."). The
// site's address must spell the name (tobyhede.com, pierce.dev), as a brand's does not spell a person's name it prints;
// and, as for personalSite, no word of the name may be a word of the
// page's prose, as a brand's often are ("Menlo Coaching", "Moz Pro").
func (p *page) ownerName() string {
	host := p.host()
	if host == "" {
		return ""
	}
	for i := range p.blocks {
		if i >= maxHeaderLines && i < len(p.blocks)-maxFooterLines {
			continue // the copyright line is in the footer
		}
		name, ok := copyrightHolder(p.blocks[i].text)
		if !ok && i < maxHeaderLines {
			name, ok = strings.TrimRight(p.blocks[i].text, "/|·- "), true
		}
		// hostNames asks for a name of two words: counting the space
		// spares the other checks for every other line. The address is
		// asked before the name's shape: it spells few of the header's
		// and footer's lines, and isPersonName and isDesk cost more.
		if ok && len(name) <= 40 && strings.Count(name, " ") == 1 && hostNames(host, name) && isPersonName(name) && !isDesk(name) && p.unusedInProse(name) {
			return name
		}
	}
	return ""
}

// maxFooterLines is how far up from the end of the page its footer's
// copyright line is looked for.
const maxFooterLines = 40

// copyrightHolder returns whom a copyright line names: "Toby Hede" of
// "© 2025 Toby Hede. All rights reserved.".
func copyrightHolder(s string) (string, bool) {
	if s == "" || s[0] != "©"[0] && s[0] != 'C' {
		return "", false // spares the look-ups for every other line
	}
	rest, ok := strings.CutPrefix(s, "©")
	if !ok {
		rest, ok = strings.CutPrefix(s, "Copyright ©")
	}
	if !ok {
		return "", false
	}
	rest = trimYears(rest)
	if i := strings.IndexAny(rest, ".,|"); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest), true
}

// trimYears is strings.TrimLeft(s, " 0123456789-–"), the years and spaces
// before a copyright's holder, written out: with the en dash in its
// cutset, TrimLeft decodes every rune and searches the cutset for it.
func trimYears(s string) string {
	for s != "" {
		if c := s[0]; c == ' ' || c == '-' || '0' <= c && c <= '9' {
			s = s[1:]
		} else if strings.HasPrefix(s, "–") {
			s = s[len("–"):]
		} else {
			break
		}
	}
	return s
}

// hostNames reports a host that spells a person's name of two words:
// both (tobyhede.com, toby-hede.net), or the given name as the whole of
// its main label (pierce.dev).
func hostNames(host, name string) bool {
	given, family, ok := strings.Cut(name, " ")
	// "Easy LMS", "Logitech G": capitals and letters alone are a brand's.
	if !ok || strings.Contains(family, " ") || len(given) < 2 || len(family) < 2 || isUpperWord(given) || isUpperWord(family) {
		return false
	}
	// Either way the host holds the given name: most lines of a page's
	// header and footer are told here, before the names and the host are
	// lower-cased and copied. (A host with a hyphen is read without it.)
	if !strings.Contains(host, "-") {
		var buf [64]byte
		if !strings.Contains(host, string(appendLower(buf[:0], given))) {
			return false
		}
	}
	given, family = strings.ToLower(given), strings.ToLower(family)
	host = strings.ReplaceAll(strings.TrimPrefix(host, "www."), "-", "")
	if strings.Contains(host, given+family) {
		return true
	}
	// The given name alone, as a person names a site after themselves
	// (pierce.dev); a family name alone is as often a brand's
	// ("Radio Alpenwelle" on alpenwelle.de).
	label, _, _ := strings.Cut(host, ".")
	return label == given
}

// affiliationCredit returns the writer a line credits with their
// institution, as syndicated academic pieces print it over the story
// ("Shelia R. Cotten, Clemson University"): a person's name, a comma and
// an organisation's name (see orgWords), printed above the story's first
// paragraph (under the headline) or below its last. Inside the story such a line presents a
// person it quotes, and a caption names who is pictured. A page that
// prints several such lines (a list of experts quoted) credits none of
// them.
func (p *page) affiliationCredit(headline string) string {
	found := ""
	first, last := -2, -2 // read once, when a line is found: most pages have none
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chrome || b.caption > 0 || len(b.text) > 80 {
			continue
		}
		name, org, ok := strings.Cut(b.text, ", ")
		// A name of two or three words: more capitalised words before the
		// comma are a title ("Emeritus Prof. Computer Science").
		// One comma: more make a list of names ("Kaiser Permanente, UPMC
		// Health Plan, Geisinger Health").
		if !ok || strings.Count(name, " ") > 2 || strings.ContainsRune(org, ',') || !namesOrganisation(org) || !isPersonName(name) || isDesk(name) {
			continue
		}
		if found != "" && found != name {
			return ""
		}
		if first == -2 {
			first, last = p.storyBounds(headline)
		}
		if first < i && i < last {
			continue // inside the story: a person it quotes
		}
		found = name
	}
	return found
}

// storyBounds returns the story's first and last paragraphs (see
// isStoryParagraph), or -1: the story begins under its headline, with a
// run of paragraphs, as a paragraph alone there is its standfirst and
// teasers above the headline are not the story.
func (p *page) storyBounds(headline string) (first, last int) {
	hl := slices.IndexFunc(p.blocks, func(b block) bool { return b.heading > 0 && b.text == headline })
	first, last = -1, -1
	for i := range p.blocks {
		if !p.isStoryParagraph(i) {
			continue
		}
		if first < 0 && i > hl && p.isStoryParagraph(i+1) {
			first = i
		}
		last = i
	}
	return first, last
}

// isStoryParagraph reports a block of running text longer than any
// credit line (see affiliationCredit), or false past the last block.
func (p *page) isStoryParagraph(i int) bool {
	return i < len(p.blocks) && len(p.blocks[i].text) > 80 && p.blocks[i].isParagraph()
}

// namesOrganisation reports a name of two to six words, each capitalised
// or a particle of a name ("of", "for", "and"), one of them a word that
// names organisations: "Clemson University", "Institute for Fiscal
// Studies".
func namesOrganisation(s string) bool {
	n, org := 0, false
	for w := range strings.FieldsSeq(s) {
		n++
		if lookupFold(orgWords, w) { // on the stack: many lines are asked
			org = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "for" && w != "and" && w != "the" {
			return false
		}
	}
	return org && n >= 2 && n <= 6
}

// maxNameBelowHeadline is how many lines under the headline a bare name
// is looked for, past a kicker or a category line.
const maxNameBelowHeadline = 3

// nameUnderHeadline returns a name printed alone just under the headline,
// before the text begins, with a full date within two lines of it, as
// a blog's meta lines print the writer without "by": "Dec 26, 2025 •" over
// "Mahua Das in Project Management", "Emmanuel Oyibo" over a tag and
// "Published on Oct 21, 2025". Read only when nothing else credits
// anyone; a first name alone is not taken (a lone word there is as often
// a label or a tag).
func (p *page) nameUnderHeadline(headline string) string {
	hl := slices.IndexFunc(p.blocks, func(b block) bool { return b.heading > 0 && b.text == headline })
	if hl < 0 || headline == "" {
		return ""
	}
	for i := hl + 1; i < len(p.blocks) && i <= hl+maxNameBelowHeadline; i++ {
		b := &p.blocks[i]
		if len(b.text) > 80 && b.hasParagraphShape() {
			return "" // the text has begun: longer than a meta line
		}
		if b.chrome || b.heading > 0 || b.caption > 0 || len(b.text) > 60 {
			continue
		}
		name := cutPlaceTail(b.text) // "Mahua Das in Project Management"
		if bareName(name) && p.datedNear(i, hl) && p.printedAsPerson(b, name) {
			return name
		}
	}
	return ""
}

// printedAsPerson reports a line under the headline that shows its name
// is a person's, as a kicker or a category ("Supreme Court", "Capitol
// Hill", "Premier League") printed there in the same shape does not: an
// author element, a link to an author's page ("/authors/jane-doe"), or
// the name unlinked before a linked category, as blogs print the writer
// and the topic ("Mahua Das in Project Management").
func (p *page) printedAsPerson(b *block, name string) bool {
	if b.author {
		return true
	}
	links := p.linksOf(b)
	for _, l := range links {
		if isAuthorPage(l.href) {
			return true
		}
	}
	if name == b.text || len(links) == 0 {
		return false
	}
	tail := strings.TrimSpace(b.text[len(name):])
	tail = strings.TrimPrefix(tail, "in ")
	return int(b.linkLen) == len(tail) // only the category is a link
}

// authorPathWords are the path segments of the pages sites keep for
// their writers: /author/jane-doe, /people/jane-doe, /profiles/123.
var authorPathWords = []string{"author", "authors", "autor", "autoren", "auteur", "profile", "profiles", "people", "staff", "writer", "writers", "contributor", "contributors", "journalist", "journalists"}

// isAuthorPage reports a link to a writer's page: a path segment of
// authorPathWords.
func isAuthorPage(href string) bool {
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			return false
		}
	}
	href, _, _ = strings.Cut(href, "?")
	for seg := range strings.SplitSeq(href, "/") {
		if slices.Contains(authorPathWords, strings.ToLower(seg)) {
			return true
		}
	}
	return false
}

// bareName reports a name printed without "by" that can be a person's: a
// name in a cased script (a caseless line is as often a heading), with no
// word of a desk, label, agency, organisation or placeholder ("Article
// Content", "Associated Press").
func bareName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || !isPersonName(s) || isDesk(s) {
		return false
	}
	if _, ok := knownAgency(s); ok {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		lw := strings.ToLower(w)
		if genericCreditWords[lw] || bylineLabels[lw] || orgWords[lw] {
			return false
		}
		if _, ok := knownAgency(w); ok {
			return false
		}
	}
	return true
}

// datedNear reports a short line holding a full date within two lines of
// block i, the headline aside: "Published on Oct 21, 2025".
func (p *page) datedNear(i, hl int) bool {
	for j := max(i-2, 0); j < len(p.blocks) && j <= i+2; j++ {
		if j != i && j != hl && len(p.blocks[j].text) <= 80 && holdsFullDate(p.blocks[j].text) {
			return true
		}
	}
	return false
}
