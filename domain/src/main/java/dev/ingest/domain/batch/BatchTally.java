package dev.ingest.domain.batch;

import dev.ingest.domain.reason.ReasonCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the executors made of a batch: its outcome, the units it came from (files, or offset ranges), the time spent
 * on each stage, the header columns that were not read (each with the number of files that had it), how many times
 * storing was retried after a transient failure, and, for a log source, the offsets before the batch that no batch
 * read. Partition tallies are merged with {@link #plus(BatchTally)}, which is how counts made on the executors reach
 * the driver.
 */
public record BatchTally(BatchOutcome outcome, List<UnitTally> units, StageTimings timings,
        Map<String, Long> ignoredColumns, long storeRetries, long missedOffsets) implements Serializable {

    public BatchTally {
        Objects.requireNonNull(outcome, "outcome");
        units = List.copyOf(units);
        Objects.requireNonNull(timings, "timings");
        ignoredColumns = Collections.unmodifiableMap(new TreeMap<>(ignoredColumns));
        if (storeRetries < 0 || missedOffsets < 0) {
            throw new IllegalArgumentException("store retries and missed offsets are not negative, were "
                    + storeRetries + " and " + missedOffsets);
        }
    }

    public BatchTally(BatchOutcome outcome, List<UnitTally> units, StageTimings timings) {
        this(outcome, units, timings, Map.of(), 0, 0);
    }

    /** The tally of the units given, with the reasons their quarantined records were quarantined for. */
    public static BatchTally ofUnits(List<UnitTally> units, Map<ReasonCode, Long> quarantinedByReason,
            StageTimings timings) {
        long records = 0;
        long stored = 0;
        long duplicates = 0;
        long quarantined = 0;
        for (UnitTally unit : units) {
            records += unit.records();
            stored += unit.stored();
            duplicates += unit.duplicates();
            quarantined += unit.quarantined();
        }
        return new BatchTally(new BatchOutcome(records, stored, duplicates, quarantined, quarantinedByReason), units,
                timings);
    }

    public static BatchTally empty() {
        return new BatchTally(BatchOutcome.empty(), List.of(), StageTimings.NONE);
    }

    public BatchTally plus(BatchTally other) {
        List<UnitTally> allUnits = new ArrayList<>(units);
        allUnits.addAll(other.units);
        Map<String, Long> columns = new TreeMap<>(ignoredColumns);
        other.ignoredColumns.forEach((column, count) -> columns.merge(column, count, Long::sum));
        return new BatchTally(outcome.plus(other.outcome), allUnits, timings.plus(other.timings), columns,
                storeRetries + other.storeRetries, missedOffsets + other.missedOffsets);
    }

    /** The same tally with these header columns not read, each with the number of files that had it. */
    public BatchTally withIgnoredColumns(Map<String, Long> columns) {
        return new BatchTally(outcome, units, timings, columns, storeRetries, missedOffsets);
    }

    /** The same tally with this many retries of storing after transient failures. */
    public BatchTally withStoreRetries(long retries) {
        return new BatchTally(outcome, units, timings, ignoredColumns, retries, missedOffsets);
    }

    /**
     * The same tally with this many offsets of a log source that no batch will read (a gap: deleted by retention or
     * compaction before they were read, or skipped by a start at the latest offset).
     */
    public BatchTally withMissedOffsets(long offsets) {
        return new BatchTally(outcome, units, timings, ignoredColumns, storeRetries, offsets);
    }
}
