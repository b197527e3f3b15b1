package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressInterval is how often the progress line is redrawn.
const progressInterval = 200 * time.Millisecond

// progress keeps one status line on a terminal up to date: pages done, pages
// per second and failures, rewritten in place with a carriage return. It is
// silent unless enabled: by -progress, or when not given, by whether
// standard error is a terminal. Only the batch's goroutine uses it.
type progress struct {
	w       io.Writer
	enabled bool
	start   time.Time
	done    int
	failed  int
	shown   bool // the line is on screen
}

// newProgress returns the progress line on w: shown when on says so, or
// when on is nil, when w is a terminal.
func newProgress(w io.Writer, on *bool) *progress {
	enabled := isTerminal(w)
	if on != nil {
		enabled = *on
	}
	return &progress{w: w, enabled: enabled, start: time.Now()}
}

// isTerminal reports whether w is a character device such as a terminal,
// without any dependency beyond os.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// count records one finished page.
func (p *progress) count(failed bool) {
	p.done++
	if failed {
		p.failed++
	}
}

// line returns the status text.
func (p *progress) line() string {
	rate := 0.0
	if s := time.Since(p.start).Seconds(); s > 0 {
		rate = float64(p.done) / s
	}
	return fmt.Sprintf("newswire: %d pages, %.1f pages/s, %d failed", p.done, rate, p.failed)
}

// draw rewrites the status line.
func (p *progress) draw() {
	if !p.enabled {
		return
	}
	// \x1b[K erases what is left of a longer earlier line.
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line())
	p.shown = true
}

// clear takes the status line off the screen so that a message can be
// printed in its place; the next draw puts it back.
func (p *progress) clear() {
	if !p.enabled || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.shown = false
}

// finish draws the final count and ends the line.
func (p *progress) finish() {
	if !p.enabled {
		return
	}
	p.draw()
	fmt.Fprintln(p.w)
}
