package dev.ingest.application.port.out;


/** Where each ingested batch is reported: counts, timings and end-to-end latency. */
public interface MetricsLog {

    void record(IngestedBatch batch);
}
