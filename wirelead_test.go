package newswire

import (
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
