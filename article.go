// Package newswire turns the raw HTML of a wire-service article page into a
// typed Article: headline, byline and authors, agency, dateline (place,
// agency, date), body paragraphs, sign-off, images with captions and related
// links.
//
// It reads the Space Media Network sites (spacedaily.com, spacewar.com,
// terradaily.com and their siblings) across their template eras, and wire
// stories from other outlets through their metadata and the shape of their
// text. Parse never panics and never touches the network; it is safe for
// concurrent use.
package newswire

import (
	"fmt"
	"strconv"
	"time"
)

// Article is one news story as the page presents it.
//
// Fields hold the page's own words, trimmed and with whitespace collapsed.
// Empty strings and lists are omitted from JSON, except Headline and Body.
type Article struct {
	// URL is the page's absolute address: its canonical URL, or the one given
	// with WithURL.
	URL string `json:"url,omitempty"`
	// Site is the publication's name ("Space Daily", "SpaceWar.com").
	Site string `json:"site,omitempty"`
	// Section is the page's section label ("CYBER WARS").
	Section string `json:"section,omitempty"`
	// Headline is the story's title as printed above it.
	Headline string `json:"headline"`
	// Kicker is the sub-headline printed between headline and byline, if any.
	Kicker string `json:"kicker,omitempty"`
	// Byline is the credit line as printed, without its leading "by".
	Byline string `json:"byline,omitempty"`
	// Authors are the people named in Byline, as written ("Issam AHMED").
	// Desks such as "Staff Writers" are not authors.
	Authors []string `json:"authors,omitempty"`
	// Agency is the wire or desk that filed the story ("AFP", "UPI", "SPX"),
	// as the dateline writes it, or from the byline when there is no dateline.
	Agency string `json:"agency,omitempty"`
	// Dateline is the article's own dateline. It is the zero Dateline when
	// the page has none.
	Dateline Dateline `json:"dateline,omitzero"`
	// Published is the page's publication time from its metadata, if any.
	// It is never derived from the dateline.
	Published time.Time `json:"published,omitzero"`
	// Body holds the story's paragraphs as plain text, in reading order.
	Body []string `json:"body"`
	// Signoff is the trailer that closes wire copy: an AFP slug
	// ("pfc/lb/mtp"), "--IANS ms/vd", "Source: RIA Novosti" and the like.
	Signoff string `json:"signoff,omitempty"`
	// Keywords are the topic labels the page gives the story.
	Keywords []string `json:"keywords,omitempty"`
	// Images are the story's pictures, in page order.
	Images []Image `json:"images,omitempty"`
	// RelatedLinks are the links the page lists as related sources.
	RelatedLinks []Link `json:"related_links,omitempty"`
	// RelatedStories are teasers of other stories the page recommends.
	RelatedStories []RelatedStory `json:"related_stories,omitempty"`
}

// Dateline is the line that opens wire copy, such as
// "Beijing (AFP) Nov 15, 2025" or "CAPE CANAVERAL, Fla. (AP) —".
type Dateline struct {
	// Text is the dateline as printed, trimmed of trailing dashes.
	Text string `json:"text"`
	// Place is where the story was filed ("Beijing", "Jiuquan, China").
	Place string `json:"place,omitempty"`
	// Agency is the wire named in the dateline ("AFP", "RIA Novosti").
	Agency string `json:"agency,omitempty"`
	// Date is the calendar date the dateline states. When the dateline gives
	// a month and day but no year, the year is taken from the page's
	// publication date. It is the zero Date when the dateline has no date.
	Date Date `json:"date,omitzero"`
}

// IsZero reports whether d holds no dateline.
func (d Dateline) IsZero() bool { return d == Dateline{} }

// Image is a picture that belongs to the story.
type Image struct {
	// URL is the image's absolute http(s) address.
	URL string `json:"url"`
	// Caption is the text printed with the image, without its credit.
	Caption string `json:"caption,omitempty"`
	// Credit names the photographer or source ("NASA", "Bill INGALLS / NASA / AFP").
	Credit string `json:"credit,omitempty"`
}

// Link is a hyperlink with its anchor text.
type Link struct {
	// Text is the anchor text.
	Text string `json:"text"`
	// URL is the absolute http(s) target.
	URL string `json:"url"`
}

// RelatedStory is a teaser of another story listed on the page.
type RelatedStory struct {
	// Headline is the teaser's title.
	Headline string `json:"headline"`
	// URL is the absolute address of the story.
	URL string `json:"url,omitempty"`
	// Dateline is the teaser's own dateline, if it shows one.
	Dateline Dateline `json:"dateline,omitzero"`
	// Summary is the teaser text, without "read more".
	Summary string `json:"summary,omitempty"`
}

// Date is a calendar date without a time zone, as datelines state them.
// Its JSON form is "YYYY-MM-DD".
type Date struct {
	Year  int        // the year, 1 to 9999
	Month time.Month // January to December
	Day   int        // the day of the month, from 1
}

// MakeDate returns the Date for year, month and day, and false when they do
// not name a real calendar day (February 30, month 13).
func MakeDate(year int, month time.Month, day int) (Date, bool) {
	if year < 1 || year > 9999 || month < time.January || month > time.December || day < 1 || day > daysIn(year, month) {
		return Date{}, false
	}
	return Date{year, month, day}, true
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real calendar date.
func (d Date) Valid() bool {
	_, ok := MakeDate(d.Year, d.Month, d.Day)
	return ok
}

// String returns d as "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC of d, and the zero time.Time for the zero Date,
// so that "no date" stays "no date" (time.Time.IsZero) through the change.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// MarshalText encodes d as "YYYY-MM-DD", and the zero Date as empty text.
// It makes a Date usable as a map key in JSON, a CSV cell or a flag value.
func (d Date) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText decodes "YYYY-MM-DD"; empty text gives the zero Date. A
// date that is not a real calendar day is an error.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil {
		return fmt.Errorf("newswire: bad date %q: %w", b, err)
	}
	date, ok := MakeDate(t.Year(), t.Month(), t.Day())
	if !ok {
		return fmt.Errorf("newswire: bad date %q: year out of range", b)
	}
	*d = date
	return nil
}

// MarshalJSON encodes d as a "YYYY-MM-DD" string.
func (d Date) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(d.String())), nil
}

// UnmarshalJSON decodes a "YYYY-MM-DD" string; "" and null give the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("newswire: date must be a JSON string: %s", b)
	}
	return d.UnmarshalText([]byte(s))
}
