package io.github.esspetiteenfance.json;

/**
 * The counts of a stream of documents read by {@link EssJsonReader#readLines} or {@link
 * EssJsonReader#readArray}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param read the number of elements (non-blank lines) read
 * @param accepted the number of elements decoded and handed to the caller
 * @param refused the number of elements refused, each reported with its problems
 */
public record JsonStreamSummary(long read, long accepted, long refused) {}
