package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"sync"
	"time"

	"github.com/newswire/newswire/cmd/newswire/pages"
)

// A job is one page to parse, a URL to fetch and parse, or an input that
// failed before it got that far (a missing file, an unreadable folder, a
// broken WARC file).
type job struct {
	seq   int         // position in the output order, set by the batch
	input string      // the input's name, for a URL to fetch
	page  *pages.Page // the page read, or nil
	fetch *url.URL    // the page to fetch, or nil
	err   error       // the failure, an *pages.Error
	note  string      // something to tell that is no failure, such as a skipped file
}

// A result is what became of one job: an output line or a failure.
type result struct {
	seq  int
	line []byte
	err  error
	note string
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
	fetcher   *fetcher
	out       *output
	stderr    io.Writer
	progress  *progress
}

// An outcome is how a batch ended.
type outcome struct {
	ok          bool // every input and page succeeded, and the output was written
	written     bool // the output holds every page that succeeded
	interrupted bool // parent was cancelled before the end
}

// run drives produce to completion, or until parent is cancelled: then it
// stops taking pages, writes out the whole lines it holds and returns at
// once.
func (b *batch) run(parent context.Context, produce func(context.Context, emitFunc)) outcome {
	ctx, cancel := context.WithCancel(parent)
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
			conv := b.out.converter(b.maxBytes)
			for j := range jobs {
				select {
				case results <- b.convert(ctx, conv, j):
				case <-ctx.Done(): // interrupted: nobody reads results
				}
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
		if parent.Err() != nil {
			cancel()
			c.finish()
			return outcome{written: c.writeErr == nil, interrupted: true}
		}
		select {
		case <-parent.Done():
			continue // the check above
		case r, more := <-results:
			if !more {
				c.finish()
				return outcome{ok: c.ok, written: c.writeErr == nil}
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

// convert turns a job into its result; it runs on a worker.
func (b *batch) convert(ctx context.Context, conv *pages.Converter, j job) result {
	r := result{seq: j.seq, err: j.err, note: j.note}
	if r.err != nil || r.note != "" {
		return r
	}
	if err := ctx.Err(); err != nil {
		r.err = err
		return r
	}
	p := j.page
	if j.fetch != nil {
		if p, r.err = b.fetcher.page(ctx, j.input, j.fetch); r.err != nil {
			return r
		}
	}
	r.line, r.err = conv.Convert(p)
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
	if r.note != "" {
		c.progress.clear()
		fmt.Fprintf(c.stderr, "newswire: %s\n", r.note)
		return
	}
	c.progress.count(r.err != nil)
	if r.err != nil {
		c.ok = false
		c.progress.clear()
		fmt.Fprintf(c.stderr, "newswire: %v\n", r.err)
		return
	}
	if err := c.out.write(r.line); err != nil {
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
