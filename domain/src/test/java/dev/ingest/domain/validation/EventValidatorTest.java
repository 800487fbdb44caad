package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;
import static dev.ingest.domain.testdata.Events.anEvent;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static dev.ingest.domain.reason.ReasonCode.FIELD_TOO_LONG;
import static dev.ingest.domain.reason.ReasonCode.INVALID_CHARACTERS;
import static dev.ingest.domain.reason.ReasonCode.INVALID_EVENT_TYPE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_PRICE;
import static dev.ingest.domain.reason.ReasonCode.INVALID_TIMESTAMP;
import static dev.ingest.domain.reason.ReasonCode.MISSING_CATEGORY;
import static dev.ingest.domain.reason.ReasonCode.MISSING_EVENT_ID;
import static dev.ingest.domain.reason.ReasonCode.MISSING_PRICE;
import static dev.ingest.domain.reason.ReasonCode.NON_POSITIVE_PRICE;
import static dev.ingest.domain.reason.ReasonCode.PRICE_OUT_OF_RANGE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.RawEvent;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventValidatorTest {

    private final EventValidator validator = EventValidator.standard();

    @Test
    void a_valid_record_becomes_the_typed_event() {
        RawEvent raw = aRawEvent()
                .withEventId(" evt-77 ").withUserId("u-1").withProductId("p-9").withProductName("Kettle")
                .withCategory("kitchen").withPrice("19.999").withEventType("Add_To_Cart")
                .withTimestamp("2024-06-01T12:00:00+02:00").build();

        assertThat(validator.validate(raw)).isEqualTo(new Verdict.Valid(anEvent()
                .withEventId("evt-77").withUserId("u-1").withProductId("p-9").withProductName("Kettle")
                .withCategory("kitchen").withPrice("20.00").withEventType(EventType.ADD_TO_CART)
                .withEventTime(LocalDateTime.of(2024, 6, 1, 10, 0)).build()));
    }

    @Test
    void the_default_test_records_agree() {
        assertThat(validator.validate(aRawEvent().build())).isEqualTo(new Verdict.Valid(anEvent().build()));
    }

    static Stream<Arguments> recordsWithSeveralFaults() {
        return Stream.of(
                Arguments.of(aRawEvent().withEventId(null).withPrice("abc").withEventType("buy").build(),
                        EnumSet.of(MISSING_EVENT_ID, INVALID_PRICE, INVALID_EVENT_TYPE)),
                Arguments.of(aRawEvent().withCategory(" ").withPrice("0").withTimestamp("2023-02-29 10:00:00").build(),
                        EnumSet.of(MISSING_CATEGORY, NON_POSITIVE_PRICE, INVALID_TIMESTAMP)),
                Arguments.of(aRawEvent().withUserId("u".repeat(51)).withProductName("a\u0000b")
                                .withPrice("100000000").build(),
                        EnumSet.of(FIELD_TOO_LONG, INVALID_CHARACTERS, PRICE_OUT_OF_RANGE)),
                Arguments.of(aRawEvent().withPrice("").withEventType("\uFFFD").withTimestamp("now").build(),
                        EnumSet.of(MISSING_PRICE, INVALID_CHARACTERS, INVALID_EVENT_TYPE, INVALID_TIMESTAMP)),
                Arguments.of(aRawEvent().withEventId("e\u0000".repeat(30)).build(),
                        EnumSet.of(FIELD_TOO_LONG, INVALID_CHARACTERS)));
    }

    @ParameterizedTest
    @MethodSource("recordsWithSeveralFaults")
    void an_invalid_verdict_carries_every_reason_that_applies(RawEvent raw, Set<ReasonCode> reasons) {
        assertThat(validator.validate(raw)).isEqualTo(new Verdict.Invalid(reasons));
    }

    @Test
    void one_validator_judges_each_record_on_its_own() {
        RawEvent bad = aRawEvent().withPrice("-1").withEventType("nope").build();
        RawEvent good = aRawEvent().build();

        assertThat(validator.validate(bad)).isInstanceOf(Verdict.Invalid.class);
        assertThat(validator.validate(good)).isInstanceOf(Verdict.Valid.class);
        assertThat(validator.validate(bad)).isEqualTo(validator.validate(bad));
    }

    @Test
    void the_rules_have_distinct_names_and_cover_every_field_level_reason() {
        assertThat(EventRules.ALL).extracting(Rule::name).doesNotHaveDuplicates();
        Set<ReasonCode> ruleReasons = EventRules.ALL.stream().map(Rule::reason).collect(Collectors.toSet());
        // The two record-level reasons belong to the reader, which could not produce fields at all.
        assertThat(ruleReasons).isEqualTo(EnumSet.complementOf(
                EnumSet.of(ReasonCode.MALFORMED_RECORD, ReasonCode.SCHEMA_MISMATCH)));
    }

    @Test
    void a_rule_contributes_its_reason_only_when_it_does_not_hold() {
        Rule positive = EventRules.ALL.stream().filter(rule -> rule.reason() == NON_POSITIVE_PRICE).findFirst()
                .orElseThrow();

        assertThat(positive.verdictOn(new Candidate(aRawEvent().withPrice("0").build()))).contains(NON_POSITIVE_PRICE);
        assertThat(positive.verdictOn(new Candidate(aRawEvent().withPrice("1").build()))).isEmpty();
        assertThat(positive.verdictOn(new Candidate(aRawEvent().withPrice(null).build()))).isEmpty();
        assertThat(positive.toString()).contains("NON_POSITIVE_PRICE");
    }
}
