package newswire

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// noiseSpeedLines returns the text of every block of every testdata page,
// then random lines made of the words the line tests look for, their
// bytes in either case and the bytes around them: the lines the gates of
// the per-line tests are held to their ungated answers on.
func noiseSpeedLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	eachWalkedFixture(t, func(_ string, p *page) {
		for i := range p.blocks {
			lines = append(lines, p.blocks[i].text)
		}
		p.release()
	})
	var words []string
	for _, list := range [][]string{
		readerNotes, widgetApologies, widgetRequests, formThanks, loadingNouns, scriptRequests, creditVerbs, pinRequests,
		{"loading", "this ", "requires", "javascript", "JavaScript", "{{", "}}", "[", "]", "CTA_MODULE", "name=1", "Page ", " of ",
			"would you like to ", "do you want to ", "notifications", "by", " by", "By", "Pin", "PIN", "pin ", "later", "here",
			"Jane Doe", "...", "…", "👇", "!", "?", ".", ",", ":", " ", " ", "1", "12", "2025", "14:07", "Uhr", "3:18 min",
			"17.06.2025", "時", "分", "©", "Foto", "Photo", "(AP Photo/Jane Doe)", "dpa", "Getty Images", "é", "\xff"},
	} {
		words = append(words, list...)
	}
	rng := rand.New(rand.NewSource(14))
	for range 200000 {
		var b strings.Builder
		for n := rng.Intn(8); n >= 0; n-- {
			w := words[rng.Intn(len(words))]
			switch rng.Intn(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	return lines
}

// isPageNoteUngated is isPageNote without its gates: each note's test
// asked of each line its length lets through.
func isPageNoteUngated(s string) bool {
	if len(s) > maxPageNote {
		return false
	}
	if len(s) > maxShortPageNote {
		return isWidgetMessage(s) || isFormConfirmation(s)
	}
	return isReaderNote(s) || isWidgetMessage(s) || isFormConfirmation(s) || isLoadingNote(s) || isScriptNote(s) || isShortcode(s) || isStrayCredit(s) ||
		isPushPrompt(s) || isPageCount(s) || isPinPromptUngated(s)
}

// isPinPromptUngated is isPinPrompt without mayEndPinRequest.
func isPinPromptUngated(s string) bool {
	return fitsPinPrompt(s) && holdsPinRequest(s)
}

// TestPageNoteInitials holds isPageNote's first-byte gate
// (pageNoteInitials) and isPinPrompt's (mayEndPinRequest) to the tests
// asked without them, on every block of the fixtures and on random lines
// of the notes' words; and each note's own examples to the table: every
// line that opens with a note's words, in any case, passes the gate.
func TestPageNoteInitials(t *testing.T) {
	for _, s := range noiseSpeedLines(t) {
		require.Equal(t, isPinPromptUngated(s), isPinPrompt(s), "%q", s)
		require.Equal(t, isPageNoteUngated(s), isPageNote(s), "%q", s)
	}
	for _, s := range []string{
		"How useful was this post?", "Sorry, something went wrong. Please try again.", "Thank you for subscribing!",
		"Loading...", "This slideshow requires JavaScript.", "Please enable JavaScript", "[CTA_MODULE]", "{{cta}}",
		"Written by Jane Doe", "Would you like to receive push notifications?", "Page 1 of 8", "Pin this for later!",
		"Enjoy the post? Pin it for later! 👇", "PIN FOR LATER",
	} {
		require.True(t, isPageNote(s), "%q", s)
		require.True(t, isPageNoteUngated(s), "%q", s)
	}
}

// TestMayEndPinRequest asks mayEndPinRequest of each pin request with
// what may follow it: a request isPinPrompt finds is never ruled out.
func TestMayEndPinRequest(t *testing.T) {
	for _, r := range pinRequests {
		for _, head := range []string{"", "Enjoy the post? ", "Liked it? "} {
			for _, tail := range []string{"", "!", " !", "...", " 👇", ":", " →", " ✓!", " 1"} {
				for _, s := range []string{head + r + tail, strings.ToUpper(head + r + tail)} {
					require.Equal(t, isPinPromptUngated(s), isPinPrompt(s), "%q", s)
					if isPinPromptUngated(s) {
						require.True(t, mayEndPinRequest(s), "%q", s)
					}
				}
			}
		}
	}
	require.False(t, mayEndPinRequest("1. Loon Point Cabins"))
	require.False(t, mayEndPinRequest("?!"))
	require.True(t, mayEndPinRequest("Pin it here"))
	require.True(t, mayEndPinRequest("Pin this post 📌"))
}
