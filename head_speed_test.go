package newswire

import "testing"

// TestLowerASCIITable holds lowerASCII, a table's read, to the rule it
// stands for: an ASCII capital is lower-cased, every other byte kept.
func TestLowerASCIITable(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := byte(c)
		if c >= 'A' && c <= 'Z' {
			want = byte(c) + 'a' - 'A'
		}
		if got := lowerASCII(byte(c)); got != want {
			t.Errorf("lowerASCII(%#x) = %#x, want %#x", c, got, want)
		}
	}
}

// TestHostBytes holds hostBytes to the rule isPlainHost states.
func TestHostBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
		if hostBytes[c] != want {
			t.Errorf("hostBytes[%#x] = %v, want %v", c, hostBytes[c], want)
		}
	}
}
