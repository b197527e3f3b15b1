package newswire

import (
	"html"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file reads JSON-LD with a scanner of its own rather than
// encoding/json. A page's JSON-LD is often kilobytes of publisher,
// breadcrumb and image objects around the few fields the library uses;
// encoding/json validates and builds all of it, which cost more than the
// rest of the metadata together. The scanner skips what is not asked for
// and builds only the small values it returns. It accepts what
// encoding/json accepts and gives up (reporting nothing) on anything else.

// maxJSONDepth bounds nesting, so that hostile scripts cannot exhaust the
// stack.
const maxJSONDepth = 64

type jsonScanner struct {
	s     string
	i     int
	depth int

	// pagePublished is the first datePublished of a node that is no
	// article (a WebPage): the page's date when it has no article node.
	pagePublished string

	// named are the @id and name of the nodes of the script read so far
	// that are no article: the Person nodes a graph's article refers to
	// by @id. needIDs asks the scan to go on reading them after the
	// article is found.
	named   []ldNamed
	needIDs bool

	// nodes holds the value value last read, as a tree: the few fields
	// read whole (an author list, an image) are small, and one slice
	// reused for each costs less than a map and an interface per member.
	nodes []ldNode
}

// ldNode is one JSON value of a tree value reads: a string, an object or
// an array, whose members are the nodes from first along next; numbers
// and literals are ldNull, as the library reads none.
type ldNode struct {
	kind        ldKind
	key         string // the member's name, in an object
	str         string
	first, next int32 // -1 for none
}

type ldKind uint8

const (
	ldNull ldKind = iota
	ldStr
	ldObj
	ldArr
)

// ldNamed is a node's @id and name.
type ldNamed struct{ id, name string }

func (j *jsonScanner) ws() {
	for j.i < len(j.s) {
		switch j.s[j.i] {
		case ' ', '\t', '\n', '\r':
			j.i++
		default:
			return
		}
	}
}

func (j *jsonScanner) peek() byte {
	// Most values start right after the previous token: a byte above the
	// space is no whitespace, told by one compare before ws's loop.
	if j.i < len(j.s) && j.s[j.i] > ' ' {
		return j.s[j.i]
	}
	j.ws()
	if j.i < len(j.s) {
		return j.s[j.i]
	}
	return 0
}

// skip passes over one value of any kind, checking only its structure.
// Most of a script is skipped (descriptions, logos, breadcrumbs), so its
// containers are read in a loop that keeps their kinds as bits rather
// than through object and array and a closure a member: it stops where
// they would and leaves the depth as they would, on success or failure.
func (j *jsonScanner) skip() bool {
	var objs uint64 // bit k: the container k levels up from the innermost is an object
	open := 0       // the containers opened here and not closed yet
	for {
		// At a value.
		switch c := j.peek(); c {
		case '"':
			if _, ok := j.str(false); !ok {
				return j.skipFailed(open)
			}
		case '{', '[':
			if j.depth >= maxJSONDepth {
				return j.skipFailed(open)
			}
			j.depth++
			open++
			objs <<= 1
			end := byte(']')
			if c == '{' {
				objs |= 1
				end = '}'
			}
			j.i++
			if j.peek() != end {
				if c == '{' && !j.key() {
					return j.skipFailed(open)
				}
				continue
			}
			j.i++
			j.depth--
			open--
			objs >>= 1
		case 0:
			return j.skipFailed(open)
		default:
			if !j.literal() {
				return j.skipFailed(open)
			}
		}
		// After a value: close what ends here, up to the next value.
		for {
			if open == 0 {
				return true
			}
			c := j.peek()
			if c == ',' {
				j.i++
				if objs&1 != 0 && !j.key() {
					return j.skipFailed(open)
				}
				break
			}
			if c != "]}"[objs&1] {
				return j.skipFailed(open)
			}
			j.i++
			j.depth--
			open--
			objs >>= 1
		}
	}
}

// skipFailed gives up a skip that opened open containers, leaving the
// depth as it found it.
func (j *jsonScanner) skipFailed(open int) bool {
	j.depth -= open
	return false
}

// key reads an object's key and its colon, for skip: str decodes no key
// it could refuse once it found its end.
func (j *jsonScanner) key() bool {
	if j.peek() != '"' {
		return false
	}
	if _, ok := j.str(false); !ok || j.peek() != ':' {
		return false
	}
	j.i++
	return true
}

// literal passes over a number, true, false or null.
func (j *jsonScanner) literal() bool {
	start := j.i
	for j.i < len(j.s) && strings.IndexByte("+-.0123456789eEtruefalsn", j.s[j.i]) >= 0 {
		j.i++
	}
	lit := j.s[start:j.i]
	switch lit {
	case "true", "false", "null":
		return true
	case "":
		return false
	}
	return isJSONNumber(lit)
}

// isJSONNumber follows JSON's number grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func isJSONNumber(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// object calls member for each key with the scanner at its value; member
// must consume the value.
func (j *jsonScanner) object(member func(key string) bool) bool {
	if j.peek() != '{' || j.depth >= maxJSONDepth {
		return false
	}
	// No defer: nothing in members panics, and a deferred call cost more
	// than the rest of a small object's bookkeeping.
	j.depth++
	ok := j.members(member)
	j.depth--
	return ok
}

// members reads an object's members after its '{'.
func (j *jsonScanner) members(member func(key string) bool) bool {
	j.i++
	if j.peek() == '}' {
		j.i++
		return true
	}
	for {
		if j.peek() != '"' {
			return false
		}
		key, ok := j.str(true)
		if !ok || j.peek() != ':' {
			return false
		}
		j.i++
		if !member(key) {
			return false
		}
		switch j.peek() {
		case ',':
			j.i++
		case '}':
			j.i++
			return true
		default:
			return false
		}
	}
}

// array calls elem for each element with the scanner at it; elem must
// consume the element.
func (j *jsonScanner) array(elem func() bool) bool {
	if j.peek() != '[' || j.depth >= maxJSONDepth {
		return false
	}
	j.depth++
	ok := j.elements(elem)
	j.depth--
	return ok
}

// elements reads an array's elements after its '['.
func (j *jsonScanner) elements(elem func() bool) bool {
	j.i++
	if j.peek() == ']' {
		j.i++
		return true
	}
	for {
		if !elem() {
			return false
		}
		switch j.peek() {
		case ',':
			j.i++
		case ']':
			j.i++
			return true
		default:
			return false
		}
	}
}

// str reads a string; with decode false it only passes over it. It leaves
// the scanner after the closing quote, or at the byte it refused (at the
// end of the script when the string does not end).
func (j *jsonScanner) str(decode bool) (string, bool) {
	s, i := j.s, j.i+1 // past the opening quote
	start := i
	escaped := false
	var high uint64 // the bytes passed ORed together: ASCII needs no validation
	for {
		// Most bytes of a string are plain: pass them eight at a time, in
		// this loop rather than a call a string (most strings are a few
		// words long, and every key is one).
		for i+8 <= len(s) {
			x := load64(s, i)
			if m := jsonStops(x); m != 0 {
				lane := bits.TrailingZeros64(m) / 8
				// The bytes below the lowest mark: the stop byte's own
				// low bits are kept too, which is no matter, as a
				// stop holds no high bit.
				high |= x & (m&-m - 1)
				i += lane
				goto stop
			}
			high |= x
			i += 8
		}
		for i < len(s) && jsonPlain[s[i]] {
			high |= uint64(s[i])
			i++
		}
		if i >= len(s) {
			j.i = i
			return "", false
		}
	stop:
		switch c := s[i]; {
		case c == '"':
			raw := s[start:i]
			j.i = i + 1
			if !decode {
				return raw, true
			}
			if high&0x8080808080808080 != 0 && !utf8.ValidString(raw) {
				raw = validUTF8(raw)
			}
			if !escaped {
				return raw, true
			}
			return unescapeJSON(raw)
		case c == '\\':
			escaped = true
			if i+1 >= len(s) || strings.IndexByte(`"\\/bfnrtu`, s[i+1]) < 0 {
				j.i = i
				return "", false
			}
			if s[i+1] == 'u' {
				if _, ok := hex4(s, i+2); !ok {
					j.i = i
					return "", false
				}
			}
			i += 2
		default: // a control character
			j.i = i
			return "", false
		}
	}
}

// unescapeJSON decodes the escapes of a JSON string body.
func unescapeJSON(raw string) (string, bool) {
	var sb strings.Builder
	sb.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			sb.WriteByte(c)
			continue
		}
		i++
		if i >= len(raw) {
			return "", false
		}
		switch raw[i] {
		case '"', '\\', '/':
			sb.WriteByte(raw[i])
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'u':
			r, ok := hex4(raw, i+1)
			if !ok {
				return "", false
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(raw, i+3); ok && i+2 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
						i += 6
					}
				}
			}
			sb.WriteRune(r)
		default:
			return "", false
		}
	}
	return sb.String(), true
}

// validUTF8 replaces each byte that is not UTF-8 with U+FFFD, as
// encoding/json does.
func validUTF8(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteString("\uFFFD")
		} else {
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

func hex4(s string, at int) (rune, bool) {
	if at+4 > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[at:at+4], 16, 16)
	return rune(v), err == nil
}

// value reads a value into j.nodes, which it empties first, and returns
// its node: for the small values the library reads whole, such as an
// author list.
func (j *jsonScanner) value() (int32, bool) {
	j.nodes = j.nodes[:0]
	return j.node("")
}

// node reads a value into a new node of j.nodes, the member key of an
// object when key is not empty.
func (j *jsonScanner) node(key string) (int32, bool) {
	at := int32(len(j.nodes))
	c := j.peek()
	if c == '"' {
		// A string has no children: it is read first and its node
		// appended whole.
		str, ok := j.str(true)
		j.nodes = append(j.nodes, ldNode{kind: ldStr, key: key, str: str, first: -1, next: -1})
		return at, ok
	}
	j.nodes = append(j.nodes, ldNode{key: key, first: -1, next: -1})
	ok := true
	switch c {
	case '{':
		j.nodes[at].kind = ldObj
		last := int32(-1)
		ok = j.object(func(key string) bool {
			c, ok := j.node(key)
			j.link(at, last, c)
			last = c
			return ok
		})
	case '[':
		j.nodes[at].kind = ldArr
		last := int32(-1)
		ok = j.array(func() bool {
			c, ok := j.node("")
			j.link(at, last, c)
			last = c
			return ok
		})
	default:
		ok = j.literal()
	}
	return at, ok
}

// link makes c the child of parent after last (-1: its first child).
func (j *jsonScanner) link(parent, last, c int32) {
	if last < 0 {
		j.nodes[parent].first = c
	} else {
		j.nodes[last].next = c
	}
}

// member returns the node of an object's member named key, the last one
// when the key repeats (as a decoder into a map keeps it), or -1.
func (j *jsonScanner) member(n int32, key string) int32 {
	found := int32(-1)
	if n < 0 || j.nodes[n].kind != ldObj {
		return found
	}
	for c := j.nodes[n].first; c >= 0; c = j.nodes[c].next {
		if j.nodes[c].key == key {
			found = c
		}
	}
	return found
}

// stringAt returns node n's string, or "" when n is no string.
func (j *jsonScanner) stringAt(n int32) string {
	if n < 0 || j.nodes[n].kind != ldStr {
		return ""
	}
	return j.nodes[n].str
}

// findArticleLDInto scans a JSON-LD script for its first node of an
// Article type, looking into top-level arrays, @graph and mainEntity, and
// writes it in *a, which it overwrites whole: pageMeta.article reads each
// script into its own article, not into a large value copied there.
//
// Without an article node, it returns false and leaves in *a only the
// datePublished of another node, such as the WebPage many templates
// describe instead.
func findArticleLDInto(raw string, a *ldArticle) bool {
	j := &jsonScanner{s: raw}
	var nodes [8]ldNode // the nodes of a usual field, without growing
	j.nodes = nodes[:0]
	if !j.searchNode(true, a) {
		*a = ldArticle{pagePublished: j.pagePublished}
		return false
	}
	if len(a.authors) == 0 {
		// A graph names its authors by @id: their names are those of the
		// nodes with those @ids, read in the same scan.
		for _, id := range a.authorIDs {
			for _, n := range j.named {
				if n.id == id {
					a.authors = append(a.authors, n.name)
					break
				}
			}
		}
	}
	return true
}

// ldAuthors reads a JSON-LD author value, node v of j, in one walk: the
// names it gives (a string, a node's name, or its givenName and
// familyName), those of them that are typed Person (the site's own
// statement that a credit names a person), and the @id of each node that
// gives no name, which the graph names elsewhere ({"@id":
// "#/schema/person/1"}). Addresses are no names; HTML entities some
// plugins leave in names are decoded. orgs are the names typed as an
// organisation ("@type": "Organization", "NewsMediaOrganization"): the
// site's own statement that a credit names no person.
func (j *jsonScanner) ldAuthors(v int32) (names, persons, orgs, ids []string) {
	var walk func(v int32, depth int)
	walk = func(v int32, depth int) {
		if depth > 3 || v < 0 {
			return
		}
		switch nd := &j.nodes[v]; nd.kind {
		case ldStr:
			if s := cleanText(unescapeEntities(nd.str)); s != "" && !strings.HasPrefix(s, "http") {
				names = append(names, s)
			}
		case ldObj:
			n := len(names)
			walk(j.member(v, "name"), depth+1)
			if len(names) == n {
				names = append(names, j.ldSplitName(v)...)
			}
			switch t := j.stringAt(j.member(v, "@type")); {
			case t == "Person":
				persons = append(persons, names[n:]...)
			case strings.HasSuffix(t, "Organization") || t == "Corporation":
				orgs = append(orgs, names[n:]...)
			}
			if id := j.stringAt(j.member(v, "@id")); id != "" && len(names) == n {
				ids = append(ids, id)
			}
		case ldArr:
			for c := nd.first; c >= 0; c = j.nodes[c].next {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return names, persons, orgs, ids
}

// ldSplitName joins the parts of a person a JSON-LD node, node v of j,
// gives without a "name": {"givenName": "Anna Giulia", "familyName":
// "Fink"}.
func (j *jsonScanner) ldSplitName(v int32) []string {
	given := cleanText(j.stringAt(j.member(v, "givenName")))
	family := cleanText(j.stringAt(j.member(v, "familyName")))
	if given == "" || family == "" {
		return nil
	}
	return []string{given + " " + family}
}

// unescapeEntities decodes the HTML entities a CMS left in a JSON-LD
// string ("Maria &amp; Katerina"); strings without one are returned as
// they are.
func unescapeEntities(s string) string {
	if i := strings.IndexByte(s, '&'); i < 0 || !strings.Contains(s[i:], ";") {
		return s
	}
	return html.UnescapeString(s)
}

// searchNode reads the value at the scanner and puts the first article
// node in it in *a, reporting whether there was one (*a is left in any
// state when there is not). The article is written in place, not
// returned: it is a large value, copied at every level otherwise. top says the value is the whole script's: then nothing
// after the article can change the answer unless its authors are named
// by @id, and the scan stops there (the top array's own end is never
// checked). Inside an object (an @graph), the rest is still read, as the
// object must end well for its article to count.
func (j *jsonScanner) searchNode(top bool, a *ldArticle) bool {
	switch j.peek() {
	case '[':
		ok := false
		j.array(func() bool {
			if ok {
				if top && !j.needIDs {
					return false // stops the array, whose verdict no one reads
				}
				if j.needIDs && j.peek() == '{' {
					return j.namedNode()
				}
				return j.skip()
			}
			ok = j.searchNode(false, a)
			return true
		})
		return ok
	case '{':
		return j.articleNode(a)
	default:
		j.skip()
		return false
	}
}

// articleNode reads one object: its own fields when its @type is an
// Article, else the first article in its @graph or mainEntity, into *a
// as searchNode does.
func (j *jsonScanner) articleNode(a *ldArticle) bool {
	*a = ldArticle{} // an earlier element's fields are no article's
	var nested ldArticle
	var id, name string
	isArticle, hasNested := false, false
	ok := j.object(func(key string) bool {
		switch key {
		case "@graph", "mainEntity":
			if hasNested {
				return j.skip()
			}
			hasNested = j.searchNode(false, &nested)
			return true
		case "@type", "headline", "@id", "name", "datePublished", "dateModified",
			"articleSection", "url", "author", "image", "publisher", "keywords":
		default:
			return j.skip()
		}
		v, ok := j.value()
		switch key {
		case "@type":
			isArticle = j.isArticleType(v)
		case "headline":
			a.headline = cleanText(j.ldString(v))
		case "@id":
			id = j.stringAt(v)
		case "name":
			name = cleanText(j.ldString(v))
			if a.headline == "" {
				a.headline = name
			}
		case "datePublished":
			a.published = j.ldString(v)
		case "dateModified":
			a.modified = j.ldString(v)
		case "articleSection":
			a.section = cleanText(j.ldString(v))
		case "url":
			a.url = j.ldString(v)
		case "author":
			a.authors, a.persons, a.orgs, a.authorIDs = j.ldAuthors(v)
		case "image":
			a.images = j.ldURLs(v, 0)
		case "publisher":
			if j.nodes[v].kind == ldObj {
				a.publisher = cleanText(j.ldString(j.member(v, "name")))
			}
		case "keywords":
			a.keywords = j.ldKeywords(v)
		}
		return ok
	})
	switch {
	case !ok:
		return false
	case isArticle:
		a.found = true
		j.needIDs = len(a.authors) == 0 && len(a.authorIDs) > 0
		return true
	case hasNested:
		*a = nested
		return true
	}
	j.addNamed(id, name)
	if j.pagePublished == "" {
		j.pagePublished = a.published
	}
	return false
}

// ldKeywords reads JSON-LD keywords, node v of j: a list in one string,
// or an array of them.
func (j *jsonScanner) ldKeywords(v int32) []string {
	switch nd := &j.nodes[v]; nd.kind {
	case ldStr:
		return splitKeywords(nd.str)
	case ldArr:
		var out []string
		for c := nd.first; c >= 0; c = j.nodes[c].next {
			if s := j.stringAt(c); strings.TrimSpace(s) != "" {
				out = append(out, strings.TrimSpace(s))
			}
		}
		return out
	}
	return nil
}

// maxNamedNodes bounds the named nodes a scan keeps for @id authors.
const maxNamedNodes = 64

func (j *jsonScanner) addNamed(id, name string) {
	if id != "" && name != "" && len(j.named) < maxNamedNodes {
		j.named = append(j.named, ldNamed{id, name})
	}
}

// namedNode reads the @id and name of an object after the article was
// found, for the article's @id authors, and passes over the rest.
func (j *jsonScanner) namedNode() bool {
	var id, name string
	ok := j.object(func(key string) bool {
		switch key {
		case "@id", "name":
			v, ok := j.value()
			if key == "@id" {
				id = j.stringAt(v)
			} else {
				name = cleanText(j.ldString(v))
			}
			return ok
		}
		return j.skip()
	})
	j.addNamed(id, name)
	return ok
}

// jsonStops marks, with the high bit of its lane, each byte of the eight
// in x (read little-endian) that a JSON string does not hold as it is: a
// quote, a backslash or a control character. The standard test for a zero
// byte makes the lowest marked lane exact (only a lane that matched
// borrows from the ones above it), which is the one str reads; the lanes
// above it may be marked wrongly. Eight bytes are tested together: some
// scripts carry the whole story as articleBody, which every page's scan
// passes over; and the word that holds the stop tells where it is without
// a loop of one unpredictable branch a byte.
func jsonStops(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// The three tests share their "&^ high bit of the byte": a lane's
	// high bit is the same in x, x^'"' and x^'\\', as neither of those
	// holds one, so (a&^x | b&^quote | c&^slash) is (a|b|c)&^x.
	quote, slash := x^(ones*'"'), x^(ones*'\\')
	return ((x - ones*0x20) | (quote - ones) | (slash - ones)) &^ x & highs
}

// jsonPlain marks the bytes a JSON string holds as they are: all but the
// quote, the backslash and control characters.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()
