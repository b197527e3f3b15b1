package newswire

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestIsDateTimeLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Do 25.04.24 | 14:07 Uhr | Von Eva Muster":                              true,
		"NDR 1 Niedersachsen | Regional Osnabrück | 17.06.2025 | 15:00 Uhr":     true,
		"Sendung: hr-INFO, 25.04.2024, 10.45 Uhr":                               true,
		"Posted by David at December 16, 2025 11:15 AM":                         true,
		"9. September 2025 um 15:46 Uhr / Frank Muster":                         true,
		"17:41 JST, October 13, 2024":                                           true,
		"2025年1月14日 01時28分 (1月14日 01時40分更新)":                                    true,
		"Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm": true,
		// prose ends its sentence; a date alone or a time alone is no stamp
		"The polls close on 5 May 2026 at 22:00 local time.": false,
		"Am 17.06.2025 um 15:00 Uhr beginnt die Sitzung.":    false,
		"Final score 2:1 for the visitors":                   false,
		"Mamertus (Erzbischof von Vienne, 11. Mai)":          false,
		"Draws 300W (estimated 10p per hour of use)":         false,
	} {
		assert.Equal(t, want, isDateTimeLine(s), "%q", s)
	}
}

func TestIsMediaCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Neben Raketen und Drohnen ist das Atomprogramm die größte Bedrohung. Wie groß ist die Gefahr? 21.04.2024 | 3:18 min": true,
		"WDR Studios NRW. 22.04.2024. 00:21 Min.. Verfügbar bis 22.04.2026. WDR Online.":                                      true,
		// a race time in a story, a clip length without a date
		"She won on 12.05.2024 in 4:05 min, a record that stood for a decade and is still talked about in the club today.": false,
		"Watch the trailer (2:30 min) below.": false,
	} {
		assert.Equal(t, want, isMediaCredit(s), "%q", s)
	}
}

func TestIsConsentPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.":                        true,
		"An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.":            true,
		"Sie können sich jederzeit wieder abmelden. Weitere Informationen in unserer Datenschutzrichtlinie.": true,
		"By signing up, you agree to our Terms of Use and Privacy Policy.":                                   true,
		"To see this content please enable targeting cookies.":                                               true,
		"En vous inscrivant, vous acceptez notre politique de confidentialité.":                              true,
		// stories that discuss privacy policies and consent
		"Privacy: A VPN should have a no-logs privacy policy. That’s non-negotiable.":            false,
		"The regulator said the app collected data without consent, a breach of the GDPR.":       false,
		"Die schlechteste Note erhielt der Shop mit 4,5 allerdings für den Datenschutz im Test.": false,
	} {
		assert.Equal(t, want, isConsentPrompt(s), "%q", s)
	}
}

func TestContainsFold(t *testing.T) {
	assert.True(t, containsFold("Mehr dazu in unserer DATENSCHUTZERKLÄRUNG.", "datenschutzerklärung"))
	assert.True(t, containsFold("Enable Cookies", "enable cookies"))
	assert.False(t, containsFold("Datenschutz", "datenschutzerklärung"))
	assert.False(t, containsFold("", "enable cookies"))
}

func TestIsCaptionText(t *testing.T) {
	for s, want := range map[string]bool{
		"Alexandre Kess führt das Feld an. Foto: Alexander Daleiden":                                 true,
		"Die Argentinier stehen nach dem Sieg im Halbfinale. Foto: dpa":                              true,
		"Harris speaks at a campaign rally in Savannah, Ga., Thursday, Aug. 29. (AP Photo/Jane Doe)": true,
		"Das Wohn- und Pflegeheim in Nußdorf-Debant © Gemeinde Nußdorf-Debant":                       true,
		"Steffen Muster erklärt, welche Folgen die Hitze für Autobahnen hat. (Archivbild)":           true,
		"This model cleans with the best of them. Credit: Jane Doe":                                  true,
		"Fotos: NIKOLAI MUSTER": true,
		"Photo: AFP":            true,
		"Det ukrainske forsvaret har publisert en video av et jagerfly. Video: Det ukrainske forsvaret.": true,
		"이재명 후보가 15일 전남 순천시에서 열린 유세에서 연설하고 있다. 연합뉴스":                                                     true,
		"Fans gather outside the stadium before the final. Getty Images":                                 true,
		"The minister resigned on Friday, the government said. AFP":                                      false,
		// specs, sources in sentences, years after ©
		"Video: 4K/30p with no crop": false,
		"The photo, taken by Jane Doe in 2019, shows the harbour before the storm.":                                        false,
		"© 2024 Hinterland of Things":                                                                                      false,
		"Die Polizei sucht Zeugen. Bild: Eine Überwachungskamera zeigte den Täter, der maskiert war und eine Tasche trug.": false,
		"Bildung: Die Schulen bleiben am Montag geschlossen.":                                                              false,
		// a credit glued to the caption's full stop, or an agency's credit of the photographer
		"Impfungen haben Nebenwirkungen, selten bleibende Schäden.Bild: Jane Muster/picture alliance":           true,
		"Der Trainer will noch Punkte sammeln. IMAGO/Jana Muster":                                               true,
		"Falschbehauptungen über das Virus verbreiten sich im Netz (AFP / JANE DOE)":                            true,
		"Zwei Männer wurden festgenommen. (Symbolfoto: picture alliance/dpa | Jana Muster)":                     true,
		"Die Ministerin und ihr Amtskollege beim Treffen | Bildquelle: EU-Kommission":                           true,
		"Der Schriftsteller ist im Alter von 89 Jahren gestorben. | Jana Muster/dpa":                            true,
		"Jane Muster, Schriftstellerin (2010). Am 13.04.2025 ist sie in Lima gestorben. | Jana Muster/dpa":      true,
		"Der Trainer jubelt. Seine Mannschaft steigt auf. IMAGO/Jana Muster":                                    true,
		"Der Trainer jubelt. Seine Mannschaft steigt auf. Die Fans feiern. IMAGO/Jana Muster":                   false,
		"Die Regierung ist zurückgetreten. (dpa/AFP)":                                                           false,
		"Die Regierung ist zurückgetreten. dpa/AFP":                                                             false,
		"The vote was close. Reuters/Ipsos polling found support at 41 percent":                                 false,
		"Das Gericht prüft die Akte.Bild: Die Richterin sagte, es gebe keine Beweise. Der Prozess geht weiter.": false,
		// a story's paragraph that ends with a credit, or runs on into a label before a clause
		"Die Mannschaft verlor das Spiel mit 0:3. Trainer Müller sprach von einer verdienten Niederlage. dpa/Jane Muster": false,
		"Wie die Zeitung berichtete, sei der Schaden groß.Bild: Die Zeitung hatte zuerst über den Fall berichtet.":        false,
	} {
		assert.Equal(t, want, isCaptionText(s), "%q", s)
		// Text that is not trimmed (the walk trims the blocks', but not
		// every caller's) reads the same.
		for _, pad := range []string{" ", "\u00a0", "\t"} {
			assert.Equal(t, want, isCaptionText(pad+s+pad), "%q padded with %q", s, pad)
		}
	}
}

func TestIsPhotographerCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"AFP / JANE DOE":                              true,
		"IMAGO/Jana Muster":                           true,
		"picture alliance/dpa | Jana Muster":          true,
		"Symbolfoto: picture alliance/dpa | Jane Doe": true,
		// agencies alone, or no agency, or a clause
		"dpa/AFP":                        false,
		"NOAA/SPC":                       false,
		"Jane Doe/NYT":                   false,
		"Reuters/Ipsos polling found it": false,
		"AFP / the photographer's agent": false,
	} {
		assert.Equal(t, want, isPhotographerCredit(s), "%q", s)
	}
}

func TestIsAgencyCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Firn | Getty Images":                                true,
		"picture alliance / ASSOCIATED PRESS | Alex Brandon": true,
		"(Quelle: APA/sda/dpa)":                              true,
		"Francesco Muster Fotografo | Moment | Getty Images": true,
		// sentences, and lines without an agency
		"Reuters reported the deal on Monday, citing three sources / people.": false,
		"Wochenblatt / Última Hora":                                           false,
		"Pros | Cons":                                                         false,
		"The AFPD/union statement was signed by 40 members":                   false,
	} {
		assert.Equal(t, want, isAgencyCredit(s), "%q", s)
	}
}

func TestIsNoiseFurnitureLabels(t *testing.T) {
	for s, want := range map[string]bool{
		"Article content":                true,
		"Table of Contents":              true,
		"Dieses Thema im Programm:":      true,
		"Schlagwörter zu diesem Artikel": true,
		"Kort fortalt":                   true,
		"Up Next":                        true,
		"On this page":                   true,
		"Jump to:":                       true,
		"Summarize this article with:":   true,
		"Jump to the end of the season, and the club was top.":  false,
		"Oops! Something went wrong while submitting the form.": true,
		"Thank you! Your submission has been received!":         true,
		"Thank you! We received the letter on Monday.":          false,
		"Article réservé aux abonnés":                           true, // past ASCII, a prompt all the same
		"Anzeige – Artikel geht unten weiter":                   true,
		// text that opens with a label's words
		"Article content moderation is the subject of a new EU law.": false,
		"Up next week: the budget vote.":                             false,
	} {
		assert.Equal(t, want, isNoise(s), "%q", s)
	}
}

func TestIsSlotNote(t *testing.T) {
	for s, want := range map[string]bool{
		"Story continues below advertisement":                                      true,
		"This advertisement has not loaded yet, but your article continues below.": true,
		"This advertisement has not loaded yet.":                                   true,
		"ADVERTISEMENT - CONTINUE READING BELOW":                                   true,
		"Anzeige – Artikel geht unten weiter":                                      true,
		"We apologize, but this video has failed to load.":                         true,
		"Video player is loading.":                                                 true,
		// the story's own lines about ads and videos
		"See the video below. Ben demonstrates different types of netting.":                                     false,
		"Below, you'll find a detailed explanation and a short video.":                                          false,
		"Ad spending by the three largest retailers continued to fall in the second quarter, the survey found.": false,
		"Adobe continues to load its apps with AI features.":                                                    false,
		"The ads continued to run through the weekend.":                                                         false,
		"The video took hours to load for most viewers.":                                                        false,
		"The ads appeared below the headline on most sites.":                                                    false,
		"Ad spending continued to fall.":                                                                        false,
		"This video hasn't loaded.":                                                                             true,
		"Advertisement. Scroll to continue reading.":                                                            true,
		"Advertisement":         false, // a bare label is a noise phrase
		"The video went viral.": false,
	} {
		assert.Equal(t, want, isSlotNote(s), "%q", s)
	}
}

// Each noise phrase fits the buffer isNoise looks phrases up in.
func TestNoisePhrasesFit(t *testing.T) {
	for ph := range noisePhrases {
		assert.LessOrEqual(t, len(ph), maxNoisePhrase, ph)
		assert.True(t, isNoise(ph), ph)
	}
}

// Words of names are looked up in any case; the filter on their first two
// letters must not drop a word of the tables.
func TestKindOfWord(t *testing.T) {
	for w, want := range map[string]wordKind{
		"nav":       wordChrome,
		"Nav":       wordChrome,
		"SIDEBAR":   wordChrome,
		"Content":   wordContent,
		"has":       wordModifier,
		"Wrapper":   wordWrapper,
		"canvas":    0,
		"x":         0,
		"css1x2y3z": 0,
		"navé":      0,
	} {
		assert.Equal(t, want, kindOfWord(w), "%q", w)
	}
	for w := range wordKinds {
		assert.Equal(t, wordKinds[w], kindOfWord(strings.ToUpper(w)), "%q", w)
	}
	assert.True(t, isChromePair("site", "Header"))
	assert.True(t, isChromePair("Related", "posts"))
	assert.False(t, isChromePair("main", "content"))
}

func TestEqualFoldASCII(t *testing.T) {
	for _, tt := range [][2]string{
		{"Enable Cookies", "enable cookies"},
		{"DATENSCHUTZERKLÄRUNG", "datenschutzerklärung"},
		{"Datenschutzerklärung", "datenschutzerklarung"},
		{"[x]", "{x}"},
		{"\u212Aey", "key"}, // the Kelvin sign folds into k
		{"ab", "abc"},
		{"", ""},
		{"Straße", "STRASSE"},
	} {
		assert.Equal(t, strings.EqualFold(tt[0], tt[1]), equalFoldASCII(tt[0], tt[1]), "%q %q", tt[0], tt[1])
	}
}

func TestLookupFold(t *testing.T) {
	for w, want := range map[string]bool{"Von": true, "BY": true, "by": true, "Abby": false, "": false, "VÖN": false} {
		assert.Equal(t, byWords[strings.ToLower(w)], lookupFold(byWords, w), "%q", w)
		assert.Equal(t, want, lookupFold(byWords, w), "%q", w)
	}
}

// TestIsReaderNote checks the notes a blog sets among a post's paragraphs
// against story sentences that open with their words.
func TestIsReaderNote(t *testing.T) {
	for text, want := range map[string]bool{
		"How useful was this post?":                                                                        true,
		"Click on a star to rate it!":                                                                      true,
		"No votes so far! Be the first to rate this post.":                                                 true,
		"We are sorry that this post was not useful for you!":                                              true,
		"This post is over 3 years old. I may have changed my mind since.":                                 true,
		"This article is more than 5 years old":                                                            true,
		"Is this email not displaying correctly? View it in your browser.":                                 true,
		"This article is over 2,000 words long because the case is complex.":                               false,
		"This post is more than a list of tips: it is a plan for the year.":                                false,
		"How useful were the new rules? Officials said it was too early to know.":                          false,
		"This post is over 2 years old and may be out of date.":                                            true,
		"Please scroll to the right for more info.":                                                        true,
		"Scroll to the right":                                                                              true,
		"This article is more than 100 years old, the archivist said, holding up the yellowed front page.": false,
		"This article is more than 100 years old and the archivist said it was the town's first.":          false,
		"Scroll to the right of the old mill stands the church.":                                           false,
		"Rated": false,
	} {
		assert.Equal(t, want, isReaderNote(text), "%q", text)
	}
}

// TestIsWidgetMessage checks a failed widget's messages against story
// lines that apologise or quote such words.
func TestIsWidgetMessage(t *testing.T) {
	for text, want := range map[string]bool{
		"Sorry, we couldn't find a match for this location. Please try again.":                                                         true,
		"We're sorry. It looks like this option is not available in your browser.":                                                     true,
		"Oops! Something went wrong.":                                                                                                  true,
		"Sorry seems to be the hardest word, the singer wrote in 1976.":                                                                false,
		"The site told users \"Sorry, please try again\" for three days, the company admitted.":                                        false,
		"We're sorry for the delay in publishing the report, the council said in a statement.":                                         false,
		"Sorry, something went wrong. Please try again later.":                                                                         true,
		"Sorry, this video is not available in your region.":                                                                           true,
		"We're sorry. It looks like this option is not available. You might have location services disabled in your browser settings.": true,
		"Sorry seems to be the hardest word, and the minister's apology went wrong on live television on Monday.":                      false,
		"Sorry, but the money is not available, Mayor Jane Brown told the meeting.":                                                    false,
		"Oops, something went wrong at the polling station in Ward 5, election officials said on Wednesday.":                           false,
		"Oops! Something went wrong at the polling station, officials said.":                                                           false,
	} {
		assert.Equal(t, want, isWidgetMessage(text), "%q", text)
	}
}

// TestIsFormConfirmation checks the messages a sent form shows against
// story lines that thank someone.
func TestIsFormConfirmation(t *testing.T) {
	for text, want := range map[string]bool{
		"Thank you for subscribing to our weekly newsletter.":                                                                         true,
		"Thank you! Please check your inbox now for your welcome email.":                                                              true,
		"Thanks for signing up!":                                                                                                      true,
		"Thank you! Your submission has been received!":                                                                               true,
		"Thank you for downloading our free checklist":                                                                                true,
		"Thanks for signing up, the clerk told each voter at the door.":                                                               false,
		"Thank you for your patience while the bridge is rebuilt.":                                                                    false,
		"Thanks to the volunteers who cleared the trail after the storm.":                                                             false,
		"The mayor said thank you for subscribing to the city's new alerts":                                                           false,
		"Thank you for subscribing to our service for twenty years, the letter to residents began, before it explained the new fees.": false,
		"Thank you for your submission, Mr Smith; the board will consider it on Monday.":                                              false,
		"Thank you for subscribing to The Daily, Mr. Lee wrote to readers in his final letter as publisher.":                          false,
		"Thanks for signing up, said the message residents received.":                                                                 false,
	} {
		assert.Equal(t, want, isFormConfirmation(text), "%q", text)
	}
}

// TestIsScriptNote checks notes for readers without scripts against
// lines about the language.
func TestIsScriptNote(t *testing.T) {
	for text, want := range map[string]bool{
		"This slideshow requires JavaScript.":           true,
		"Please enable JavaScript to view the comments": true,
		"Bitte aktivieren Sie Javascript.":              true,
		"Learn JavaScript":                              false,
		"JavaScript bindings are available via NPM:":    false,
		"mit ausgeschaltetem Javascript":                false,
		"Most sites now require JavaScript frameworks to render pages on the server, a survey found": false,
		"This photo gallery requires JavaScript.":                                                    true,
		"JavaScript is disabled in your browser.":                                                    true,
		"Voters must enable JavaScript to use the site.":                                             false,
		"The new portal requires JavaScript and a modern browser.":                                   false,
		"Please enable JavaScript, the mayor joked.":                                                 false,
	} {
		assert.Equal(t, want, isScriptNote(text), "%q", text)
	}
}

// TestIsShortcode checks unexpanded shortcodes against bracketed lines a
// story prints.
func TestIsShortcode(t *testing.T) {
	for text, want := range map[string]bool{
		"[CTA_MODULE]":                                 true,
		"[newsletter form=1630175]":                    true,
		"[contact-form-7 id=\"42\"]":                   true,
		"[/caption]":                                   true,
		"{{case-banner=\"/banners/hire\"}}":            true,
		"[Applause]":                                   false,
		"[APPLAUSE]":                                   false,
		"[edit]":                                       false,
		"[citation needed]":                            false,
		"[Fact] public void Test() { }":                false,
		"[1] Smith, J. (2020). Title.":                 false,
		"{{ price }} per month is what the plan costs": false,
		"{{ cta }}":                                    true,
		"{{> newsletter-signup}}":                      true,
		"{{#if member}}":                               true,
		"{{ page.title | upcase }}":                    true,
		"{{ module id=42 theme=\"dark\" }}":            true,
		"{{ Mayor: \"We will rebuild\" }}":             false,
		"{{ This part of the letter is redacted }}":    false,
		"{{#if the council agrees, we build}}":         false,
		"{{ }}":                                        false,
	} {
		assert.Equal(t, want, isShortcode(text), "%q", text)
	}
}

// TestIsLoadingNote checks a widget's loading placeholders against lines
// about loading.
func TestIsLoadingNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Loading...":                           true,
		"Loading…":                             true,
		"Loading posts…":                       true,
		"Loading comments...":                  true,
		"Loading":                              false,
		"Loading, transport, and unloading...": false,
		"Loading speed matters...":             false,
		"Loading times were slow":              false,
		"Loading docks...":                     false,
		"Loading bays...":                      false,
		"Loading more...":                      true,
		"Loading paragraph...":                 true,
	} {
		assert.Equal(t, want, isLoadingNote(text), "%q", text)
	}
}

// TestIsStrayCredit checks bare credits against sentences that open with
// a credit's words.
func TestIsStrayCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Written by Jane Doe":        true,
		"Posted By":                  true,
		"Reviewed by,":               true,
		"Fact-checked by Juan Pérez": true,
		"Written by hand in 1820, the letter was found in a drawer.":              false,
		"Published by the council":                                                false,
		"Written Communication":                                                   false,
		"Edited by Jane Doe, who also wrote the foreword and two of the chapters": false,
	} {
		assert.Equal(t, want, isStrayCredit(text), "%q", text)
	}
}

// TestIsTagLine checks a post's tag line against story lines that open
// with a label.
// TestIsThanksNote checks a blog's closing thanks against story lines
// that open with the same words.
func TestIsThanksNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Thanks for visiting!":    true,
		"Thank you for visiting.": true,
		"Thanks for stopping by!": true,
		"thanks for visiting":     true,
		"Thanks for visiting the museum, the director told the class.": false,
		"Thanks for stopping by the office, Mr Jones":                  false,
		"Thanks":                 false,
		"Tags: politics, budget": false,
	} {
		assert.Equal(t, want, isThanksNote(text), "%q", text)
		assert.False(t, isPageNote(text), "%q is a note only below the story", text)
	}
}

// TestIsGovBanner checks the lines of a government site's banner against
// story sentences about government sites.
func TestIsGovBanner(t *testing.T) {
	for text, want := range map[string]bool{
		"An official website of the United States government": true,
		"An official website of the State of Georgia":         true,
		"Here’s how you know":                                 true,
		"Here's how you know":                                 true,
		"Official websites use .gov":                          true,
		"Secure .gov websites use HTTPS":                      true,
		"A .gov website belongs to an official government organization in the United States.":                                                      true,
		"A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.": true,
		"An official website of the ministry listed the names on Monday.":                                                                          false,
		"An official website of the city council, launched in 2019, was taken offline.":                                                            false,
		"Here's how you know it is a scam: the address does not end in .gov.":                                                                      false,
		"Official websites use .gov addresses, but scammers copy their look, the FBI warned.":                                                      false,
		"A lock on the door was the only thing between them and the storm.":                                                                        false,
	} {
		assert.Equal(t, want, isGovBanner(text), "%q", text)
	}
}

func TestIsPushPrompt(t *testing.T) {
	for text, want := range map[string]bool{
		"Would you like to receive notifications about new posts?":                                        true,
		"Do you want to receive push notifications?":                                                      true,
		"Would you like to receive notifications about every earthquake? The agency now sends them free.": false,
		"Would you like to receive our newsletter?":                                                       false,
		"Do you want to turn off notifications on your phone? Here is how.":                               false,
		"Silence nonessential notifications and alerts":                                                   false,
		"Do you want to receive notifications about road closures near you?":                              false,
		"Would you like to receive notifications of our latest articles?":                                 true,
	} {
		assert.Equal(t, want, isPushPrompt(text), "%q", text)
	}
}

func TestIsPageCount(t *testing.T) {
	for text, want := range map[string]bool{
		"Page 1 of 8":                     true,
		"Page 12 of 120":                  true,
		"Page 1 of":                       false,
		"Page one of the report":          false,
		"Page 3 of the report says so.":   false,
		"Page 2 of 5: the budget in full": false,
	} {
		assert.Equal(t, want, isPageCount(text), "%q", text)
	}
}

func TestIsPinPrompt(t *testing.T) {
	for text, want := range map[string]bool{
		"Pin this for later!":                        true,
		"Enjoy the post? Pin it for later!":          true,
		"PIN FOR LATER":                              true,
		"Did You Enjoy this Post? PIN It for Later!": true,
		"Police pin the blame on the weather.":       false,
		"Pin this post! 👇":                           true,
		"Threads users can now pin this post type to their profile, Meta said.":                                  false,
		"Spinach it is, for later in the week.":                                                                  false,
		"The pin it was fastened with broke later, and the flag fell during the ceremony in front of the crowd.": false,
	} {
		assert.Equal(t, want, isPinPrompt(text), "%q", text)
	}
}

func TestIsTagLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Tags: Employment, Health & Fitness, Mid-sized Businesses, Jane Doe":               true,
		"Filed under: Politics | Elections":                                                true,
		"Topics: the budget, the strike and what comes next. The council meets on Monday.": false,
		"Categories: Best Picture, Best Director, Best Actress, Best Supporting Actor":     false,
		"Topics: pensions, roads, schools, policing":                                       false,
		"Tags:": false,
		"Tagged with: a note the author left about the long history of the street and its people": false,
	} {
		assert.Equal(t, want, isTagLine(text), "%q", text)
	}
}

func TestIsPlaceholderText(t *testing.T) {
	for text, want := range map[string]bool{
		"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.": true,
		"Lorem Ipsum":   true,
		"lorem ipsum 2": true,
		"Lorem ipsum is the filler text that typesetters have used since the 1500s, the historian said.": false,
		"The designer's mock-up still read \"lorem ipsum\" when it went to print.":                       false,
		"Lorem":  false,
		"Loreto": false,
	} {
		assert.Equal(t, want, isPlaceholderText(text), "%q", text)
	}
}

// The fast paths of the body filters answer as the plain searches they
// stand for: a digit, the last "© ", a lower-cased prefix, a consent
// phrase in any case (past ASCII too: the Kelvin sign folds into "k").
func TestBodyFilterFastPaths(t *testing.T) {
	for _, s := range []string{
		"", "no digits here", "Updated 14:05", "© AFP", "Photo © Jane Doe", "1999 ©", "©2024 Foo", "Ünïcödé 7",
		"Copyright © 2024 Example Media", "COPYRIGHT 2025 Foo", "The content herein is", "the contents",
		"By signing up, you agree to our Privacy Policy", "Please enable cookies to view this video",
		"Bitte ACCEPT COOKIES hier klicken", "Weitere Infos in der Datenschutzerklärung des Anbieters",
		"Weitere Infos in der DATENSCHUTZERKLÄRUNG des Anbieters", "Please enable coo\u212Aies to view this video",
		"Open the page and accept cookie", "Siehe unsere Datenſchutzerklärung, bitte lesen", "ACCEPT COOKIES", "Mehr in der DatenschutzerklÄrung.",
		"Polityka prywatnoŚci i cookies na stronie", "Lire la POLITIQUE DE CONFIDENTIALITÉ du site", "The agency said on Tuesday that the first data would come next week.",
	} {
		assert.Equal(t, strings.ContainsAny(s, "0123456789"), hasDigit(s), s)
		assert.Equal(t, strings.LastIndex(s, "© "), lastCopyright(s), s)
		for _, p := range []string{"copyright ©", "copyright 20", "the content herein"} {
			assert.Equal(t, strings.HasPrefix(strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, s), p), hasLowerPrefix(s, p), s+" / "+p)
		}
		assert.Equal(t, naiveConsent(s), isConsentPrompt(s), s)
		assert.Equal(t, naiveConsent(s), isConsentPromptIn(s, lineKinds(s)), s)
	}
}

// naiveConsent is isConsentPrompt without its filters.
func naiveConsent(s string) bool {
	if len(s) > maxConsentLine || len(s) < 20 {
		return false
	}
	if strings.Contains(s, "Privacy Policy") {
		return true
	}
	for i := range len(s) {
		for _, ph := range consentPhrases {
			if i+len(ph) <= len(s) && strings.EqualFold(s[i:i+len(ph)], ph) {
				return true
			}
		}
	}
	return false
}

func TestIsSignupPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"Sign up for our newsletter for tips, updates, and events": true,
		"Join Our Newsletter": true,
		"Want more from the team? Sign up for our newsletter and shop smarter.":                               true,
		"Ground Game: Sign up for the weekly politics newsletter to get it in your inbox every Monday.":       true,
		"Please bookmark our site and sign up for our daily newsletter so we can keep you informed.":          true,
		"Check out more of our travel stories by signing up to our free weekly newsletter":                    true,
		"Like this article? Subscribe to our blog and have great insights delivered to your inbox weekly.":    true,
		"Get daily national news delivered to your inbox so you'll never miss the day's top stories.":         true,
		"🚀 Sign up for The Weekly Replay newsletter":                                                          true,
		"Join our mailing list! Get the news when an episode is published":                                    true,
		"Thanks for reading The Example Letter! Subscribe for free to receive new posts and support my work.": true,
		"Readers who subscribe to new posts get them by email, the editor said.":                              false,
		"Sign Up for News Updates":                                                    true,
		"Sign up for email updates from the campaign":                                 true,
		"Residents can sign up for email updates on the road works at the town hall.": false,
		"The charity said it would join the mailing list of the council.":             false,
		// the story's sentences about newsletters and inboxes
		"Readers who subscribe to the newsletter receive a weekly digest of court rulings.":        false,
		"Stay informed, subscribe to industry newsletters and follow the trade press.":             false,
		"She signed up for the newsletter in 2019 and never opened it.":                            false,
		"Scam emails delivered to your inbox often look like real invoices.":                       false,
		"Join the protest on Saturday. Organisers said a newsletter would follow.":                 false,
		"Twelve people signed up for my newsletter in the past week, and I did nothing with them.": false,
		"The club asked members to join. Its inbox was flooded within hours.":                      false,
		// a request's words as a noun, or quoted in a report
		"Sign up rates for the newsletter rose sharply after the launch, the company said in its report.":    false,
		"Join us as we dig into the newsletter wars, said the editor of the weekly, who launched it in May.": false,
		"\"Subscribe to our newsletter,\" she told the crowd, and hundreds did.":                             false,
		// the offer named after the verb, in the sentence the verb opens
		"Was this newsletter forwarded to you? Sign up to get it in your inbox.":          true,
		"The newsletter went out on Monday. Sign up numbers were not disclosed.":          false,
		"Subscribe, he urged. The blog's new posts come out weekly, the company said.":    false,
		"Our newsletter went out late. Readers who subscribe got their new posts anyway.": false,
	} {
		assert.Equal(t, want, isSignupPrompt(s), "%q", s)
	}
}

func TestIsFollowPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.":         true,
		"Folgst du schon 20 Minuten auf Whatsapp?":                                                           true,
		"Follow me on Instagram: @janedoe":                                                                   true,
		"*** Follow me on Instagram or Facebook for a daily moment of travel inspiration ***":                true,
		"Want more DIY projects? Follow me on Pinterest to see what I'm pinning.":                            true,
		"Catch up on our coverage, and follow us on Facebook, Instagram and TikTok.":                         true,
		"Follow Example News on Google News to get our stories in your feed.":                                true,
		"Want the insider scoop? Join my free Facebook community!":                                           true,
		"Follow Example.co.uk on Twitter and Facebook for the latest news updates. You can also get alerts.": true,
		"Stay informed. Join our WhatsApp channel for breaking news.":                                        true,
		"Folgen Sie uns auf Instagram und Facebook.":                                                         true,
		// the story's sentences about networks and their followers
		"Millions of users joined Facebook in its first years on campus.":                  false,
		"Follow the money, investigators say, and you end up at a shell company.":          false,
		"Follow the money. Facebook, the records show, paid the firm twice.":               false,
		"Follow us on Telegram, the ministry said in a statement on Monday.":               false,
		"She told her 2 million followers to follow her on TikTok rather than on YouTube.": false,
		"Join the protest, organisers wrote on Instagram before the march.":                false,
		"The band, which joined TikTok in 2021, now has more followers than on Instagram.": false,
		// a follow verb or its German noun before a network, not a request to follow the site
		"Folgen hat der Streit auch für Nutzer von WhatsApp: Der Dienst wird in dem Land ab Montag gesperrt.":                                             false,
		"Folge des Verbots: Telegram ist seit Dienstag in dem Land nicht mehr erreichbar, wie die Behörde mitteilte.":                                     false,
		"Follow the instructions sent on WhatsApp only if you know the sender, police warned residents on Monday.":                                        false,
		"Scammers have targeted pensioners across the county. Join WhatsApp groups only if you know who runs them, the trading standards office advises.": false,
		"Join Telegram channels run by the ministry to get alerts, officials urged residents as the storm approached.":                                    false,
		"Scammers have targeted pensioners across the county. Follow us on WhatsApp for alerts.":                                                          false,
		// a request in quotes, with who said it after the quotation
		"\"Follow us on Instagram for updates on the search,\" the family posted on Sunday.":            false,
		"\"Join our WhatsApp group to hear when the next clean-up is,\" the volunteers' leaflet reads.": false,
		"“Join our Telegram channel for news of the strike!” the union's flyer says on its back page.":  false,
		"„Folgen Sie uns auf Instagram“, schreibt der Verein auf seinen Plakaten.":                      false,
		"\"Follow us on Instagram\" for the latest news.":                                               true,
	} {
		assert.Equal(t, want, isFollowPrompt(s), "%q", s)
	}
}

func TestIsTipPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"Got a story? Get in touch with our news team by emailing us at news@example.co.uk.": true,
		"Do you have a story to tell? Email: jane.doe@example.com":                           true,
		"Are protests breaking out in your area? Get in touch at news@example.com":           true,
		"Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback an: briefe@example.de":    true,
		"Got a news tip? Email tips@example.com":                                             true,
		"Got a story? Get in touch: news@example.com":                                        true,
		// addresses the story gives for other ends, and prompts without one
		"You may also contact the drug information office at info@example.gov or by phone.": false,
		"Unsure how to store sensitive data? Email us at security@example.edu.":             false,
		"Got a story? Get in touch with our news team.":                                     false,
		"Readers can get in touch with the author on X (@janedoe) or at the festival.":      false,
		"The ministry said feedback sent to it@ could not be read; the address was wrong.":  false,
		// police appeals and readers' requests the story reports: the request is not aimed at the newsroom
		"Anyone with information should get in touch with Sussex Police by emailing appeals@sussex.police.uk or calling 101.":                          false,
		"Anyone with information or a news tip should email crimestoppers@example.org, police said.":                                                   false,
		"Get in touch with your local MP at mp@parliament.uk if you have concerns, the charity suggested.":                                             false,
		"For more information, residents can write to budget@example.gov with your feedback on the plan before March 12.":                              false,
		"Got a story about the floods? The council urged residents to report damage to floods@council.gov.uk.":                                         false,
		"Die Polizei bittet um Hinweise. Wer etwas beobachtet hat, soll sich melden. Ihr Feedback nimmt die Wache unter hinweise@polizei.de entgegen.": false,
		// the newsroom's own words in a quotation: someone in the story asks
		"\"Anyone with a story to tell about the mill should get in touch with us at history@museum.org,\" she added.":             false,
		"\"Anyone with a story to tell about the mill should get in touch with us at history@museum.org,\" the curator explained.": false,
		"“Got a story? Get in touch with us at news@example.org,” the paper's editor wrote in a farewell column.":                  false,
	} {
		assert.Equal(t, want, isTipPrompt(s), "%q", s)
	}
}

// TestIsPromptLine tests the function the body filters call, with the
// lines of each kind of prompt and the story's sentences that hold their
// words: the finer checks run only for the kinds the line's words name.
func TestIsPromptLine(t *testing.T) {
	for s, want := range map[string]bool{
		// an embedded post's fallback text
		"— Jane Doe (@janedoe) July 18, 2026":                                           true,
		"— City Buses (@citybus) 5 August 2024":                                         true,
		"Buses to the harbour board at Exeter Street. pic.twitter.com/7IJYBkhgep":       true,
		"While no decision has been made, he is reportedly… pic.twitter.com/PbK0B7UjJM": true,
		"— and then the mayor wrote on X (@mayor) that the vote was over.":              false,
		"The minister posted a photo on Twitter on July 18, 2026, from the summit.":     false,
		"— Quoted by Jane Doe (@janedoe), who later deleted the post on July 18, 2026.": false,
		// sign-up prompts, and the story's sentences about newsletters
		"Sign up for our newsletter for tips, updates, and events":                                           true,
		"Sign up rates for the newsletter rose sharply after the launch, the company said in its report.":    false,
		"Join us as we dig into the newsletter wars, said the editor of the weekly, who launched it in May.": false,
		// a paywall's notes, and the story's sentences about paywalls
		"THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY":                                                           true,
		"Already a subscriber? View your reports here →":                                                          true,
		"The publisher said its archive would be reserved for subscribers only from next year, angering readers.": false,
		"Under the new rules, recipes will be for subscribers only, the company said on Monday.":                  false,
		"\"Already a subscriber? Then you'll notice nothing,\" the newspaper told readers in a letter.":           false,
		"Jetzt abonnieren, forderte der Verlag seine Leser auf, doch viele lehnten ab.":                           false,
		// a reading time
		"Lesezeit: 3 Min.": true,
		// follow and tip prompts, and the story's sentences with their words
		"Follow us on Telegram and Facebook for the latest news.":                          true,
		"Millions of users joined Facebook in its first years on campus.":                  false,
		"Got a story? Get in touch with our news team by emailing us at news@example.com.": true,
		"You may also contact the drug information office at info@example.gov.":            false,
		// pointers to more of the site's stories, and sentences with their words
		"Mehr über den Verein lesen Sie hier.":                                                                                       true,
		"Lest den Originalartikel auf Englisch hier.":                                                                                true,
		"For more stories like this, check our news page.":                                                                           true,
		"Sie mögen den Tag kompakt? Dann sind Sie beim Newsletter richtig – hier entlang.":                                           true,
		"Mehr über den Verein lesen Sie hier nicht.":                                                                                 false,
		"Fake news like this spread faster than corrections, the researchers found in a study of two million posts on the platform.": false,
		"Das Urteil lesen Sie hier nicht, denn das Gericht hat es noch nicht veröffentlicht, obwohl die Frist am Montag ablief.":     false,
	} {
		assert.Equal(t, want, isPromptLine(s), "%q", s)
	}
}

func TestIsReadingTime(t *testing.T) {
	for s, want := range map[string]bool{
		"Lesezeit: 3 Min.":                        true,
		"Temps de Lecture 4 min.":                 true,
		"3 MIN. READ":                             true,
		"5 min read":                              true,
		"Reading time: 12 minutes":                true,
		"15.04.2026 - 15:48 UhrLesedauer: 2 Min.": true,
		// times in the story
		"The race was over in 4 min.":                      false,
		"Read the ruling in full: it takes 20 minutes":     false,
		"Reading time for children rose by 10 minutes.":    false,
		"She finished the marathon in 2 hours and 41 min.": false,
	} {
		assert.Equal(t, want, isReadingTime(s), "%q", s)
	}
}

func TestEndsWithRunOnCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Gilt als einziger Kandidat gegen den Amtsinhaber: Boris MusterBild: Jan Muster/TASS/dpa": true,
		"Alles im Blick: Kameras in Wahllokalen während der Wahl 2021Bild: Jan Muster/REUTERS":    true,
		"Kawasaki wie 2024 wird es 2025 nicht mehr geben, Foto: LAT Images":                       true,
		"Die Ministerin bei der Vorstellung des Gesetzes Foto: Felix Muster/imago":                true,
		// prose that runs into a noun and a colon
		"Die Umfrage zeigt ein klares Bild: Die Mehrheit ist dagegen.":                                                                   false,
		"Die Umfrage zeigt ein klares Bild: 60/40 für die Reform":                                                                        false,
		"Auf dem Foto: der Bürgermeister, der am Montag zurücktrat, und seine Frau, die ihn begleitete, vor dem Rathaus in der Altstadt": false,
		"Credit: none of that mattered to the jury, the lawyer said.":                                                                    false,
	} {
		assert.Equal(t, want, endsWithRunOnCredit(s), "%q", s)
	}
}

func TestEndsWithByCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Guests pick their pastries from glass-enclosed cabinets. | Photo by Jane Muster": true,
		"The Sony mirrorless system. Photo by: 'Jan Muster'.":                             true,
		"Photo by Alice Muster; Design by Bob Muster":                                     true,
		"Image credit: Endgame Gear/Digital Foundry":                                      true,
		// sentences that hold the words
		"Photo by photo, the exhibition traces her life.":                  false,
		"The damage was seen at dawn. Photo by Reuters shows the roof.":    false,
		"She sold the photo by Ansel Adams for $1 million.":                false,
		"The book came out in 2019. Image by image, it rebuilds the town.": false,
	} {
		assert.Equal(t, want, endsWithByCredit(s), "%q", s)
	}
}

func TestIsPaywallPrompt(t *testing.T) {
	for s, want := range map[string]bool{
		"THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY":                                    true,
		"Already have an account? Log in":                                                  true,
		"Article réservé aux abonnés":                                                      true,
		"To read the rest of this story subscribe to our premium service.":                 true,
		"Jetzt abonnieren und von der Vorlesefunktion profitieren.":                        true,
		"Create an account or sign in to continue with your reading experience.":           true,
		"Become a paid subscriber to Example Weekly to unlock this piece and learn about:": true,
		// the story's sentences about subscriptions and accounts
		"The newspaper lost 20,000 subscribers after it raised its prices.": false,
		"She did not have an account at the bank, the court heard.":         false,
		"Subscribers said the rest of the story was never published.":       false,
		// the phrases within the story's sentences: inside a clause, or
		// quoted in a report
		"The publisher said its archive would be reserved for subscribers only from next year, angering readers.": false,
		"Under the new rules, recipes will be for subscribers only, the company said on Monday.":                  false,
		"\"Already a subscriber? Then you'll notice nothing,\" the newspaper told readers in a letter.":           false,
		"Jetzt abonnieren, forderte der Verlag seine Leser auf, doch viele lehnten ab.":                           false,
		"From next year the paper's archive of a century of reporting on the city will be for subscribers only.":  false,
		"La rédaction a dit que les archives seraient désormais réservées aux abonnés du journal papier.":         false,
	} {
		assert.Equal(t, want, isPaywallPrompt(s), "%q", s)
	}
}

// TestPhraseAnchorsFind checks the anchored search against a plain
// search for each phrase in any case, on lines where the anchor letters
// stand in other words, end the line or are followed by other letters.
func TestPhraseAnchorsFind(t *testing.T) {
	phrases := []string{"our privacy policy", "accept cookies", "externen inhalt", "pic.twitter.com/", "subscribers only"}
	kinds := map[string]promptKind{}
	for _, p := range phrases {
		kinds[p] = promptSignup
	}
	table := anchorPhrases(phrases, kinds)
	for _, line := range []string{
		"Please read OUR PRIVACY POLICY before you sign up",
		"We accept cookies and kind words alike",
		"Mit dem Klick wird externen Inhalt geladen",
		"Photo: pic.twitter.com/abc123",
		"Subscribers Only",
		"The privacy of our policy-makers is at stake",
		"Cookies were baked; nobody would accept cook",
		"The book was vivid, quick and explicit",
		"xylophone zebra kayak",
		"k",
		"",
		// the anchors with the bytes after them as in a phrase, but
		// other bytes before: "v" of "privacy", "k" of "cookies"
		"We have a VAST archive; nothing to unlock here",
		"Brookie's kitchen and acceptcookies.example",
		"PIC.TWITTER.COM/XYZ, OUR PRIVACY POLICY",
		"Z",
	} {
		want := false
		for _, p := range phrases {
			want = want || containsFold(line, p)
		}
		assert.Equal(t, want, table.find(line), line)
		assert.Equal(t, want, table.kinds(line) == promptSignup, line)
	}
}

// TestPhraseAnchorsEveryPlace checks that the tables the finders use
// find each of their phrases at every place of a line, against the
// stride of their scans, in lower, upper and title case and at the
// line's ends, and find no phrase in a line that lacks its last byte.
func TestPhraseAnchorsEveryPlace(t *testing.T) {
	for _, table := range []*phraseAnchors{consentAnchors, promptAnchors} {
		require.GreaterOrEqual(t, table.step, 1)
		phrases, exact := map[string]bool{}, map[string]bool{}
		for _, group := range table.by {
			for _, a := range group {
				phrases[a.phrase] = true
				exact[a.phrase] = a.exact
			}
		}
		for ph := range phrases {
			forms := []string{ph, strings.ToUpper(ph), strings.ToUpper(ph[:1]) + ph[1:]}
			if exact[ph] {
				forms = forms[:1] // matched as printed only
				assert.False(t, table.find(strings.ToLower(ph)), ph)
			}
			for _, form := range forms {
				for pad := range 2*table.step + 1 {
					line := strings.Repeat("x", pad) + form
					assert.True(t, table.find(line), line)
					assert.True(t, table.find(line+" tail"), line)
					assert.NotZero(t, table.scan(line+".", true), line)
					assert.False(t, table.find(line[:len(line)-1]) && !containsPhraseOf(line[:len(line)-1], phrases), line)
				}
			}
		}
	}
}

// containsPhraseOf reports whether s holds one of phrases in any case.
func containsPhraseOf(s string, phrases map[string]bool) bool {
	for p := range phrases {
		if strings.Contains(strings.ToLower(s), p) {
			return true
		}
	}
	return false
}

// TestAppendLower checks appendLower against strings.ToLower on words
// of every length around the eight bytes it lower-cases at once, with
// the capitals' neighbours in ASCII ("@", "[") and bytes past ASCII.
func TestAppendLower(t *testing.T) {
	for _, w := range []string{
		"", "A", "By", "AUTHOR", "Author:", "@[`{AZaz09", "Written-By-Jane-Doe", "ZZZZZZZZZZZZZZZZZ",
		"Déjà Vu", "KOLUMNE VON", "Ärzte", "abcdefgÄ", "ABCDEFGHIJKLMNOPé", "\x7fABC",
	} {
		assert.Equal(t, "x"+strings.ToLower(w), string(appendLower([]byte("x"), w)), w)
	}
}

// TestLowerASCIIBytes checks lowerASCIIBytes against lowerASCII byte by
// byte, on every byte value in each of the eight places of a word.
func TestLowerASCIIBytes(t *testing.T) {
	for c := range 256 {
		for at := range 9 {
			b := []byte("AbC@[Z{`xY")
			b[at] = byte(c)
			want := make([]byte, len(b))
			for i := range b {
				want[i] = lowerASCII(b[i])
			}
			lowerASCIIBytes(b)
			assert.Equal(t, want, b, "byte %#x at %d", c, at)
		}
	}
}

func TestIsBareAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"https://www.example.com/news/markets-2023-070000949.html": true,
		"http://example.org/about/":                                true,
		"www.example.de":                                           true,
		// an address in a sentence, or after a label
		"Website: https://www.example.gov":                       false,
		"https://example.org has the rules for the competition.": false,
		"www. is what the old addresses opened with":             false,
		"hello": false,
	} {
		assert.Equal(t, want, isBareAddress(s), "%q", s)
	}
}

func TestIsRelatedTeaser(t *testing.T) {
	for s, want := range map[string]bool{
		"Related: Why Does Your Business Need Local SEO Services?":   true,
		"READ MORE: Will AI Eliminate the College Admissions Essay?": true,
		"Also Read: What Is App Testing?":                            true,
		// A French label sets a space before its colon, which the rule does
		// not read (the French pages seen set related links in boxes), and
		// a French headline opens with a capital, which this one does not.
		"Lire aussi : la réforme des retraites":                                                  false,
		"Lire aussi : La réforme des retraites":                                                  false,
		"Mehr zum Thema: Die Bahn streicht Verbindungen":                                         true,
		"Related: Our free weekly newsletter alerts you to what research says about classrooms.": true,
		// a label alone, prose that opens with the words, a label without its colon
		"Related:":  false,
		"Read more": false,
		"Related research shows the effect is small: about 2 percent.":      false,
		"Read more books: that was the advice the teacher gave her pupils.": false,
		"Related costs: $400 for the permit and $1,200 for the inspection.": false,
		// a label before prose, not before a headline
		"Related: Prosecutors had charged two other men in the case last year, court records show, and both pleaded guilty": false,
		"Related: the council had rejected a similar proposal in 2019, when fees rose by five percent.":                     false,
		"Read more: the full report runs to 300 pages and is available at the library.":                                     false,
		// a label before a sentence that ends on who reported it
		"Related: The council had rejected a similar proposal in 2019, officials said.":         false,
		"Related: Prosecutors charged two other men in the case last year, court records show.": false,
		"Related: Rates Will Stay High, Minister Says":                                          true,
		"Related: Rates will stay high, minister says":                                          true,
	} {
		assert.Equal(t, want, isRelatedTeaser(s), "%q", s)
	}
}

func TestIsMemberNote(t *testing.T) {
	for s, want := range map[string]bool{
		"この記事は会員限定です。":                     true,
		"紙の新聞の定期購読者の方は、無料で会員登録できます。":       true,
		"記事に『リアクション』ができます。ご利用には会員登録が必要です。": true,
		"会員の方のみご利用いただけます。":                 true,
		// a story's sentences about members
		"同社の会員登録数は100万人を超えた。":                false,
		"会員限定のセールは来月まで続く予定だという。":             false,
		"The members-only sale ends in May.": false,
		"新サービスは月額500円で、スマートフォンからも無料で会員登録できます。同社は初年度に10万人の利用を見込んでいる。": false,
		"同社は初年度に10万人の利用を見込んでいる。新サービスはスマートフォンからも無料で会員登録できます。":         false,
		"新サービスは月額500円で、スマートフォンからも無料で会員登録できます。":                       false,
	} {
		assert.Equal(t, want, isMemberNote(s), "%q", s)
	}
}

func TestIsPointerLine(t *testing.T) {
	for s, want := range map[string]bool{
		"Mehr über den Verein lesen Sie hier.":                                                                             true,
		"Lest den Originalartikel auf Englisch hier.":                                                                      true,
		"Den täglichen Newsletter gibt es hier entlang.":                                                                   true,
		"Read more news like this on example.com":                                                                          true,
		"For more stories like this, check our news page.":                                                                 true,
		"Das Urteil lesen Sie hier nicht, denn es ist nicht veröffentlicht.":                                               false,
		"Wir waren schon einmal hier.":                                                                                     false,
		"Fake news like this spread faster than corrections, the study found.":                                             false,
		"For more than a decade, the company has published stories like this one about its founders in its annual report.": false,
		"Das Unternehmen hat inzwischen mehr als 300 Mitarbeiter. Mehr über die Pläne lesen Sie hier.":                     false,
		"Wie es nach der Wahl weitergeht, lesen Sie hier":                                                                  true,
		// the pointer's words in a sentence that reports them
		"For more stories like this, the magazine said it would hire five reporters next year.": false,
		"Read more stories like this one, the publisher urged readers in a letter on Friday.":   false,
	} {
		assert.Equal(t, want, isPointerLine(s), "%q", s)
	}
}

// TestTailOf checks the tail phrases as the walk gives them, trimmed, and
// with the spaces a block may keep at either end: white space of ASCII,
// and of Unicode past it (no-break, ideographic), which the trim must
// read as the bytes past ASCII they are.
func TestTailOf(t *testing.T) {
	for s, want := range map[string]tailKind{
		"Related Links":                        tailRelatedLinks,
		"  Related Links:\n":                   tailRelatedLinks,
		"\u00a0Related Content\u00a0":          tailRelatedContent,
		"Share\u3000":                          tailOther,
		"\tCopyright 2024 Example Media":       tailFooter,
		"© 2024 Example Media":                 tailFooter,
		"Email This Article | Comment On This": tailOther,
		"Related coverage of the vote":         tailNone,
		"YOU MIGHT ALSO LIKE:":                 tailReadNext,
		"Recent Posts":                         tailReadNext,
		"Sharing the load, the crews worked":   tailNone,
		"Re":                                   tailNone,
		" ":                                    tailNone,
		"":                                     tailNone,
	} {
		assert.Equal(t, want, tailOf(s), "%q", s)
	}
}

// TestIsReadNextLabel checks the headings of the boxes of other stories
// against a story's own headings and list items that open with the same
// words.
func TestIsReadNextLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"You may also be interested in the following articles:", true},
		{"You might be interested in", true},
		{"More Articles You Might Enjoy", true},
		{"Other Posts You May Enjoy", true},
		{"Related articles that may interest you", true},
		{"Related Articles from the Example blog:", true},
		{"Recent Blogs", true},
		{"Popular posts", true},
		{"Recommended stories for you", true},
		{"Explore more related content", true},
		{"More from Example", true},
		{"More from the mayor:", false},               // announces a quote
		{"More from the city council meeting", false}, // a subject, not a name
		{"More blog posts", false},                    // an item of a story's list
		{"Other stories", false},
		{"Related risks", false},
		{"Recent posts on the forum showed anger", false},
		{"You may also want to bring a jacket", false},
		{"More on the vote", false},
	} {
		lower := strings.TrimRight(strings.ToLower(tc.text), " :.")
		assert.Equal(t, tc.want, opensReadNext(tc.text) && opensReadNext(lower) && isReadNextLabel(lower, tc.text), "%q", tc.text)
	}
}

// TestStoryTail checks that a read-next heading closes a generic story
// only below its text, and is passed over in a table of contents above it.
func TestStoryTail(t *testing.T) {
	long := strings.Repeat("The council voted on the plan after a long debate. ", 4)
	p := &page{blocks: []block{
		{text: "Other Posts You May Enjoy", tail: tailUnknown}, // a contents entry
		{text: long, tail: tailUnknown},
		{text: long, tail: tailUnknown},
		{text: "Other Posts You May Enjoy", tail: tailUnknown},
		{text: "A teaser of another story on the site", nLinks: 1, linkLen: 38, tail: tailUnknown},
	}}
	assert.Equal(t, tailOther, p.storyTail(0, 5, nil))
	assert.Equal(t, tailReadNext, p.storyTail(3, 5, []int32{1, 2}))
	assert.Equal(t, tailOther, p.storyTail(3, 5, nil))
}

// TestStoryTailSubhead checks that a read-next heading over the story's
// own sentences is kept as its subhead, and one over teaser cards (a
// title, an excerpt cut short, a linked line) still closes the story.
func TestStoryTailSubhead(t *testing.T) {
	long := strings.Repeat("The council voted on the plan after a long debate. ", 6)
	story := &page{blocks: []block{
		{text: long, tail: tailUnknown},
		{text: "More from Davos", heading: 2, tail: tailUnknown},
		{text: "World leaders gathered in the Swiss resort for the annual meeting on Wednesday.", tail: tailUnknown},
		{text: "Another member, Tom Fry, said he would vote for it.", tail: tailUnknown},
	}}
	assert.Equal(t, tailNone, story.storyTail(1, 4, []int32{0}))
	cards := &page{blocks: []block{
		{text: long, tail: tailUnknown},
		{text: "Recommended Reading", heading: 2, tail: tailUnknown},
		{text: "How to Do Your Taxes", heading: 3, tail: tailUnknown},
		{text: "Taxes don't need to be scary. Learn how to do them yourself.", tail: tailUnknown},
		{text: "According to the report, the top ten companies are...", tail: tailUnknown},
		{text: "Bridge repairs to start in spring", nLinks: 1, linkLen: 33, tail: tailUnknown},
	}}
	assert.Equal(t, tailReadNext, cards.storyTail(1, 6, []int32{0}))
}

// TestIsCutExcerpt checks a teaser's excerpt cut short against a story's
// sentences.
func TestIsCutExcerpt(t *testing.T) {
	for text, want := range map[string]bool{
		"According to the report, the top companies are Samsung, LG...": true,
		"The mayor said the plan would go ahead in spring […]":          true,
		"The mayor said the plan would go ahead in spring.":             false,
		"He paused. \"Well\"": false,
	} {
		assert.Equal(t, want, isCutExcerpt(text), "%q", text)
	}
}

// TestQuietestWindow checks the window of ASCII bytes chosen for a
// phrase's keys: the one of the rarest letters, never one that holds a
// byte past ASCII.
func TestQuietestWindow(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		n      int
		want   int
	}{
		{"inbox", 5, 0},                 // the whole phrase
		{"google news", 5, 0},           // "googl", not "e new"
		{"réservé aux abonnés", 5, 11},  // "ux ab", between the "é"s
		{"mailing list", 3, 4},          // "ing", not "ail" or " li"
		{"datenschutzerklärung", 12, 3}, // "enschutzerkl", before the "ä"
	} {
		assert.Equal(t, tc.want, quietestWindow(tc.phrase, tc.n), tc.phrase)
	}
}

// TestIsCreditInParens checks credits in parentheses with the label near
// the opening and past it: a label that opens a credit stands within its
// first maxCreditLead bytes, and one further on is the caption's word.
func TestIsCreditInParens(t *testing.T) {
	for in, want := range map[string]bool{
		"AP Photo/Alex Brandon":                 true,
		"Foto: dpa":                             true,
		"Archivfoto, Foto: dpa":                 true,  // "Foto" at 11
		"Jane Doe, AP Photo/Jacquelyn Martin":   false, // "Photo" at 13, past the lead
		"The mayor and the crowd, Photo: Staff": false,
		"Photo by Jane Doe":                     false,
		"photo":                                 false,
		"":                                      false,
	} {
		assert.Equal(t, want, isCreditInParens(in), "%q", in)
	}
}

// holdsPictureLink must answer as strings.Contains does, wherever the
// link and other slashes stand.
func TestHoldsPictureLink(t *testing.T) {
	for _, s := range []string{
		"", "/", "pic.twitter.com/", "pic.twitter.com", "ic.twitter.com/abc",
		"Rockets hit the city overnight, officials said pic.twitter.com/AbC123xyZ — Reporter (@reporter) May 4, 2023",
		"The 24/7 service and/or the pic.twitter.com/x link", "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s",
		"see pic.twitter.com./ and pic.twitter.co/m", "PIC.TWITTER.COM/upper",
		"pic.twitter.com//double", "xxxxxxxxxxxxxxx/", "Opening line of the story without a link at all.",
	} {
		if got, want := holdsPictureLink(s), strings.Contains(s, embedPictureLink); got != want {
			t.Errorf("holdsPictureLink(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStoryLinesLikePageNotes checks on whole pages that a story's
// sentences opening with the words of a page's note, a widget's message
// or a tag line stay in the body, that a subhead worded like a read-next
// heading does not cut the story short, and that the notes themselves
// still go.
func TestStoryLinesLikePageNotes(t *testing.T) {
	const page = `<!doctype html><html lang="en"><head><title>Council weighs fee rise</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Council weighs fee rise</h1>
<p>The council met on Tuesday to discuss the proposal, which would raise fees for residents by ten percent over two years.</p>
<p>Officials said the money would go toward repairing roads and bridges that have fallen into disrepair since the last major investment.</p>
%s
<p>Opponents argued that the increase would hurt families already struggling with the rising cost of living in the region.</p>
<p>A final vote is expected next month after a series of public hearings across the county's five districts.</p>
%s
</article><footer>Copyright 2024 Example News</footer></body></html>`
	for _, tc := range []struct {
		middle, end string
		want        []string // lines the body must hold
		gone        string   // a line it must not
	}{
		{middle: "<p>This article is more than 100 years old, the archivist said, holding up the yellowed front page.</p>",
			want: []string{"This article is more than 100 years old, the archivist said, holding up the yellowed front page."}},
		{middle: "<p>Sorry, but the money is not available, Mayor Jane Brown told the meeting.</p>",
			want: []string{"Sorry, but the money is not available, Mayor Jane Brown told the meeting."}},
		{middle: "<p>Oops, something went wrong at the polling station in Ward 5, election officials said on Wednesday.</p>",
			want: []string{"Oops, something went wrong at the polling station in Ward 5, election officials said on Wednesday."}},
		{middle: "<p>Categories: Best Picture, Best Director, Best Actress, Best Supporting Actor</p>",
			want: []string{"Categories: Best Picture, Best Director, Best Actress, Best Supporting Actor"}},
		{middle: "<p>Scroll to the right of the old mill stands the church.</p>",
			want: []string{"Scroll to the right of the old mill stands the church."}},
		{end: "<h2>More from the hearing</h2><p>Council member Ann Lee said the plan was unfair to renters.</p><p>Another member, Tom Fry, said he would vote for it.</p>",
			want: []string{"More from the hearing", "Council member Ann Lee said the plan was unfair to renters.", "Another member, Tom Fry, said he would vote for it."}},
		{end: "<h2>Similar stories</h2><p>Similar stories have played out in three nearby counties this year, officials said.</p>",
			want: []string{"Similar stories have played out in three nearby counties this year, officials said."}},
		// The notes themselves still go.
		{middle: "<p>We're sorry. It looks like this option is not available in your browser.</p>",
			gone: "We're sorry. It looks like this option is not available in your browser."},
		{middle: "<p>This post is over 3 years old.</p>", gone: "This post is over 3 years old."},
	} {
		a, err := Parse(strings.NewReader(fmt.Sprintf(page, tc.middle, tc.end)))
		require.NoError(t, err, tc.middle+tc.end)
		assert.Contains(t, a.Body, "A final vote is expected next month after a series of public hearings across the county's five districts.")
		for _, w := range tc.want {
			assert.Contains(t, a.Body, w)
		}
		if tc.gone != "" {
			assert.NotContains(t, a.Body, tc.gone)
		}
	}
}

// A government banner's lines leave the body only as a group: a story
// quotes one alone, or sets it as a heading.
func TestIsGovBannerLine(t *testing.T) {
	story := "The state opened a new portal for licence renewals on Monday, officials said."
	for _, c := range []struct {
		name  string
		lines []block
		at    int
		want  bool
	}{
		{"the banner's lines together", []block{{text: "An official website of the United States government"}, {text: "Here's how you know"}, {text: story}}, 0, true},
		{"the banner's second line", []block{{text: "An official website of the United States government"}, {text: "Here's how you know"}, {text: story}}, 1, true},
		{"one line quoted alone", []block{{text: story}, {text: "An official website of the United States government"}, {text: story}}, 1, false},
		{"a subhead", []block{{text: story}, {text: "Here's how you know", heading: 2}, {text: "Official websites use .gov"}}, 1, false},
		{"a heading over a story's line", []block{{text: "An official website of the State of Georgia", heading: 3}, {text: story}}, 0, false},
	} {
		p := &page{blocks: c.lines}
		assert.Equal(t, c.want, p.isGovBannerLine(c.at, 0, len(c.lines)), c.name)
	}
}

// Each tail phrase is found by tailOf in any case, with the punctuation
// it may close on: the length table that spares most lines the look-up
// holds every phrase.
func TestTailPhrasesFound(t *testing.T) {
	for ph, k := range tailPhrases {
		for _, s := range []string{ph, strings.ToUpper(ph), strings.ToUpper(ph[:1]) + ph[1:] + ":", ph + " ..."} {
			assert.Equal(t, k, tailOf(s), "%q", s)
		}
	}
}

// slotKindOf compares an ASCII word in place with the few slot words of
// its letter; it answers as the folded comparison with every list does,
// for the words themselves, their prefixes' runs and words near them.
func TestSlotKindOf(t *testing.T) {
	words := []string{"Ad", "ADS", "adverts", "Advertisement", "Anzeige", "WERBUNG", "publicidad", "Reklame", "annonse",
		"Video", "videos", "PLAYER", "players", "Continue", "continues", "CONTINU", "contin", "Below", "SCROLL", "scrolls",
		"weiter", "Weiterlesen", "NOT", "nothing", "t", "T", "failed", "fail", "Load", "loaded", "LOADING", "loads", "lo",
		"the", "story", "a", "was", "publicité", "PUBLICITÉ", "Ünloaded"}
	for _, w := range words {
		assert.Equal(t, slotKindFold(w), slotKindOf(w), w)
	}
}

// mayHoldSlotVerb finds each key of the slot notes' verbs in any case at
// every place of lines of every length around its eight-byte steps, and
// each verb holds its key.
func TestMayHoldSlotVerb(t *testing.T) {
	for _, w := range append(append(slices.Clone(goesOnWords), loadWords...), "weiter") {
		held := false
		for _, k := range slotVerbKeys {
			held = held || strings.Contains(w, k)
		}
		assert.True(t, held, w)
	}
	for _, k := range slotVerbKeys {
		for _, key := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			for n := 3; n <= 30; n++ {
				for at := 0; at+3 <= n; at++ {
					s := strings.Repeat("x", at) + key + strings.Repeat("é", n)[:n-at-3]
					assert.True(t, mayHoldSlotVerb(s), "%q", s)
				}
			}
		}
	}
	for _, s := range []string{"The council voted on the plan after a long debate.", "Advertisement", "short", "Der Rat stimmte dem Plan zu."} {
		assert.False(t, mayHoldSlotVerb(s), s)
	}
}

// indexInitial's byte searches answer as the loop that lower-cases each
// byte: wordIndexFold and containsFold against plain searches, for subs
// at every place of lines in either case, and subs that do not fit.
func TestFoldSearches(t *testing.T) {
	naiveWord := func(s, sub string) int {
		for i := 0; i+len(sub) <= len(s); i++ {
			if lowerASCII(s[i]) == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) && (i == 0 || !isWordByte(lowerASCII(s[i-1]))) {
				return i
			}
		}
		return -1
	}
	lines := []string{"", "p", "Pin it", "pin", "Spin the PIN for later", "happy Pin for later", "PIN FOR LATER", "a pin", "Javascript is off; enable JavaScript",
		"this post is 3 Years Old", "ÜberPin pin", "Datenschutzerklärung", "foto: dpa", "(Foto/dpa)", "x", "ab"}
	for _, s := range lines {
		for _, sub := range []string{"pin ", "pin", "javascript", "years old", "foto", "p", "ab", "x", "1x"} {
			assert.Equal(t, naiveWord(s, sub), wordIndexFold(s, sub), "%q in %q", sub, s)
			assert.Equal(t, naiveContainsFold(s, sub), containsFold(s, sub), "%q in %q", sub, s)
		}
	}
}

// naiveContainsFold is containsFold as a loop over every byte.
func naiveContainsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerASCII(s[i]) == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// trimNoiseEdges trims as strings.Trim does with its cutset, past ASCII
// and on broken UTF-8 too, and isNoise finds every phrase trimmed so.
func TestTrimNoiseEdges(t *testing.T) {
	for _, s := range []string{"", " ", "…", "……", "Read more …", "[Advertisement]", "(Photo)", "- Close -", "…x…", "\xe2\x80", "a\xe2\x80", "\xe2\x80\xa6\xe2", "Ähnliche:", "…Ähnliche…", ".:-"} {
		assert.Equal(t, strings.Trim(s, " .:-…[]()"), trimNoiseEdges(s), "%q", s)
	}
	for ph := range noisePhrases {
		for _, s := range []string{ph, strings.ToUpper(ph), "[" + ph + "]", ph + " …", "- " + ph + ":"} {
			assert.True(t, isNoise(s), "%q", s)
		}
	}
}

// The tables filed by first letter hold a bit for each entry: they fit
// the words their bits are kept in.
func TestLetterTablesFit(t *testing.T) {
	assert.LessOrEqual(t, len(tailPrefixes), 16)
	assert.LessOrEqual(t, len(readerNotes), 32)
	assert.LessOrEqual(t, len(slotWords), 32)
	assert.LessOrEqual(t, len(shareHosts), 32) // shareHostsByDot's bits
	for _, words := range []map[string]bool{byWords, bylineLabels} {
		for w := range words {
			assert.LessOrEqual(t, len(w), maxCreditWordLen, w) // creditWordShapes' rows
		}
	}
	for ph := range noisePhrases {
		assert.Less(t, len(ph), 64, ph)
	}
}

// TestIsNoiseAtKeepsVerdicts checks isNoiseAt, which keeps its verdicts
// for the blocks of its memo, against isNoise on every block of a page
// longer than the memo, asked in an order that starts inside the page,
// goes back before the memo's first block and asks each block twice.
func TestIsNoiseAtKeepsVerdicts(t *testing.T) {
	lines := []string{
		"Advertisement", "Read more", "The council approved the harbour plan on Tuesday after a long debate.",
		"Sign up for our newsletter to get the latest news delivered to your inbox", "pic.twitter.com/abc123",
		"Lesezeit: 3 Min.", "She said the plan would cost less than the bridge it replaces.", "Share",
	}
	var body strings.Builder
	for i := range 100 {
		fmt.Fprintf(&body, "<p>%s</p>", lines[i%len(lines)])
	}
	doc, err := parseHTML(strings.NewReader("<html><body>"+body.String()+"</body></html>"), DefaultMaxBytes)
	require.NoError(t, err)
	p := walkPage(doc)
	defer p.release()
	require.Greater(t, len(p.blocks), 64+10)
	order := []int{}
	for i := 10; i < len(p.blocks); i++ {
		order = append(order, i)
	}
	for i := range 10 {
		order = append(order, i)
	}
	for range 2 {
		for _, i := range order {
			assert.Equal(t, isNoise(p.blocks[i].text), p.isNoiseAt(i), "block %d: %q", i, p.blocks[i].text)
		}
	}
}

// TestTrimSpace checks trimSpace against strings.TrimSpace on lines that
// open and end with ASCII white space, spaces of Unicode (no-break, em,
// ideographic, NEL), other runes past ASCII, invalid bytes and nothing.
func TestTrimSpace(t *testing.T) {
	edges := []string{"", " ", "\t\n", "\u00a0", "\u2003 ", "\u3000", "\u0085", "«", "”", "\xc2", "\xe2\x80", "\xff", "a", " \u00a0x", "\u200b"}
	for _, l := range edges {
		for _, r := range edges {
			for _, mid := range []string{"", "Wir haben", " x ", "\u00a0"} {
				s := l + mid + r
				assert.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
			}
		}
	}
}

// TestAnchorGramsWidths checks the search by four-byte grams (as
// consentAnchors files its phrases) against the search by three and a
// plain search, on lines that hold a phrase at each of its places, in
// any case, or hold only part of one, at the line's start and end.
func TestAnchorGramsWidths(t *testing.T) {
	phrases := []string{"our privacy policy", "accept cookies", "externen inhalt", "subscribers only"}
	three, four := anchorGrams(phrases, nil, 3), anchorGrams(phrases, nil, 4)
	require.Equal(t, 11, four.step)
	for _, ph := range phrases {
		for _, form := range []string{ph, strings.ToUpper(ph), ph[:len(ph)-1], ph[1:]} {
			for pad := range 2*four.step + 1 {
				for _, line := range []string{strings.Repeat("y", pad) + form, strings.Repeat("y", pad) + form + " and more"} {
					want := containsPhraseOf(line, map[string]bool{phrases[0]: true, phrases[1]: true, phrases[2]: true, phrases[3]: true})
					assert.Equal(t, want, four.find(line), line)
					assert.Equal(t, want, three.find(line), line)
				}
			}
		}
	}
}

// TestMayEndNameSeesEveryEnd pins what isChromeName's eight-byte skip
// relies on: every byte nameBytes ends a name on (white space, a byte
// past ASCII) is one mayEndName sees, at any of the eight places, among
// any bytes that end none; a byte it reports wrongly only costs the
// byte-by-byte loop.
func TestMayEndNameSeesEveryEnd(t *testing.T) {
	for c := range 256 {
		if nameBytes[c]&(byteSpace|byteHigh) == 0 {
			continue
		}
		for fill := range 256 {
			if nameBytes[fill]&(byteSpace|byteHigh) != 0 {
				continue
			}
			for at := range 8 {
				b := bytes.Repeat([]byte{byte(fill)}, 8)
				b[at] = byte(c)
				require.True(t, mayEndName(load64(string(b), 0)), "%q", b)
			}
		}
	}
}

// TestTailPhrasePrefixCase pins tailPhrase's fifth-byte gate against the
// case of the line: a prefix is matched in any case, so the gate must
// read the fifth byte lower-cased, as hasLowerPrefix does.
func TestTailPhrasePrefixCase(t *testing.T) {
	long := " " + strings.Repeat("and more of the line ", 4)
	for _, p := range tailPrefixes {
		title := strings.ToUpper(p.prefix[:1]) + p.prefix[1:]
		if p.prefix[0] >= utf8.RuneSelf {
			title = p.prefix
		}
		for _, line := range []string{p.prefix + long, strings.ToUpper(p.prefix) + long, title + long} {
			assert.Equal(t, p.kind, tailPhrase(line), "%q", line)
		}
	}
}

// TestConsentAnchorsStride pins the stride maxGramStep's comment counts
// on: a consent phrase shorter than "accept cookies" keeps the search
// exact (TestPhraseAnchorsEveryPlace) but makes the scan of the long
// paragraphs slower; update the comment, or keep the phrase out.
func TestConsentAnchorsStride(t *testing.T) {
	assert.Equal(t, 4, consentAnchors.gram)
	assert.Equal(t, 11, consentAnchors.step)
}

// endsWithProseWord spares endsWithByCredit its search only where the
// search finds no credit: every label holds a space, and a text that
// ends on a lower-case word that joins no names closes with no credit,
// whatever label stands before it or how the two are glued.
func TestEndsWithProseWordGate(t *testing.T) {
	for _, l := range byCreditLabels {
		assert.Contains(t, l, " ", l)
	}
	for s, want := range map[string]bool{
		"The council met on Monday, the mayor said.": true,
		"the end":                 true,
		"Photo by Jane Doe.":      false,
		"Photo by Jane and":       false, // a joiner
		"He went to Paris.":       false,
		"It cost 40.":             false,
		"Trailing space. ":        false,
		".":                       false,
		"":                        false,
		"Photo by jane doe.":      true,
		"words and «quoted».":     false,
		"Photo by:doe.":           false,
		"Photo credit.":           true, // the label ends in the word: no credit after it
		"Photo by Jane Doe-smith": false,
	} {
		assert.Equal(t, want, endsWithProseWord(s), "%q", s)
	}
	var credits []string
	for _, l := range byCreditLabels {
		for _, sep := range []string{"", ". ", " | ", " — "} {
			for _, glue := range []string{" ", ":", ": ", ".", " :", ""} {
				for _, c := range []string{"jane doe.", "Jane doe", "doe", "by", "the said.", ".", "x", "Jane von", "JANE doe."} {
					credits = append(credits, "Sunset over the bay"+sep+l+glue+c, l+glue+c)
				}
			}
		}
	}
	for _, s := range credits {
		if endsWithProseWord(s) {
			// What the search would find past the gate: no credit.
			from := max(0, len(s)-maxCredit-len("Photo courtesy of: "))
			for at := from; at < len(s); at++ {
				if s[at] == 'P' || s[at] == 'I' {
					assert.False(t, isByCreditAt(s, at), "%q", s)
				}
			}
		}
	}
}

// endsWithProseWord looks the last word up among the nameJoiners only
// when it is short enough to be one.
func TestNameJoinersAreShort(t *testing.T) {
	for _, w := range nameJoiners {
		assert.LessOrEqual(t, len(w), 3, w)
	}
}

// endsWithMinutes' gate of the last two bytes answers as the comparisons
// it stands for.
func TestMinutesGate(t *testing.T) {
	for _, s := range []string{"5 minutes", "5 MINUTES", "5 Minute", "3 mins", "3 min", "3 MIN", "news", "time", "n", "", "in", "5 min.", "4 minuteſ", "Lesezeit: 3 Min"} {
		want := false
		for _, unit := range []string{"minutes", "minute", "mins", "min"} {
			if len(s) >= len(unit) && strings.EqualFold(s[len(s)-len(unit):], unit) {
				rest := strings.TrimRight(s[:len(s)-len(unit)], " -")
				want = rest != "" && isDigit(rest[len(rest)-1])
				break
			}
		}
		assert.Equal(t, want, endsWithMinutes(s), "%q", s)
	}
}
