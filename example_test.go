package newswire_test

import (
	"fmt"
	"log"
	"os"

	"github.com/newswire/newswire"
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

func ExampleParseByline() {
	byline, authors, agency, _ := newswire.ParseByline("By Lucie AUBOURG with Issam AHMED in Washington")
	fmt.Printf("%s\n%q %q\n", byline, authors, agency)
	// Output:
	// Lucie AUBOURG with Issam AHMED in Washington
	// ["Lucie AUBOURG" "Issam AHMED"] ""
}
