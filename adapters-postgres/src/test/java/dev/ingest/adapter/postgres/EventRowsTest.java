package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventRowsTest {

    @Test
    void the_copy_statement_names_every_event_column_from_the_generated_classes() {
        assertThat(EventRows.COPY_STATEMENT).isEqualTo("COPY \"user_events\" (\"event_id\", \"user_id\", "
                + "\"product_id\", \"product_name\", \"category\", \"price\", \"event_type\", \"event_timestamp\") "
                + "FROM STDIN (FORMAT csv)");
    }

    @Test
    void quotes_only_the_text_fields_that_need_it_and_doubles_their_quotes() {
        RowBytes row = new RowBytes();

        EventRows.append(row, written("e\"1").withProductName("Lamp, \"deluxe\"\n2").event());

        assertThat(row).hasToString("\"e\"\"1\",user-1,product-1,\"Lamp, \"\"deluxe\"\"\n2\",Home & Kitchen,19.99,"
                + "view,2024-03-01 12:30:15\n");
    }

    @Test
    void empty_text_and_backslashes_are_quoted_so_copy_reads_them_as_text() {
        RowBytes row = new RowBytes();

        EventRows.append(row, written("e-1").withAllText("").withProductName("\\.").event());

        assertThat(row).hasToString("e-1,\"\",\"\",\"\\.\",\"\",19.99,view,2024-03-01 12:30:15\n");
    }

    @Test
    void text_beyond_ascii_is_written_as_utf8_quoted_or_not() {
        RowBytes row = new RowBytes();

        EventRows.append(row, written("é-1").withProductName("Café \"☕\", 𝄞").event());

        assertThat(row).hasToString("é-1,user-1,product-1,\"Café \"\"☕\"\", 𝄞\",Home & Kitchen,19.99,view,"
                + "2024-03-01 12:30:15\n");
        assertThat(row.length()).isEqualTo(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2024-03-01T12:30:15, 2024-03-01 12:30:15",
            "2024-03-01T00:00:00.470, 2024-03-01 00:00:00.47",
            "0999-12-31T23:59:59.000001, 0999-12-31 23:59:59.000001",
            "2024-02-29T23:59:59.123456789, 2024-02-29 23:59:59.123456789",
            "2024-02-29T01:02:03.100000000, 2024-02-29 01:02:03.1"})
    void timestamps_are_written_to_the_nanosecond_without_trailing_zeros(LocalDateTime time, String expected) {
        RowBytes out = new RowBytes();

        CopyTimestampText.write(out, time);

        assertThat(out).hasToString(expected);
    }

    @Test
    void a_timestamp_past_year_9999_which_the_validator_never_lets_through_is_refused() {
        assertThatThrownBy(() -> CopyTimestampText.write(new RowBytes(), LocalDateTime.of(10000, 1, 2, 3, 4, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
