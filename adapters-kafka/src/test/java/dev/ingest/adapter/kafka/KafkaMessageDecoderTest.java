package dev.ingest.adapter.kafka;

import dev.ingest.domain.event.MessageFormat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.Tombstone;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KafkaMessageDecoderTest {

    private static final Origin ORIGIN = new Origin("kafka://events/0/0-10", 1);
    private static final String JSON = "{\"event_id\":\"e1\",\"user_id\":\"u1\",\"product_id\":\"p1\","
            + "\"product_name\":\"Desk, \\\"oak\\\"\",\"category\":\"Office\",\"price\":120.50,"
            + "\"event_type\":\"purchase\",\"timestamp\":\"2024-03-01 10:00:01\"}";

    private final KafkaMessageDecoder json = new KafkaMessageDecoder(MessageFormat.JSON);
    private final KafkaMessageDecoder csv = new KafkaMessageDecoder(MessageFormat.CSV);

    @Test
    void a_json_object_gives_the_eight_fields_with_a_number_as_written() {
        assertThat(json.decode(utf8(JSON), ORIGIN)).isEqualTo(new RawEvent("e1", "u1", "p1", "Desk, \"oak\"",
                "Office", "120.50", "purchase", "2024-03-01 10:00:01", ORIGIN));
    }

    @Test
    void fields_may_come_in_any_order_as_numbers_or_null() {
        RawRecord record = json.decode(utf8("{\"timestamp\":1709287200000,\"price\":1e3,\"event_type\":\"view\","
                + "\"category\":null,\"product_name\":\"Lamp\",\"product_id\":7,\"user_id\":\" u2 \","
                + "\"event_id\":\"e2\"}"), ORIGIN);

        assertThat(record).isEqualTo(new RawEvent("e2", " u2 ", "7", "Lamp", null, "1e3", "view",
                "2024-03-01T10:00:00Z", ORIGIN));
    }

    @Test
    void a_fractional_or_huge_timestamp_number_stays_as_written_for_the_rules() {
        RawEvent fraction = (RawEvent) json.decode(utf8(JSON.replace("\"2024-03-01 10:00:01\"", "1.5")), ORIGIN);
        RawEvent huge = (RawEvent) json.decode(utf8(JSON.replace("\"2024-03-01 10:00:01\"",
                "99999999999999999999")), ORIGIN);

        assertThat(fraction.timestamp()).isEqualTo("1.5");
        assertThat(huge.timestamp()).isEqualTo("99999999999999999999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "\"e1\"", "42", "{\"event_id\":\"e1\"",
            "{\"event_id\":\"e1\"} {}", "{\"event_id\":\"e1\",}"})
    void text_that_is_not_one_json_object_is_malformed(String value) {
        assertThat(json.decode(utf8(value), ORIGIN)).isEqualTo(
                new UnreadableRecord(value, ReasonCode.MALFORMED_RECORD, ORIGIN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"price\":120.50,|",
            "\"price\":120.50,|\"price\":120.50,\"session\":\"s1\",",
            "\"price\":120.50,|\"price\":120.50,\"price\":1,",
            "\"price\":120.50,|\"price\":[120.50],",
            "\"price\":120.50,|\"price\":{\"amount\":1},",
            "\"price\":120.50,|\"price\":true,"})
    void an_object_that_lacks_adds_repeats_or_nests_a_field_mismatches_the_schema(String field, String replacement) {
        String value = JSON.replace(field, replacement == null ? "" : replacement);

        assertThat(json.decode(utf8(value), ORIGIN)).isEqualTo(
                new UnreadableRecord(value, ReasonCode.SCHEMA_MISMATCH, ORIGIN));
    }

    @Test
    void a_value_that_is_not_utf8_is_kept_as_base64() {
        byte[] value = {'{', (byte) 0xC3, (byte) 0x28, '}'};

        assertThat(json.decode(value, ORIGIN)).isEqualTo(new UnreadableRecord(
                "base64:" + Base64.getEncoder().encodeToString(value), ReasonCode.INVALID_CHARACTERS, ORIGIN));
        assertThat(csv.decode(value, ORIGIN)).isInstanceOf(UnreadableRecord.class)
                .extracting("reason").isEqualTo(ReasonCode.INVALID_CHARACTERS);
    }

    @Test
    void a_message_without_a_value_is_a_tombstone() {
        assertThat(json.decode(null, ORIGIN)).isEqualTo(new Tombstone(ORIGIN));
        assertThat(csv.decode(null, ORIGIN)).isEqualTo(new Tombstone(ORIGIN));
    }

    @Test
    void a_csv_line_gives_the_eight_fields_in_the_files_column_order() {
        assertThat(csv.decode(utf8("e1,u1,p1,\"Desk, \"\"oak\"\"\",Office,120.50,purchase,2024-03-01 10:00:01"),
                ORIGIN)).isEqualTo(new RawEvent("e1", "u1", "p1", "Desk, \"oak\"", "Office", "120.50", "purchase",
                "2024-03-01 10:00:01", ORIGIN));
        assertThat(csv.decode(utf8("e1,,p1,Lamp,Home,1,view,2024-03-01 10:00:01"), ORIGIN))
                .extracting("userId").isEqualTo("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"e1,u1,p1,Lamp,Home,1,view", "e1,u1,p1,Lamp,Home,1,view,2024-03-01 10:00:01,extra",
            "e1,u1,p1,\"Lamp,Home,1,view,2024-03-01 10:00:01",
            "e1,u1,p1,Lamp,Home,1,view,2024-03-01 10:00:01\ne2,u1,p1,Lamp,Home,1,view,2024-03-01 10:00:01", ""})
    void any_other_csv_text_is_malformed(String value) {
        assertThat(csv.decode(utf8(value), ORIGIN)).isEqualTo(
                new UnreadableRecord(value, ReasonCode.MALFORMED_RECORD, ORIGIN));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
