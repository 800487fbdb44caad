package dev.ingest.application.generate.usecase;

import dev.ingest.application.generate.port.out.GeneratedRecord;
import java.util.random.RandomGenerator;

/**
 * Remembers the most recent valid records so one can be sent again. The memory spans file boundaries, so repeats
 * land both in the same file as their original and in later files.
 */
final class DuplicatePool {

    private final GeneratedRecord[] recent;
    private long remembered;

    DuplicatePool(int capacity) {
        recent = new GeneratedRecord[capacity];
    }

    void remember(GeneratedRecord valid) {
        recent[(int) (remembered % recent.length)] = valid;
        remembered++;
    }

    boolean isEmpty() {
        return remembered == 0;
    }

    GeneratedRecord pick(RandomGenerator random) {
        int size = (int) Math.min(remembered, recent.length);
        return recent[random.nextInt(size)];
    }
}
