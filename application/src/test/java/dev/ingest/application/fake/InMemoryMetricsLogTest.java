package dev.ingest.application.fake;

import dev.ingest.application.contract.MetricsLogContract;
import dev.ingest.application.ingest.port.out.MetricsLog;
import java.util.List;

class InMemoryMetricsLogTest extends MetricsLogContract {

    private final InMemoryMetricsLog log = new InMemoryMetricsLog();

    @Override
    protected MetricsLog log() {
        return log;
    }

    @Override
    protected List<ShownBatch> recorded() {
        return log.batches().stream().map(ShownBatch::of).toList();
    }
}
