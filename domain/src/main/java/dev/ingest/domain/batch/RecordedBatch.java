package dev.ingest.domain.batch;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of ingesting one batch, with what the metrics need.
 *
 * @param replay     true when the batch had been committed before and nothing was done
 * @param tally      what the executors saw (empty for a replay)
 * @param processing time spent reading, validating and storing, on the executors
 * @param commit     time spent recording the batch once its partitions were stored
 */
public record RecordedBatch(
        BatchKey key,
        BatchOutcome outcome,
        boolean replay,
        BatchTally tally,
        Instant startedAt,
        Instant committedAt,
        Duration processing,
        Duration commit) {
}
