package main

import (
	_ "embed"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// russianPage is an article in Russian that declares no charset itself.
//
// The pages package tests the same page.
//
//go:embed pages/testdata/russian.html
var russianPage string

// TestCharsetFromOutside checks that the charset of the HTTP Content-Type,
// of a fetched page or of a WARC record, decodes a page that declares none.
func TestCharsetFromOutside(t *testing.T) {
	body, err := charmap.Windows1251.NewEncoder().String(russianPage)
	if err != nil {
		t.Fatal(err)
	}
	const ct = "text/html; charset=windows-1251"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
	}))
	defer srv.Close()

	block := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body)
	record := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"+
		"WARC-Date: 2025-11-15T03:10:00Z\r\nWARC-Target-URI: https://example.com/ru.html\r\n"+
		"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	warc := filepath.Join(t.TempDir(), "ru.warc")
	if err := os.WriteFile(warc, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, input := range []string{srv.URL + "/ru.html", warc} {
		code, out, errOut := runCmd(t, nil, input)
		if code != exitOK {
			t.Errorf("%s: exit %d, stderr %q", input, code, errOut)
			continue
		}
		lines := decodeLines(t, out)
		if len(lines) != 1 || lines[0].Headline != "Ракета вышла на орбиту" || len(lines[0].Body) == 0 ||
			lines[0].Body[0][:len("Ракета")] != "Ракета" {
			t.Errorf("%s: got %s", input, out)
		}
	}
}
