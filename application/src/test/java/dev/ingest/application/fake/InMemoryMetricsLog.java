package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.RecordedBatch;
import java.util.ArrayList;
import java.util.List;

/** Keeps every reported batch for assertions. */
public final class InMemoryMetricsLog implements MetricsLog {

    private final List<RecordedBatch> batches = new ArrayList<>();

    @Override
    public synchronized void record(RecordedBatch batch) {
        batches.add(batch);
    }

    public synchronized List<RecordedBatch> batches() {
        return List.copyOf(batches);
    }
}
