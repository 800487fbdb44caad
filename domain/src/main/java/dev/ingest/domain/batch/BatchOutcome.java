package dev.ingest.domain.batch;

import dev.ingest.domain.reason.ReasonCode;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What became of one micro-batch. Every record read ends in exactly one of three fates, so
 * {@code recordsIn == stored + duplicates + quarantined} is enforced here rather than hoped for.
 *
 * @param quarantinedByReason how often each reason occurred; a record with two reasons counts under both
 */
public record BatchOutcome(
        long recordsIn, long stored, long duplicates, long quarantined, Map<ReasonCode, Long> quarantinedByReason)
        implements Serializable {

    public BatchOutcome {
        if (recordsIn < 0 || stored < 0 || duplicates < 0 || quarantined < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + describe(recordsIn, stored, duplicates, quarantined));
        }
        if (recordsIn != stored + duplicates + quarantined) {
            throw new IllegalArgumentException(
                    "records in must equal stored + duplicates + quarantined: " + describe(recordsIn, stored, duplicates, quarantined));
        }
        EnumMap<ReasonCode, Long> copy = new EnumMap<>(ReasonCode.class);
        copy.putAll(quarantinedByReason);
        quarantinedByReason = Collections.unmodifiableMap(copy);
    }

    public static BatchOutcome empty() {
        return new BatchOutcome(0, 0, 0, 0, Map.of());
    }

    /** The outcome of two batches together, as a stream's running total. */
    public BatchOutcome plus(BatchOutcome other) {
        EnumMap<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        reasons.putAll(quarantinedByReason);
        other.quarantinedByReason.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        return new BatchOutcome(recordsIn + other.recordsIn, stored + other.stored, duplicates + other.duplicates,
                quarantined + other.quarantined, reasons);
    }

    private static String describe(long in, long stored, long duplicates, long quarantined) {
        return "in=" + in + " stored=" + stored + " duplicates=" + duplicates + " quarantined=" + quarantined;
    }
}
