// Package pipeline is newswire as an Apache Beam pipeline: the same pages
// the newswire command reads (WARC files, record by record, and HTML pages,
// plain or gzip-compressed) go through the same reader and parser on any Beam
// runner: Prism in-process, or Dataflow, Flink and Spark.
//
// The pipeline matches input globs, reads every matched file's pages one at
// a time (a WARC file is streamed, never held whole), parses each page and
// writes two sets of sharded JSON Lines files: the articles, each line the
// object the command prints, and the failures, each naming the input, the
// record's target URI and the kind of error. Beam counters in namespace
// "newswire" count the pages and what became of them.
package pipeline
