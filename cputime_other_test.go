//go:build !unix

package newswire

import "time"

// cpuTime cannot be read here: BenchmarkRatio reports wall time alone.
func cpuTime() (time.Duration, bool) { return 0, false }
