package dev.ingest.adapter.spark.source;

import java.util.List;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.ReadMaxBytes;
import org.apache.spark.sql.connector.read.streaming.ReadMaxFiles;

/** How many of the waiting files, oldest first, a batch takes under Spark's read limit. */
final class BatchSize {

    private BatchSize() {
    }

    /**
     * At most so many files, or files adding up to at most so many bytes (a larger file alone: a batch takes at least
     * one); every file for any other limit (Spark's {@code Trigger.Once} asks for all).
     */
    static List<ListedFile> take(List<ListedFile> waiting, ReadLimit limit) {
        if (limit instanceof ReadMaxFiles files) {
            return waiting.subList(0, Math.min(waiting.size(), files.maxFiles()));
        }
        if (limit instanceof ReadMaxBytes bytes) {
            long sum = 0;
            int count = 0;
            for (ListedFile file : waiting) {
                if (count > 0 && sum + file.bytes() > bytes.maxBytes()) {
                    break;
                }
                sum += file.bytes();
                count++;
            }
            return waiting.subList(0, count);
        }
        return waiting;
    }
}
