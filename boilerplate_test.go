package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Sign-in and subscription prompts are chrome by their names; a name that
// only mentions a login among content words is not.
func TestIsChromeNameSignInPrompts(t *testing.T) {
	for val, want := range map[string]bool{
		"article-content__sign-in-group hidden": true,
		"popup--component":                      true,
		"lmd-dropdown-favorite__text-login":     true,
		"signin-wall":                           true,
		"login-form":                            true,
		"paywall":                               false, // paywalled story paragraphs are named so
		"article__content":                      false,
		"sign-language-video":                   false,
	} {
		assert.Equal(t, want, isChromeName(val), "%q", val)
	}
}
