package dev.ingest.adapter.spark.source;

import org.apache.spark.sql.connector.read.InputPartition;

/**
 * One event file of the landing folder as the source hands it to a batch: one input partition of its own, so that a
 * batch's files spread over the cores (the batch then coalesces them to one partition per core).
 *
 * @param path           the file's Hadoop URI, URL-encoded ({@code file:/in/a%20b.csv}): its identity in the
 *                       ledger's per-file rows
 * @param landedAtMillis when it landed: its modification time, or when the stream first saw it if that time is older
 *                       than the listing before (a file moved in with its timestamps kept)
 * @param bytes          its length, for a batch limited by bytes
 */
public record ListedFile(String path, long landedAtMillis, long bytes) implements InputPartition {
}
