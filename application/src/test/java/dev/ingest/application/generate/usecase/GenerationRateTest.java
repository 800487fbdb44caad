package dev.ingest.application.generate.usecase;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.FixedCatalogue;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.domain.generation.GenerationSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The achieved rate stays within 1% of the target over every 10-second window, on a simulated clock where every
 * sleep oversleeps and every file landing costs time, as a real fsync does.
 */
class GenerationRateTest {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    private static final int TIMESTAMP = 7;

    @ParameterizedTest(name = "{0} events/s for {1} s")
    @CsvSource({"1, 40", "1000, 30", "200000, 13"})
    void every_ten_second_window_is_within_one_percent(double rate, int seconds) {
        ManualClock clock = new ManualClock(START);
        EventsPerSecond counter = new EventsPerSecond(clock, Duration.ofMillis(25));
        GenerateEventsService service = new GenerateEventsService(counter, new FixedCatalogue(), clock,
                clock.sleeper(Duration.ofMillis(2)), GenerationProgress.silent());

        GenerationSummary summary = service.generate(generate().rate(rate).duration(Duration.ofSeconds(seconds)).build());

        List<Long> perSecond = counter.perSecond(seconds);
        for (int first = 0; first + 10 <= seconds; first++) {
            long inWindow = perSecond.subList(first, first + 10).stream().mapToLong(Long::longValue).sum();
            assertThat((double) inWindow).as("events in seconds %d..%d", first, first + 10)
                    .isBetween(rate * 10 * 0.99, rate * 10 * 1.01);
        }
        assertThat(summary.events()).isEqualTo((long) rate * seconds);
    }

    /** Counts records by the second of their timestamp (the clock's time when made); each landing costs time. */
    private static final class EventsPerSecond implements GeneratorSink {
        private final ManualClock clock;
        private final Duration landingCost;
        private final TreeMap<String, Long> counts = new TreeMap<>();

        EventsPerSecond(ManualClock clock, Duration landingCost) {
            this.clock = clock;
            this.landingCost = landingCost;
        }

        @Override
        public String land(GeneratedFile file) {
            for (GeneratedRecord record : file.records()) {
                counts.merge(record.fields().get(TIMESTAMP).substring(0, 19), 1L, Long::sum);
            }
            clock.advance(landingCost);
            return "file-" + file.sequence();
        }

        List<Long> perSecond(int seconds) {
            List<Long> result = new ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                String key = TimestampFormatter.FORMAT.format(START.plusSeconds(second)).substring(0, 19);
                result.add(counts.getOrDefault(key, 0L));
            }
            return result;
        }
    }
}
