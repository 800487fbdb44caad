package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.BatchKey;

/** The rejected records, kept per batch so that a replayed batch replaces its rejections instead of repeating them. */
public interface Quarantine {

    /** Removes whatever an earlier, unfinished attempt quarantined for this batch. */
    void discard(BatchKey key);

    /** The writers the executors write this quarantine's rejections through, one per partition. */
    QuarantineWriterFactory writers();
}
