package dev.ingest.domain.validation;

import static dev.ingest.domain.validation.Validate.accepted;
import static dev.ingest.domain.validation.Validate.reasonsFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampRuleTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({
            "2024-03-15 14:30:00,                   2024-03-15T14:30:00",
            "2024-03-15T14:30:00,                   2024-03-15T14:30:00",
            "2024-03-15 14:30:00.1,                 2024-03-15T14:30:00.100",
            "2024-03-15 14:30:00.123456,            2024-03-15T14:30:00.123456",
            "2024-03-15 14:30:00.123456789,         2024-03-15T14:30:00.123456789",
            "2024-02-29 00:00:00,                   2024-02-29T00:00:00",
            "2000-02-29 12:00:00,                   2000-02-29T12:00:00",
            "0001-01-01 00:00:00,                   0001-01-01T00:00:00",
            "9999-12-31 23:59:59.999999999,         9999-12-31T23:59:59.999999999",
            "'  2024-03-15 14:30:00 ',              2024-03-15T14:30:00",
    })
    void a_naive_time_is_kept_as_given(String raw, LocalDateTime expected) {
        assertThat(accepted(RawField.TIMESTAMP.set(raw).build()).eventTime()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] is {1} UTC")
    @CsvSource({
            "2024-03-15T14:30:00Z,                  2024-03-15T14:30:00",
            "2024-03-15T14:30:00+00:00,             2024-03-15T14:30:00",
            "2024-03-15T14:30:00-00:00,             2024-03-15T14:30:00",
            "2024-03-15T14:30:00+05:30,             2024-03-15T09:00:00",
            "2024-03-15T14:30:00-01:00,             2024-03-15T15:30:00",
            "2024-03-15T14:30:00.250+02:00,         2024-03-15T12:30:00.250",
            "2024-03-01T01:00:00+05:30,             2024-02-29T19:30:00",
            "2024-12-31T23:30:00-01:00,             2025-01-01T00:30:00",
            "2024-03-15T14:30:00+18:00,             2024-03-14T20:30:00",
            "2024-03-15T14:30:00-18:00,             2024-03-16T08:30:00",
            "0001-01-01T10:00:00+05:00,             0001-01-01T05:00:00",
    })
    void an_offset_time_is_converted_to_utc(String raw, LocalDateTime utc) {
        assertThat(accepted(RawField.TIMESTAMP.set(raw).build()).eventTime()).isEqualTo(utc);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "2023-02-29 00:00:00", "1900-02-29 00:00:00", "2024-02-30 00:00:00", "2024-04-31 00:00:00",
            "2024-13-01 00:00:00", "2024-00-10 00:00:00", "2024-01-00 00:00:00", "2024-01-32 00:00:00",
            "2024-01-01 25:00:00", "2024-01-01 24:00:00", "2024-01-01 12:60:00", "2024-01-01 12:00:60",
            "0000-01-01 00:00:00", "2024-1-01 00:00:00", "24-01-01 00:00:00", "20240-01-01 00:00:00",
            "+2024-01-01 00:00:00", "2024/01/01 00:00:00", "2024-01-01", "2024-01-01 00:00", "2024-01-01 0:00:00",
            "2024-01-01 00:00:00.", "2024-01-01 00:00:00.1234567890", "2024-01-01 00:00:00,5",
            "2024-01-01 00:00:00Z", "2024-01-01 00:00:00+01:00", "2024-01-01t00:00:00", "2024-01-01T00:00:00z",
            "2024-01-01T00:00:00+0530", "2024-01-01T00:00:00+05", "2024-01-01T00:00:00+05:30:00",
            "2024-01-01T00:00:00+19:00", "2024-01-01T00:00:00+18:01", "2024-01-01T00:00:00+05:60",
            "2024-01-01T00:00:00 +05:00", "2024-01-01T00:00:00UTC", "2024-01-01T00:00:00+05:30[Asia/Kolkata]",
            "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00", "1710510600", "15/03/2024 14:30",
            "2024-03-15 02:30:00 PM", "\uFF12\uFF10\uFF12\uFF14-01-01 00:00:00", "2024-01-01  00:00:00",
            "2024-01-01_00:00:00", "2024-01-01T00:00:00.Z"})
    void anything_else_is_an_invalid_timestamp(String raw) {
        assertThat(reasonsFor(RawField.TIMESTAMP.set(raw).build())).containsExactly(ReasonCode.INVALID_TIMESTAMP);
    }
}
