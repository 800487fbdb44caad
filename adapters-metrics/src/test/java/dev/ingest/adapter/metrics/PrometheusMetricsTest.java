package dev.ingest.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.health.StreamProgress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    private static final String VERSION = "1.2.3-test";

    private final PrometheusMetrics metrics = PrometheusMetrics.serve(new InetSocketAddress("127.0.0.1", 0), VERSION);

    @AfterEach
    void stop() {
        metrics.close();
    }

    @Test
    void a_batch_counts_its_records_by_outcome_its_reasons_and_the_retries_of_its_partitions() {
        metrics.metricsLog().record(withStoreRetries(RecordedBatches.committed(), 2));

        assertThat(metrics.scrape()).contains(
                "ingest_records_total{outcome=\"stored\"} 6.0",
                "ingest_records_total{outcome=\"duplicate\"} 1.0",
                "ingest_records_total{outcome=\"quarantined\"} 3.0",
                "ingest_quarantined_total{reason=\"INVALID_PRICE\"} 2.0",
                "ingest_quarantined_total{reason=\"MALFORMED_RECORD\"} 1.0",
                "ingest_batches_total 1.0",
                "ingest_database_retries_total 2.0");
    }

    @Test
    void a_batch_times_itself_and_the_landing_to_commit_of_each_of_its_files() {
        // 400 ms processing + 100 ms commit; files landed 900, 600 and 700 ms before the commit.
        metrics.metricsLog().record(RecordedBatches.committed());

        assertThat(metrics.scrape()).contains(
                "ingest_batch_duration_seconds_count 1",
                "ingest_batch_duration_seconds_sum 0.5",
                "ingest_batch_duration_seconds_bucket{le=\"0.25\"} 0",
                "ingest_batch_duration_seconds_bucket{le=\"0.5\"} 1",
                "ingest_landing_to_commit_seconds_count 3",
                "ingest_landing_to_commit_seconds_sum 2.2",
                "ingest_landing_to_commit_seconds_bucket{le=\"0.5\"} 0",
                "ingest_landing_to_commit_seconds_bucket{le=\"1.0\"} 3",
                "ingest_landing_to_commit_seconds_max 0.9");
    }

    @Test
    void a_kafka_batch_counts_its_tombstones_and_the_offsets_no_batch_read() {
        RecordedBatch file = RecordedBatches.committed();
        UnitTally range = new UnitTally(new OffsetRange("events", 0, 0, 12),
                RecordedBatches.COMMITTED.minusMillis(100), 10, 10, 0,
                0, 2);
        BatchTally tally = BatchTally.ofUnits(List.of(range), Map.of(), StageTimings.NONE).withMissedOffsets(5);

        metrics.metricsLog().record(new RecordedBatch(file.key(), tally.outcome(), false, tally, file.startedAt(),
                file.committedAt(), file.processing(), file.commit()));

        assertThat(metrics.scrape()).contains("ingest_skipped_messages_total 2.0",
                "ingest_kafka_missed_offsets_total 5.0");
    }

    @Test
    void a_replayed_batch_adds_nothing() {
        metrics.metricsLog().record(RecordedBatches.committed());
        metrics.metricsLog().record(RecordedBatches.replayed());

        assertThat(metrics.scrape()).contains("ingest_records_total{outcome=\"stored\"} 6.0", "ingest_batches_total 1.0",
                "ingest_landing_to_commit_seconds_count 3");
    }

    @Test
    void counters_show_zero_before_the_first_batch_and_backlog_gauges_only_once_the_source_told_them() {
        assertThat(metrics.scrape()).contains("ingest_records_total{outcome=\"stored\"} 0.0", "ingest_batches_total 0.0")
                .doesNotContain("ingest_backlog");

        metrics.progressBoard().post(new StreamProgress("s1", AT, 4, 1024, OptionalLong.empty()));
        metrics.progressBoard().post(new StreamProgress("s1", AT, 3, 512, OptionalLong.empty()));

        assertThat(metrics.scrape()).contains("ingest_backlog_files 3.0", "ingest_backlog_bytes 512.0")
                .doesNotContain("ingest_kafka_lag_records");
        metrics.progressBoard().post(new StreamProgress("s2", AT, 0, 0, OptionalLong.of(70)));
        assertThat(metrics.scrape()).contains("ingest_kafka_lag_records 70.0", "ingest_backlog_files 3.0");
    }

    @Test
    void the_driver_jvm_the_process_and_the_build_show_beside_the_pipeline() {
        String scraped = metrics.scrape();

        assertThat(scraped).contains("ingest_build_info{version=\"1.2.3-test\"} 1");
        assertThat(scraped).contains("# TYPE jvm_memory_used_bytes gauge", "jvm_memory_used_bytes{area=\"heap\"",
                "jvm_memory_used_bytes{area=\"nonheap\"", "jvm_gc_memory_allocated_bytes_total ", "jvm_gc_live_data_size_bytes ",
                "jvm_threads_live_threads ",
                "jvm_classes_loaded_classes ", "process_cpu_usage ", "process_cpu_seconds_total ", "system_cpus ", "process_uptime_seconds ",
                "process_files_open_files ", "process_files_max_files ");
    }

    @Test
    void the_endpoint_serves_the_text_format_at_metrics_and_nothing_else() throws Exception {
        metrics.metricsLog().record(RecordedBatches.committed());
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + metrics.address().getPort();

        HttpResponse<String> scrape = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> elsewhere = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(scrape.body()).contains("# TYPE ingest_records_total counter",
                "ingest_records_total{outcome=\"stored\"} 6.0");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    @Test
    void a_port_in_use_fails_with_one_line_naming_it() {
        int taken = metrics.address().getPort();

        assertThatThrownBy(() -> PrometheusMetrics.serve(new InetSocketAddress("127.0.0.1", taken), VERSION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot serve metrics on 127.0.0.1:" + taken + ": ");
    }

    private static RecordedBatch withStoreRetries(RecordedBatch batch, long retries) {
        return new RecordedBatch(batch.key(), batch.outcome(), batch.replay(), batch.tally().withStoreRetries(retries),
                batch.startedAt(), batch.committedAt(), batch.processing(), batch.commit());
    }
}
