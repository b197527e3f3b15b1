package newswire

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself outside its visible text:
// <title>, OpenGraph and article:* properties, <meta name>, canonical link,
// JSON-LD and the first <time datetime>.
type pageMeta struct {
	title, timeAttr string

	canonical, ogURL, ogTitle, ogImage, ogSiteName, ogType string
	twitterTitle                                           string
	published, section, author                             string
	modified                                               string // the last update, a last resort
	keywords                                               []string
	cardLabels, cardData                                   [2]string // twitter:label1/2, twitter:data1/2
	authorMetas                                            []metaCredit

	// JSON-LD is decoded only when a field the page's own text and tags
	// did not give is asked for: decoding costs more than the rest of the
	// metadata together.
	ldRaw  []string
	ld     ldArticle
	ldDone bool

	// listing is whether a script read so far names a listing or product
	// type (see isListingLD). Only pages no article claims ask, so the
	// first scripts wait in ldPending for isListing; the ones past its
	// room are read as they come, which keeps the memory bounded.
	listing   bool
	ldPending [8]string
	nPending  int

	pubTime time.Time // publishedTime's answer, once found
	pubDone bool

	publishers     []string // publisherNames' answer, once found
	publishersDone bool
	// The backing of publisherNames' answer: two names and the stem of
	// each that is a host ("Paycom" of "Paycom.com") at most.
	publisherBuf [4]string

	titleText string // the page's titles (see metaTitles) run together, once found
	ogNorm    string // og:title normalised (see appendNorm) when metaTitles kept it, else ""
	// The <title>'s last part after og:title and a separator ("Site" of
	// "Headline | Site") and its normalised words, read from the
	// title's as metaTitles found them; or "": the site's name, which
	// siteNames normalises too.
	lastPart, lastPartNorm string
	// The backing of metaTitles' answer and of siteNames', held here
	// rather than made for each page.
	titleNorms [maxMetaTitles]string
	siteNorms  [maxSiteNames]string
}

// maxMetaTitles is the most titles metaTitles gives: og:title,
// twitter:title (or the JSON-LD headline), the <title>, and up to four
// parts of it for each of metaTitleSeparators.
const maxMetaTitles = 3 + 4*len(metaTitleSeparators)

// maxSiteNames is the most names siteNames gives.
const maxSiteNames = 8

// ldArticle is the part of a JSON-LD Article/NewsArticle the library uses.
type ldArticle struct {
	found                             bool
	headline, published, section, url string
	pagePublished                     string // a WebPage's datePublished
	modified                          string // dateModified
	publisher                         string
	authors, images, keywords         []string
	authorIDs                         []string // @id references to resolve
	persons                           []string // authors typed Person
	orgs                              []string // authors typed as an organisation
}

func (m *pageMeta) addMeta(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	if key == "" {
		key = attr(n, "itemprop")
	}
	raw := attr(n, "content")
	if key == "" || raw == "" || len(key) > maxMetaKey {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = cleanOwnText(raw)
		}
	}
	// Keys are matched in lower case, once: the switch converts without
	// allocating, and only a key kept as a credit's name needs a string.
	var buf [maxMetaKey]byte
	lower := lowerMetaKey(&buf, key)
	switch string(lower) {
	case "og:url":
		set(&m.ogURL)
	case "og:title":
		set(&m.ogTitle)
	case "og:image", "og:image:url", "og:image:secure_url":
		set(&m.ogImage)
	case "og:site_name", "application-name":
		set(&m.ogSiteName)
	case "og:type":
		set(&m.ogType)
	case "twitter:title":
		set(&m.twitterTitle)
	case "twitter:label1", "twitter:label2", "twitter:data1", "twitter:data2":
		i := int(lower[len(lower)-1] - '1')
		if strings.HasPrefix(string(lower), "twitter:label") {
			set(&m.cardLabels[i])
		} else {
			set(&m.cardData[i])
		}
	case "article:published_time", "og:article:published_time", "datepublished",
		"date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
		"sailthru.date", "parsely-pub-date", "published", "published-date", "publish-date",
		"article.published", "dcterms.created", "publication_date":
		set(&m.published)
	case "article:modified_time", "og:updated_time", "datemodified", "modified-date", "last-modified":
		set(&m.modified)
	case "article:section", "og:article:section", "section", "articlesection":
		set(&m.section)
	case "author", "article:author", "og:article:author", "byl", "dc.creator", "sailthru.author",
		"parsely-author", "cxenseparse:author", "og:author", "article:author_name", "articleauthor",
		"citation_author", "citation_authors":
		if !strings.HasPrefix(raw, "http") {
			k, v := key, cleanOwnText(raw)
			if string(lower) != key {
				k = string(lower)
			}
			if strings.HasPrefix(k, "citation_") {
				v = uninvertName(v) // scholarly metadata writes "Surname, Given"
			}
			if m.author == "" {
				m.author = v
			}
			m.addAuthor(k, v)
		}
	case "keywords", "news_keywords", "article:tag", "og:article:tag":
		if len(m.keywords) == 0 || strings.HasSuffix(key, "tag") {
			if words := splitKeywords(cleanOwnText(raw)); len(m.keywords) == 0 {
				m.keywords = words // the page's first list: no copy of it
			} else {
				m.keywords = append(m.keywords, words...)
			}
		}
	}
}

// maxMetaKey is the longest <meta> key read: every key addMeta takes is
// shorter.
const maxMetaKey = 32

// lowerMetaKey returns key, of maxMetaKey bytes at most, in lower case as
// strings.ToLower has it, in buf when key is ASCII. It lower-cases eight
// bytes at a time, the last eight of a key whose length is no multiple
// of eight read again rather than byte by byte: appendLower's copy of
// the key and its loop over a tail of bytes cost most of what a <meta>
// cost.
func lowerMetaKey(buf *[maxMetaKey]byte, key string) []byte {
	const high = 0x8080808080808080
	if len(key) < 8 {
		for i := 0; i < len(key); i++ {
			if key[i] >= utf8.RuneSelf {
				return appendLower(buf[:0], key)
			}
			buf[i] = lowerASCII(key[i])
		}
		return buf[:len(key)]
	}
	for i := 0; ; i += 8 {
		if i+8 > len(key) {
			i = len(key) - 8 // the last eight, some of them lower-cased already
		}
		x := load64(key, i)
		if x&high != 0 {
			return appendLower(buf[:0], key)
		}
		binary.LittleEndian.PutUint64(buf[i:], x|upperBytes(x)>>2)
		if i+8 == len(key) {
			return buf[:len(key)]
		}
	}
}

func (m *pageMeta) addLink(n *html.Node) {
	if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
		m.canonical = strings.TrimSpace(attr(n, "href"))
	}
}

// splitKeywords splits a keyword list at commas and semicolons, keeping
// the words of usual length. The separators are ASCII, which no byte of
// another character equals, so the list is cut byte by byte.
//
// The words are counted first, as the separators, which strings.Count
// finds many bytes a step: a list grown word by word was copied at each
// doubling, and news sites tag a story with dozens of words.
func splitKeywords(s string) []string {
	var out []string
	if n := strings.Count(s, ",") + strings.Count(s, ";"); n > 0 {
		out = make([]string, 0, n+1)
	}
	for start, i := 0, 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ',' && s[i] != ';' {
			continue
		}
		if k := strings.TrimSpace(s[start:i]); k != "" && len(k) < 80 {
			out = append(out, k)
		}
		start = i + 1
	}
	if len(out) == 0 {
		return nil // separators alone ("; ;"): no list, as before the count
	}
	return out
}

// addJSONLD reads one <script type="application/ld+json"> and keeps the
// first Article-like object found in it, in any of the shapes publishers
// use: a bare object, an array, an @graph, or nested under mainEntity.
// Only the fields used are decoded, each into a small value.
func (m *pageMeta) addJSONLD(raw string) {
	if m.nPending < len(m.ldPending) {
		m.ldPending[m.nPending] = raw
		m.nPending++
	} else {
		m.listing = m.listing || isListingLD(raw)
	}
	if len(m.ldRaw) < 8 && len(raw) <= 1<<20 && mayHoldArticle(raw) {
		m.ldRaw = append(m.ldRaw, raw)
	}
}

// article returns the page's JSON-LD article, decoding the scripts kept by
// addJSONLD on the first call.
func (m *pageMeta) article() *ldArticle {
	if !m.ldDone {
		m.ldDone = true
		for _, raw := range m.ldRaw {
			// An article found leaves pagePublished empty, a script
			// without one only its pagePublished: the first said
			// is kept either way.
			pagePublished := m.ld.pagePublished
			ok := findArticleLDInto(raw, &m.ld)
			m.ld.pagePublished = cmp.Or(pagePublished, m.ld.pagePublished)
			if ok {
				break
			}
		}
	}
	return &m.ld
}

// isListing reports JSON-LD that names a listing or product type, in
// any script of the page.
func (m *pageMeta) isListing() bool {
	for _, raw := range m.ldPending[:m.nPending] {
		m.listing = m.listing || isListingLD(raw)
	}
	m.nPending = 0
	return m.listing
}

// mayHoldArticle is a cheap test that spares decoding the JSON-LD of
// breadcrumbs, organisations and search boxes.
func mayHoldArticle(raw string) bool {
	return strings.Contains(raw, "Article") || strings.Contains(raw, "Posting") || strings.Contains(raw, "datePublished")
}

// addTime keeps the first <time datetime> that reads as a time; templates
// put a display format ("02-12-2025") in some and the machine one in others.
func (m *pageMeta) addTime(v string) {
	if m.timeAttr == "" && v != "" {
		if _, ok := parseMetaTime(v); ok {
			m.timeAttr = v
		}
	}
}

// isArticleType reports a JSON-LD @type, node n of j, that names an
// article: the type or one of a list of them.
func (j *jsonScanner) isArticleType(n int32) bool {
	if n < 0 {
		return false
	}
	switch nd := &j.nodes[n]; nd.kind {
	case ldStr:
		t := nd.str
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "ReportageNewsArticle" || t == "LiveBlogPosting"
	case ldArr:
		for c := nd.first; c >= 0; c = j.nodes[c].next {
			if j.isArticleType(c) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value, node n of j, as a string: the value
// itself, the first of an array, or an object's @value/name.
func (j *jsonScanner) ldString(n int32) string {
	if n < 0 {
		return ""
	}
	switch nd := &j.nodes[n]; nd.kind {
	case ldStr:
		return strings.TrimSpace(nd.str)
	case ldArr:
		return j.ldString(nd.first)
	case ldObj:
		if s := j.ldString(j.member(n, "@value")); s != "" {
			return s
		}
		return j.ldString(j.member(n, "name"))
	}
	return ""
}

// ldURLs returns the addresses a JSON-LD image value, node n of j, gives:
// strings, objects' url or contentUrl, and those of arrays of them.
func (j *jsonScanner) ldURLs(n int32, depth int) []string {
	if depth > 3 || n < 0 {
		return nil
	}
	switch nd := &j.nodes[n]; nd.kind {
	case ldStr:
		return []string{strings.TrimSpace(nd.str)}
	case ldObj:
		if u := j.ldString(j.member(n, "url")); u != "" {
			return []string{u}
		}
		return j.ldURLs(j.member(n, "contentUrl"), depth+1)
	case ldArr:
		var out []string
		for c := nd.first; c >= 0; c = j.nodes[c].next {
			out = append(out, j.ldURLs(c, depth+1)...)
		}
		return out
	}
	return nil
}

// publishedTime parses the page's publication time from its metadata.
func (m *pageMeta) publishedTime() time.Time {
	if !m.pubDone {
		m.pubDone = true
		m.pubTime = m.findPublished()
	}
	return m.pubTime
}

func (m *pageMeta) findPublished() time.Time {
	for _, s := range []string{m.published, m.article().published, m.article().pagePublished} {
		if t, ok := parseMetaTime(s); ok {
			return m.inPageZone(t)
		}
	}
	t, _ := parseMetaTime(m.timeAttr)
	return t
}

// inPageZone gives a publication time stated in UTC the offset of the
// page's own <time datetime> when that states the same moment, give or
// take an edit: "2025-12-19T02:41:41Z" is December 18 on a page that
// prints "2025-12-18T21:46:01-05:00", and the page's calendar day is the
// one its readers saw.
func (m *pageMeta) inPageZone(t time.Time) time.Time {
	if _, off := t.Zone(); off != 0 {
		return t
	}
	local, ok := parseMetaTime(m.timeAttr)
	if !ok {
		return t
	}
	_, off := local.Zone()
	if d := local.Sub(t); off == 0 || d > time.Hour || d < -time.Hour {
		return t
	}
	return t.In(local.Location())
}

var metaTimeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "20060102",
}

// parseMetaTime reads a publication time as metadata writes it: RFC 3339
// and its common variants, keeping the page's own offset so that the
// calendar day stays the page's; else the date it opens with, written
// "2025-10-01 ...", "Oct 01, 2025", "13/11/2025" or "30.04.2024".
//
// It parses in UTC rather than with time.Parse, whose result takes the
// machine's local zone when the offset matches it: a page's time must not
// depend on where it is read, and the first such lookup loads the zone
// database, which costs more than parsing a small page.
func parseMetaTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range metaTimeLayouts {
		if !mayFitLayout(l, s) {
			continue
		}
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil && t.Year() > 1900 {
			return t, true
		}
	}
	if d, _, ok := scanDateAt(s); ok {
		return d.Time(), true
	}
	return time.Time{}, false
}

// mayFitLayout is a cheap test that s has the shape time.Parse needs to
// read it with layout, one of metaTimeLayouts: each failed time.Parse
// allocates its error, and most values fit none or only the first. It
// rejects only what time.Parse rejects: a layout opening "2006-01-02"
// reads a four-byte year, a dash, two digits, a dash and two digits, then
// wants the layout's next byte ('T' or a space) or, when the layout ends
// there, nothing; "20060102" reads exactly eight bytes; the RFC 1123
// layouts open with a day's name, a letter.
func mayFitLayout(layout, s string) bool {
	switch {
	case strings.HasPrefix(layout, "2006-01-02"):
		if len(s) < 10 || s[4] != '-' || s[7] != '-' ||
			!isDigit(s[5]) || !isDigit(s[6]) || !isDigit(s[8]) || !isDigit(s[9]) {
			return false
		}
		if len(layout) == 10 {
			return len(s) == 10
		}
		return len(s) > 10 && s[10] == layout[10]
	case layout == "20060102":
		return len(s) == 8
	case strings.HasPrefix(layout, "Mon"):
		c := s[0] | 0x20
		return 'a' <= c && c <= 'z'
	}
	return true
}

// scanDateAt reads a full date at the start of s in the forms pages print
// and metadata write, returning it with the bytes read: "2025-12-19",
// "2025/12/19", "Dec 19, 2025", "Dec 19th 2025", "19 December 2025",
// "19.12.2025", and with slashes "13/11/2025" (day first) or "11/21/2025"
// (month first), decided by the number over 12; when both could be months,
// the American month first.
func scanDateAt(s string) (Date, int, bool) {
	if !mayOpenDate(s) {
		return Date{}, 0, false // as most words of a line: no digit, no month's opening
	}
	if len(s) >= 10 && isDigit(s[0]) && isDigit(s[3]) && (s[4] == '-' || s[4] == '/') {
		if d, ok := dateAt(s[:10]); ok {
			return d, 10, true
		}
	}
	if d, n, ok := scanFullDate(s); ok {
		return d, n, true
	}
	a, i := scanNumber(s, 2)
	if i == 0 || i >= len(s) || (s[i] != '/' && s[i] != '.') {
		return Date{}, 0, false
	}
	sep := s[i]
	b, j := scanNumber(s[i+1:], 2)
	j += i + 1
	if j == i+1 || j >= len(s) || s[j] != sep {
		return Date{}, 0, false
	}
	y, k := scanNumber(s[j+1:], 4)
	if k != 4 {
		return Date{}, 0, false
	}
	day, month := a, b
	if sep == '/' && (b > 12 || a <= 12 && b <= 12) {
		day, month = b, a
	}
	d, ok := MakeDate(y, time.Month(month), day)
	return d, j + 1 + k, ok
}

// mayOpenDate reports whether a date scanDateAt reads may open s: each
// opens with a digit or a month's name (see scanMonth), whose first two
// letters, when ASCII, are among monthOpenings. A word that opens
// otherwise, as most words of a line, is told by its first two bytes,
// without the reading of its letters for a month and of its digits for
// a day.
func mayOpenDate(s string) bool {
	if len(s) < 2 {
		// One byte: no month's name of three letters.
		return len(s) == 1 && isDigit(s[0])
	}
	// The low five bits of an ASCII letter are those of its lower case,
	// as scanMonth looks them up.
	a, b := s[0], s[1]
	return isDigit(a) || a >= utf8.RuneSelf || b >= utf8.RuneSelf || monthOpenings[a&31][b&31]
}

// urlDate reads the publication day many sites put in an article's path:
// "/2025/03/04/", "/2025-03-04-", "/20250304/". A year and month alone
// ("/2025/03/slug") is no day and gives nothing; nor do digits that run on
// into others, such as story ids.
func urlDate(u string) (Date, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return Date{}, false
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for i := 0; i+8 <= len(u); i++ {
		if i > 0 && isDigit(u[i-1]) || !isDigit(u[i]) {
			continue
		}
		if d, ok := dateAt(u[i:]); ok {
			return d, true
		}
	}
	return Date{}, false
}

// dateAt reads a year, month and day at the start of s, written
// "2025/03/04", "2025-03-04", "2025_03_04" or "20250304", not followed by
// another digit.
func dateAt(s string) (Date, bool) {
	y, n := leadingDigits(s, 4)
	if n != 4 || y < 1990 || y > 2100 {
		return Date{}, false
	}
	s = s[4:]
	sep := byte(0)
	if len(s) > 0 && (s[0] == '/' || s[0] == '-' || s[0] == '_') {
		sep = s[0]
		s = s[1:]
	}
	if len(s) < 4 || !isDigit(s[0]) || !isDigit(s[1]) {
		return Date{}, false
	}
	m := int(s[0]-'0')*10 + int(s[1]-'0')
	s = s[2:]
	if sep != 0 {
		if s[0] != sep {
			return Date{}, false
		}
		s = s[1:]
	}
	if len(s) < 2 || !isDigit(s[0]) || !isDigit(s[1]) || len(s) > 2 && isDigit(s[2]) {
		return Date{}, false
	}
	day := int(s[0]-'0')*10 + int(s[1]-'0')
	return MakeDate(y, time.Month(m), day)
}

// cardAuthor is the author a Twitter card names in its label/data pairs,
// as SEO plugins write them: twitter:label1 "Written by", twitter:data1
// "Jane Doe".
func (m *pageMeta) cardAuthor() string {
	for i, label := range m.cardLabels {
		if isCreditLabel(label) && m.cardData[i] != "" {
			return m.cardData[i]
		}
	}
	return ""
}

// maxMetaAuthors bounds the author metas kept.
const maxMetaAuthors = 16

// metaCredit is one author meta: its name and value.
type metaCredit struct{ key, val string }

// addAuthor keeps an author meta, as a page with several authors repeats
// article:author or citation_author, one person each.
func (m *pageMeta) addAuthor(key, v string) {
	if v != "" && len(m.authorMetas) < maxMetaAuthors {
		m.authorMetas = append(m.authorMetas, metaCredit{key, v})
	}
}

// authorList returns the people of the author meta a page repeats most,
// when it repeats one; metas of other names give the same people in other
// forms (dc.creator "Jane Doe" beside citation_author "Doe, Jane").
func (m *pageMeta) authorList() []string {
	best, most := "", 1
	for _, c := range m.authorMetas {
		n := 0
		for _, d := range m.authorMetas {
			if d.key == c.key {
				n++
			}
		}
		if n > most {
			best, most = c.key, n
		}
	}
	var out []string
	for _, c := range m.authorMetas {
		if best != "" && c.key == best && !slices.Contains(out, c.val) {
			out = append(out, c.val)
		}
	}
	return out
}

// uninvertName turns a catalogue's "Surname, Given" into the name as
// written ("Kaufman, Jeff T." is Jeff T. Kaufman), for metas that hold one
// person each in that order.
func uninvertName(s string) string {
	family, given, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(given, ",") || len(strings.Fields(family)) > 3 || len(strings.Fields(given)) > 3 {
		return s
	}
	if name := given + " " + family; isPersonName(name) && !isDesk(name) {
		return name
	}
	return s
}
