package newswire

import (
	"strings"
	"testing"
)

// containsBytes must answer as strings.Contains does, on titles as
// normTitle leaves them and on the edges: empty, equal, at either end.
func TestContainsBytes(t *testing.T) {
	strs := []string{"", "a", "ab", "abc", "aab", "mars rover lands", "rover", "roverl", "lands",
		"marsroverlands", "ééa", "a\u00e9", "spacedailymarsroverlands"}
	for _, s := range strs {
		for _, sub := range strs {
			if got, want := containsBytes(s, []byte(sub)), strings.Contains(s, sub); got != want {
				t.Errorf("containsBytes(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

// cleanText's shortcut for clean ASCII must agree with its general path.
func TestCleanTextShortcut(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Mars rover lands", " Mars", "Mars ", "Mars  rover",
		"Mars\trover", "Mars\nrover", "Caf\u00e9 news", "a\u00a0b", "x\x01y", "2026-11-29T01:00:00Z",
		"https://example.com/a?b=c", "\u200bMars"} {
		w := walker{buf: make([]byte, 0, len(s))}
		w.text(s)
		want := strings.TrimSpace(string(w.buf))
		if got := cleanText(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		if isCleanASCII(s) && s != want {
			t.Errorf("isCleanASCII(%q) but the walker gives %q", s, want)
		}
	}
}
