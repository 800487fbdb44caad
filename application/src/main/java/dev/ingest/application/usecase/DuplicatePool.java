package dev.ingest.application.usecase;

import dev.ingest.application.port.out.LandingRecord;
import java.util.random.RandomGenerator;

/**
 * Remembers the most recent valid records so one can be sent again. The memory spans file boundaries, so repeats
 * land both in the same file as their original and in later files.
 */
final class DuplicatePool {

    private final LandingRecord[] recent;
    private long remembered;

    DuplicatePool(int capacity) {
        recent = new LandingRecord[capacity];
    }

    void remember(LandingRecord valid) {
        recent[(int) (remembered % recent.length)] = valid;
        remembered++;
    }

    boolean isEmpty() {
        return remembered == 0;
    }

    LandingRecord pick(RandomGenerator random) {
        int size = (int) Math.min(remembered, recent.length);
        return recent[random.nextInt(size)];
    }
}
