package dev.ingest.application.generate.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.EventValidator;
import dev.ingest.domain.validation.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvalidRecordMakerTest {

    private static final GeneratedRecord VALID = GeneratedRecord.of("evt-1", "user_1", "P-1", "Desk lamp", "Home",
            "10.00", "view", "2024-01-02 03:04:05.000");
    private static final EventValidator VALIDATOR = EventValidator.standard();

    @Test
    void each_spoiled_record_carries_exactly_its_reason_in_turn() {
        InvalidRecordMaker maker = new InvalidRecordMaker();

        for (ReasonCode reason : InvalidRecordMaker.INJECTABLE) {
            assertThat(maker.nextReason()).isEqualTo(reason);
            List<String> fields = maker.spoil(VALID).fields();
            if (reason == ReasonCode.MALFORMED_RECORD) {
                assertThat(fields).hasSize(EventField.values().length + 1);
            } else {
                assertThat(VALIDATOR.validate(raw(fields))).as(reason.name())
                        .isEqualTo(new Verdict.Invalid(Set.of(reason)));
            }
        }
    }

    @Test
    void the_spoiled_values_stay_as_they_were() {
        InvalidRecordMaker maker = new InvalidRecordMaker();
        List<List<String>> spoiled = InvalidRecordMaker.INJECTABLE.stream().map(r -> maker.spoil(VALID).fields())
                .toList();

        assertThat(spoiled.get(ReasonCode.MISSING_EVENT_ID.ordinal()).get(0)).isEmpty();
        assertThat(spoiled.get(ReasonCode.MISSING_USER_ID.ordinal()).get(1)).isEqualTo("   ");
        assertThat(spoiled.get(ReasonCode.MISSING_TIMESTAMP.ordinal()).get(7)).isEqualTo("   ");
        assertThat(spoiled.get(ReasonCode.INVALID_PRICE.ordinal()).get(5)).isEqualTo("$10.00");
        assertThat(spoiled.get(ReasonCode.NON_POSITIVE_PRICE.ordinal()).get(5)).isEqualTo("0.00");
        assertThat(spoiled.get(ReasonCode.PRICE_OUT_OF_RANGE.ordinal()).get(5)).isEqualTo("100000000.00");
        assertThat(spoiled.get(ReasonCode.INVALID_EVENT_TYPE.ordinal()).get(6)).isEqualTo("click");
        assertThat(spoiled.get(ReasonCode.INVALID_TIMESTAMP.ordinal()).get(7)).isEqualTo("2024-02-30 12:00:00.000");
        assertThat(spoiled.get(ReasonCode.FIELD_TOO_LONG.ordinal()).get(3)).hasSize(259);
        assertThat(spoiled.get(ReasonCode.INVALID_CHARACTERS.ordinal()).get(3)).isEqualTo("D\u0000esk lamp");
    }

    private static RawEvent raw(List<String> f) {
        return new RawEvent(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7),
                new Origin("file:///in/events_1.csv", 1));
    }
}
