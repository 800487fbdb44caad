package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.RecordedBatch;

/** Where each ingested batch is reported: counts, timings and end-to-end latency. */
public interface MetricsLog {

    void record(RecordedBatch batch);
}
