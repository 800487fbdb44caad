package dev.ingest.domain.event;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.reason.ReasonCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordTypesTest {

    private static final Origin ORIGIN = new Origin("f.csv", 3);

    @Test
    void an_event_price_has_scale_two() {
        assertThat(anEvent().withPrice("5").build().price()).isEqualTo(new BigDecimal("5.00"));
        assertThatThrownBy(() -> new Event("e", "u", "p", "n", "c", new BigDecimal("5.0"), EventType.VIEW,
                anEvent().build().eventTime()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale 2");
    }

    @Test
    void an_event_has_every_field() {
        assertThatThrownBy(() -> anEvent().withCategory(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("category");
    }

    @Test
    void a_raw_event_may_lack_fields_but_not_its_origin() {
        RawEvent empty = new RawEvent(null, null, null, null, null, null, null, null, ORIGIN);

        assertThat(empty.origin()).isEqualTo(ORIGIN);
        assertThatThrownBy(() -> new RawEvent("e", "u", "p", "n", "c", "1", "view", "t", null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"MALFORMED_RECORD", "SCHEMA_MISMATCH", "INVALID_CHARACTERS"})
    void an_unreadable_record_keeps_its_text_and_reader_reason(ReasonCode reason) {
        UnreadableRecord record = new UnreadableRecord("a,\"b", reason, ORIGIN);

        assertThat(record.rawText()).isEqualTo("a,\"b");
        assertThat(record.reason()).isEqualTo(reason);
    }

    @Test
    void a_tombstone_is_a_record_without_a_value_but_with_an_origin() {
        assertThat(new Tombstone(ORIGIN).origin()).isEqualTo(ORIGIN);
        assertThatThrownBy(() -> new Tombstone(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"MALFORMED_RECORD", "SCHEMA_MISMATCH", "INVALID_CHARACTERS"},
            mode = EnumSource.Mode.EXCLUDE)
    void field_level_reasons_do_not_describe_an_unreadable_record(ReasonCode reason) {
        assertThatThrownBy(() -> new UnreadableRecord("x", reason, ORIGIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason.name());
    }
}
