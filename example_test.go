package newswire_test

import (
	"errors"
	"fmt"
	"log"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/newswire/newswire"
	"golang.org/x/net/html"
)

func Example() {
	f, err := os.Open("testdata/smn-2010s-seed.html")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	a, err := newswire.Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Byline, "|", a.Agency)
	fmt.Println(a.Dateline.Place, a.Dateline.Date)
	fmt.Println(len(a.Body), "paragraphs, signed", a.Signoff)
	// Output:
	// Alibaba denies report it helps China's military target US
	// AFP Staff Writers | AFP
	// Beijing 2025-11-15
	// 15 paragraphs, signed pfc/lb/mtp
}

func ExampleParseDateline() {
	d, err := newswire.ParseDateline("Seoul, Dec 18 (AFP) Dec 18, 2023")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s | %s | %s\n", d.Place, d.Agency, d.Date)
	// Output: Seoul | AFP | 2023-12-18
}

func ExampleParseDatelineAt() {
	// Reuters gives the month and day only; the year comes from when the
	// page was published or fetched.
	fetched := time.Date(2024, time.January, 10, 8, 0, 0, 0, time.UTC)
	for _, s := range []string{"WASHINGTON, May 4 (Reuters) -", "Nov 15 (Reuters) -"} {
		d, err := newswire.ParseDatelineAt(s, fetched)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s | %s\n", d.Text, d.Date)
	}
	// Output:
	// WASHINGTON, May 4 (Reuters) | 2024-05-04
	// Nov 15 (Reuters) | 2023-11-15
}

func ExampleParseByline() {
	b, err := newswire.ParseByline("By Lucie AUBOURG with Issam AHMED in Washington")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n%q %q\n", b.Text, b.Authors, b.Agency)

	b, _ = newswire.ParseByline("By Toby Muse, Associated Press")
	fmt.Printf("%q %q\n", b.Authors, b.Agency)

	_, err = newswire.ParseByline("Bypass surgery")
	fmt.Println(errors.Is(err, newswire.ErrNoByline))
	// Output:
	// Lucie AUBOURG with Issam AHMED in Washington
	// ["Lucie AUBOURG" "Issam AHMED"] ""
	// ["Toby Muse"] "AP"
	// true
}

// A page read from an archive has relative links; WithURL gives the
// address it was fetched from, so that they come out absolute.
func ExampleWithURL() {
	page := `<html><head><title>Probe reaches Mars orbit</title></head><body>
<h1>Probe reaches Mars orbit</h1>
<p>Pasadena CA (SPX) Mar 02, 2026 - The probe fired its engine for 27 minutes on Sunday and slipped into orbit around Mars, mission controllers said.
<p>It will spend two years mapping water ice below the planet's surface.
<p><b>Related Links</b><br><a href="../missions/mars.html">Mars missions</a>
</body></html>`
	u, _ := url.Parse("https://www.marsdaily.com/reports/Probe_reaches_Mars_orbit_999.html")
	a, err := newswire.Parse(strings.NewReader(page), newswire.WithURL(u))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.URL)
	for _, l := range a.RelatedLinks {
		fmt.Println(l.Text, l.URL)
	}
	// Output:
	// https://www.marsdaily.com/reports/Probe_reaches_Mars_orbit_999.html
	// Mars missions https://www.marsdaily.com/missions/mars.html
}

// A caller that already holds the parsed tree, to read more from it than
// the article, hands it over instead of parsing the page twice.
func ExampleParseNode() {
	f, err := os.Open("testdata/smn-2010s-seed.html")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		log.Fatal(err)
	}
	a, err := newswire.ParseNode(doc)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Dateline.Text)
	// Output:
	// Alibaba denies report it helps China's military target US
	// Beijing (AFP) Nov 15, 2025
}

// Pages that are not one story, and inputs past the size limit, fail with
// errors to test with errors.Is: a pipeline skips the first and may log
// the second.
func ExampleParse_errors() {
	inputs := map[string]string{
		"index page": `<html><body><h1>Latest news</h1><ul>` +
			strings.Repeat(`<li><a href="/a.html">A story</a></li>`, 40) + `</ul></body></html>`,
		"binary": "%PDF-1.7 ...",
		"huge":   "<html><body><p>" + strings.Repeat("text ", 1000),
	}
	for _, name := range []string{"index page", "binary", "huge"} {
		_, err := newswire.Parse(strings.NewReader(inputs[name]), newswire.WithMaxBytes(4096))
		switch {
		case errors.Is(err, newswire.ErrNotArticle):
			fmt.Println(name, "skipped: not an article")
		case errors.Is(err, newswire.ErrTooLarge):
			fmt.Println(name, "skipped: too large")
		case err != nil:
			fmt.Println(name, "failed:", err)
		default:
			fmt.Println(name, "parsed")
		}
	}
	// Output:
	// index page skipped: not an article
	// binary skipped: not an article
	// huge skipped: too large
}
