package dev.ingest.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.report.port.in.CatchUpReportsUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReportCatchUpScheduleTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final CatchUpReportsUseCase counting = () -> {
        calls.incrementAndGet();
        return Instant.EPOCH;
    };

    @Test
    void catches_up_every_period_while_it_runs() throws InterruptedException {
        try (ReportCatchUpSchedule schedule = ReportCatchUpSchedule.forReader(counting, Duration.ofMillis(20))) {
            Thread.sleep(300);
        }

        assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_stream_s_schedule_catches_up_once_more_when_it_closes_a_reader_s_does_not() {
        ReportCatchUpSchedule.forStream(counting, Duration.ofHours(1)).close();
        assertThat(calls.get()).isEqualTo(1);

        ReportCatchUpSchedule.forReader(counting, Duration.ofHours(1)).close();
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void a_failing_catch_up_is_tried_again_at_the_next_period() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        CatchUpReportsUseCase downThenUp = () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("connection refused");
            }
            return Instant.EPOCH;
        };

        try (ReportCatchUpSchedule schedule = ReportCatchUpSchedule.forReader(downThenUp, Duration.ofMillis(20))) {
            Thread.sleep(300);
        }

        assertThat(attempts.get()).isGreaterThan(3);
    }
}
