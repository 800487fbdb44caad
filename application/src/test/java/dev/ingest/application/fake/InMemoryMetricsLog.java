package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.IngestedBatch;
import java.util.ArrayList;
import java.util.List;

/** Keeps every reported batch for assertions. */
public final class InMemoryMetricsLog implements MetricsLog {

    private final List<IngestedBatch> batches = new ArrayList<>();

    @Override
    public synchronized void record(IngestedBatch batch) {
        batches.add(batch);
    }

    public synchronized List<IngestedBatch> batches() {
        return List.copyOf(batches);
    }
}
