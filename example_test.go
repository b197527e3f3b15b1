package newswire_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"

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
