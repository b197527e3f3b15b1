package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// ShardName is the file of shard i of n under prefix, named as Hadoop and
// Beam's other SDKs name theirs so that globs such as PREFIX-*.jsonl work.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeSharded writes the lines of col to n files named by ShardName. A
// line's shard is a hash of the line, so a retried bundle rewrites the same
// file with the same lines and the output does not depend on how the runner
// split the work. A shard that no line hashes to is not written.
//
// textio.Write, by contrast, gathers everything into one file on one worker.
func writeSharded(s beam.Scope, prefix string, n int, col beam.PCollection) {
	s = s.Scope("WriteSharded")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, grouped)
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement returns the line keyed by its shard number.
func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeShardFn writes the lines of one shard to its file, streaming them
// from the group rather than holding them.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes one shard file.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		// Closing commits the file on object stores: its error is the write's.
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	var line string
	for lines(&line) {
		if _, err := w.WriteString(line); err != nil {
			return err
		}
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return w.Flush()
}
