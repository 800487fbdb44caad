package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.QuarantineWriter;
import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.dedup.FirstOccurrences;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.Tombstone;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.EventValidator;
import dev.ingest.domain.validation.Rejection;
import dev.ingest.domain.validation.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One partition in progress: routes each record of each unit and counts as it goes, so no second pass is needed. */
final class PartitionIngestion implements PartitionIngest {

    private final EventValidator validator = EventValidator.standard();
    private final PartitionWriter store;
    private final QuarantineWriter quarantine;
    private final FirstOccurrences occurrences;
    private final EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
    private final Map<String, Long> ignoredColumns = new TreeMap<>();
    private final List<UnitRead> units = new ArrayList<>();
    private final long startedNanos;
    private SourceUnit unit;
    private Instant unitLandedAt;
    private long unitRecords;
    private long unitQuarantined;
    private long unitSkipped;
    private long validateNanos;
    private long writeNanos;

    /** @param startedNanos when the partition was opened, by {@link System#nanoTime()} */
    PartitionIngestion(PartitionWriter store, QuarantineWriter quarantine, FirstOccurrences occurrences,
            long startedNanos) {
        this.store = store;
        this.quarantine = quarantine;
        this.occurrences = occurrences;
        this.startedNanos = startedNanos;
    }

    @Override
    public void startUnit(SourceUnit next, Instant landedAt) {
        if (unit != null) {
            throw new IllegalStateException("unit " + unit.id() + " was not ended before " + next.id());
        }
        unit = next;
        unitLandedAt = landedAt;
        unitRecords = 0;
        unitQuarantined = 0;
        unitSkipped = 0;
    }

    @Override
    public void endUnit(List<String> unreadFields) {
        for (String name : Set.copyOf(unreadFields)) {
            ignoredColumns.merge(name, 1L, Long::sum);
        }
        units.add(new UnitRead(currentUnit(), unitLandedAt, unitRecords, unitQuarantined, unitSkipped));
        unit = null;
    }

    @Override
    public void accept(RawRecord record) {
        currentUnit();
        if (record instanceof Tombstone) {
            unitSkipped++;
            return;
        }
        unitRecords++;
        // Three clock reads per record (tens of nanoseconds) buy the validate/write split in the metrics.
        long started = System.nanoTime();
        Verdict verdict = record instanceof RawEvent raw ? validator.validate(raw) : null;
        long validated = System.nanoTime();
        if (verdict instanceof Verdict.Valid valid) {
            if (occurrences.isFirst(valid.event())) {
                store.write(valid.event(), record.origin());
            }
        } else if (verdict instanceof Verdict.Invalid invalid) {
            reject(new Rejection(record, invalid.reasons()));
        } else {
            UnreadableRecord unreadable = (UnreadableRecord) record;
            reject(new Rejection(unreadable, Set.of(unreadable.reason())));
        }
        validateNanos += validated - started;
        writeNanos += System.nanoTime() - validated;
    }

    private void reject(Rejection rejection) {
        unitQuarantined++;
        for (ReasonCode reason : rejection.reasons()) {
            reasons.merge(reason, 1L, Long::sum);
        }
        quarantine.write(rejection);
    }

    /**
     * Commits the quarantine, then the store, and tallies the partition; what its time did not go to validating and
     * writing went to reading the units.
     */
    @Override
    public BatchTally commit() {
        if (unit != null) {
            throw new IllegalStateException("unit " + unit.id() + " was not ended before the commit");
        }
        long started = System.nanoTime();
        // Quarantine first: a unit the store took never lacks its quarantined records, not even after a crash.
        quarantine.commit();
        List<UnitTally> tallies = store.commit(units);
        long ended = System.nanoTime();
        writeNanos += ended - started;
        Duration read = Duration.ofNanos(Math.max(0, ended - startedNanos - validateNanos - writeNanos));
        StageTimings timings = new StageTimings(read, Duration.ofNanos(validateNanos), Duration.ofNanos(writeNanos));
        return BatchTally.ofUnits(tallies, reasons, timings).withIgnoredColumns(ignoredColumns)
                .withStoreRetries(store.retries());
    }

    @Override
    public void close() {
        try (store) {
            quarantine.close();
        }
    }

    private SourceUnit currentUnit() {
        if (unit == null) {
            throw new IllegalStateException("a record or a unit's end came before its unit was started");
        }
        return unit;
    }
}
