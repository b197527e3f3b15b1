package pages

import (
	_ "embed"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// cyrillicArticle is an article in Russian with no charset declaration of
// its own.
//
// The command tests the same page end to end.
//
//go:embed testdata/russian.html
var cyrillicArticle string

// TestCharsetFromTheRecord checks that a WARC record's HTTP Content-Type
// charset decodes a page that declares none.
func TestCharsetFromTheRecord(t *testing.T) {
	body, err := charmap.Windows1251.NewEncoder().String(cyrillicArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		contentType string
		want        bool // the headline reads right
	}{
		{"text/html; charset=windows-1251", true},
		{"text/html", false}, // nothing says windows-1251: the bytes are not read as it
	} {
		head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n", tt.contentType, len(body))
		warc := warcRecord("https://example.com/ru.html", "2025-11-15T03:10:00Z", head, body)
		var pages []*Page
		for p, err := range (&Reader{}).WARC("ru.warc", strings.NewReader(warc)) {
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, p)
		}
		if len(pages) != 1 {
			t.Fatalf("%d pages", len(pages))
		}
		a, err := (&Converter{}).Parse(pages[0])
		got := err == nil && a.Headline == "Ракета вышла на орбиту" && strings.HasPrefix(a.Body[0], "Ракета стартовала")
		if got != tt.want {
			headline := ""
			if a != nil {
				headline = a.Headline
			}
			t.Errorf("Content-Type %q: headline %q, error %v", tt.contentType, headline, err)
		}
	}
}
