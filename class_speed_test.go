package newswire

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// isChromeNameSlow is isChromeName as it was before nameToJudge: every
// name of an ASCII value judged by chromeNameASCII. The tests below hold
// the gated isChromeName to it.
func isChromeNameSlow(val string) bool {
	chrome := false
	for i := 0; i < len(val); {
		if nameBytes[val[i]]&(byteSpace|byteHigh) != 0 {
			if val[i] >= utf8.RuneSelf {
				return isChromeNameFields(val)
			}
			i++
			continue
		}
		j := i + 1
		for j < len(val) && nameBytes[val[j]]&(byteSpace|byteHigh) == 0 {
			j++
		}
		if j < len(val) && val[j] >= utf8.RuneSelf {
			return isChromeNameFields(val)
		}
		content, ch := chromeNameASCII(val[i:j])
		if content {
			return false
		}
		chrome = chrome || ch
		i = j
	}
	return chrome
}

// classSpeedValues are class and id values to hold isChromeName to
// isChromeNameSlow with: the testdata's, utility classes, the table's
// words in names of every shape, and random names made of the table's
// words, their parts and other words, in either case and with any
// separator, so that the hashes meet words, pairs and word counts on
// either side of maxNameWords.
func classSpeedValues(t *testing.T) []string {
	vals := []string{
		"", " ", "text", "text-", "-text", "Text", "TEXT-text", "text-sm", "post", "main", "content",
		"main-content", "entry-content article__body", "sidebar entry-content", "entry-content sidebar",
		"flex items-center gap-4 text-xl font-black tracking-tight uppercase md:block hover:border-hamgreen",
		"post-body-post-body-post-body-post-body-sidebar", "post-body-post-body-post-body-post-body",
		"post-body-post-body-post-body-post-bodyx",
		"post-body-post-body-post-body-post-body-flex", "sidebar post-body-post-body-post-body-post-body-flex",
		"sidebar Post-Body-Post-Body-Post-Body-Post-Text-x", "sidebar a-post", "sidebar post-a", "a-b-c-d-e-f-g-h-nav", "a-b-c-d-e-f-g-nav",
		"site-header", "siteHeader", "SiteHEADER", "jp-relatedposts", "n-av", "N-AV", "nA-v",
		"mainNav", "navé nav", "nav\u00e9", "sidebar\u00a0entry-content", "widget-area", "widget-type-rich_text",
		"has-sidebar", "content-sidebar-wrap", strings.Repeat("n", 81) + " nav", strings.Repeat("nav-", 20) + " x",
		"menu-item menu-item-type-post_type menu-item-object-page", "w-inline-block", "e-con-boxed",
		"hover:text-white", "[&>svg]:w-3.5", "text\x01nav", "nav\tmenu\nfooter\rx\fy",
	}
	files, _ := filepath.Glob("testdata/*.html")
	attr := regexp.MustCompile(`(?i)\s(?:class|id)\s*=\s*"([^"]*)"`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range attr.FindAllStringSubmatch(string(b), -1) {
			vals = append(vals, m[1])
		}
	}
	var words []string
	for w := range wordKinds {
		words = append(words, w, w[:len(w)/2], w[len(w)/2:], w[1:])
	}
	words = append(words, "text", "te", "xt", "flex", "items", "center", "x", "9", "2xl", "a", "ab", "widgetarea", "area")
	seps := []string{"-", "_", "--", ":", ".", "/", "", "", "[", "]", " ", "  "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			w := words[rng.IntN(len(words))]
			switch rng.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		vals = append(vals, strings.TrimSuffix(b.String(), seps[rng.IntN(len(seps))]))
	}
	return vals
}

// isChromeName, which judges only the names nameToJudge lets through,
// must answer as judging every name does.
func TestIsChromeNameGateExact(t *testing.T) {
	for _, val := range classSpeedValues(t) {
		if got, want := isChromeName(val), isChromeNameSlow(val); got != want {
			t.Errorf("isChromeName(%q) = %v, want %v", val, got, want)
		}
	}
}

// nameToJudge lets through every name chromeNameASCII judges content or
// chrome, and ends the name where white space or a byte past ASCII does.
func TestNameToJudgeLetsThrough(t *testing.T) {
	for _, val := range classSpeedValues(t) {
		for i := 0; i < len(val); i++ {
			if nameBytes[val[i]]&(byteSpace|byteHigh) != 0 {
				continue
			}
			end, judge := nameToJudge(val, i)
			if want := nameEnd(val, i); end != want {
				t.Errorf("nameToJudge(%q, %d) ends at %d, want %d", val, i, end, want)
			}
			if content, chrome := chromeNameASCII(val[i:end]); (content || chrome) && !judge {
				t.Errorf("nameToJudge(%q, %d) passes over %q", val, i, val[i:end])
			}
		}
	}
}
