package dev.ingest.adapter.spark;

import org.apache.spark.network.util.JavaUtils;

/**
 * How much one micro-batch may take from the landing folder: a number of files, or a number of bytes so that a
 * folder of mixed small and huge files gives batches of similar weight. Either way a batch takes at least one file.
 */
public sealed interface BatchLimit {

    /**
     * A byte limit written as Spark writes sizes: a number of bytes, or with a binary unit ({@code 512k}, {@code 256m},
     * {@code 1g}, {@code 2gb}, {@code 1t}).
     *
     * @throws IllegalArgumentException when the text is no such size, or not at least one byte
     */
    public static Bytes bytes(String size) {
        long count;
        try {
            count = JavaUtils.byteStringAsBytes(size.strip());
        } catch (NumberFormatException notASize) {
            throw new IllegalArgumentException("'" + size + "' is not a size (examples: 1048576, 512k, 256m, 1g)");
        }
        return new Bytes(count);
    }

    /** The file source's option that carries the limit. */
    String sparkOption();

    long value();

    /** At most this many files per batch. */
    record Files(int count) implements BatchLimit {
        public Files {
            if (count < 1) {
                throw new IllegalArgumentException("max files per trigger must be at least 1, was " + count);
            }
        }

        @Override
        public String sparkOption() {
            return "maxFilesPerTrigger";
        }

        @Override
        public long value() {
            return count;
        }
    }

    /** Files adding up to at most this many bytes per batch; a larger file makes a batch of its own. */
    record Bytes(long count) implements BatchLimit {
        public Bytes {
            if (count < 1) {
                throw new IllegalArgumentException("max bytes per trigger must be at least 1, was " + count);
            }
        }

        @Override
        public String sparkOption() {
            return "maxBytesPerTrigger";
        }

        @Override
        public long value() {
            return count;
        }
    }
}
