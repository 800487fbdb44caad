package dev.ingest.application.health.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which commits the health view covers: a half-open range on the commit time, each end optional. */
public record ShowIngestionHealthCommand(Optional<Instant> from, Optional<Instant> to) {

    public ShowIngestionHealthCommand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("from must be before to, was " + from.get() + " and " + to.get());
        }
    }

    public static ShowIngestionHealthCommand everything() {
        return new ShowIngestionHealthCommand(Optional.empty(), Optional.empty());
    }
}
