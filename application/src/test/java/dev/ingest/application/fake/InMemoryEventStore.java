package dev.ingest.application.fake;

import dev.ingest.application.port.out.StagedEventsMissingException;

import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchLedger;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.application.port.out.LedgerEntry;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.dedup.DedupPolicy;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event store, staging and ledger in memory. Its staging is serializable for Spark's local mode: copies shipped to
 * executor threads find the same state through a JVM-wide registry.
 */
public final class InMemoryEventStore implements EventStore, BatchLedger {

    private static final Map<String, InMemoryEventStore> REGISTRY = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final Clock clock;
    private final Map<String, Event> stored = new LinkedHashMap<>();
    private final Map<BatchKey, Map<Integer, List<Staged>>> staged = new LinkedHashMap<>();
    private final Map<BatchKey, LedgerEntry> ledger = new LinkedHashMap<>();

    public InMemoryEventStore(Clock clock) {
        this.clock = clock;
        REGISTRY.put(id, this);
    }

    public InMemoryEventStore() {
        this(Clock.systemUTC());
    }

    public EventStaging staging() {
        return new Staging(id);
    }

    public synchronized List<Event> events() {
        return List.copyOf(stored.values());
    }

    public synchronized int stagedCount(BatchKey key) {
        return staged.getOrDefault(key, Map.of()).values().stream().mapToInt(List::size).sum();
    }

    @Override
    public synchronized Optional<BatchOutcome> committed(BatchKey key) {
        return Optional.ofNullable(ledger.get(key)).map(LedgerEntry::outcome);
    }

    @Override
    public synchronized void discardStaged(BatchKey key) {
        staged.remove(key);
    }

    @Override
    public synchronized BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt) {
        LedgerEntry earlier = ledger.get(key);
        if (earlier != null) {
            return earlier.outcome();
        }
        List<Staged> candidates = new ArrayList<>();
        staged.getOrDefault(key, Map.of()).values().forEach(candidates::addAll);
        if (candidates.size() != tally.staged()) {
            throw new StagedEventsMissingException(key, tally.staged(), candidates.size());
        }
        candidates.sort(Comparator.comparing(Staged::origin, DedupPolicy.FIRST_OCCURRENCE));
        List<Staged> kept = DedupPolicy.firstOccurrences(candidates, s -> DedupPolicy.identity(s.event()),
                stored::containsKey);
        kept.forEach(s -> stored.put(DedupPolicy.identity(s.event()), s.event()));
        BatchOutcome outcome = new BatchOutcome(tally.recordsIn(), kept.size(), candidates.size() - kept.size(),
                tally.quarantined(), tally.quarantinedByReason());
        ledger.put(key, new LedgerEntry(key, outcome, startedAt, clock.instant()));
        staged.remove(key);
        return outcome;
    }

    @Override
    public synchronized List<LedgerEntry> entries(String streamId) {
        return ledger.values().stream()
                .filter(entry -> entry.key().streamId().equals(streamId))
                .sorted(Comparator.comparingLong(entry -> entry.key().batchId()))
                .toList();
    }

    private synchronized void replacePartition(BatchKey key, int partitionId, List<Staged> events) {
        staged.computeIfAbsent(key, k -> new TreeMap<>()).put(partitionId, List.copyOf(events));
    }

    private record Staged(Event event, Origin origin) {
    }

    private record Staging(String storeId) implements EventStaging {
        @Override
        public StagingWriter open(BatchKey key, int partitionId) {
            InMemoryEventStore store = REGISTRY.get(storeId);
            List<Staged> buffer = new ArrayList<>();
            return new StagingWriter() {
                @Override
                public void write(Event event, Origin origin) {
                    buffer.add(new Staged(event, origin));
                }

                @Override
                public long commit() {
                    store.replacePartition(key, partitionId, buffer);
                    return buffer.size();
                }

                @Override
                public void close() {
                    buffer.clear();
                }
            };
        }
    }
}
