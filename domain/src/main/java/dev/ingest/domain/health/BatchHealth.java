package dev.ingest.domain.health;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed micro-batch as the dashboard charts it: its outcome, when it started and committed, and how long its
 * files waited from landing to that commit, as the median (interpolated between the two middle files when their
 * number is even) and the longest; both empty for a batch without files.
 */
public record BatchHealth(BatchKey key, BatchOutcome outcome, Instant startedAt, Instant committedAt,
        Optional<Duration> medianLatency, Optional<Duration> maxLatency) {

    public BatchHealth {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(committedAt, "committedAt");
        Objects.requireNonNull(medianLatency, "medianLatency");
        Objects.requireNonNull(maxLatency, "maxLatency");
    }

    /** From the batch's start to its commit. */
    public Duration duration() {
        return Duration.between(startedAt, committedAt);
    }
}
