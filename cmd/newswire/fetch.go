package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/newswire/newswire"
	"github.com/newswire/newswire/cmd/newswire/pages"
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

// fetch GETs u and returns the response of an HTML page, after redirects.
// The caller closes the body and refuses one past the size limit; a body
// that announces a larger size fails here.
func (f *fetcher) fetch(ctx context.Context, u *url.URL) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
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
		return nil, err
	}
	if err := f.check(resp); err != nil {
		resp.Body.Close()
		return nil, err
	}
	return resp, nil
}

// check refuses a response that is not a page to parse.
func (f *fetcher) check(resp *http.Response) error {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP status %s", resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" && !pages.IsHTMLType(ct) {
		return fmt.Errorf("content type %q is not HTML", ct)
	}
	if resp.ContentLength > f.maxBytes {
		return fmt.Errorf("%w: the server announces %d bytes, more than -max-bytes %d",
			newswire.ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	return nil
}

// page fetches u and returns it as the page of the input name. Its address
// is the one the page was finally served from, so that relative links
// resolve as a browser would. A failure is an *pages.Error naming the input.
func (f *fetcher) page(ctx context.Context, name string, u *url.URL) (*pages.Page, error) {
	resp, err := f.fetch(ctx, u)
	if err != nil {
		return nil, &pages.Error{Input: name, Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err == nil && int64(len(body)) > f.maxBytes {
		err = fmt.Errorf("%w: more than the limit of %d bytes", newswire.ErrTooLarge, f.maxBytes)
	}
	if err != nil {
		return nil, &pages.Error{Input: name, Err: err}
	}
	return &pages.Page{Input: name, URL: resp.Request.URL, Header: resp.Header, Body: body}, nil
}
