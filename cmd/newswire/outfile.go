package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// An outFile is the -o file. It is written under a temporary name in the
// same folder and takes its name only when the run is done, so that an input
// of the same name is read whole first, and a run that fails to write or is
// interrupted leaves the old file (or none) rather than a half-written one.
// A name that is not a regular file (/dev/null, a named pipe) is written
// directly.
type outFile struct {
	*os.File
	name   string
	mode   fs.FileMode
	direct bool // written in place: not a regular file
}

// createOutFile starts the -o file name.
func createOutFile(name string) (*outFile, error) {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		if fi.IsDir() {
			return nil, fmt.Errorf("-o %s: is a folder", name)
		}
		if !fi.Mode().IsRegular() {
			f, err := os.OpenFile(name, os.O_WRONLY, 0)
			if err != nil {
				return nil, fmt.Errorf("-o %s: %w", name, pathErr(err))
			}
			return &outFile{File: f, name: name, direct: true}, nil
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("-o %s: %w", name, pathErr(err))
	}
	return &outFile{File: f, name: name, mode: mode}, nil
}

// pathErr returns the cause of an *fs.PathError, whose path and operation
// the message says already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// commit gives the written file its name.
func (o *outFile) commit() error {
	if o.direct {
		return o.Close()
	}
	err := o.Chmod(o.mode)
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.File.Name(), o.name)
	}
	if err != nil {
		os.Remove(o.File.Name())
		return fmt.Errorf("-o %s: %w", o.name, err)
	}
	return nil
}

// abort drops the written file, leaving whatever had the name before.
func (o *outFile) abort() {
	o.Close()
	if !o.direct {
		os.Remove(o.File.Name())
	}
}

// sameFile reports whether the paths a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
