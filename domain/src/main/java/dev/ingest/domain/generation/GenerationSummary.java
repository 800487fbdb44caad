package dev.ingest.domain.generation;

import dev.ingest.domain.reason.ReasonCode;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generator run wrote, so that a pipeline's counts can be reconciled exactly:
 * {@code events = valid + duplicates + invalid}, where {@code valid} are the first occurrences that should be stored.
 *
 * @param invalidByReason the injected invalid records by the one reason each was built to carry
 */
public record GenerationSummary(
        String generatorId,
        long events,
        long files,
        long valid,
        long duplicates,
        Map<ReasonCode, Long> invalidByReason,
        Duration elapsed) {

    public GenerationSummary {
        EnumMap<ReasonCode, Long> copy = new EnumMap<>(ReasonCode.class);
        copy.putAll(invalidByReason);
        invalidByReason = Collections.unmodifiableMap(copy);
        if (events != valid + duplicates + invalid(invalidByReason)) {
            throw new IllegalArgumentException("events (" + events + ") must equal valid + duplicates + invalid");
        }
    }

    public long invalid() {
        return invalid(invalidByReason);
    }

    /** Events per second over the elapsed time; 0 before any time has passed. */
    public double achievedRate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? events / seconds : 0;
    }

    private static long invalid(Map<ReasonCode, Long> byReason) {
        return byReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
