package newswire

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself outside its visible text:
// <title>, OpenGraph and article:* properties, <meta name>, canonical link,
// JSON-LD and the first <time datetime>.
type pageMeta struct {
	title, lang, timeAttr string

	canonical, ogURL, ogTitle, ogImage, ogSiteName, ogType string
	twitterTitle, description                              string
	published, section, author                             string
	keywords                                               []string

	ld ldArticle
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
	case "description", "og:description":
		set(&m.description)
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
func (m *pageMeta) addJSONLD(raw string) {
	if m.ld.found || len(raw) > 1<<20 || !mayHoldArticle(raw) {
		return
	}
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		return
	}
	if obj := findArticleLD(v, 0); obj != nil {
		m.ld = readArticleLD(obj)
	}
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

func findArticleLD(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if o := findArticleLD(x, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			return v
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
			if o := findArticleLD(v[k], depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

func readArticleLD(o map[string]any) ldArticle {
	a := ldArticle{found: true}
	a.headline = cleanText(ldString(o["headline"]))
	if a.headline == "" {
		a.headline = cleanText(ldString(o["name"]))
	}
	a.published = ldString(o["datePublished"])
	a.section = cleanText(ldString(o["articleSection"]))
	a.url = ldString(o["url"])
	a.authors = ldNames(o["author"], 0)
	a.images = ldURLs(o["image"], 0)
	if p, ok := o["publisher"].(map[string]any); ok {
		a.publisher = cleanText(ldString(p["name"]))
	}
	switch k := o["keywords"].(type) {
	case string:
		a.keywords = splitKeywords(k)
	case []any:
		for _, x := range k {
			if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
				a.keywords = append(a.keywords, strings.TrimSpace(s))
			}
		}
	}
	return a
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
	for _, s := range []string{m.ld.published, m.published, m.timeAttr} {
		if t, ok := parseMetaTime(s); ok {
			return t
		}
	}
	return time.Time{}
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
