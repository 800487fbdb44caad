package dev.ingest.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.domain.batch.UnitTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchLatencyTest {

    private static final Instant COMMITTED = Instant.parse("2024-03-01T10:00:00Z");

    @ParameterizedTest(name = "landed {0} ms before commit -> p50 {1}, max {2}")
    @CsvSource({
            "250, 250, 250",
            "300 100, 100, 300",
            "900 600 700, 700, 900",
            "40 10 30 20, 20, 40",
            "5 5 5 1000 5, 5, 1000"})
    void median_by_nearest_rank_and_maximum_over_the_files(String landedBefore, long p50, long max) {
        List<UnitTally> files = Arrays.stream(landedBefore.split(" "))
                .map(millis -> new UnitTally(new LandedFile("f" + millis),
                        COMMITTED.minusMillis(Long.parseLong(millis)),
                        1, 1, 0, 0))
                .toList();

        assertThat(BatchLatency.of(files, COMMITTED))
                .contains(new BatchLatency(Duration.ofMillis(p50), Duration.ofMillis(max)));
    }

    @Test
    void a_batch_without_files_has_no_latency() {
        assertThat(BatchLatency.of(List.of(), COMMITTED)).isEmpty();
    }
}
