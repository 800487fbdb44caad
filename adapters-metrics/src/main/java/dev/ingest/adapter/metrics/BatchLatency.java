package dev.ingest.adapter.metrics;

import dev.ingest.domain.batch.UnitTally;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * End-to-end latency of one batch: for each of its files, the time from landing (the file's modification time) to
 * the batch's commit; the median by nearest rank, and the maximum.
 */
public record BatchLatency(Duration p50, Duration max) {

    /** Empty when the batch had no files (a replay, for one). */
    public static Optional<BatchLatency> of(List<UnitTally> files, Instant committedAt) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        long[] millis = files.stream()
                .mapToLong(file -> Duration.between(file.landedAt(), committedAt).toMillis())
                .sorted()
                .toArray();
        int medianRank = (millis.length + 1) / 2;
        return Optional.of(new BatchLatency(Duration.ofMillis(millis[medianRank - 1]),
                Duration.ofMillis(millis[millis.length - 1])));
    }
}
