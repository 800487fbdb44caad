package dev.ingest.domain.batch;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Time the executors spent reading, validating and writing a batch's records. Partition timings are summed, so on
 * several cores they add up to more than the batch's wall-clock time.
 */
public record StageTimings(Duration read, Duration validate, Duration write) implements Serializable {

    public static final StageTimings NONE = new StageTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public StageTimings {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(validate, "validate");
        Objects.requireNonNull(write, "write");
    }

    public StageTimings plus(StageTimings other) {
        return new StageTimings(read.plus(other.read), validate.plus(other.validate), write.plus(other.write));
    }
}
