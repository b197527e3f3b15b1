package pages

import (
	_ "embed"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newswire/newswire"
)

// yearlessPage is a wire story whose dateline gives no year and that has
// no publication date or dated URL to take one from.
//
// The command tests the same page end to end.
//
//go:embed testdata/yearless.html
var yearlessPage string

func TestFetchTime(t *testing.T) {
	warcDate := time.Date(2019, 6, 1, 12, 0, 0, 0, time.UTC)
	httpDate := time.Date(2020, 7, 1, 12, 0, 0, 0, time.UTC)
	lastModified := time.Date(2021, 8, 1, 12, 0, 0, 0, time.UTC)
	header := func(names ...string) http.Header {
		h := http.Header{}
		for _, n := range names {
			switch n {
			case "Date":
				h.Set(n, httpDate.Format(http.TimeFormat))
			case "Last-Modified":
				h.Set(n, lastModified.Format(http.TimeFormat))
			}
		}
		return h
	}
	for _, tt := range []struct {
		name string
		page Page
		want time.Time
	}{
		{"WARC-Date first", Page{Date: warcDate, Header: header("Date", "Last-Modified")}, warcDate},
		{"then HTTP Date", Page{Header: header("Date", "Last-Modified")}, httpDate},
		{"then Last-Modified", Page{Header: header("Last-Modified")}, lastModified},
		{"a bad Date is skipped", Page{Header: http.Header{"Date": {"yesterday"}, "Last-Modified": {lastModified.Format(http.TimeFormat)}}}, lastModified},
		{"none", Page{}, time.Time{}},
	} {
		if got := tt.page.FetchTime(); !got.Equal(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFetchTimeDatesTheDateline checks that a WARC record's WARC-Date gives
// a year-less dateline its year.
func TestFetchTimeDatesTheDateline(t *testing.T) {
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n", len(yearlessPage))
	for _, tt := range []struct {
		warcDate string
		year     int
	}{
		{"2019-06-01T12:00:00Z", 2019},
		{"2024-01-10T12:00:00Z", 2024},
	} {
		warc := warcRecord("https://example.com/senate.html", tt.warcDate, head, yearlessPage)
		for p, err := range (&Reader{}).WARC("x.warc", strings.NewReader(warc)) {
			if err != nil {
				t.Fatal(err)
			}
			a, err := (&Converter{}).Parse(p)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := newswire.MakeDate(tt.year, time.May, 4)
			if a.Dateline.Date != want {
				t.Errorf("WARC-Date %s: dateline %+v, want the date %v", tt.warcDate, a.Dateline, want)
			}
		}
	}
}
