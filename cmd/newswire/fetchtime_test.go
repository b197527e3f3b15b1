package main

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newswire/newswire"
)

// yearlessPage is a wire story whose dateline gives no year, with no
// publication date or dated URL to take one from.
//
// The pages package tests the same page.
//
//go:embed pages/testdata/yearless.html
var yearlessPage string

// TestFetchTimeDatesTheDateline checks that the time a page was fetched
// gives a year-less dateline its year: the HTTP Date of a fetched page,
// the WARC-Date of an archived one.
func TestFetchTimeDatesTheDateline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Date", time.Date(2019, 6, 1, 12, 0, 0, 0, time.UTC).Format(http.TimeFormat))
		fmt.Fprint(w, yearlessPage)
	}))
	defer srv.Close()

	block := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(yearlessPage), yearlessPage)
	record := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"+
		"WARC-Date: 2021-06-01T12:00:00Z\r\nWARC-Target-URI: https://example.com/senate.html\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	warc := filepath.Join(t.TempDir(), "senate.warc")
	if err := os.WriteFile(warc, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}

	for input, year := range map[string]int{srv.URL + "/senate.html": 2019, warc: 2021} {
		code, out, errOut := runCmd(t, nil, input)
		if code != exitOK {
			t.Errorf("%s: exit %d, stderr %q", input, code, errOut)
			continue
		}
		lines := decodeLines(t, out)
		want, _ := newswire.MakeDate(year, time.May, 4)
		if len(lines) != 1 || lines[0].Dateline.Date != want {
			t.Errorf("%s: got %s, want the dateline dated %v", input, out, want)
		}
	}
}
