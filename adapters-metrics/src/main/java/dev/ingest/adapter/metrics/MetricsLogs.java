package dev.ingest.adapter.metrics;

import dev.ingest.application.ingest.port.out.MetricsLog;
import java.util.List;

/** Sends each batch to several metrics logs, in order. */
public final class MetricsLogs {

    private MetricsLogs() {
    }

    public static MetricsLog all(MetricsLog... logs) {
        List<MetricsLog> targets = List.of(logs);
        return batch -> targets.forEach(log -> log.record(batch));
    }
}
