package dev.ingest.application.fake;

import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.RecordedRange;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.dedup.DedupPolicy;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Event store, partition writers and ledger in memory, with the PostgreSQL adapter's semantics: each partition's
 * commit is atomic and skips the files its batch already stored; the audit reads back what was stored and recorded.
 * The writers are serializable for Spark's local mode: copies shipped to executor threads find the same state through
 * a JVM-wide {@link InstanceRegistry}, which forgets the store once nobody holds it.
 */
public final class InMemoryBatchCommitter implements BatchCommitter, UnitLedger, IngestionAudit {

    private static final InstanceRegistry<InMemoryBatchCommitter> REGISTRY = new InstanceRegistry<>();

    private final String id;
    private final Clock clock;
    private final Map<String, Event> stored = new LinkedHashMap<>();
    private final Map<BatchKey, Map<String, UnitTally>> storedUnits = new LinkedHashMap<>();
    private final Map<BatchKey, LedgerEntry> ledger = new LinkedHashMap<>();
    /** By batch, its stored files that were released since. */
    private final Map<BatchKey, Set<String>> released = new LinkedHashMap<>();

    public InMemoryBatchCommitter(Clock clock) {
        this.clock = clock;
        this.id = REGISTRY.register(this);
    }

    public InMemoryBatchCommitter() {
        this(Clock.systemUTC());
    }

    public PartitionWriterFactory writers() {
        return new Writers(id);
    }

    public synchronized List<Event> events() {
        return List.copyOf(stored.values());
    }

    /** The files stored for a batch, whether or not the batch was recorded yet. */
    public synchronized List<UnitTally> storedUnits(BatchKey key) {
        return List.copyOf(storedUnits.getOrDefault(key, Map.of()).values());
    }

    @Override
    public synchronized Optional<BatchOutcome> committed(BatchKey key) {
        return Optional.ofNullable(ledger.get(key)).map(LedgerEntry::outcome);
    }

    @Override
    public synchronized BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt) {
        LedgerEntry earlier = ledger.get(key);
        if (earlier != null) {
            return earlier.outcome();
        }
        BatchTally storedTally = BatchTally.ofUnits(storedUnits(key), Map.of(), tally.timings());
        if (!counts(storedTally).equals(counts(tally))) {
            throw new IllegalStateException("batch " + key + ": (files, records, stored, duplicates, quarantined) "
                    + counts(storedTally) + " are stored, the tally says " + counts(tally));
        }
        ledger.put(key, new LedgerEntry(key, tally.outcome(), startedAt, clock.instant()));
        return tally.outcome();
    }

    @Override
    public synchronized Set<String> heldFiles(String streamId) {
        return storedUnits.entrySet().stream()
                .filter(batch -> batch.getKey().streamId().equals(streamId))
                .flatMap(batch -> batch.getValue().keySet().stream()
                        .filter(file -> !released.getOrDefault(batch.getKey(), Set.of()).contains(file)))
                .filter(file -> OffsetRange.fromId(file).isEmpty())
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized void releaseFiles(String streamId, Collection<String> sourceFiles) {
        storedUnits.forEach((key, files) -> {
            if (key.streamId().equals(streamId)) {
                sourceFiles.stream().filter(files::containsKey)
                        .forEach(file -> released.computeIfAbsent(key, k -> new HashSet<>()).add(file));
            }
        });
    }

    @Override
    public synchronized List<OffsetRange> storedRanges(Collection<String> topics, BatchKey firstBatch) {
        return storedUnits.entrySet().stream()
                .filter(batch -> !(batch.getKey().streamId().equals(firstBatch.streamId())
                        && batch.getKey().batchId() >= firstBatch.batchId()))
                .flatMap(batch -> batch.getValue().keySet().stream())
                .flatMap(id -> OffsetRange.fromId(id).stream())
                .filter(range -> topics.contains(range.topic()))
                .sorted(Comparator.comparing(OffsetRange::topic).thenComparingInt(OffsetRange::partition)
                        .thenComparingLong(OffsetRange::fromOffset))
                .toList();
    }

    /** What the commit checks, as the PostgreSQL adapter does: files, records, stored, duplicates, quarantined. */
    private static List<Long> counts(BatchTally tally) {
        BatchOutcome outcome = tally.outcome();
        return List.of((long) tally.units().size(), outcome.recordsIn(), outcome.stored(), outcome.duplicates(),
                outcome.quarantined());
    }

    @Override
    public synchronized Set<String> streamIds() {
        Set<String> ids = new TreeSet<>();
        ledger.keySet().forEach(key -> ids.add(key.streamId()));
        return ids;
    }

    /** The files of the stream's recorded batches, by batch id and then path, as the PostgreSQL adapter lists them. */
    @Override
    public synchronized List<RecordedFile> files(String streamId) {
        List<RecordedFile> files = new ArrayList<>();
        storedUnits.forEach((key, batchFiles) -> {
            if (key.streamId().equals(streamId) && ledger.containsKey(key)) {
                batchFiles.values().forEach(file -> files.add(new RecordedFile(key.batchId(), file.unitId(),
                        file.records(), released.getOrDefault(key, Set.of()).contains(file.unitId()))));
            }
        });
        files.sort(Comparator.comparingLong(RecordedFile::batchId).thenComparing(RecordedFile::sourceFile));
        return files;
    }

    @Override
    public synchronized List<RecordedRange> ranges(Collection<String> topics) {
        List<RecordedRange> ranges = new ArrayList<>();
        storedUnits.forEach((key, batchFiles) -> batchFiles.values().forEach(file -> OffsetRange.fromId(file.unitId())
                .filter(range -> topics.contains(range.topic()))
                .ifPresent(range -> ranges.add(new RecordedRange(range, key.streamId(), key.batchId(), file.records(),
                        file.stored(), file.duplicates(), file.quarantined(), file.skipped())))));
        ranges.sort(Comparator.comparing((RecordedRange stored) -> stored.range().topic())
                .thenComparingInt(stored -> stored.range().partition())
                .thenComparingLong(stored -> stored.range().fromOffset()));
        return ranges;
    }

    @Override
    public synchronized long storedEvents() {
        return stored.size();
    }

    @Override
    public synchronized List<LedgerEntry> batches(String streamId) {
        return ledger.values().stream()
                .filter(entry -> entry.key().streamId().equals(streamId))
                .sorted(Comparator.comparingLong(entry -> entry.key().batchId()))
                .toList();
    }

    private synchronized List<UnitTally> storePartition(BatchKey key, List<UnitRead> files,
            List<Written> written) {
        Map<String, UnitTally> batchFiles = storedUnits.computeIfAbsent(key, k -> new LinkedHashMap<>());
        refuseOverlaps(key, files);
        List<UnitTally> tallies = new ArrayList<>();
        for (UnitRead file : files) {
            UnitTally earlier = batchFiles.get(file.unitId());
            if (earlier != null) {
                tallies.add(earlier);
                continue;
            }
            long storedHere = 0;
            for (Written event : written) {
                if (event.origin().unitId().equals(file.unitId())
                        && stored.putIfAbsent(DedupPolicy.identity(event.event()), event.event()) == null) {
                    storedHere++;
                }
            }
            UnitTally tally = UnitTally.of(file, storedHere);
            batchFiles.put(file.unitId(), tally);
            tallies.add(tally);
        }
        return tallies;
    }

    /** As the PostgreSQL adapter does: a range that overlaps one another batch stored is never stored twice. */
    private void refuseOverlaps(BatchKey key, List<UnitRead> files) {
        for (UnitRead file : files) {
            OffsetRange.fromId(file.unitId()).ifPresent(range -> storedUnits.forEach((other, otherFiles) -> {
                otherFiles.keySet().stream().flatMap(id -> OffsetRange.fromId(id).stream())
                        .filter(taken -> taken.overlaps(range) && !(other.equals(key) && taken.equals(range)))
                        .findFirst()
                        .ifPresent(taken -> {
                            throw new IllegalStateException("offsets " + range + " overlap " + taken
                                    + ", which stream " + other.streamId() + " stored in batch " + other.batchId());
                        });
            }));
        }
    }

    private record Written(Event event, Origin origin) {
    }

    private record Writers(String storeId) implements PartitionWriterFactory {
        @Override
        public PartitionWriter open(BatchKey key, int partitionId) {
            InMemoryBatchCommitter store = REGISTRY.find(storeId);
            List<Written> buffer = new ArrayList<>();
            return new PartitionWriter() {
                @Override
                public void write(Event event, Origin origin) {
                    // A repeat within the partition is a duplicate too: the first stored below wins.
                    buffer.add(new Written(event, origin));
                }

                @Override
                public List<UnitTally> commit(List<UnitRead> files) {
                    return store.storePartition(key, files, buffer);
                }

                @Override
                public long retries() {
                    // Memory does not fail transiently.
                    return 0;
                }

                @Override
                public void close() {
                    buffer.clear();
                }
            };
        }
    }
}
