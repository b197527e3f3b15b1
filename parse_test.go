package newswire

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden JSON files in testdata")

// fixture is one testdata page: NAME.html, the expected NAME.json and,
// for pages that name no address of their own, NAME.url.
type fixture struct {
	name, html, golden string
	url                *url.URL
}

func fixtures(t testing.TB) []fixture {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	var out []fixture
	for _, p := range pages {
		base := strings.TrimSuffix(p, ".html")
		f := fixture{name: filepath.Base(base), html: p, golden: base + ".json"}
		if raw, err := os.ReadFile(base + ".url"); err == nil {
			f.url, err = url.Parse(strings.TrimSpace(string(raw)))
			require.NoError(t, err)
		}
		out = append(out, f)
	}
	return out
}

func (f fixture) parse(t testing.TB) (*Article, error) {
	t.Helper()
	r, err := os.Open(f.html)
	require.NoError(t, err)
	defer r.Close()
	return Parse(r, WithURL(f.url))
}

// goldenError is what a golden file holds for a page that is no article.
type goldenError struct {
	Error string `json:"error"`
}

func marshalGolden(a *Article, err error) []byte {
	var v any = a
	if err != nil {
		v = goldenError{Error: err.Error()}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestGolden parses every testdata page and compares the result with its
// golden file field by field, so that a failure names the field.
func TestGolden(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			got, err := f.parse(t)
			if *update {
				require.NoError(t, os.WriteFile(f.golden, marshalGolden(got, err), 0o644))
				return
			}
			raw, rerr := os.ReadFile(f.golden)
			require.NoError(t, rerr, "no golden file; run go test -run Golden -update and review it")
			var ge goldenError
			if json.Unmarshal(raw, &ge) == nil && ge.Error != "" {
				require.Error(t, err)
				assert.True(t, errors.Is(err, ErrNotArticle), "want ErrNotArticle, got %v", err)
				assert.Equal(t, ge.Error, err.Error())
				return
			}
			require.NoError(t, err)
			var want Article
			require.NoError(t, json.Unmarshal(raw, &want))
			assertArticle(t, &want, got)
		})
	}
}

func assertArticle(t *testing.T, want, got *Article) {
	t.Helper()
	assert.Equal(t, want.URL, got.URL, "url")
	assert.Equal(t, want.Site, got.Site, "site")
	assert.Equal(t, want.Section, got.Section, "section")
	assert.Equal(t, want.Headline, got.Headline, "headline")
	assert.Equal(t, want.Kicker, got.Kicker, "kicker")
	assert.Equal(t, want.Byline, got.Byline, "byline")
	assert.Equal(t, want.Authors, got.Authors, "authors")
	assert.Equal(t, want.Agency, got.Agency, "agency")
	assert.Equal(t, want.Dateline, got.Dateline, "dateline")
	assert.True(t, want.Published.Equal(got.Published), "published: want %v, got %v", want.Published, got.Published)
	assert.Equal(t, want.Body, got.Body, "body")
	assert.Equal(t, want.Signoff, got.Signoff, "signoff")
	assert.Equal(t, want.Keywords, got.Keywords, "keywords")
	assert.Equal(t, want.Images, got.Images, "images")
	assert.Equal(t, want.RelatedLinks, got.RelatedLinks, "related_links")
	assert.Equal(t, want.RelatedStories, got.RelatedStories, "related_stories")
}

// TestSeedPage checks the seed page against the text capture it models,
// independently of its golden file: what issue #2 asks of it.
func TestSeedPage(t *testing.T) {
	r, err := os.Open("testdata/smn-2010s-seed.html")
	require.NoError(t, err)
	defer r.Close()
	a, err := Parse(r)
	require.NoError(t, err)

	assert.Equal(t, "Alibaba denies report it helps China's military target US", a.Headline)
	assert.Equal(t, "CYBER WARS", a.Section)
	assert.Equal(t, "AFP Staff Writers", a.Byline)
	assert.Empty(t, a.Authors)
	assert.Equal(t, "AFP", a.Agency)
	assert.Equal(t, Dateline{Text: "Beijing (AFP) Nov 15, 2025", Place: "Beijing", Agency: "AFP", Date: Date{2025, 11, 15}}, a.Dateline)
	assert.Equal(t, "pfc/lb/mtp", a.Signoff)
	assert.Equal(t, []string{"Alibaba"}, a.Keywords)
	require.Len(t, a.Body, 15)

	// The body is exactly the seed's paragraphs between dateline and sign-off.
	seed := seedParagraphs(t)
	assert.Equal(t, seed, a.Body)

	require.Len(t, a.RelatedLinks, 1)
	assert.Equal(t, "Cyberwar - Internet Security News - Systems and Policy Issues", a.RelatedLinks[0].Text)
	require.Len(t, a.RelatedStories, 1)
	assert.Contains(t, a.RelatedStories[0].Summary, "Dong Yuyu")

	all, _ := json.Marshal(a)
	for _, junk := range []string{"Subscribe Free", "Tweet", "Space Media Network", "read more", "Dust and Sand Movements"} {
		assert.NotContains(t, string(all), junk)
	}
}

// seedParagraphs reads the body paragraphs of the seed text capture in
// ../shared/seeds: the lines between the dateline and the sign-off.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	matches, _ := filepath.Glob("../shared/seeds/*.txt")
	if len(matches) == 0 {
		t.Skip("../shared/seeds is absent")
	}
	raw, err := os.ReadFile(matches[0])
	require.NoError(t, err)
	var out []string
	in := false
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "Beijing (AFP)"):
			in = true
		case line == "pfc/lb/mtp":
			return out
		case in && line != "":
			out = append(out, line)
		}
	}
	return out
}

func TestNotArticleInputs(t *testing.T) {
	for name, in := range map[string]string{
		"empty":         "",
		"blank":         " \n\t\r\n ",
		"plain text":    "Beijing (AFP) Nov 15, 2025 - not a page at all",
		"pdf":           "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
		"png":           "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"no body":       "<html><head><title>Hello</title></head><body></body></html>",
		"headline only": "<html><body><h1>Alibaba denies report it helps China's military target US</h1></body></html>",
	} {
		t.Run(name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(in))
			assert.Nil(t, a)
			assert.ErrorIs(t, err, ErrNotArticle)
		})
	}
}

func TestTooLarge(t *testing.T) {
	page, err := os.ReadFile("testdata/smn-upi.html")
	require.NoError(t, err)
	_, err = Parse(bytes.NewReader(page), WithMaxBytes(int64(len(page)-1)))
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = Parse(bytes.NewReader(page), WithMaxBytes(int64(len(page))))
	assert.NoError(t, err)
}

// TestParseNode checks that a caller's own tree gives the same article.
func TestParseNode(t *testing.T) {
	page, err := os.ReadFile("testdata/smn-ians.html")
	require.NoError(t, err)
	want, err := Parse(bytes.NewReader(page))
	require.NoError(t, err)
	doc, err := parseHTML(bytes.NewReader(page), DefaultMaxBytes)
	require.NoError(t, err)
	got, err := ParseNode(doc)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	_, err = ParseNode(nil)
	assert.ErrorIs(t, err, ErrNotArticle)
}

// TestWindows1252 checks that curly quotes stored as windows-1252 bytes
// arrive as the right runes.
func TestWindows1252(t *testing.T) {
	f := fixture{html: "testdata/smn-2000s-table.html"}
	a, err := f.parse(t)
	require.NoError(t, err)
	assert.Equal(t, "The Geology Of Mars Mid-’04", a.Headline)
	joined := strings.Join(a.Body, " ")
	assert.Contains(t, joined, "“basalt, basalt and more basalt.”")
	assert.Contains(t, joined, "Université")
	assert.NotContains(t, joined, "\uFFFD")
}

func TestCharsetDeclarations(t *testing.T) {
	body := "<p>" + strings.Repeat("The rover drove on across the plain toward the hills. ", 6) + "</p>"
	page := func(head string, text []byte) []byte {
		return append([]byte("<html><head>"+head+"<title>Caf\xe9 talk</title></head><body><h1>Caf\xe9 talk on Mars</h1><p>by Staff Writers<p>Paris (AFP) Jun 08, 2004"+body), text...)
	}
	tests := []struct {
		name, head string
		prefix     []byte
	}{
		{"meta charset", `<meta charset="iso-8859-1">`, nil},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, nil},
		{"undeclared latin-1", ``, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(append(tt.prefix, page(tt.head, []byte("<p>\x93Quoted\x94 caf\xe9.</p>"))...)))
			require.NoError(t, err)
			assert.Equal(t, "Café talk on Mars", a.Headline)
			assert.Equal(t, "“Quoted” café.", a.Body[len(a.Body)-1])
		})
	}
	t.Run("utf-8 BOM", func(t *testing.T) {
		p := "\xEF\xBB\xBF<html><head><meta charset=windows-1252></head><body><h1>Café talk on Mars</h1><p>Paris (AFP) Jun 08, 2004" + body + "<p>“Quoted” café.</p>"
		a, err := Parse(strings.NewReader(p))
		require.NoError(t, err)
		assert.Equal(t, "Café talk on Mars", a.Headline)
		assert.Equal(t, "“Quoted” café.", a.Body[len(a.Body)-1])
	})
	t.Run("declared windows-1252 but utf-8", func(t *testing.T) {
		p := "<html><head><meta charset=windows-1252></head><body><h1>Café talk on Mars</h1><p>Paris (AFP) Jun 08, 2004" + body + "<p>“Quoted” café.</p>"
		a, err := Parse(strings.NewReader(p))
		require.NoError(t, err)
		assert.Equal(t, "Café talk on Mars", a.Headline)
	})
}

func TestResolveURL(t *testing.T) {
	base, _ := url.Parse("https://www.spacedaily.com/news/mars-mers-04zzzzx.html")
	for href, want := range map[string]string{
		"/images/x-bg.jpg":                   "https://www.spacedaily.com/images/x-bg.jpg",
		"../mars-general.html":               "https://www.spacedaily.com/mars-general.html",
		"//www.spxdaily.com/a.jpg":           "https://www.spxdaily.com/a.jpg",
		"HTTP://WWW.ESA.INT:80/Missions#top": "http://www.esa.int/Missions",
		"https://user:pw@example.com":        "https://example.com/",
		"javascript:void(0)":                 "",
		"JavaScript:alert(1)":                "",
		"data:image/png;base64,AAAA":         "",
		"vbscript:msgbox":                    "",
		"mailto:editor@spacedaily.com":       "",
		"#comments":                          "",
		"":                                   "",
	} {
		got, ok := resolveURL(base, href)
		assert.Equal(t, want, got, href)
		assert.Equal(t, want != "", ok, href)
	}
	got, ok := resolveURL(nil, "//cdn.example.com/p.jpg")
	assert.True(t, ok)
	assert.Equal(t, "https://cdn.example.com/p.jpg", got)
	_, ok = resolveURL(nil, "/relative.html")
	assert.False(t, ok, "a relative link without a base cannot be made absolute")
}

// TestJSONLDShapes checks that the article object is found in every shape
// publishers give JSON-LD.
func TestJSONLDShapes(t *testing.T) {
	article := `{"@type":"NewsArticle","headline":"Rocket lifts off","datePublished":"2024-03-13T06:48:00Z",
		"author":[{"@type":"Person","name":"Marcia Lane"},{"@type":"Person","name":"Tom Okafor"}],
		"image":{"@type":"ImageObject","url":"https://example.com/a.jpg"},"keywords":"moon, rockets",
		"publisher":{"@type":"Organization","name":"The Courier"}}`
	for name, raw := range map[string]string{
		"object":      article,
		"array":       `[{"@type":"BreadcrumbList"},` + article + `]`,
		"graph":       `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},` + article + `]}`,
		"main entity": `{"@type":"WebPage","mainEntity":` + article + `}`,
		"type list":   strings.Replace(article, `"NewsArticle"`, `["NewsArticle","Article"]`, 1),
	} {
		var m pageMeta
		m.addJSONLD(raw)
		ld := m.article()
		assert.True(t, ld.found, name)
		assert.Equal(t, "Rocket lifts off", ld.headline, name)
		assert.Equal(t, []string{"Marcia Lane", "Tom Okafor"}, ld.authors, name)
		assert.Equal(t, []string{"https://example.com/a.jpg"}, ld.images, name)
		assert.Equal(t, []string{"moon", "rockets"}, ld.keywords, name)
		assert.Equal(t, "The Courier", ld.publisher, name)
	}
	for _, raw := range []string{`{"@type":"Organization","name":"Article Co"}`, `{not json Article`, `[]`, `"Article"`} {
		var m pageMeta
		m.addJSONLD(raw)
		assert.False(t, m.article().found, raw)
	}
}
