package dev.ingest.application.verify.port.out;

import dev.ingest.domain.batch.OffsetRange;
import java.util.Objects;

/**
 * An offset range a batch stored, whichever stream's, with what became of its messages: records (stored, duplicates,
 * quarantined) and skipped ones (tombstones).
 */
public record RecordedRange(OffsetRange range, String streamId, long batchId, long records, long stored,
        long duplicates, long quarantined, long skipped) {

    public RecordedRange {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(streamId, "streamId");
    }

    /** Every message the batch read in the range. */
    public long messages() {
        return records + skipped;
    }
}
