package dev.ingest.adapter.metrics;

import dev.ingest.application.contract.ProgressBoardContract;
import dev.ingest.application.health.port.out.ProgressBoard;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/**
 * The progress board contract, held by the backlog gauges and read back from a scrape. A driver runs one stream and
 * Prometheus labels each scrape with its target, so the gauges name no stream: what they show is the stream's.
 */
class PrometheusProgressBoardContractTest extends ProgressBoardContract {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PrometheusProgressBoard board = new PrometheusProgressBoard(registry);

    @AfterEach
    void close() {
        registry.close();
    }

    @Override
    protected ProgressBoard board() {
        return board;
    }

    @Override
    protected Optional<Backlog> backlogOf(String streamId) {
        Map<String, Double> samples = ScrapedSamples.of(registry.scrape());
        Double lag = samples.get("ingest_kafka_lag_records");
        Double files = samples.get("ingest_backlog_files");
        Double bytes = samples.get("ingest_backlog_bytes");
        if (lag != null) {
            return Optional.of(Backlog.kafka(lag.longValue()));
        }
        return files == null || bytes == null ? Optional.empty()
                : Optional.of(Backlog.folder(files.longValue(), bytes.longValue()));
    }
}
