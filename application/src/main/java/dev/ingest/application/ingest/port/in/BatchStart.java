package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.RecordedBatch;
import java.time.Instant;
import java.util.Objects;

/** What {@link IngestBatchUseCase#begin} answers: a batch recorded before, or one to run now. */
public sealed interface BatchStart {

    /** A replay: the batch was recorded by an earlier attempt, and this is what it recorded. */
    record Recorded(RecordedBatch batch) implements BatchStart {
        public Recorded {
            Objects.requireNonNull(batch, "batch");
        }
    }

    /**
     * A batch to run: each partition of it through {@code partitions}, then {@link IngestBatchUseCase#commit}.
     *
     * @param startedAt when the batch began, from which its processing time counts
     */
    record Begun(BatchKey key, Instant startedAt, PartitionIngestFactory partitions) implements BatchStart {
        public Begun {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(partitions, "partitions");
        }
    }
}
