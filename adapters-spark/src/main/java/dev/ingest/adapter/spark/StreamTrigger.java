package dev.ingest.adapter.spark;

import java.time.Duration;
import java.util.Objects;

/** When the stream starts a micro-batch: on a fixed interval (zero = as soon as the previous one ends), or once over
 * every file already present. */
public sealed interface StreamTrigger {

    /**
     * 100 ms: a landed file waits 50 ms on average for the next batch, well inside the 300 ms p50 target, while an
     * idle stream lists the folder 10 times a second instead of spinning (a zero interval re-lists every 10 ms).
     */
    StreamTrigger DEFAULT = every(Duration.ofMillis(100));

    static StreamTrigger every(Duration interval) {
        return new Every(interval);
    }

    static StreamTrigger availableNow() {
        return new AvailableNow();
    }

    /** Starts a batch every {@code interval}, or right after the previous one when that took longer. */
    record Every(Duration interval) implements StreamTrigger {
        public Every {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("the trigger interval cannot be negative, was " + interval);
            }
        }
    }

    /** Processes every file present at start, in as many batches as the rate limit gives, then stops. */
    record AvailableNow() implements StreamTrigger {
    }
}
