package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"sync"
	"time"

	"github.com/newswire/newswire"
)

// A job is one page to parse, or an input that failed before it got that far
// (a missing file, an unreadable folder, a broken WARC file).
type job struct {
	seq       int    // position in the output order, set by the batch
	input     string // the input's name as the user knows it
	targetURI string // WARC-Target-URI of a WARC record, else ""
	src       source // where the page's bytes come from; nil when err is set
	err       error
}

// A source yields the bytes of one page and, when known, its address.
type source interface {
	open(ctx context.Context) (io.ReadCloser, *url.URL, error)
}

// A result is what became of one job.
type result struct {
	seq       int
	input     string
	targetURI string
	article   *newswire.Article
	err       error
}

// name is how error messages refer to the page.
func (r *result) name() string {
	if r.targetURI != "" {
		return r.input + ": " + r.targetURI
	}
	return r.input
}

// emitFunc hands a job to the batch. It blocks while the batch is busy and
// reports false once the batch is cancelled; the producer should then stop.
type emitFunc func(job) bool

// A batch parses the jobs a producer emits with a pool of workers and writes
// the results in order (or as they come, when unordered), streaming: at most
// a bounded window of pages is in flight or waiting to be written.
type batch struct {
	workers   int
	unordered bool
	maxBytes  int64
	out       *output
	stderr    io.Writer
	progress  *progress
}

// run drives produce to completion and reports whether every page succeeded.
func (b *batch) run(ctx context.Context, produce func(context.Context, emitFunc)) bool {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// window bounds the jobs between emit and their write: queued, being
	// parsed, or parsed and waiting in the reorder buffer for an earlier one.
	window := max(4*b.workers, 8)
	slots := make(chan struct{}, window)
	jobs := make(chan job, b.workers)
	results := make(chan result, window)

	go func() {
		defer close(jobs)
		seq := 0
		produce(ctx, func(j job) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()

	var wg sync.WaitGroup
	for range b.workers {
		wg.Go(func() {
			for j := range jobs {
				results <- b.parse(ctx, j)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	c := collector{batch: b, ok: true}
	var tick <-chan time.Time
	if b.progress.enabled {
		t := time.NewTicker(progressInterval)
		defer t.Stop()
		tick = t.C
	}
	pending := make(map[int]result) // the reorder buffer
	next := 0
	for {
		select {
		case r, more := <-results:
			if !more {
				c.finish()
				return c.ok
			}
			if b.unordered {
				c.write(r)
				<-slots
			} else {
				pending[r.seq] = r
				for {
					r, ok := pending[next]
					if !ok {
						break
					}
					delete(pending, next)
					next++
					c.write(r)
					<-slots // a written page frees its place in the window
				}
			}
			if len(results) == 0 {
				c.flush()
			}
			if c.writeErr != nil {
				cancel() // stop producing; drain what is in flight
			}
		case <-tick:
			b.progress.draw()
		}
	}
}

// parse turns a job into its result; it runs on a worker.
func (b *batch) parse(ctx context.Context, j job) result {
	r := result{seq: j.seq, input: j.input, targetURI: j.targetURI, err: j.err}
	if r.err != nil {
		return r
	}
	if err := ctx.Err(); err != nil {
		r.err = err
		return r
	}
	rc, base, err := j.src.open(ctx)
	if err != nil {
		r.err = err
		return r
	}
	defer rc.Close()
	r.article, r.err = newswire.Parse(rc, newswire.WithMaxBytes(b.maxBytes), newswire.WithURL(base))
	return r
}

// A collector writes results on the batch's goroutine.
type collector struct {
	*batch
	ok       bool  // no page has failed
	writeErr error // the output failed; later pages are dropped
}

func (c *collector) write(r result) {
	if c.writeErr != nil {
		return // the output is gone; so is the point of reporting more
	}
	c.progress.count(r.err != nil)
	if r.err != nil {
		c.ok = false
		c.progress.clear()
		fmt.Fprintf(c.stderr, "newswire: %s: %v\n", r.name(), cleanError(r.err))
		return
	}
	if err := c.out.write(r); err != nil {
		c.fail(err)
	}
}

func (c *collector) flush() {
	if c.writeErr != nil || !c.out.pending() {
		return
	}
	if c.out.tty {
		c.progress.clear() // the output shares the terminal
	}
	if err := c.out.flush(); err != nil {
		c.fail(err)
	}
}

func (c *collector) fail(err error) {
	c.writeErr = err
	c.ok = false
	c.progress.clear()
	fmt.Fprintf(c.stderr, "newswire: writing output: %v\n", err)
}

func (c *collector) finish() {
	c.flush()
	c.progress.finish()
}
