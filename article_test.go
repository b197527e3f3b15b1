package newswire

import (
	"encoding"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	_ encoding.TextMarshaler   = Date{}
	_ encoding.TextUnmarshaler = (*Date)(nil)
)

func TestDateTime(t *testing.T) {
	assert.True(t, Date{}.Time().IsZero(), "the zero Date is no time")
	assert.Equal(t, time.Date(2023, 12, 18, 0, 0, 0, 0, time.UTC), Date{2023, 12, 18}.Time())
}

func TestDateText(t *testing.T) {
	for _, d := range []Date{{2023, 12, 18}, {1, 1, 1}, {9999, 12, 31}, {2024, 2, 29}, {}} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, d.String(), string(b))
		var back Date
		require.NoError(t, back.UnmarshalText(b), string(b))
		assert.Equal(t, d, back)
	}
	for _, bad := range []string{"2023-02-30", "2023-13-01", "0000-01-01", "18 Dec 2023", "2023-12-18T00:00:00Z", " 2023-12-18"} {
		d := Date{2020, 1, 1}
		assert.Error(t, d.UnmarshalText([]byte(bad)), bad)
		assert.Equal(t, Date{2020, 1, 1}, d, "a failed decode leaves the Date alone: %s", bad)
	}
	// As a map key in JSON, which only text marshalers can be.
	counts := map[Date]int{{2023, 12, 18}: 2, {2024, 1, 5}: 1}
	b, err := json.Marshal(counts)
	require.NoError(t, err)
	assert.JSONEq(t, `{"2023-12-18":2,"2024-01-05":1}`, string(b))
	var back map[Date]int
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, counts, back)
	// JSON values keep their string form, and null leaves the Date alone.
	var v struct{ D Date }
	require.NoError(t, json.Unmarshal([]byte(`{"D":"2023-12-18"}`), &v))
	assert.Equal(t, Date{2023, 12, 18}, v.D)
	require.NoError(t, json.Unmarshal([]byte(`{"D":null}`), &v))
	assert.Equal(t, Date{2023, 12, 18}, v.D)
	assert.Error(t, json.Unmarshal([]byte(`{"D":"2023-02-30"}`), &v))
}
