package dev.ingest.adapter.spark;

import org.apache.spark.network.util.JavaUtils;

/**
 * How much one micro-batch may take from the landing folder: a number of files, or a number of bytes so that a
 * folder of mixed small and huge files gives batches of similar weight (a larger file makes a batch of its own).
 * Either way a batch takes at least one file.
 *
 * @param sparkOption the file source's option that carries the limit
 */
public record BatchLimit(String sparkOption, long value) {

    /** At most this many files per batch. */
    public static BatchLimit files(int count) {
        return of("maxFilesPerTrigger", count, "files");
    }

    /** Files adding up to at most this many bytes per batch. */
    public static BatchLimit bytes(long count) {
        return of("maxBytesPerTrigger", count, "bytes");
    }

    /**
     * A byte limit written as Spark writes sizes: a number of bytes, or with a binary unit ({@code 512k}, {@code 256m},
     * {@code 1g}, {@code 2gb}, {@code 1t}).
     *
     * @throws IllegalArgumentException when the text is no such size, or not at least one byte
     */
    public static BatchLimit bytes(String size) {
        long count;
        try {
            count = JavaUtils.byteStringAsBytes(size.strip());
        } catch (NumberFormatException notASize) {
            throw new IllegalArgumentException("'" + size + "' is not a size (examples: 1048576, 512k, 256m, 1g)");
        }
        return bytes(count);
    }

    private static BatchLimit of(String sparkOption, long count, String unit) {
        if (count < 1) {
            throw new IllegalArgumentException("max " + unit + " per trigger must be at least 1, was " + count);
        }
        return new BatchLimit(sparkOption, count);
    }
}
