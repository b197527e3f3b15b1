//go:build unix

package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
)

// lookahead is how many records past the last page emitted the reader may
// need before it emits the next one.
const lookahead = 2

// TestReadPagesStreams feeds a WARC file through a named pipe, writing a
// record only once the reader has emitted the page lookahead records before
// it: a reader that held the file, or more than a few records of it, before
// emitting would never see the end and the test would time out.
func TestReadPagesStreams(t *testing.T) {
	articles, _ := fixtures(t)
	var recs []warcRecord
	for range 4 { // more records than any buffer holds
		for _, f := range articles {
			recs = append(recs, htmlResponse(f.target, 200, f.body))
		}
	}
	encoded := encodeRecords(t, recs, true)

	fifo := filepath.Join(t.TempDir(), "stream.warc.gz")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	emitted := make(chan struct{}, len(recs))
	writeErr := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			writeErr <- err
			return
		}
		defer w.Close()
		for i, rec := range encoded {
			if i >= lookahead {
				select {
				case <-emitted:
				case <-time.After(20 * time.Second):
					writeErr <- errStalled(i)
					return
				}
			}
			if _, err := w.Write(rec); err != nil {
				writeErr <- err
				return
			}
		}
		writeErr <- nil
	}()

	fn := &readPagesFn{MaxBytes: testMaxBytes}
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: fifo}}
	rt := sdf.NewLockRTracker(offsetrange.NewTracker(fn.CreateInitialRestriction(file)))
	var pages []Page
	err := fn.ProcessElement(context.Background(), rt, file, func(p Page) {
		pages = append(pages, p)
		emitted <- struct{}{}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := <-writeErr; err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(recs) {
		t.Fatalf("emitted %d pages of %d records", len(pages), len(recs))
	}
	for i, p := range pages {
		if p.Err != "" || p.TargetURI != recs[i].target || len(p.Body) == 0 {
			t.Errorf("page %d: %q %q %d bytes, want the record of %s", i, p.Err, p.TargetURI, len(p.Body), recs[i].target)
		}
	}
}

type errStalled int

func (e errStalled) Error() string {
	return fmt.Sprintf("the reader emitted nothing while record %d waited: it does not stream", int(e))
}
