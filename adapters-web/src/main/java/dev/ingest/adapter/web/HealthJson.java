package dev.ingest.adapter.web;

import static dev.ingest.adapter.web.ReportJson.object;

import dev.ingest.application.health.port.in.IngestionHealthView;
import dev.ingest.application.health.port.in.IngestionHealthView.StreamStatus;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.StreamProgress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ingestion-health view as JSON: instants ISO-8601 UTC ({@code 2024-03-01T12:00:05Z}), durations in seconds with
 * millisecond precision, {@code null} where there is no value.
 */
final class HealthJson {

    private HealthJson() {
    }

    static Map<String, Object> of(IngestionHealthView view) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        view.quarantinedByReason().forEach((reason, count) -> reasons.put(reason.name(), count));
        return object(
                "shown_at", instant(view.shownAt()),
                "per_minute", view.perMinute().stream().map(minute -> object("minute", instant(minute.minute()),
                        "stored", minute.stored(), "duplicates", minute.duplicates(),
                        "quarantined", minute.quarantined())).toList(),
                "quarantined_by_reason", reasons,
                "batches", view.batches().stream().map(HealthJson::batch).toList(),
                "streams", view.streams().stream().map(HealthJson::stream).toList());
    }

    private static Map<String, Object> batch(BatchHealth batch) {
        return object("stream_id", batch.key().streamId(), "batch_id", batch.key().batchId(),
                "started_at", instant(batch.startedAt()), "committed_at", instant(batch.committedAt()),
                "records_in", batch.outcome().recordsIn(), "stored", batch.outcome().stored(),
                "duplicates", batch.outcome().duplicates(), "quarantined", batch.outcome().quarantined(),
                "duration_seconds", seconds(batch.duration()),
                "latency_p50_seconds", batch.medianLatency().map(HealthJson::seconds).orElse(null),
                "latency_max_seconds", batch.maxLatency().map(HealthJson::seconds).orElse(null));
    }

    private static Map<String, Object> stream(StreamStatus stream) {
        Optional<StreamProgress> progress = stream.progress();
        return object("stream_id", stream.streamId(),
                "last_batch_id", stream.lastBatch().map(batch -> batch.key().batchId()).orElse(null),
                "last_committed_at", stream.lastBatch().map(batch -> instant(batch.committedAt())).orElse(null),
                "seconds_since_last_batch", stream.sinceLastBatch().map(HealthJson::seconds).orElse(null),
                "backlog_files", progress.map(StreamProgress::backlogFiles).orElse(null),
                "backlog_bytes", progress.map(StreamProgress::backlogBytes).orElse(null),
                "kafka_lag", progress.filter(p -> p.kafkaLag().isPresent()).map(p -> p.kafkaLag().getAsLong())
                        .orElse(null),
                "backlog_reported_at", progress.map(p -> instant(p.reportedAt())).orElse(null));
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3);
    }
}
