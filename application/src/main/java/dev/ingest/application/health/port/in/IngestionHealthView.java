package dev.ingest.application.health.port.in;

import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.StreamProgress;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ingestion as the dashboard shows it, at {@code shownAt}: records per minute of commit time (oldest first),
 * quarantined records by reason, the batches charted (oldest first) and every stream's last batch and backlog.
 */
public record IngestionHealthView(Instant shownAt, List<MinuteCounts> perMinute,
        Map<ReasonCode, Long> quarantinedByReason, List<BatchHealth> batches, List<StreamStatus> streams) {

    public IngestionHealthView {
        perMinute = List.copyOf(perMinute);
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(quarantinedByReason);
        quarantinedByReason = Collections.unmodifiableMap(reasons);
        batches = List.copyOf(batches);
        streams = List.copyOf(streams);
    }

    /** The records of the batches committed in one minute (its start, UTC). */
    public record MinuteCounts(Instant minute, long stored, long duplicates, long quarantined) {
    }

    /**
     * One stream: its last committed batch and how long before {@code shownAt} that was, and the backlog it last
     * reported; a stream appears once it has either.
     */
    public record StreamStatus(String streamId, Optional<BatchHealth> lastBatch, Optional<Duration> sinceLastBatch,
            Optional<StreamProgress> progress) {
    }
}
