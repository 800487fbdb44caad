package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The two message formats byte for byte: what the stream's Kafka source is built to read. */
class MessageEncodingTest {

    private static final List<String> EVENT = List.of("0190a1b2-0000-7000-8000-000000000001", "user_42", "BOOK-001",
            "Atlas", "Books", "12.34", "view", "2025-03-01 10:15:30.042");

    private static String json(List<String> fields) {
        return new String(MessageEncoding.encode(MessageFormat.JSON, fields), StandardCharsets.UTF_8);
    }

    private static String csv(List<String> fields) {
        return new String(MessageEncoding.encode(MessageFormat.CSV, fields), StandardCharsets.UTF_8);
    }

    private static List<String> withPrice(String price) {
        List<String> fields = new ArrayList<>(EVENT);
        fields.set(5, price);
        return fields;
    }

    @Test
    void json_is_one_object_with_the_keys_in_canonical_order_and_the_price_as_its_literal() {
        assertThat(json(EVENT)).isEqualTo("{\"event_id\":\"0190a1b2-0000-7000-8000-000000000001\","
                + "\"user_id\":\"user_42\",\"product_id\":\"BOOK-001\",\"product_name\":\"Atlas\",\"category\":\"Books\","
                + "\"price\":12.34,\"event_type\":\"view\",\"timestamp\":\"2025-03-01 10:15:30.042\"}");
    }

    @ParameterizedTest(name = "price {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "12.34|12.34", "0.00|0.00", "100000000.00|100000000.00", "7|7", "-5.10|-5.10",
            "$12.34|\"$12.34\"", "``|\"\"", "`   `|\"   \"", "1e3|\"1e3\"", "012.5|\"012.5\"", "12.|\"12.\"",
            ".5|\".5\"", "12,34|\"12,34\""})
    void a_plain_decimal_price_is_a_number_literal_with_the_exact_text_anything_else_a_string(String price,
            String written) {
        assertThat(json(withPrice(price))).contains("\"price\":" + written + ",");
    }

    @Test
    void a_nul_character_stays_in_the_value_escaped_and_other_text_is_utf8() {
        List<String> fields = new ArrayList<>(EVENT);
        fields.set(3, "Y\u0000oga \"Mat\" é✓ \uD83D\uDE00");

        byte[] value = MessageEncoding.encode(MessageFormat.JSON, fields);

        assertThat(new String(value, StandardCharsets.UTF_8))
                .contains("\"product_name\":\"Y\\u0000oga \\\"Mat\\\" é✓ \uD83D\uDE00\"");
        assertThat(DecodedMessages.fromJson(new String(value, StandardCharsets.UTF_8))).isEqualTo(fields);
    }

    @Test
    void a_record_with_a_field_too_many_or_too_few_is_its_object_with_the_closing_brace_cut_off() {
        List<String> surplus = new ArrayList<>(EVENT);
        surplus.add("surplus");
        List<String> tooFew = EVENT.subList(0, 7);

        assertThat(json(surplus)).isEqualTo(json(EVENT).substring(0, json(EVENT).length() - 1)
                + ",\"field_9\":\"surplus\"");
        assertThat(json(tooFew)).endsWith("\"event_type\":\"view\"").doesNotContain("timestamp");
        assertThat(DecodedMessages.fromJson(json(surplus))).isEqualTo(surplus);
        assertThat(DecodedMessages.fromJson(json(tooFew))).isEqualTo(tooFew);
    }

    @Test
    void csv_is_one_line_without_header_or_line_end_quoted_only_where_needed() {
        List<String> awkward = List.of("id-2", "user_2", "HOME-001", "Pan, \"Deluxe\"\n28 cm", " Home & Kitchen ",
                "19.99", "add_to_cart", "2025-03-01 10:15:30.043");

        assertThat(csv(EVENT)).isEqualTo(String.join(",", EVENT));
        assertThat(csv(awkward)).isEqualTo("id-2,user_2,HOME-001,\"Pan, \"\"Deluxe\"\"\n28 cm\",\" Home & Kitchen \","
                + "19.99,add_to_cart,2025-03-01 10:15:30.043");
        assertThat(DecodedMessages.fromCsv(csv(awkward))).isEqualTo(awkward);
    }

    @Test
    void csv_keeps_a_wrong_field_count_blank_values_and_a_nul() {
        List<String> tooFew = List.of("id-4", "", "SPRT-001", "Y\u0000oga Mat", "Sports", "$15.00", "purchase");

        assertThat(csv(tooFew)).isEqualTo("id-4,,SPRT-001,Y\u0000oga Mat,Sports,$15.00,purchase");
        assertThat(DecodedMessages.fromCsv(csv(tooFew))).isEqualTo(tooFew);
    }

    @Test
    void the_key_is_the_user_id_and_none_when_it_is_blank_or_missing() {
        assertThat(KafkaGeneratorSink.key(EVENT)).isEqualTo("user_42");
        assertThat(KafkaGeneratorSink.key(List.of("id", "   ", "p"))).isNull();
        assertThat(KafkaGeneratorSink.key(List.of("id"))).isNull();
    }
}
