package dev.ingest.adapter.metrics;

import dev.ingest.application.contract.MetricsLogContract;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.reason.ReasonCode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;

/**
 * The metrics log contract, held by the Prometheus counters and read back by a scraper that scrapes before and after
 * each batch: a batch is what its counters went up by. Counters add batches up, so they name neither stream nor batch;
 * a replay was counted when its batch was committed, so it adds nothing, not even a batch.
 */
class PrometheusBatchMetricsContractTest extends MetricsLogContract {

    private static final String REASON = "ingest_quarantined_total{reason=\"";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PrometheusBatchMetrics metrics = new PrometheusBatchMetrics(registry);
    private final List<ShownBatch> increments = new ArrayList<>();

    @AfterEach
    void close() {
        registry.close();
    }

    @Override
    protected MetricsLog log() {
        return batch -> {
            Map<String, Double> before = scraped();
            metrics.record(batch);
            increments.add(increment(before, scraped()));
        };
    }

    @Override
    protected ShownBatch shown(RecordedBatch batch) {
        ShownBatch counted = ShownBatch.of(batch).withoutStream().withoutBatchId();
        return batch.replay() ? counted.withoutCounts() : counted;
    }

    @Override
    protected List<ShownBatch> recorded() {
        return List.copyOf(increments);
    }

    private static ShownBatch increment(Map<String, Double> before, Map<String, Double> after) {
        Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        after.keySet().stream().filter(sample -> sample.startsWith(REASON)).forEach(sample -> {
            long added = added(before, after, sample);
            if (added > 0) {
                reasons.put(ReasonCode.valueOf(sample.substring(REASON.length(), sample.length() - 2)), added);
            }
        });
        long stored = added(before, after, "ingest_records_total{outcome=\"stored\"}");
        long duplicates = added(before, after, "ingest_records_total{outcome=\"duplicate\"}");
        long quarantined = added(before, after, "ingest_records_total{outcome=\"quarantined\"}");
        BatchOutcome outcome = new BatchOutcome(stored + duplicates + quarantined, stored, duplicates, quarantined,
                reasons);
        boolean noBatchCommitted = added(before, after, "ingest_batches_total") == 0;
        return new ShownBatch(Optional.empty(), OptionalLong.empty(), outcome, noBatchCommitted);
    }

    private static long added(Map<String, Double> before, Map<String, Double> after, String sample) {
        return Math.round(after.getOrDefault(sample, 0.0) - before.getOrDefault(sample, 0.0));
    }

    private Map<String, Double> scraped() {
        return ScrapedSamples.of(registry.scrape());
    }
}
