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
