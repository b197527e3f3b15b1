package newswire

import (
	"net/url"
	"testing"
)

// TestMayEscapeInPath holds mayEscapeInPath to its rule: it answers true
// for every path that net/url writes otherwise (and for any byte past
// ASCII), at every place in paths of lengths around the eight-byte step.
func TestMayEscapeInPath(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 1; n <= 20; n++ {
			for at := 0; at < n; at++ {
				b := make([]byte, n)
				for i := range b {
					b[i] = 'a'
				}
				b[0] = '/'
				b[at] = byte(c)
				path := string(b)
				want := c >= 0x80 || c >= 0x21 && c <= 0x2A
				if got := mayEscapeInPath(path); got != want {
					t.Fatalf("mayEscapeInPath(%q) = %v, want %v", path, got, want)
				}
				// A path passed over, of the bytes a normal path
				// holds, must be written as it stands.
				if u := (&url.URL{Path: path}); !want && urlByteClass[c] == urlPlain && u.EscapedPath() != path {
					t.Fatalf("EscapedPath(%q) = %q, passed over", path, u.EscapedPath())
				}
			}
		}
	}
}

// TestHostnameOf holds hostnameOf to url.URL.Hostname.
func TestHostnameOf(t *testing.T) {
	for _, h := range []string{"", "a.example", "a.example:80", "[::1]", "[::1]:443", "[x]", "a:b", "a.example:", "www.x.de"} {
		u := &url.URL{Host: h}
		if got, want := hostnameOf(u), u.Hostname(); got != want {
			t.Errorf("hostnameOf(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestAllPlain8 holds allPlain8 to urlByteClass for every byte in every
// lane, and isNormalURL, which passes such runs at once, to
// isPlainPathQuery of the whole path.
func TestAllPlain8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			b := []byte("abcdefgh")
			b[lane] = byte(c)
			if got, want := allPlain8(string(b)), urlByteClass[c] == urlPlain; got != want {
				t.Fatalf("allPlain8(%q) = %v, want %v", b, got, want)
			}
			for _, path := range []string{"/" + string(b), "/abcdefg" + string(b) + "?q=" + string(b), "/abcdefg?" + string(b) + "x"} {
				if got, want := isNormalURL("https://a.example"+path), isPlainPathQuery(path); got != want {
					t.Fatalf("isNormalURL(%q) = %v, isPlainPathQuery %v", path, got, want)
				}
			}
		}
	}
}
