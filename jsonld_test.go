package newswire

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// jsonSamples are valid and invalid JSON of the kinds JSON-LD scripts hold.
var jsonSamples = []string{
	`{}`, `[]`, `"x"`, `1`, `-2.5e10`, `true`, `null`,
	`{"a":[1,2,{"b":"c"}],"d":null}`,
	`"esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude80 end"`,
	`{"@type":["NewsArticle","Article"],"headline":"Rocket\u2019s lift-off"}`,
	` [ { "x" : [ ] , "y" : { } } ] `,
	`{"a":}`, `{"a" 1}`, `[1,]`, `{"a":1,}`, `"unterminated`, `{"a":"b"`, `[1 2]`,
	`"bad \x escape"`, "\"control \x01 char\"", `tru`, `01x`, `{1:2}`, `"\ud800"`,
}

// TestJSONScannerAgrees checks the scanner against encoding/json: it
// accepts exactly the valid documents and decodes their strings alike.
func TestJSONScannerAgrees(t *testing.T) {
	for _, doc := range jsonSamples {
		checkJSONScanner(t, doc)
	}
}

func checkJSONScanner(t *testing.T, doc string) {
	t.Helper()
	j := &jsonScanner{s: doc}
	ok := j.skip()
	j.ws()
	ours := ok && j.i == len(doc)
	if valid := json.Valid([]byte(doc)); valid {
		// What encoding/json accepts, the scanner must accept too, and
		// read the same strings out of it.
		if !ours {
			t.Errorf("scanner refuses valid JSON %q", doc)
			return
		}
		var want any
		if json.Unmarshal([]byte(doc), &want) != nil {
			return
		}
		j = &jsonScanner{s: doc}
		n, _ := j.value()
		got := j.decoded(n)
		if !sameStrings(want, got) {
			t.Errorf("scanner reads %q as %#v, encoding/json as %#v", doc, got, want)
		}
	} else if ours && !strings.Contains(doc, `\u`) {
		t.Errorf("scanner accepts invalid JSON %q", doc)
	}
}

// decoded turns node n of j into the values encoding/json decodes into,
// numbers and literals as nil.
func (j *jsonScanner) decoded(n int32) any {
	switch nd := j.nodes[n]; nd.kind {
	case ldStr:
		return nd.str
	case ldObj:
		m := map[string]any{}
		for c := nd.first; c >= 0; c = j.nodes[c].next {
			m[j.nodes[c].key] = j.decoded(c)
		}
		return m
	case ldArr:
		list := []any{}
		for c := nd.first; c >= 0; c = j.nodes[c].next {
			list = append(list, j.decoded(c))
		}
		return list
	}
	return nil
}

// sameStrings compares decoded values, numbers aside (the scanner does not
// keep them).
func sameStrings(want, got any) bool {
	switch w := want.(type) {
	case string:
		g, ok := got.(string)
		return ok && g == w
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !sameStrings(w[i], g[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for k, v := range w {
			if !sameStrings(v, g[k]) {
				return false
			}
		}
		return true
	}
	return got == nil
}

func FuzzJSONScanner(f *testing.F) {
	for _, doc := range jsonSamples {
		f.Add(doc)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		checkJSONScanner(t, doc)
		checkSkipStops(t, doc)
		findArticleLDInto(doc, new(ldArticle)) // must not panic
	})
}

// skipNested is skip as object and array read it, a closure a member:
// the reference skip's loop must stop where it stops.
func (j *jsonScanner) skipNested() bool {
	switch j.peek() {
	case '"':
		_, ok := j.str(false)
		return ok
	case '{':
		return j.object(func(string) bool { return j.skipNested() })
	case '[':
		return j.array(func() bool { return j.skipNested() })
	case 0:
		return false
	default:
		return j.literal()
	}
}

// checkSkipStops checks that skip agrees with skipNested on a document
// and each of its tails, from a depth near the limit too: the same
// verdict, the same stop and the depth left as it was. A failed skip
// inside an array the article search reads on from still leaves the
// scan there.
func checkSkipStops(t *testing.T, doc string) {
	t.Helper()
	for from := 0; from < len(doc) && from < 64; from++ {
		for _, depth := range []int{0, maxJSONDepth - 2} {
			a := &jsonScanner{s: doc, i: from, depth: depth}
			b := &jsonScanner{s: doc, i: from, depth: depth}
			okA, okB := a.skip(), b.skipNested()
			if okA != okB || a.i != b.i || a.depth != depth || b.depth != depth {
				t.Fatalf("skip of %q from %d at depth %d: %v at %d (depth %d), nested reads %v at %d",
					doc, from, depth, okA, a.i, a.depth, okB, b.i)
			}
		}
	}
}

func TestSkipStopsAsNested(t *testing.T) {
	for _, doc := range append(jsonSamples,
		`{"a":{"b":[1,{"c":"d"}]},"e":[[],{}]} x`, `[{"a":1}}`, `{"a":[1}`, `[[[[{"a":"b"}]]]]`,
		`{"a":{"b":{"c":{"d":1}}}}`, `[ 1 , [ 2 , { "x" : "y" } ] ]`, "{\"a\":\"b\n\"}") {
		checkSkipStops(t, doc)
	}
}

func TestJSONScannerDepth(t *testing.T) {
	deep := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	j := &jsonScanner{s: deep}
	assert.False(t, j.skip(), "nesting past the limit is refused, not recursed into")
	found := findArticleLDInto(strings.Repeat(`{"@graph":[`, 50_000), new(ldArticle))
	assert.False(t, found)
}

func TestJSONLDAuthorParts(t *testing.T) {
	for raw, want := range map[string][]string{
		`{"@type":"NewsArticle","author":[{"@type":"Person","familyName":"Baumann","givenName":"Birgit"},{"@type":"Person","familyName":"Fink","givenName":"Anna Giulia"}]}`: {"Birgit Baumann", "Anna Giulia Fink"},
		`{"@type":"NewsArticle","author":{"@type":"Person","name":"Jan Marchart","givenName":"Jan","familyName":"Marchart"}}`:                                                {"Jan Marchart"},
		// Near misses: half a name, a number.
		`{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Birgit"}}`:                nil,
		`{"@type":"NewsArticle","author":{"@type":"Person","givenName":"Birgit","familyName":7}}`: nil,
	} {
		var m pageMeta
		m.addJSONLD(raw)
		assert.Equal(t, want, m.article().authors, raw)
		assert.Equal(t, want, m.article().persons, raw)
	}
}

func TestJSONLDAuthorsByID(t *testing.T) {
	for raw, want := range map[string][]string{
		// The Person node after the article, as Yoast writes its graph.
		`{"@graph":[{"@type":"WebPage","@id":"#page","name":"Page"},{"@type":"Article","headline":"H","author":{"@id":"#/person/1"}},{"@type":"Person","@id":"#/person/1","name":"Dana Reyes"}]}`: {"Dana Reyes"},
		// ... and before it.
		`{"@graph":[{"@type":"Person","@id":"#/person/2","name":"Omar Lind"},{"@type":"Article","headline":"H","author":[{"@id":"#/person/2"}]}]}`: {"Omar Lind"},
		// A reference nothing names.
		`{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#/person/3"}}]}`: nil,
		// HTML entities a plugin left in the name.
		`{"@type":"BlogPosting","author":{"@type":"Person","name":"Maria &amp; Katerina"}}`: {"Maria & Katerina"},
	} {
		var m pageMeta
		m.addJSONLD(raw)
		assert.Equal(t, want, m.article().authors, raw)
	}
}

func TestLDAuthors(t *testing.T) {
	j := &jsonScanner{s: `[
		{"@type": "Person", "name": "Ana Ruiz"},
		{"@type": "Organization", "name": "Acme"},
		{"@type": "NewsMediaOrganization", "name": "DER SPIEGEL"},
		{"@id": "#/person/9"},
		"https://example.com/author/x",
		"Ben Ode",
		{"name": "Old Name", "@type": "Person", "name": "New Name"}
	]`}
	v, ok := j.value()
	assert.True(t, ok)
	names, persons, orgs, ids := j.ldAuthors(v)
	assert.Equal(t, []string{"Ana Ruiz", "Acme", "DER SPIEGEL", "Ben Ode", "New Name"}, names, "a repeated key: the last, as in a map")
	assert.Equal(t, []string{"Ana Ruiz", "New Name"}, persons)
	assert.Equal(t, []string{"Acme", "DER SPIEGEL"}, orgs)
	assert.Equal(t, []string{"#/person/9"}, ids)
}

// TestLDValues reads the shapes of the fields read whole: a string, the
// first of an array, an object's @value or name, image addresses.
func TestLDValues(t *testing.T) {
	read := func(doc string) (*jsonScanner, int32) {
		j := &jsonScanner{s: doc}
		v, ok := j.value()
		assert.True(t, ok, doc)
		return j, v
	}
	for doc, want := range map[string]string{
		` " Space News " `:                      "Space News",
		`["First", "Second"]`:                   "First",
		`{"@value": "Valued", "name": "Named"}`: "Valued",
		`{"@value": "", "name": "Named"}`:       "Named",
		`{"name": ["Listed"]}`:                  "Listed",
		`[]`:                                    "",
		`12`:                                    "",
		`{"url": "x"}`:                          "",
	} {
		j, v := read(doc)
		assert.Equal(t, want, j.ldString(v), doc)
	}
	for doc, want := range map[string][]string{
		`"https://e.com/a.jpg"`: {"https://e.com/a.jpg"},
		`[{"@type": "ImageObject", "url": "https://e.com/b.jpg", "width": 1200}, "https://e.com/c.jpg"]`: {"https://e.com/b.jpg", "https://e.com/c.jpg"},
		`{"contentUrl": {"url": "https://e.com/d.jpg"}}`:                                                 {"https://e.com/d.jpg"},
		`{"width": 1200}`:                    nil,
		`[[[[["https://e.com/deep.jpg"]]]]]`: nil,
	} {
		j, v := read(doc)
		assert.Equal(t, want, j.ldURLs(v, 0), doc)
	}
	for doc, want := range map[string]bool{
		`"NewsArticle"`:              true,
		`["WebPage", "BlogPosting"]`: true,
		`[["ReportageNewsArticle"]]`: true,
		`"WebPage"`:                  false,
		`{"@type": "NewsArticle"}`:   false,
	} {
		j, v := read(doc)
		assert.Equal(t, want, j.isArticleType(v), doc)
	}
	j, v := read(`["space", " ", 7, "mars "]`)
	assert.Equal(t, []string{"space", "mars"}, j.ldKeywords(v))
	j, v = read(`"space; mars, moon"`)
	assert.Equal(t, []string{"space", "mars", "moon"}, j.ldKeywords(v))
}

func TestUnescapeEntities(t *testing.T) {
	for s, want := range map[string]string{
		"Maria &amp; Katerina": "Maria & Katerina",
		"Jos&eacute; Pérez":    "José Pérez",
		"Tom & Jerry":          "Tom & Jerry", // an ampersand with no entity after it
		"AT&T; Verizon":        "AT&T; Verizon",
		"Plain Name":           "Plain Name",
	} {
		assert.Equal(t, want, unescapeEntities(s), s)
	}
}

// TestStrStops checks str's eight-bytes-at-a-time pass against the byte
// table, with the stop byte at each place of a lane and past the lanes:
// it ends where the table says, returns the string when the stop is its
// quote, and replaces the bytes that are not UTF-8 (which it sees only
// when it keeps the high bits of the bytes it passed right).
func TestStrStops(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && jsonPlain[s[i]] {
			i++
		}
		return i
	}
	check := func(s string, from int) {
		stop := ref(s, from)
		j := &jsonScanner{s: s, i: from - 1} // at the quote before from
		got, ok := j.str(true)
		switch {
		case stop == len(s):
			assert.False(t, ok, "%q from %d", s, from)
			assert.Equal(t, len(s), j.i, "%q from %d", s, from)
		case s[stop] == '"':
			assert.True(t, ok, "%q from %d", s, from)
			assert.Equal(t, validUTF8(s[from:stop]), got, "%q from %d", s, from)
			assert.Equal(t, stop+1, j.i, "%q from %d", s, from)
		case s[stop] < 0x20:
			assert.False(t, ok, "%q from %d", s, from)
			assert.Equal(t, stop, j.i, "%q from %d", s, from)
		}
		j = &jsonScanner{s: s, i: from - 1}
		_, ok = j.str(false)
		if stop < len(s) && s[stop] == '"' {
			assert.True(t, ok, "%q from %d", s, from)
			assert.Equal(t, stop+1, j.i, "%q from %d", s, from)
		}
	}
	for _, stop := range []string{`"`, `\`, "\n", "\x00", "\x1f", "\x00\x1f", `\"`, "\x1f\xe2\x80\x94"} {
		for n := 0; n < 20; n++ {
			for _, body := range []string{"abcdefghijklmnopqrstuvwxyz", "é ü — ‘quoted’ text !#$%&'()*+,-./0123456789", "ab\xffcdefghij\xe2\x80klmnop\xc3"} {
				s := body[:min(n, len(body))] + stop + "tail é"
				for from := 1; from <= 4 && from <= len(s); from++ {
					check(`"`+s, from)
				}
			}
		}
	}
	for _, s := range []string{"", "plain", "exactly8", "sixteen bytes ok", "sixteen bytes é", " !#$%&'()*+,-./0123456789:;<=>?@[]^_`{|}~\x7f\x80\xff"} {
		check(`"`+s, 1)
		check(`"`+s+`"`, 1)
	}
}

// TestArticleLDTopArray checks that a script's top array gives its first
// article whatever follows it (the search stops there), and still reads
// on for the nodes that name its authors by @id.
func TestArticleLDTopArray(t *testing.T) {
	var a ldArticle
	found := findArticleLDInto(`[{"@type":"WebPage","datePublished":"2024-01-02"},{"@type":"NewsArticle","headline":"Storm hits coast"},{"@type":"Person","name":"X"`, &a)
	assert.True(t, found)
	assert.Equal(t, "Storm hits coast", a.headline)
	var b ldArticle
	found = findArticleLDInto(`[{"@type":"NewsArticle","headline":"Storm","author":{"@id":"#p1"}},{"@type":"Organization"},{"@id":"#p1","name":"Jane Roe"}]`, &b)
	assert.True(t, found)
	assert.Equal(t, []string{"Jane Roe"}, b.authors)
	found = findArticleLDInto(`{"@graph":[{"@type":"NewsArticle","headline":"Storm"},{"@type":"Person"`+`}`, new(ldArticle))
	assert.False(t, found, "an @graph's object must still end well")
}
