package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ReportTimeConverterTest {

    private final ReportOptionConverters.Time converter = new ReportOptionConverters.Time();

    @ParameterizedTest
    @CsvSource({
        "2024-03-01,                   2024-03-01T00:00",
        "2024-03-01 10:15,             2024-03-01T10:15",
        "2024-03-01 10:15:30,          2024-03-01T10:15:30",
        "2024-03-01T10:15,             2024-03-01T10:15",
        "2024-03-01T10:15:30.250,      2024-03-01T10:15:30.250",
        "2024-03-01T10:15:30Z,         2024-03-01T10:15:30",
        "2024-03-01T01:15:30+02:00,    2024-02-29T23:15:30",
        "' 2024-02-29 23:59 ',         2024-02-29T23:59",
    })
    void accepts_dates_times_and_iso_with_offsets_converted_to_utc(String text, LocalDateTime expected) {
        assertThat(converter.convert(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-02-30", "2023-02-29", "2024-03-01 25:00", "2024-03-01 10", "01/03/2024",
        "2024-3-1", ""})
    void refuses_anything_else_in_one_line(String text) {
        assertThatThrownBy(() -> converter.convert(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a time; use yyyy-MM-dd[ HH:mm[:ss]] or ISO-8601 like 2024-03-01T10:15:00Z");
    }
}
