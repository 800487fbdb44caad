package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The binary layout by hand; {@code EventRowsRoundTripIT} checks it against the server's own encoding. */
class EventRowsTest {

    @Test
    void the_copy_statement_names_every_event_column_from_the_generated_classes() {
        assertThat(EventRows.COPY_STATEMENT).isEqualTo("COPY \"user_events\" (\"event_id\", \"user_id\", "
                + "\"product_id\", \"product_name\", \"category\", \"price\", \"event_type\", \"event_timestamp\") "
                + "FROM STDIN (FORMAT binary)");
    }

    @Test
    void a_row_is_its_field_count_then_each_field_after_its_length_with_text_as_utf8() {
        RowBytes row = new RowBytes();

        EventRows.append(row, written("é-1").withProductName("Lamp, \"☕\" 𝄞\n").event());

        ByteBuffer in = ByteBuffer.wrap(row.toByteArray());
        assertThat(in.getShort()).isEqualTo((short) 8);
        assertThat(text(in)).isEqualTo("é-1");
        assertThat(text(in)).isEqualTo("user-1");
        assertThat(text(in)).isEqualTo("product-1");
        assertThat(text(in)).isEqualTo("Lamp, \"☕\" 𝄞\n");
        assertThat(text(in)).isEqualTo("Home & Kitchen");
        assertThat(in.getInt()).isEqualTo(12);
        in.position(in.position() + 12);
        assertThat(text(in)).isEqualTo("view");
        assertThat(in.getInt()).isEqualTo(8);
        assertThat(in.getLong()).isEqualTo(EventRows.microsSincePostgresEpoch(LocalDateTime.of(2024, 3, 1, 12, 30, 15)));
        assertThat(in.hasRemaining()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // price, digit groups after their count, weight, sign and scale
            "19.99, '2,0,0,2,19,9900'",
            "0.00, '0,0,0,2'",
            "0.05, '1,-1,0,2,500'",
            "10000.00, '1,1,0,2,1'",
            "10000.50, '3,1,0,2,1,0,5000'",
            "-12345.67, '3,1,16384,2,1,2345,6700'",
            "999999999.99, '4,2,0,2,9,9999,9999,9900'"})
    void a_price_is_numeric_s_base_10000_digit_groups(BigDecimal price, String expected) {
        RowBytes row = new RowBytes();

        EventRows.numeric(row, price);

        ByteBuffer in = ByteBuffer.wrap(row.toByteArray());
        int length = in.getInt();
        StringBuilder shorts = new StringBuilder();
        while (in.hasRemaining()) {
            shorts.append(shorts.isEmpty() ? "" : ",").append(in.getShort());
        }
        assertThat(shorts).hasToString(expected);
        assertThat(length).isEqualTo(row.length() - 4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2000-01-01T00:00:00, 0",
            "2000-01-01T00:00:01.000001, 1000001",
            "1999-12-31T23:59:59, -1000000",
            "2000-01-01T00:00:00.0000015, 2",
            "2000-01-01T00:00:00.0000025, 2"})
    void a_time_is_microseconds_since_2000_rounded_half_to_even_as_the_server_rounds_text(LocalDateTime time,
            long micros) {
        assertThat(EventRows.microsSincePostgresEpoch(time)).isEqualTo(micros);
    }

    @Test
    void a_time_past_year_9999_which_the_validator_never_lets_through_is_refused() {
        assertThatThrownBy(() -> EventRows.microsSincePostgresEpoch(LocalDateTime.of(10000, 1, 2, 3, 4, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
