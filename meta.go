package newswire

import (
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself outside its visible text:
// <title>, OpenGraph and article:* properties, <meta name>, canonical link,
// JSON-LD and the first <time datetime>.
type pageMeta struct {
	title, timeAttr string

	canonical, ogURL, ogTitle, ogImage, ogSiteName, ogType string
	twitterTitle, description                              string
	published, section, author                             string
	keywords                                               []string

	// JSON-LD is decoded only when a field the page's own text and tags
	// did not give is asked for: decoding costs more than the rest of the
	// metadata together.
	ldRaw   []string
	ld      ldArticle
	ldDone  bool
	listing bool // a JSON-LD type of listing or product: see isListingLD

	pubTime time.Time // publishedTime's answer, once found
	pubDone bool
}

// ldArticle is the part of a JSON-LD Article/NewsArticle the library uses.
type ldArticle struct {
	found                             bool
	headline, published, section, url string
	publisher                         string
	authors, images, keywords         []string
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
	if key == "" || raw == "" || len(key) > 32 {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = cleanText(raw)
		}
	}
	switch strings.ToLower(key) {
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
	case "article:published_time", "og:article:published_time", "datepublished",
		"date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
		"sailthru.date", "parsely-pub-date":
		set(&m.published)
	case "article:section", "og:article:section", "section", "articlesection":
		set(&m.section)
	case "author", "article:author", "og:article:author", "byl", "dc.creator", "sailthru.author":
		if !strings.HasPrefix(raw, "http") {
			set(&m.author)
		}
	case "keywords", "news_keywords", "article:tag", "og:article:tag":
		if len(m.keywords) == 0 || strings.HasSuffix(key, "tag") {
			m.keywords = append(m.keywords, splitKeywords(cleanText(raw))...)
		}
	}
}

func (m *pageMeta) addLink(n *html.Node) {
	if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
		m.canonical = strings.TrimSpace(attr(n, "href"))
	}
}

func splitKeywords(s string) []string {
	var out []string
	for _, k := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if k = strings.TrimSpace(k); k != "" && len(k) < 80 {
			out = append(out, k)
		}
	}
	return out
}

// addJSONLD reads one <script type="application/ld+json"> and keeps the
// first Article-like object found in it, in any of the shapes publishers
// use: a bare object, an array, an @graph, or nested under mainEntity.
// Only the fields used are decoded, each into a small value.
func (m *pageMeta) addJSONLD(raw string) {
	m.listing = m.listing || isListingLD(raw)
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
			if a, ok := findArticleLD(raw); ok {
				m.ld = a
				break
			}
		}
	}
	return &m.ld
}

// mayHoldArticle is a cheap test that spares decoding the JSON-LD of
// breadcrumbs, organisations and search boxes.
func mayHoldArticle(raw string) bool {
	return strings.Contains(raw, "Article") || strings.Contains(raw, "Posting")
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "ReportageNewsArticle" || t == "LiveBlogPosting"
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value as a string: the value itself, the first
// of an array, or an object's @value/name.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	case map[string]any:
		if s := ldString(v["@value"]); s != "" {
			return s
		}
		return ldString(v["name"])
	}
	return ""
}

func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch v := v.(type) {
	case string:
		if s := cleanText(v); s != "" && !strings.HasPrefix(s, "http") {
			return []string{s}
		}
	case map[string]any:
		return ldNames(v["name"], depth+1)
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, ldNames(x, depth+1)...)
		}
		return out
	}
	return nil
}

func ldURLs(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch v := v.(type) {
	case string:
		return []string{strings.TrimSpace(v)}
	case map[string]any:
		if u := ldString(v["url"]); u != "" {
			return []string{u}
		}
		return ldURLs(v["contentUrl"], depth+1)
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, ldURLs(x, depth+1)...)
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
	if t, ok := parseMetaTime(m.published); ok {
		return t
	}
	if t, ok := parseMetaTime(m.article().published); ok {
		return t
	}
	t, _ := parseMetaTime(m.timeAttr)
	return t
}

var metaTimeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02",
	time.RFC1123Z, time.RFC1123, "20060102",
}

func parseMetaTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return time.Time{}, false
	}
	for _, l := range metaTimeLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1900 {
			return t, true
		}
	}
	return time.Time{}, false
}
