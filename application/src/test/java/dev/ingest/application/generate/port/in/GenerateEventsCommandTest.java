package dev.ingest.application.generate.port.in;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ingest.application.fake.GenerateEventsCommandBuilder;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateEventsCommandTest {

    static Stream<Arguments> bad_commands() {
        return Stream.of(
                bad("--events-per-second must be positive", c -> c.rate(-1)),
                bad("--events-per-second must be positive", c -> c.rate(0)),
                bad("give either --duration or --count, not both", c -> c.count(1).duration(Duration.ofSeconds(1))),
                bad("--duration must be positive", c -> c.duration(Duration.ZERO)),
                bad("--count must be positive", c -> c.count(0)),
                bad("--file-interval must be positive", c -> c.fileInterval(Duration.ofSeconds(-1))),
                bad("--events-per-file must be between 1 and 10000000", c -> c.eventsPerFile(0)),
                bad("--users must be between 1 and 1000000", c -> c.users(1_000_001)),
                bad("--invalid-ratio must be between 0 and 1", c -> c.invalidRatio(1.5)),
                bad("--duplicate-ratio must be between 0 and 1", c -> c.duplicateRatio(-0.1)),
                bad("--invalid-ratio and --duplicate-ratio together cannot exceed 1",
                        c -> c.invalidRatio(0.6).duplicateRatio(0.6)));
    }

    private static Arguments bad(String message, UnaryOperator<GenerateEventsCommandBuilder> change) {
        return Arguments.of(message, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_commands")
    void refuses(String message, UnaryOperator<GenerateEventsCommandBuilder> change) {
        assertThatIllegalArgumentException().isThrownBy(() -> change.apply(generate()).build()).withMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"10, 3, 30", "0.5, 3, 2", "200000, 1, 200000"})
    void a_duration_limits_the_events_to_the_rate_times_the_duration(double rate, long seconds, long limit) {
        assertThat(generate().rate(rate).duration(Duration.ofSeconds(seconds)).build().eventLimit()).isEqualTo(limit);
    }

    @Test
    void without_duration_or_count_there_is_no_limit() {
        assertThat(generate().build().eventLimit()).isEqualTo(Long.MAX_VALUE);
    }
}
