package dev.ingest.application.port.out;

import dev.ingest.domain.reason.ReasonCode;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the executors saw of a batch before the commit: records read, valid events staged, records quarantined by
 * reason, the files they came from, and the time spent on each stage. Partition tallies are merged with
 * {@link #plus(BatchTally)}.
 */
public record BatchTally(
        long recordsIn,
        long staged,
        long quarantined,
        Map<ReasonCode, Long> quarantinedByReason,
        List<SourceFileTally> files,
        StageTimings timings) implements Serializable {

    public BatchTally {
        if (recordsIn != staged + quarantined) {
            throw new IllegalArgumentException("records in (" + recordsIn + ") must equal staged (" + staged
                    + ") + quarantined (" + quarantined + ")");
        }
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(quarantinedByReason);
        quarantinedByReason = Collections.unmodifiableMap(reasons);
        files = List.copyOf(files);
        Objects.requireNonNull(timings, "timings");
    }

    /** A tally without timings. */
    public BatchTally(long recordsIn, long staged, long quarantined, Map<ReasonCode, Long> quarantinedByReason,
            List<SourceFileTally> files) {
        this(recordsIn, staged, quarantined, quarantinedByReason, files, StageTimings.NONE);
    }

    public static BatchTally empty() {
        return new BatchTally(0, 0, 0, Map.of(), List.of());
    }

    public BatchTally plus(BatchTally other) {
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(quarantinedByReason);
        other.quarantinedByReason.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        List<SourceFileTally> allFiles = new java.util.ArrayList<>(files);
        allFiles.addAll(other.files);
        return new BatchTally(recordsIn + other.recordsIn, staged + other.staged, quarantined + other.quarantined,
                reasons, allFiles, timings.plus(other.timings));
    }

    /** The same tally with the time spent reading its records, which the driving adapter measures. */
    public BatchTally withReadTime(Duration read) {
        return new BatchTally(recordsIn, staged, quarantined, quarantinedByReason, files, timings.withRead(read));
    }
}
