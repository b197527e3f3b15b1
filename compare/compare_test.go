package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \u00a0 ", nil},
		{"Hello, World!", []string{"hello", "world"}},
		{"Obama’s 'biggest' frustration", []string{"obama", "s", "biggest", "frustration"}},
		{"BEIJING (AFP) Nov 15, 2025 -- Übung", []string{"beijing", "afp", "nov", "15", "2025", "übung"}},
		{"U.S.-Israeli", []string{"u", "s", "israeli"}},
	}
	for _, tt := range tests {
		if got := tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		got, want string
		f1        float64
	}{
		{"", "", 1},
		{"a", "", 0},
		{"", "a", 0},
		{"The cat sat", "the CAT sat.", 1},
		{"a b", "c d", 0},
		// 2 common of 4 got and 2 want: P=1/2, R=1, F1=2/3.
		{"a b c d", "a b", 2.0 / 3},
		// Repeats count once per occurrence in both: common "a" once.
		{"a a", "a b", 0.5},
	}
	for _, tt := range tests {
		if got := tokenF1(tt.got, tt.want); math.Abs(got-tt.f1) > 1e-9 {
			t.Errorf("tokenF1(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.f1)
		}
	}
}

func TestNormalise(t *testing.T) {
	if got := normSpace("  a \n\t b\u00a0c "); got != "a b c" {
		t.Errorf("normSpace = %q", got)
	}
	for _, s := range []string{"By Erin  Cunningham", "erin cunningham", "BY ERIN CUNNINGHAM"} {
		if got := normByline(s); got != "erin cunningham" {
			t.Errorf("normByline(%q) = %q", s, got)
		}
	}
}

func TestHTMLText(t *testing.T) {
	got, err := htmlText(`<div><h1>Title</h1><p>One <b>bo</b>ld<br>two</p><script>x()</script><p>three</p></div>`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Title One bold two three"; got != want {
		t.Errorf("htmlText = %q, want %q", got, want)
	}
}

func TestMedianGeomean(t *testing.T) {
	id := func(x float64) float64 { return x }
	if got := median([]float64{3, 1, 2}, id); got != 2 {
		t.Errorf("median odd = %v", got)
	}
	if got := median([]float64{4, 1, 3, 2}, id); got != 2.5 {
		t.Errorf("median even = %v", got)
	}
	if got := geomean([]float64{1, 4, 0}); math.Abs(got-2) > 1e-9 {
		t.Errorf("geomean = %v, want 2 (zero ignored)", got)
	}
}

// TestRunOnePage runs the whole tool on one testdata page with a minimal
// measurement and an absent evaluation folder.
func TestRunOnePage(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.html"))
	if len(files) == 0 {
		t.Skip("no ../testdata/*.html")
	}
	name := strings.TrimSuffix(filepath.Base(files[0]), ".html")
	var stdout, stderr strings.Builder
	args := []string{
		"-pages", "^" + name + "$", "-rounds", "1", "-iters", "1", "-progress=false",
		"-eval", filepath.Join(t.TempDir(), "absent"),
	}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"## A. Speed", "| " + name + " |", "**geomean ratio**",
		"## B. Accuracy on testdata pages", "## C. Accuracy on real pages", "Skipped:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr.String(), "absent: real pages skipped") {
		t.Errorf("stderr does not say the eval folder was skipped: %q", stderr.String())
	}
}

func TestWCXBWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World!", []string{"hello", "world"}},
		// \w keeps the underscore and digits, and letters of any script.
		{"snake_case 42 Übung Straße", []string{"snake_case", "42", "übung", "straße"}},
		{"Мир, 世界!", []string{"мир", "世界"}},
		// A combining mark is not \w: a decomposed é splits its word, as
		// the benchmark's Python does.
		{"cafe\u0301 ok", []string{"cafe", "ok"}},
		{"U.S.-Israeli it’s", []string{"u", "s", "israeli", "it", "s"}},
	}
	for _, tt := range tests {
		if got := wcxbWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("wcxbWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordScores(t *testing.T) {
	tests := []struct {
		got, want string
		p, r, f1  float64
	}{
		{"", "", 1, 1, 1},
		{"", "a b", 0, 0, 0},
		{"a b", "", 0, 0, 0},
		{"The cat sat", "the CAT sat.", 1, 1, 1},
		{"a b", "c d", 0, 0, 0},
		// 2 of 4 extracted words are true, both true words found.
		{"a b c d", "a b", 0.5, 1, 2.0 / 3},
		// Repeats count as often as they occur in both: one "the" of
		// three extracted is matched by the truth's single "the".
		{"the the the end", "the end", 0.5, 1, 2.0 / 3},
		{"the end", "the the the end", 1, 0.5, 2.0 / 3},
		// Unicode words are compared after lower-casing.
		{"ÜBER Straße", "über straße noch", 1, 2.0 / 3, 0.8},
	}
	for _, tt := range tests {
		p, r, f1 := wordScores(wcxbWords(tt.got), wcxbWords(tt.want))
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f1-tt.f1) > 1e-9 {
			t.Errorf("wordScores(%q, %q) = %.3f %.3f %.3f, want %.3f %.3f %.3f", tt.got, tt.want, p, r, f1, tt.p, tt.r, tt.f1)
		}
	}
}

func TestCompareVersionKeys(t *testing.T) {
	keys := []string{"V10", "V2", "V1_1", "V1", "V2_1", "V1_10", "V1_2"}
	slices.SortFunc(keys, compareVersionKeys)
	want := []string{"V1", "V1_1", "V1_2", "V1_10", "V2", "V2_1", "V10"}
	if !slices.Equal(keys, want) {
		t.Errorf("sorted = %q, want %q", keys, want)
	}
}

// TestLoadFundusPairsByDateAndVersion builds a small fundus folder whose
// file names and version keys both sort wrongly as text, and checks that
// each page gets the version of its rank.
func TestLoadFundusPairsByDateAndVersion(t *testing.T) {
	dir := t.TempDir()
	cc := filepath.Join(dir, "xx")
	if err := os.Mkdir(cc, 0o755); err != nil {
		t.Fatal(err)
	}
	dates := []string{"2024_01_05", "2023_12_30", "2025_02_01", "2023_01_01"}
	for _, d := range dates {
		writeGzip(t, filepath.Join(cc, "Wire_"+d+".html.gz"), "<p>"+d+"</p>")
	}
	// A publisher whose name extends the first one's must not be mixed in.
	writeGzip(t, filepath.Join(cc, "Wire_Extra_2020_01_01.html.gz"), "<p>x</p>")
	writeFile(t, filepath.Join(cc, "Wire_Extra.json"), `{"V1": {"title": "extra", "publishing_date": "2020-01-01 00:00:00+00:00", "body": {"summary": [], "sections": []}}}`)
	version := func(title, para string) string {
		return `{"title": "` + title + `", "authors": ["A B"], "publishing_date": "2023-04-28 17:40:08+00:00",
			"body": {"summary": ["Sum."], "sections": [{"headline": ["Head"], "paragraphs": ["` + para + `", "Two."]}]}}`
	}
	writeFile(t, filepath.Join(cc, "Wire.json"), `{"V10": `+version("fourth", "D.")+`, "V2": `+version("third", "C.")+
		`, "V1_1": `+version("second", "B.")+`, "V1": `+version("first", "MEXICO CITY (AP) — A.")+`}`)
	writeFile(t, filepath.Join(cc, "meta.info"), `{"Wire_2023_01_01.html.gz": {"url": "https://example.com/a"}}`)

	pages, err := loadFundus(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pages {
		got = append(got, p.File+" "+p.Version+" "+p.Truth.Title)
	}
	want := []string{
		"xx/Wire_2023_01_01.html.gz V1 first",
		"xx/Wire_2023_12_30.html.gz V1_1 second",
		"xx/Wire_2024_01_05.html.gz V2 third",
		"xx/Wire_2025_02_01.html.gz V10 fourth",
		"xx/Wire_Extra_2020_01_01.html.gz V1 extra",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("pairs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	first := pages[0]
	if first.URL != "https://example.com/a" || first.Truth.Date != "2023-04-28" {
		t.Errorf("first page URL %q date %q", first.URL, first.Truth.Date)
	}
	// The body truth is the summary, then each section's heading and paragraphs.
	if want := "Sum.\n\nHead\n\nMEXICO CITY (AP) — A.\n\nTwo."; first.Truth.Body != want {
		t.Errorf("body = %q, want %q", first.Truth.Body, want)
	}
	if w := first.Truth.Wire; w == nil || w.Agency != "AP" || w.Place != "MEXICO CITY" {
		t.Errorf("wire = %+v, want AP, MEXICO CITY", w)
	}
	if pages[1].Truth.Wire != nil {
		t.Errorf("page without a dateline has wire %+v", pages[1].Truth.Wire)
	}
}

func TestLoadFundusRefusesUnevenPairs(t *testing.T) {
	dir := t.TempDir()
	cc := filepath.Join(dir, "xx")
	if err := os.Mkdir(cc, 0o755); err != nil {
		t.Fatal(err)
	}
	writeGzip(t, filepath.Join(cc, "Wire_2024_01_05.html.gz"), "<p>x</p>")
	writeFile(t, filepath.Join(cc, "Wire.json"), `{"V1": {}, "V2": {}}`)
	if _, err := loadFundus(dir); err == nil {
		t.Error("two versions for one page: no error")
	}
}

func TestTruthWireDateline(t *testing.T) {
	tests := []struct {
		para          string
		agency, place string
	}{
		{"MEXICO CITY (AP) — Mexico’s economy grew by 1.1%", "AP", "MEXICO CITY"},
		{"LA CROSSE, Wis. (AP) — After a summer", "AP", "LA CROSSE, Wis."},
		{"KATHMANDU, April 25 (Reuters) - Nepal's civil aviation", "Reuters", "KATHMANDU"},
		{"BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank", "Reuters", "BEIRUT/THE HAGUE"},
		{"BERLIN (Reuters) - The German government", "Reuters", "BERLIN"},
		{"(dpa) - Die Bundesregierung", "dpa", ""},
		{"Berlin (dpa/lnw) – Die Polizei", "dpa", "Berlin"},
		{"PARIS (AFP) - France", "AFP", "PARIS"},
		{"Kiel (dpo) - Finnland ist in Gefahr!", "", ""},
		{"The Office for Budget Responsibility (OBR) monitors", "", ""},
		{"PUTRAJAYA, Nov 22 — Private companies", "", ""},
		{"He said (AP) — no", "", ""},
	}
	for _, tt := range tests {
		got := truthWireDateline(tt.para)
		switch {
		case tt.agency == "" && got != nil:
			t.Errorf("truthWireDateline(%q) = %+v, want none", tt.para, got)
		case tt.agency != "" && (got == nil || got.Agency != tt.agency || got.Place != tt.place):
			t.Errorf("truthWireDateline(%q) = %+v, want %s %q", tt.para, got, tt.agency, tt.place)
		}
	}
}

// TestPublishedDayKeepsOffset checks that the date compared is the page's
// own calendar day, not the UTC one.
func TestPublishedDayKeepsOffset(t *testing.T) {
	late, err := time.Parse(time.RFC3339, "2025-10-14T23:30:00-05:00")
	if err != nil {
		t.Fatal(err)
	}
	if got := publishedDay(late); got != "2025-10-14" {
		t.Errorf("publishedDay(%v) = %q, want the page's day 2025-10-14 (UTC would be the 15th)", late, got)
	}
	early, _ := time.Parse(time.RFC3339, "2025-10-15T01:00:00+09:00")
	if got := publishedDay(early); got != "2025-10-15" {
		t.Errorf("publishedDay(%v) = %q, want 2025-10-15", early, got)
	}
	if got := publishedDay(time.Time{}); got != "" {
		t.Errorf("publishedDay(zero) = %q", got)
	}
	p := &devPage{Set: setWCXB, Truth: devTruth{Date: "2025-10-14", Body: "a"}}
	r := scoreExtraction(p, extraction{Text: "a", Published: late}, wcxbWords("a"))
	if !r.DateOK || r.Date != "2025-10-14" {
		t.Errorf("scoreExtraction date %q ok %t", r.Date, r.DateOK)
	}
	if dayOf("2023-04-28 17:40:08+00:00") != "2023-04-28" || dayOf("April 2023") != "" {
		t.Error("dayOf reads a truth date wrongly")
	}
}

func TestAuthorMatches(t *testing.T) {
	if !authorWordsIn([]string{"Jane Q. Doe", "Bob Roe"}, []string{"jane doe"}) {
		t.Error("words of the truth author within the authors: no match")
	}
	if authorWordsIn([]string{"Jane Smith"}, []string{"Jane Doe"}) || authorWordsIn(nil, []string{"Jane"}) {
		t.Error("missing word: match")
	}
	if !sameAuthorSet([]string{"STEVE  PEOPLES", "Thomas Beaumont"}, []string{"Thomas Beaumont", "Steve Peoples"}) {
		t.Error("same names in another order and case: no match")
	}
	if sameAuthorSet([]string{"Steve Peoples"}, []string{"Steve Peoples", "Thomas Beaumont"}) || sameAuthorSet(nil, nil) {
		t.Error("missing author, or no authors at all: match")
	}
	if !authorWordsIn([]string{"Manoj Jain", "Jagpreet Chhatwal"}, []string{"Manoj Jain and Jagpreet Chhatwal"}) {
		t.Error("two people listed apart: no match for the credit that joins them with and")
	}
	if authorWordsIn([]string{"Manoj Jain"}, []string{"Manoj Jain and Jagpreet Chhatwal"}) || authorWordsIn(nil, []string{"and"}) {
		t.Error("a missing second author, or a truth of only a joining word: match")
	}
	if !sameCredits([]string{"Konstantin Furrer"}, "dpa", []string{"Konstantin Furrer", "Deutsche Presse-Agentur"}) ||
		!sameCredits(nil, "AP", []string{"The Associated Press"}) {
		t.Error("agency credit filed as agency: no match")
	}
	if sameCredits(nil, "AFP", []string{"dpa"}) || sameCredits([]string{"X Y"}, "AP", []string{"AP"}) || sameCredits(nil, "", nil) {
		t.Error("another agency, an extra author, or nothing at all: match")
	}
	if got, want := splitByline("By Jane Doe, Bob Roe and Ann Poe; AP"), []string{"Jane Doe", "Bob Roe", "Ann Poe", "AP"}; !slices.Equal(got, want) {
		t.Errorf("splitByline = %q, want %q", got, want)
	}
}

func TestNewswireTextPutsDatelineBack(t *testing.T) {
	a := &newswire.Article{Body: []string{"Mexico's economy grew.", "More."}, Dateline: newswire.Dateline{Text: "MEXICO CITY (AP)"}}
	if got, want := newswireText(a), "MEXICO CITY (AP)\n\nMexico's economy grew.\n\nMore."; got != want {
		t.Errorf("newswireText = %q, want %q", got, want)
	}
	a.Body[0] = "MEXICO CITY (AP) — Mexico's economy grew."
	if got := newswireText(a); strings.Count(got, "MEXICO CITY") != 1 {
		t.Errorf("dateline still in the body is doubled: %q", got)
	}
}

// TestDevSetsAbsent checks that each missing set is skipped, saying so.
func TestDevSetsAbsent(t *testing.T) {
	var stdout, stderr strings.Builder
	args := []string{"-speed=false", "-tools", "newswire", "-progress", "-pages", "^$", "-eval", t.TempDir()}
	if code := run(args, &stdout, &stderr); code != 1 && code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	testdataOnly := []string{"-speed=false", "-tools", "newswire", "-eval", filepath.Join(t.TempDir(), "absent")}
	stdout.Reset()
	stderr.Reset()
	if code := run(testdataOnly, &stdout, &stderr); code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	for _, set := range devSetNames {
		if !strings.Contains(stdout.String(), "### "+set+"\n\nSkipped:") {
			t.Errorf("output does not say %s was skipped:\n%s", set, stdout.String())
		}
	}
}

// TestDevSetsQuickRun runs the developers' quick loop on a few real pages
// of each set; it skips when the evaluation folder is absent.
func TestDevSetsQuickRun(t *testing.T) {
	evalDir := filepath.Join("..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(evalDir, setWCXB)); err != nil {
		t.Skipf("%s absent: %v", evalDir, err)
	}
	details := filepath.Join(t.TempDir(), "details.jsonl")
	var stdout, stderr strings.Builder
	args := []string{"-speed=false", "-tools", "newswire", "-limit", "3", "-worst", "2", "-details", details, "-progress=false", "-eval", evalDir}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"### wcxb-dev\n", "| newswire | 3 |", "Pages newswire refused (", "worst pages among the", "## D. Accuracy on the development sets"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "| trafilatura |") {
		t.Errorf("-tools newswire printed another tool:\n%s", out)
	}
	b, err := os.ReadFile(details)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for _, line := range lines {
		var d detail
		if err := json.Unmarshal([]byte(line), &d); err != nil || d.Set == "" || d.File == "" {
			t.Errorf("details line %q: %v", line, err)
		}
	}
	if len(lines) < 3 || len(lines) > 9 {
		t.Errorf("%d details lines for -limit 3 over at most three sets", len(lines))
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeGzip(t *testing.T, path, content string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(content))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, buf.String())
}

func TestSameHeadlineIgnoresInvisibleCharacters(t *testing.T) {
	tests := []struct {
		got, want string
		same      bool
	}{
		{"Trump plant Helikopterlandeplatz", "Trump plant Helikopter\u00adlandeplatz", true},
		{"Ein bisschen Fortschritt", "Ein bisschen Fortschritt\u200b", true},
		{"Markets  rally", "markets rally", true},
		{"Markets rally", "Markets fall", false},
		{"", "\u200b", false},
		{"A Beginner’s Guide", "A Beginner's Guide", true},
		{"„Klima“ jetzt", "\"Klima\" jetzt", true},
		{"A Beginner’s Guide", "A Beginners Guide", false},
	}
	for _, tt := range tests {
		if got := sameHeadline(tt.got, tt.want); got != tt.same {
			t.Errorf("sameHeadline(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.same)
		}
	}
}

// TestRunWithoutNewswire runs the peers alone on a real page: the tables of
// newswire's own fields are left out rather than read from another tool's
// result (this panicked before).
func TestRunWithoutNewswire(t *testing.T) {
	eval := filepath.Join("..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(eval, "readability-news", "yahoo-2")); err != nil {
		t.Skip("no ../../shared/eval/readability-news/yahoo-2")
	}
	var stdout, stderr strings.Builder
	args := []string{"-speed=false", "-tools", "readability", "-sets", "none", "-pages", "yahoo-2", "-progress=false", "-eval", eval}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("run exited %d; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "| readability-news/yahoo-2 |") || strings.Contains(out, "newswire's headline") {
		t.Errorf("output has no row for yahoo-2, or newswire's fields without newswire:\n%s", out)
	}
}

func TestAgencyKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Associated Press", "AP"},
		{"The Associated Press", "ap"},
		{"Agence France-Presse", "AFP"},
		{"AFP Deutschland", "AFP"},
		{"Reuters UK", "Reuters"},
	} {
		if agencyKey(c.a) != agencyKey(c.b) {
			t.Errorf("agencyKey(%q) = %q, agencyKey(%q) = %q: want the same", c.a, agencyKey(c.a), c.b, agencyKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"AFP Fact Check Team", "AFP"},
		{"dpa-AFX", "dpa"},
		{"Reuters", "AP"},
		{"Maria Reuters", "Reuters"},
	} {
		if agencyKey(c.a) == agencyKey(c.b) {
			t.Errorf("agencyKey(%q) = agencyKey(%q) = %q: want them apart", c.a, c.b, agencyKey(c.a))
		}
	}
}
