package newswire

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// setBase decides the page's own address and the base its links resolve
// against.
//
// The address is its canonical link, else og:url, else the JSON-LD url,
// else the caller's WithURL. Links resolve against the document's base URL
// as the HTML standard defines it: the page's <base href>, itself resolved
// against the address the page was fetched from (WithURL, or the page's
// own absolute address when WithURL is not given); without a <base>, the
// page's address. The canonical link is a link like any other and
// resolves against <base> too.
func (p *page) setBase(given *url.URL, baseHref string) {
	docBase := given
	var addr *url.URL // p.url, parsed
	if baseHref != "" {
		fetched := given
		if fetched == nil {
			fetched, _ = p.ownAddress(nil)
		}
		if u, ok := resolveURL(fetched, baseHref); ok {
			docBase, _ = url.Parse(u)
		}
	}
	if own, written := p.ownAddress(docBase); own != nil {
		p.base, p.url = own, written
		addr = own
	} else if given != nil {
		if u, ok := resolveURL(nil, given.String()); ok {
			p.base, _ = url.Parse(u)
			p.url = u
			addr = p.base
		}
	}
	if baseHref != "" && docBase != nil && docBase != given {
		p.base = docBase
	}
	if addr != nil && p.url != "" {
		p.hostname = strings.TrimPrefix(hostnameOf(addr), "www.")
	}
}

// ownAddress is the first address the page gives itself, resolved against
// base: canonical link, og:url or JSON-LD url. It is nil when none resolves.
//
// It returns the address parsed and written: a normal address (see
// isNormalURL) is written as net/url would write it again, so only
// another pays for String.
func (p *page) ownAddress(base *url.URL) (*url.URL, string) {
	for i, cand := range []string{p.meta.canonical, p.meta.ogURL, ""} {
		if i == 2 {
			// Read last, as JSON-LD is decoded on demand: a page with a
			// canonical link or og:url never pays for it here.
			cand = p.meta.article().url
		}
		if u, normal, ok := resolveNoting(base, cand); ok {
			if normal || isNormalURL(u) {
				return parseNormalURL(u), u
			}
			own, _ := url.Parse(u)
			if own != nil {
				u = own.String()
			}
			return own, u
		}
	}
	return nil, ""
}

// hostnameOf is u.Hostname(): a host with no colon and no opening
// bracket (a normal address's, see isNormalURL) is its own name, found
// without net/url's byte-by-byte search for a port's colon.
func hostnameOf(u *url.URL) string {
	if h := u.Host; strings.IndexByte(h, ':') < 0 && !strings.HasPrefix(h, "[") {
		return h
	}
	return u.Hostname()
}

// parseNormalURL is url.Parse for an address isNormalURL accepts: such an
// address is a scheme, a plain host, a path without escapes and a query,
// so its parts are cut where url.Parse would cut them, without the checks
// and copies that cost every page several thousand instructions. As
// url.Parse, it keeps the path as written in RawPath when net/url would
// write it otherwise ("/a!b").
func parseNormalURL(s string) *url.URL {
	scheme, rest, _ := strings.Cut(s, "://")
	slash := strings.IndexByte(rest, '/')
	path, query, hasQuery := strings.Cut(rest[slash:], "?")
	u := &url.URL{Scheme: scheme, Host: rest[:slash], Path: path, RawQuery: query, ForceQuery: hasQuery && query == ""}
	if mayEscapeInPath(path) && u.EscapedPath() != path {
		u.RawPath = path
	}
	return u
}

// mayEscapeInPath reports whether path, of a normal address (see
// isNormalURL), may hold a byte that net/url escapes when it writes a
// path: of the bytes such a path holds (see urlByteClass), those are '!',
// the apostrophe, '(', ')' and '*', all in 0x21-0x2A, which holds no byte of most
// paths (letters, digits, '/', '-', '.', '_'). A path without a byte in
// that range is written as it stands, and parseNormalURL need not ask
// EscapedPath, whose escape pass cost a page some 350 instructions.
// A byte past ASCII (none is in a normal path) answers true too: the
// caller then asks EscapedPath, as before.
//
// It tests eight bytes at a time: in a lane whose byte c is ASCII,
// c+0x5F has its high bit set exactly when c >= 0x21, and c+0x55 when
// c >= 0x2B, with no carry into the next lane. A path whose length is no
// multiple of eight has its last eight bytes read again, as lowerMetaKey
// reads a key.
func mayEscapeInPath(path string) bool {
	const ones = 0x0101010101010101
	const high = ones * 0x80
	if len(path) < 8 {
		for i := 0; i < len(path); i++ {
			if c := path[i]; c >= utf8.RuneSelf || c >= 0x21 && c <= 0x2A {
				return true
			}
		}
		return false
	}
	for i := 0; ; i += 8 {
		if i+8 > len(path) {
			i = len(path) - 8 // the last eight, some of them read already
		}
		x := load64(path, i)
		if x&high != 0 || (x+ones*0x5F)&^(x+ones*0x55)&high != 0 {
			return true
		}
		if i+8 == len(path) {
			return false
		}
	}
}

// baseHref is the href of the document's <base> element, the first one in
// tree order that has one. It is sought in <head>, where the parser puts
// every <base> written before the body starts; the standard allows no
// other place.
func baseHref(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || n.DataAtom != atom.Html {
			continue
		}
		for h := n.FirstChild; h != nil; h = h.NextSibling {
			if h.Type != html.ElementNode || h.DataAtom != atom.Head {
				continue
			}
			for e := h.FirstChild; e != nil; e = e.NextSibling {
				if e.Type == html.ElementNode && e.DataAtom == atom.Base {
					for _, at := range e.Attr {
						if at.Namespace == "" && at.Key == "href" {
							return strings.TrimSpace(at.Val)
						}
					}
				}
			}
		}
	}
	return ""
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
	u, _, ok := resolveNoting(base, href)
	return u, ok
}

// resolveNoting is resolveURL, noting too whether the address is one
// isNormalURL accepts, when that is known on the way (normal false says
// nothing): ownAddress, which parses a normal address in place, then
// need not read the page's own address again.
func resolveNoting(base *url.URL, href string) (u string, normal, ok bool) {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' || len(href) > 4096 {
		return "", false, false
	}
	// Most links of a page are already in the form resolving gives them,
	// or a path from the root of the page's own host: those are answered
	// without parsing, which costs several allocations a link.
	if isNormalURL(href) {
		return href, true, true
	}
	if isPlainRootPath(href) {
		// One string for the origin and the path: a page has dozens of
		// such links.
		if scheme, host, ok := normalOrigin(base); ok {
			return scheme + "://" + host + href, false, true
		}
	}
	u, ok = resolveByParsing(base, href)
	return u, false, ok
}

// resolveByParsing is resolveURL for any link, with net/url.
func resolveByParsing(base *url.URL, href string) (string, bool) {
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
	u.RawQuery = escapeQuery(u.RawQuery)
	return u.String(), true
}

// isNormalURL reports an absolute http(s) address that resolveByParsing
// would give back as it is: a lower-case host of letters, digits, dots
// and hyphens (no port, no user), a path after it, and only bytes that
// neither net/url nor escapeQuery rewrites.
func isNormalURL(s string) bool {
	var rest string
	switch {
	case strings.HasPrefix(s, "https://"):
		rest = s[len("https://"):]
	case strings.HasPrefix(s, "http://"):
		rest = s[len("http://"):]
	default:
		return false
	}
	slash := strings.IndexByte(rest, '/')
	if slash <= 0 || !isPlainHost(rest[:slash]) {
		return false
	}
	// The path's opening runs of eight plain bytes are passed with one
	// test each: a plain byte is no '?', so the rest starts outside the
	// query too, and isPlainPathQuery reads it as it would have.
	pq := rest[slash:]
	for len(pq) >= 8 && allPlain8(pq) {
		pq = pq[8:]
	}
	return isPlainPathQuery(pq)
}

// allPlain8 reports whether the first eight bytes of s, which has eight at
// least, are all urlPlain: the AND of their urlPlainBytes entries, without
// a branch for each.
func allPlain8(s string) bool {
	w, t := s[:8], &urlPlainBytes
	return t[w[0]]&t[w[1]]&t[w[2]]&t[w[3]]&t[w[4]]&t[w[5]]&t[w[6]]&t[w[7]] != 0
}

// isPlainRootPath reports a link from the root of the page's host ("/a/b",
// not "//host/a") with no dot segments for resolving to remove and only
// bytes that are kept as they are.
func isPlainRootPath(s string) bool {
	if len(s) < 1 || s[0] != '/' || len(s) > 1 && s[1] == '/' {
		return false
	}
	path, _, _ := strings.Cut(s, "?")
	for seg := range strings.SplitSeq(path, "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return isPlainPathQuery(s)
}

// normalOrigin gives the scheme and host of an http(s) base as
// resolveByParsing writes them ("scheme://host"), and false when base is
// nil or its host is not plain letters, digits, dots and hyphens with at
// most a default port.
func normalOrigin(base *url.URL) (scheme, host string, ok bool) {
	if base == nil || base.Opaque != "" {
		return "", "", false
	}
	scheme = strings.ToLower(base.Scheme)
	host = strings.ToLower(base.Host)
	if h, port, ok := strings.Cut(host, ":"); ok {
		if port == "80" && scheme == "http" || port == "443" && scheme == "https" {
			host = h
		} else {
			return "", "", false
		}
	}
	if scheme != "http" && scheme != "https" || !isPlainHost(host) {
		return "", "", false
	}
	return scheme, host, true
}

// isPlainHost reports a non-empty host name of lower-case letters,
// digits, dots and hyphens.
func isPlainHost(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		if !hostBytes[h[i]] {
			return false
		}
	}
	return true
}

// hostBytes marks the bytes of a plain host: lower-case letters, digits,
// dots and hyphens. A table's read a byte, rather than four tests whose
// branches go either way at each dot.
var hostBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
	}
	return t
}()

// isPlainPathQuery reports a path and query that net/url parses and
// prints back unchanged and escapeQuery leaves alone: no fragment, no
// percent sign in the path, no byte that either escapes.
func isPlainPathQuery(s string) bool {
	inQuery := false
	for i := 0; i < len(s); i++ {
		switch urlByteClass[s[i]] {
		case urlPlain:
		case urlQueryMark:
			inQuery = true
		case urlQueryOnly:
			if !inQuery {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// urlPlainBytes is 1 for the bytes urlByteClass holds urlPlain, else 0
// (see allPlain8).
var urlPlainBytes = func() (t [256]uint8) {
	for c := range t {
		if urlByteClass[c] == urlPlain {
			t[c] = 1
		}
	}
	return t
}()

// The classes of the bytes of a link's path and query, as
// isPlainPathQuery reads them: it runs on every link of a page, so a
// byte is classed by one table read.
const (
	urlEscaped   = iota // a byte net/url or escapeQuery rewrites, or '#'
	urlPlain            // kept as it is anywhere
	urlQueryMark        // '?'
	urlQueryOnly        // kept as it is in the query only: % [ ] |
)

var urlByteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = urlPlain
		case strings.IndexByte("-._~/$&+,:;=@!'()*", byte(c)) >= 0:
			t[c] = urlPlain
		case c == '?':
			t[c] = urlQueryMark
		case c == '%' || c == '[' || c == ']' || c == '|':
			t[c] = urlQueryOnly
		}
	}
	return t
}()

// host is the page's host name without "www.": that of its address, not
// of a <base> elsewhere.
func (p *page) host() string { return p.hostname }

// escapeQuery percent-encodes what a browser encodes in a query: bytes
// outside printable ASCII (as they stand, so that a byte that is not UTF-8
// survives as what the server sent) and the characters " < > and space.
// Paths are escaped by url.URL itself.
func escapeQuery(q string) string {
	i := 0
	for i < len(q) && !queryEscapes(q[i]) {
		i++
	}
	if i == len(q) {
		return q
	}
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, len(q)+16)
	b = append(b, q[:i]...)
	for ; i < len(q); i++ {
		if c := q[i]; queryEscapes(c) {
			b = append(b, '%', hex[c>>4], hex[c&15])
		} else {
			b = append(b, c)
		}
	}
	return string(b)
}

func queryEscapes(c byte) bool {
	return c <= ' ' || c >= 0x7F || c == '"' || c == '<' || c == '>'
}
