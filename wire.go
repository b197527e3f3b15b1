package newswire

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
)

// agencies are the wires and desks whose names appear in datelines, bylines
// and trailers, keyed by the lower-case forms pages write them in; values
// are the short names Article.Agency uses when the name is not taken as
// written from a dateline.
var agencies = map[string]string{
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"ap": "AP", "associated press": "AP", "the associated press": "AP",
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"upi": "UPI", "united press international": "UPI",
	"ians": "IANS", "indo-asian news service": "IANS",
	"spx": "SPX", "ria novosti": "RIA Novosti", "ria": "RIA Novosti", "sputnik": "Sputnik",
	"xinhua": "Xinhua", "yonhap": "Yonhap", "kyodo": "Kyodo", "kyodo news": "Kyodo",
	"tass": "TASS", "itar-tass": "TASS", "interfax": "Interfax",
	"dpa": "dpa", "ani": "ANI", "pti": "PTI", "bernama": "Bernama", "efe": "EFE",
	"ansa": "ANSA", "aap": "AAP", "cna": "CNA", "anadolu": "Anadolu", "aa": "Anadolu",
	"esa": "ESA", "jpl": "JPL", "nasa": "NASA", "cnn": "CNN", "bloomberg": "Bloomberg",
	"jiji": "Jiji", "kyodo news agency": "Kyodo", "rtrs": "Reuters",
	"deutsche presse-agentur": "dpa", "sda": "SDA", "keystone-sda": "SDA", "apa": "APA",
	"anadolu agency": "Anadolu", "anadolu ajansı": "Anadolu",
}

// knownAgency returns the short name of an agency written as s, and
// whether s names one. Regional desk suffixes ("dpa/lno") are allowed.
//
// It is asked of many words and names of a page: s is lower-cased in a
// buffer on the stack, as map look-ups of a converted []byte allocate
// nothing.
func knownAgency(s string) (string, bool) {
	var buf [64]byte
	k := appendLower(buf[:0], strings.TrimSpace(s))
	if a, ok := agencies[string(k)]; ok {
		return a, true
	}
	if i := bytes.IndexByte(k, '/'); i > 0 {
		if a, ok := agencies[string(k[:i])]; ok {
			return a, true
		}
	}
	return "", false
}

// agencyLongNames are the names of more than one word in agencies, longest
// first, so that "the associated press" is tried before "associated press"
// when a byline ends with one.
var agencyLongNames = func() []string {
	var names []string
	for k := range agencies {
		if strings.Contains(k, " ") {
			names = append(names, k)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	return names
}()
