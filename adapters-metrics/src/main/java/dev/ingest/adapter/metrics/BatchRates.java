package dev.ingest.adapter.metrics;

import java.time.Duration;

/** Rows per second over a time span; zero for an empty span, so a metrics line never shows infinity. */
final class BatchRates {

    private BatchRates() {
    }

    static double perSecond(long rows, Duration span) {
        if (span.isZero() || span.isNegative()) {
            return 0.0;
        }
        double rate = rows * 1_000_000_000.0 / span.toNanos();
        return Math.round(rate * 10.0) / 10.0;
    }
}
