package main

import (
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
