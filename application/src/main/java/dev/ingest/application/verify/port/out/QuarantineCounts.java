package dev.ingest.application.verify.port.out;

import dev.ingest.domain.batch.BatchKey;

/** How many rejected records the quarantine holds for a batch. */
@FunctionalInterface
public interface QuarantineCounts {

    /** The number of quarantined records kept for this batch; zero when it has none. */
    long count(BatchKey key);
}
