package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"time"

	"github.com/newswire/newswire"
)

// maxRedirects is how many redirects a fetch follows before it gives up.
const maxRedirects = 10

// A fetcher gets pages over HTTP with a timeout, a redirect limit, a size
// limit and the command's User-Agent.
type fetcher struct {
	client   *http.Client
	maxBytes int64
}

func newFetcher(timeout time.Duration, maxBytes int64) *fetcher {
	return &fetcher{
		client: &http.Client{
			// Timeout covers the whole exchange, reading the body included.
			Timeout: timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= maxRedirects {
					return fmt.Errorf("stopped after %d redirects", maxRedirects)
				}
				return nil
			},
		},
		maxBytes: maxBytes,
	}
}

// fetch GETs u and returns the body of an HTML page and the address it was
// finally served from, after redirects. The caller closes the body; reading
// past the size limit is the parser's to refuse (WithMaxBytes), a body that
// announces a larger size fails here.
func (f *fetcher) fetch(ctx context.Context, u *url.URL) (io.ReadCloser, *url.URL, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		// A *url.Error repeats the method and URL the message already names.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, nil, err
	}
	if err := f.check(resp); err != nil {
		resp.Body.Close()
		return nil, nil, err
	}
	return resp.Body, resp.Request.URL, nil
}

// check refuses a response that is not a page to parse.
func (f *fetcher) check(resp *http.Response) error {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP status %s", resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" && !isHTMLType(ct) {
		return fmt.Errorf("content type %q is not HTML", ct)
	}
	if resp.ContentLength > f.maxBytes {
		return fmt.Errorf("%w: the server announces %d bytes, more than -max-bytes %d",
			newswire.ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	return nil
}

// isHTMLType reports whether the Content-Type header value ct is HTML.
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}

// urlSource is a page to fetch. Its address is the one the page was finally
// served from, so that relative links resolve as a browser would.
type urlSource struct {
	u *url.URL
	f *fetcher
}

func (s *urlSource) open(ctx context.Context) (io.ReadCloser, *url.URL, error) {
	return s.f.fetch(ctx, s.u)
}
