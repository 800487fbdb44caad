package dev.ingest.application.fake;

import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.HealthWindow;
import dev.ingest.domain.health.StreamProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The health view's reads over an {@link InMemoryBatchCommitter}'s ledger and files, and a progress board in memory,
 * with the PostgreSQL adapter's semantics (the median latency interpolated like {@code percentile_cont(0.5)}).
 */
public final class InMemoryIngestionHealth implements IngestionHealth, ProgressBoard {

    private static final Comparator<BatchHealth> NEWEST_FIRST = Comparator.comparing(BatchHealth::committedAt)
            .reversed()
            .thenComparing(batch -> batch.key().streamId())
            .thenComparingLong(batch -> batch.key().batchId());

    private final InMemoryBatchCommitter store;
    private final Map<String, StreamProgress> progress = new TreeMap<>();

    public InMemoryIngestionHealth(InMemoryBatchCommitter store) {
        this.store = store;
    }

    @Override
    public synchronized void post(StreamProgress posted) {
        progress.put(posted.streamId(), posted);
    }

    @Override
    public List<BatchHealth> latestBatches(HealthWindow window) {
        return allBatches().stream()
                .filter(batch -> window.covers(batch.committedAt()))
                .sorted(NEWEST_FIRST)
                .limit(window.maxBatches())
                .toList();
    }

    @Override
    public List<BatchHealth> lastBatchPerStream() {
        Map<String, BatchHealth> last = new TreeMap<>();
        for (BatchHealth batch : allBatches()) {
            last.merge(batch.key().streamId(), batch,
                    (a, b) -> a.key().batchId() >= b.key().batchId() ? a : b);
        }
        return List.copyOf(last.values());
    }

    @Override
    public synchronized List<StreamProgress> latestProgress() {
        return List.copyOf(progress.values());
    }

    private List<BatchHealth> allBatches() {
        List<BatchHealth> batches = new ArrayList<>();
        for (String streamId : store.streamIds()) {
            for (LedgerEntry entry : store.batches(streamId)) {
                List<Duration> latencies = store.storedUnits(entry.key()).stream()
                        .map(UnitTally::landedAt)
                        .map(landed -> Duration.between(landed, entry.committedAt()))
                        .sorted()
                        .toList();
                batches.add(new BatchHealth(entry.key(), entry.outcome(), entry.startedAt(), entry.committedAt(),
                        median(latencies), latencies.isEmpty() ? Optional.empty()
                                : Optional.of(latencies.get(latencies.size() - 1))));
            }
        }
        return batches;
    }

    private static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
