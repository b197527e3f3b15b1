//go:build unix

package newswire

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far, on all its threads
// (the collector's included), or false where it cannot be read. Unlike
// the wall clock it does not run while other processes hold the CPU, which
// on a shared machine is most of the noise in a timing.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
