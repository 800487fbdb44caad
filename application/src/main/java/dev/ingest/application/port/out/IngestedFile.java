package dev.ingest.application.port.out;

/**
 * One input file of a committed batch, as the store recorded it.
 *
 * @param sourceFile the path exactly as the stream's source named it
 */
public record IngestedFile(long batchId, String sourceFile, long records) {
}
