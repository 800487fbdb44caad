package dev.ingest.application.health.usecase;

import dev.ingest.application.health.port.in.IngestionHealthView;
import dev.ingest.application.health.port.in.IngestionHealthView.MinuteCounts;
import dev.ingest.application.health.port.in.IngestionHealthView.StreamStatus;
import dev.ingest.application.health.port.in.ShowIngestionHealthCommand;
import dev.ingest.application.health.port.in.ShowIngestionHealthUseCase;
import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.HealthWindow;
import dev.ingest.domain.health.StreamProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the ingestion-health view from the latest committed batches and the streams' reported backlog. */
public final class ShowIngestionHealthService implements ShowIngestionHealthUseCase {

    /** Enough for a few hours of a stream's batches on a chart, few enough to read again every few seconds. */
    static final int MAX_BATCHES = 360;

    private final IngestionHealth health;
    private final Clock clock;

    public ShowIngestionHealthService(IngestionHealth health, Clock clock) {
        this.health = Objects.requireNonNull(health, "health");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IngestionHealthView show(ShowIngestionHealthCommand command) {
        Instant now = clock.instant();
        List<BatchHealth> batches = new ArrayList<>(
                health.latestBatches(new HealthWindow(command.from(), command.to(), MAX_BATCHES)));
        batches.sort(Comparator.comparing(BatchHealth::committedAt)
                .thenComparing(batch -> batch.key().streamId()).thenComparingLong(batch -> batch.key().batchId()));
        BatchOutcome total = batches.stream().map(BatchHealth::outcome).reduce(BatchOutcome.empty(), BatchOutcome::plus);
        return new IngestionHealthView(now, perMinute(batches), total.quarantinedByReason(), batches,
                streams(now));
    }

    private static List<MinuteCounts> perMinute(List<BatchHealth> batches) {
        Map<Instant, BatchOutcome> minutes = new TreeMap<>();
        for (BatchHealth batch : batches) {
            minutes.merge(batch.committedAt().truncatedTo(ChronoUnit.MINUTES), batch.outcome(), BatchOutcome::plus);
        }
        return minutes.entrySet().stream()
                .map(minute -> new MinuteCounts(minute.getKey(), minute.getValue().stored(),
                        minute.getValue().duplicates(), minute.getValue().quarantined()))
                .toList();
    }

    private List<StreamStatus> streams(Instant now) {
        Map<String, BatchHealth> lastBatches = health.lastBatchPerStream().stream()
                .collect(Collectors.toMap(batch -> batch.key().streamId(), Function.identity()));
        Map<String, StreamProgress> progress = health.latestProgress().stream()
                .collect(Collectors.toMap(StreamProgress::streamId, Function.identity()));
        TreeSet<String> streamIds = new TreeSet<>(lastBatches.keySet());
        streamIds.addAll(progress.keySet());
        return streamIds.stream().map(id -> {
            Optional<BatchHealth> last = Optional.ofNullable(lastBatches.get(id));
            return new StreamStatus(id, last, last.map(batch -> Duration.between(batch.committedAt(), now)),
                    Optional.ofNullable(progress.get(id)));
        }).toList();
    }
}
