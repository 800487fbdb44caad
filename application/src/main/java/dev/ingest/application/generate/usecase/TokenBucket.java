package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.out.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Paces the generator: tokens accrue at the target rate up to one second's worth, each event spends one. When none
 * is left the caller sleeps (never spins) until enough accrue, so lost time such as a slow fsync is made up.
 */
final class TokenBucket {

    /** Sleeping at least this long lets tokens accrue in useful handfuls at high rates instead of waking per event. */
    private static final long MIN_SLEEP_NANOS = 1_000_000;
    /** Sleeping at most this long keeps a stop request or a due file waiting no longer than this. */
    private static final long MAX_SLEEP_NANOS = 100_000_000;

    private final Clock clock;
    private final Sleeper sleeper;
    private final double tokensPerNano;
    private final double capacity;
    private final Instant start;
    private double tokens = 1;
    private long lastNanos;

    TokenBucket(double eventsPerSecond, Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokensPerNano = eventsPerSecond / 1e9;
        this.capacity = Math.max(1, eventsPerSecond);
        this.start = clock.instant();
    }

    /**
     * Takes as many tokens as are available, at most {@code max}, sleeping while there are none; returns 0 only when
     * {@code giveUp} answers true.
     */
    int take(int max, BooleanSupplier giveUp) throws InterruptedException {
        while (true) {
            refill();
            if (tokens >= 1) {
                int granted = (int) Math.min(max, Math.floor(tokens));
                tokens -= granted;
                return granted;
            }
            if (giveUp.getAsBoolean()) {
                return 0;
            }
            long needed = (long) Math.ceil((1 - tokens) / tokensPerNano);
            sleeper.sleep(Duration.ofNanos(Math.min(MAX_SLEEP_NANOS, Math.max(MIN_SLEEP_NANOS, needed))));
        }
    }

    /** Time since the bucket was created, by the same clock that fills it. */
    Duration elapsed() {
        return Duration.between(start, clock.instant());
    }

    private void refill() {
        long now = elapsed().toNanos();
        tokens = Math.min(capacity, tokens + (now - lastNanos) * tokensPerNano);
        lastNanos = now;
    }
}
