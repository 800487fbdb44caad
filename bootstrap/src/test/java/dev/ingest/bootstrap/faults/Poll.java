package dev.ingest.bootstrap.faults;

import java.util.function.BooleanSupplier;

/** Waits for something to become true by asking again and again; the bound only keeps a broken run from hanging. */
final class Poll {

    private Poll() {
    }

    /** Asks every {@code intervalMillis} up to {@code attempts} times; whether the condition came true. */
    static boolean until(BooleanSupplier condition, long intervalMillis, int attempts) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            pause(intervalMillis);
        }
        return condition.getAsBoolean();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
