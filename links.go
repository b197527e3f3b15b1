package newswire

import (
	"net/url"
	"strings"
)

// setBase decides the page's own address: its canonical link, else
// og:url, else the caller's WithURL; relative forms resolve against the
// caller's. Every link on the page is resolved against it.
func (p *page) setBase(given *url.URL) {
	for i, cand := range []string{p.meta.canonical, p.meta.ogURL, ""} {
		if i == 2 {
			cand = p.meta.article().url
		}
		if u, ok := resolveURL(given, cand); ok {
			p.base, _ = url.Parse(u)
			p.url = u
			return
		}
	}
	if given != nil {
		if u, ok := resolveURL(nil, given.String()); ok {
			p.base, _ = url.Parse(u)
			p.url = u
		}
	}
}

// resolve makes href absolute against the page's address. It reports false
// for links that are not http(s): javascript:, data:, mailto:, fragments.
func (p *page) resolve(href string) (string, bool) {
	return resolveURL(p.base, href)
}

// resolveURL resolves href against base and normalises it: scheme and host
// in lower case, default port and fragment dropped. A protocol-relative
// link takes base's scheme, or https without a base. Relative links without
// a base cannot be made absolute and are dropped.
func resolveURL(base *url.URL, href string) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' || len(href) > 4096 {
		return "", false
	}
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	if u.Scheme == "" && u.Host != "" && base == nil {
		u.Scheme = "https"
	}
	if !u.IsAbs() {
		if base == nil {
			return "", false
		}
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", false
	}
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		u.Host = u.Hostname()
	}
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	u.User = nil
	return u.String(), true
}

// host is the page's host name without "www.".
func (p *page) host() string {
	if p.base == nil {
		return ""
	}
	return strings.TrimPrefix(p.base.Hostname(), "www.")
}
