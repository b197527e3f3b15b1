package newswire

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestSlotNoteWordsHoldKeys pins what lets mayHoldSlotVerb err towards
// true (see its tail step): isSlotNote is true only for a line with a
// word that goes on, "weiter", or a word of loading, and each such word
// holds one of the slotVerbKeys, whose letters no letter past ASCII folds
// to. A line the gate passes wrongly then has none of those words, and
// isSlotNote's word reading finds it no note, as the gate would have.
func TestSlotNoteWordsHoldKeys(t *testing.T) {
	for _, l := range slotLists {
		if l.kind&(slotGoesOn|slotWeiter|slotLoad|slotLoading) == 0 {
			continue
		}
		for _, w := range l.words {
			if !slices.ContainsFunc(slotVerbKeys[:], func(k string) bool { return strings.Contains(w, k) }) {
				t.Errorf("%q holds none of the slotVerbKeys", w)
			}
		}
	}
	for _, k := range slotVerbKeys {
		for _, c := range k {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf {
					t.Errorf("%q folds to %q", f, c)
				}
			}
		}
	}
	// Lines the gate passes though they hold no key are no notes.
	for _, s := range []string{"Tópicos relacionados", "Advertisement ihnu video player not below", "Advertisement: scroll below, onad"} {
		if isSlotNote(s) {
			t.Errorf("isSlotNote(%q) = true", s)
		}
	}
}

// TestPromptScanStride holds the prompt table's scan, its stride written
// as the constant 3 (see scan), to the scan of the same table at a
// stride of 1, which reads every place of a line and so finds every
// phrase the table files: on lines that hold each phrase, in either
// case, at each place within two strides of the line's ends, and on
// prose.
func TestPromptScanStride(t *testing.T) {
	if promptAnchors.step != 3 {
		t.Fatalf("promptAnchors.step = %d: scan's constant stride is 3", promptAnchors.step)
	}
	every := *promptAnchors
	every.step = 1
	var phrases []string
	for _, group := range promptAnchors.by {
		for _, a := range group {
			if !slices.Contains(phrases, a.phrase) {
				phrases = append(phrases, a.phrase)
			}
		}
	}
	lines := []string{
		"The council voted on the plan after a long debate about the harbour.",
		"Sign up for our newsletter to get the best stories in your inbox.",
		"Follow us on Twitter and Facebook for more.",
		"",
		"abc",
		"abcd",
	}
	for _, ph := range phrases {
		for _, form := range []string{ph, strings.ToUpper(ph), strings.ToUpper(ph[:1]) + ph[1:]} {
			for pad := range 7 {
				y := strings.Repeat("y", pad)
				lines = append(lines, y+form, form+y, y+form+" and more", "Please, "+y+form+y)
			}
		}
	}
	for _, line := range lines {
		if got, want := promptAnchors.kinds(line), every.kinds(line); got != want {
			t.Errorf("kinds(%q) = %#x, want %#x", line, got, want)
		}
		if got, want := promptAnchors.find(line), every.find(line); got != want {
			t.Errorf("find(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestNoiseMemoMixed asks lineKindsAt and isNoiseAt of the same blocks
// in turns, either first, from a block inside the page and back before
// the memo's first block: isNoiseAt reads the kinds memo itself, and
// both must answer as lineKinds and isNoise do, whichever filled the
// memo.
func TestNoiseMemoMixed(t *testing.T) {
	lines := []string{
		"Advertisement", "Read more", "The council approved the harbour plan on Tuesday after a long debate.",
		"Sign up for our newsletter to get the latest news delivered to your inbox", "pic.twitter.com/abc123",
		"We use cookies. By continuing you accept cookies and our privacy policy.", "Share",
	}
	var body strings.Builder
	for i := range 90 {
		body.WriteString("<p>" + lines[i%len(lines)] + "</p>")
	}
	doc, err := parseHTML(strings.NewReader("<html><body>"+body.String()+"</body></html>"), DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	p := walkPage(doc)
	defer p.release()
	for _, i := range []int{5, 6, 7, 3, 80, 5, 6, 7, 8, 9, 40, 0, 70, 71} {
		text := p.blocks[i].text
		if i%2 == 0 {
			if got, want := p.lineKindsAt(i), lineKinds(text); got != want {
				t.Errorf("lineKindsAt(%d) = %#x, want %#x", i, got, want)
			}
		}
		if got, want := p.isNoiseAt(i), isNoise(text); got != want {
			t.Errorf("isNoiseAt(%d) = %v, want %v (%q)", i, got, want, text)
		}
		if got, want := p.lineKindsAt(i), lineKinds(text); got != want {
			t.Errorf("lineKindsAt(%d) = %#x, want %#x", i, got, want)
		}
	}
}

// TestEndsSentenceTable holds endsSentence, which reads a table of its
// ASCII bytes' classes, to the tests the table stands for, on every line
// of up to three of the bytes and characters it tells apart, after a
// word, and on every single byte.
func TestEndsSentenceTable(t *testing.T) {
	byTests := func(s string) bool {
		for s != "" {
			if c := s[len(s)-1]; c < utf8.RuneSelf {
				switch c {
				case '"', '\'', ')', ' ':
					s = s[:len(s)-1]
					continue
				}
				return c == '.' || c == '!' || c == '?'
			}
			r, size := utf8.DecodeLastRuneInString(s)
			if r != '”' && r != '’' {
				return false
			}
			s = s[:len(s)-size]
		}
		return false
	}
	parts := []string{".", "!", "?", "\"", "'", ")", " ", "a", ",", "”", "’", "é", "\xe2", "\x80"}
	lines := []string{""}
	for c := 0; c < 256; c++ {
		lines = append(lines, string([]byte{byte(c)}), "word"+string([]byte{byte(c)}))
	}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				lines = append(lines, a, a+b, a+b+c, "It rained"+a+b+c)
			}
		}
	}
	for _, s := range lines {
		if got, want := endsSentence(s), byTests(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
