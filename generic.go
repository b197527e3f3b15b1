package newswire

// extractGeneric reads a page from outside the SMN family.
func extractGeneric(p *page, a *Article) error {
	return extractLinear(p, a)
}
