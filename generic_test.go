package newswire

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsChromeName(t *testing.T) {
	for val, want := range map[string]bool{
		// chrome, named as templates name it
		"main-nav":                       true,
		"mainNav":                        true,
		"sidebar":                        true,
		"sidebar_right widget-area":      true,
		"sidebar-wrapper":                true,
		"post-comments":                  true,
		"comment-list":                   true,
		"share-buttons":                  true,
		"site-header":                    true,
		"jp-relatedposts":                true,
		"cookie-banner gdpr":             true,
		"newsletter-signup":              true,
		"widget widget_recent_entries":   true,
		"entry-content social-share-bar": true,
		"about-the-author":               true,
		"related-articles":               true,
		"modal-dialog":                   true,
		// wrappers and modifiers that only mention chrome
		"content-sidebar-wrap":              false,
		"content-with-sidebar-wrp":          false,
		"post-and-sidebar":                  false,
		"no-sidebar":                        false,
		"has-section-nav":                   false,
		"is-style-sidebar":                  false,
		"elementor-widget-wrap":             false,
		"widget-span widget-type-rich_text": false,
		"site-content-and-menu":             false,
		// words that merely contain a chrome word
		"canvas":             false,
		"navarro-profile":    false,
		"commentary-body":    false,
		"shareholder-letter": false,
		"entry-content":      false,
		"":                   false,
	} {
		assert.Equal(t, want, isChromeName(val), "%q", val)
	}
}
