package dev.ingest.application.port.out;

import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.reason.ReasonCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the executors made of a batch: the outcome, the files it came from, the time spent on each stage, and the
 * header columns that were not read (each with the number of files that had it). Partition tallies are merged with
 * {@link #plus(BatchTally)}.
 */
public record BatchTally(long recordsIn, long stored, long duplicates, long quarantined,
        Map<ReasonCode, Long> quarantinedByReason, List<SourceFileTally> files, StageTimings timings,
        Map<String, Long> ignoredColumns) implements Serializable {

    public BatchTally {
        // The outcome checks that the counts add up; the domain's types stay free of java.io.
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(new BatchOutcome(recordsIn, stored, duplicates, quarantined, quarantinedByReason)
                .quarantinedByReason());
        quarantinedByReason = Collections.unmodifiableMap(reasons);
        files = List.copyOf(files);
        Objects.requireNonNull(timings, "timings");
        ignoredColumns = Collections.unmodifiableMap(new TreeMap<>(ignoredColumns));
    }

    public BatchTally(long recordsIn, long stored, long duplicates, long quarantined,
            Map<ReasonCode, Long> quarantinedByReason, List<SourceFileTally> files, StageTimings timings) {
        this(recordsIn, stored, duplicates, quarantined, quarantinedByReason, files, timings, Map.of());
    }

    public BatchTally(BatchOutcome outcome, List<SourceFileTally> files, StageTimings timings) {
        this(outcome.recordsIn(), outcome.stored(), outcome.duplicates(), outcome.quarantined(),
                outcome.quarantinedByReason(), files, timings);
    }

    public BatchOutcome outcome() {
        return new BatchOutcome(recordsIn, stored, duplicates, quarantined, quarantinedByReason);
    }

    /** The tally of the files given, with the reasons their quarantined records were quarantined for. */
    public static BatchTally ofFiles(List<SourceFileTally> files, Map<ReasonCode, Long> quarantinedByReason,
            StageTimings timings) {
        long records = 0;
        long stored = 0;
        long duplicates = 0;
        long quarantined = 0;
        for (SourceFileTally file : files) {
            records += file.records();
            stored += file.stored();
            duplicates += file.duplicates();
            quarantined += file.quarantined();
        }
        return new BatchTally(new BatchOutcome(records, stored, duplicates, quarantined, quarantinedByReason), files,
                timings);
    }

    public static BatchTally empty() {
        return new BatchTally(BatchOutcome.empty(), List.of(), StageTimings.NONE);
    }

    public BatchTally plus(BatchTally other) {
        List<SourceFileTally> allFiles = new ArrayList<>(files);
        allFiles.addAll(other.files);
        Map<String, Long> columns = new TreeMap<>(ignoredColumns);
        other.ignoredColumns.forEach((column, count) -> columns.merge(column, count, Long::sum));
        return new BatchTally(outcome().plus(other.outcome()), allFiles, timings.plus(other.timings))
                .withIgnoredColumns(columns);
    }

    /** The same tally with these header columns not read, each with the number of files that had it. */
    public BatchTally withIgnoredColumns(Map<String, Long> columns) {
        return new BatchTally(recordsIn, stored, duplicates, quarantined, quarantinedByReason, files, timings, columns);
    }
}
