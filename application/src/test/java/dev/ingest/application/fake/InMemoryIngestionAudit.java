package dev.ingest.application.fake;

import dev.ingest.application.verify.port.out.IngestedFile;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Ledger entries, file rows and a table size held in memory, arranged by a test. */
public final class InMemoryIngestionAudit implements IngestionAudit {

    private static final Instant AT = Instant.parse("2024-03-01T12:00:00Z");

    private final List<LedgerEntry> batches = new ArrayList<>();
    private final Map<String, List<IngestedFile>> files = new HashMap<>();
    private long storedEvents;

    /** Records a committed batch and its files; the table grows by what it stored. */
    public InMemoryIngestionAudit batch(String streamId, long batchId, BatchOutcome outcome, IngestedFile... taken) {
        batches.add(new LedgerEntry(new BatchKey(streamId, batchId), outcome, AT, AT));
        files.computeIfAbsent(streamId, id -> new ArrayList<>()).addAll(List.of(taken));
        storedEvents += outcome.stored();
        return this;
    }

    public InMemoryIngestionAudit withStoredEvents(long events) {
        storedEvents = events;
        return this;
    }

    @Override
    public Set<String> streamIds() {
        Set<String> ids = new TreeSet<>();
        batches.forEach(entry -> ids.add(entry.key().streamId()));
        return ids;
    }

    @Override
    public List<LedgerEntry> batches(String streamId) {
        return batches.stream()
                .filter(entry -> entry.key().streamId().equals(streamId))
                .sorted(Comparator.comparingLong(entry -> entry.key().batchId()))
                .toList();
    }

    @Override
    public List<IngestedFile> files(String streamId) {
        return List.copyOf(files.getOrDefault(streamId, List.of()));
    }

    @Override
    public long storedEvents() {
        return storedEvents;
    }
}
