package newswire

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLaterDateline(t *testing.T) {
	a := &Article{Body: []string{
		"A mother sells bread in Ecatepec, Mexico, Tuesday, April 18, 2023. (AP Photo/Marco Ugarte)",
		"MEXICO CITY (AP) — Mexico's economy grew by 1.1% in the first quarter.",
		"The institute said growth was spurred by industry.",
	}}
	laterDateline(a, time.Time{})
	assert.Equal(t, Dateline{"MEXICO CITY (AP)", "MEXICO CITY", "AP", Date{}}, a.Dateline)
	assert.Equal(t, "AP", a.Agency)
	assert.Equal(t, []string{"Mexico's economy grew by 1.1% in the first quarter.", "The institute said growth was spurred by industry."}, a.Body)

	// An unknown desk in parentheses this far down is an aside.
	b := &Article{Body: []string{"Intro.", "HOUSTON (Space Center) — The team said it would try again."}}
	laterDateline(b, time.Time{})
	assert.True(t, b.Dateline.IsZero())
	assert.Len(t, b.Body, 2)
}

func TestIsLeadFurniture(t *testing.T) {
	const headline = "Campaigns brace for a sprint to Election Day"
	for _, c := range []struct {
		in   string
		want bool
	}{
		{headline, true},
		{"By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX", true},
		{"A supporter cheers at a campaign event, Friday, Aug. 30, 2024, in Johnstown, Pa. (AP Photo/Alex Brandon)", true},
		{"Voters line up before dawn outside a library in Atlanta. (Photo by Jane Roe / AFP)", true},
		// Near misses: story text, even with brackets or a leading "By".
		{"LA CROSSE, Wis. (AP) — After a summer of tumult, the path to the presidency is becoming clearer.", false},
		{"By the end of the week both campaigns will have spent more than they raised in August.", false},
		{"The vote is due in November (the first Tuesday after the first Monday).", false},
	} {
		assert.Equal(t, c.want, isLeadFurniture(c.in, headline), c.in)
	}
}

func TestLaterDatelineBehindGallery(t *testing.T) {
	body := []string{"Campaigns brace for a sprint to Election Day"}
	for i := range 12 {
		body = append(body, fmt.Sprintf("Supporters cheer at rally %d, Friday, Aug. 30, 2024, in Johnstown, Pa. (AP Photo/Alex Brandon)", i))
	}
	body = append(body, "By STEVE PEOPLES and THOMAS BEAUMONT",
		"LA CROSSE, Wis. (AP) — After a summer of historic tumult, the path is becoming clearer.",
		"Both campaigns spent the holiday weekend in the states that will decide the race.")
	a := &Article{Headline: body[0], Body: body}
	laterDateline(a, time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "AP", a.Agency)
	assert.Equal(t, "LA CROSSE, Wis.", a.Dateline.Place)
	assert.Equal(t, "After a summer of historic tumult, the path is becoming clearer.", a.Body[0])

	// Story paragraphs do count: a dateline after six of them is another
	// story's.
	late := make([]string, 0, 8)
	for i := range 6 {
		late = append(late, fmt.Sprintf("Paragraph %d of the story goes on about the campaign and its money.", i))
	}
	late = append(late, "LA CROSSE, Wis. (AP) — A second rally drew a smaller crowd.")
	b := &Article{Body: late}
	laterDateline(b, time.Time{})
	assert.True(t, b.Dateline.IsZero())
}

func TestPlaceAbove(t *testing.T) {
	page := `<html><head><title>Homegrown scooter maker raises funds</title></head><body>
<h1>Homegrown scooter maker raises funds</h1>
<p class="dl">NEW DELHI, Sep 3</p>
<p>(IANS) Homegrown scooter maker Voltara Mobility said on Sunday it had raised Rs 420 crore to expand its plant in Hosur, Tamil Nadu, and would double output by March.</p>
<p>The company said the money came from existing investors and two new funds, and that the expansion would create about 1,200 jobs over the next two years.</p>
<p>Its founder said demand for electric two-wheelers in smaller cities had grown faster than expected this year.</p>
</body></html>`
	a, err := Parse(strings.NewReader(page), WithFetchTime(time.Date(2023, 9, 4, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	assert.Equal(t, "NEW DELHI", a.Dateline.Place)
	assert.Equal(t, "IANS", a.Dateline.Agency)
	assert.Equal(t, Date{2023, 9, 3}, a.Dateline.Date)
	assert.True(t, strings.HasPrefix(a.Body[0], "Homegrown scooter maker"), a.Body[0])
}
