package dev.ingest.domain.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which committed batches the health view covers: those committed in a half-open range ({@code from} inclusive,
 * {@code to} exclusive, each optional), at most the latest {@code maxBatches} of them.
 */
public record HealthWindow(Optional<Instant> from, Optional<Instant> to, int maxBatches) {

    public HealthWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("from must be before to, was " + from.get() + " and " + to.get());
        }
        if (maxBatches < 1) {
            throw new IllegalArgumentException("maxBatches must be at least 1, was " + maxBatches);
        }
    }

    /** Whether a batch committed at this instant falls in the range. */
    public boolean covers(Instant committedAt) {
        return from.map(start -> !committedAt.isBefore(start)).orElse(true)
                && to.map(committedAt::isBefore).orElse(true);
    }
}
