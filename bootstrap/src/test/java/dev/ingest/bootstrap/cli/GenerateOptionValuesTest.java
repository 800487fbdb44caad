package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateOptionValuesTest {

    @ParameterizedTest
    @CsvSource({"30, PT30S", "0.5, PT0.5S", "500ms, PT0.5S", "10s, PT10S", "2m, PT2M", "1h, PT1H", " 90S , PT1M30S"})
    void durations(String text, Duration expected) {
        assertThat(GenerateOptionValues.duration("--duration", text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "s", "ten", "5 minutes", "NaN", "Infinity"})
    void bad_durations(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> GenerateOptionValues.duration("--file-interval", text))
                .withMessageStartingWith("--file-interval expects seconds or a duration");
    }

    @ParameterizedTest
    @CsvSource({"2025-03-01T10:00:00Z, 2025-03-01T10:00:00Z", "2025-03-01T12:00:00+02:00, 2025-03-01T10:00:00Z",
            "2025-03-01T10:00:00, 2025-03-01T10:00:00Z", "2025-03-01 10:00:00, 2025-03-01T10:00:00Z",
            "2025-03-01 10:00:00.250, 2025-03-01T10:00:00.250Z"})
    void start_times_are_utc(String text, Instant expected) {
        assertThat(GenerateOptionValues.startTime(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-02-30 10:00:00", "2025-03-01"})
    void bad_start_times(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> GenerateOptionValues.startTime(text))
                .withMessageStartingWith("--start-time expects a time like");
    }
}
