package newswire

import (
	"strings"
	"testing"
)

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

// TestMayHoldSlotVerbTail finds each key at every place of lines up to
// 80 bytes, past the lengths TestMayHoldSlotVerb reads: the last places
// of a line are read by a step moved back over places read already (see
// mayHoldSlotVerb), and none may be skipped.
func TestMayHoldSlotVerbTail(t *testing.T) {
	for _, k := range slotVerbKeys {
		for n := 3; n <= 80; n++ {
			for at := 0; at+3 <= n; at++ {
				s := strings.Repeat("x", at) + strings.ToUpper(k) + strings.Repeat("y", n-at-3)
				if !mayHoldSlotVerb(s) {
					t.Errorf("mayHoldSlotVerb(%q) = false", s)
				}
			}
		}
	}
}
