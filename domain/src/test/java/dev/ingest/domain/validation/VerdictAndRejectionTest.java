package dev.ingest.domain.validation;

import dev.ingest.domain.reason.ReasonCode;
import static dev.ingest.domain.testdata.RawEvents.aRawEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictAndRejectionTest {

    @Test
    void an_invalid_verdict_needs_a_reason() {
        assertThatThrownBy(() -> new Verdict.Invalid(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_invalid_verdict_keeps_its_own_ordered_copy_of_the_reasons() {
        Set<ReasonCode> reasons = new HashSet<>(List.of(ReasonCode.INVALID_TIMESTAMP, ReasonCode.MISSING_EVENT_ID));
        Verdict.Invalid invalid = new Verdict.Invalid(reasons);
        reasons.add(ReasonCode.INVALID_PRICE);

        assertThat(invalid.reasons()).containsExactly(ReasonCode.MISSING_EVENT_ID, ReasonCode.INVALID_TIMESTAMP);
        assertThatThrownBy(() -> invalid.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_valid_verdict_needs_an_event() {
        assertThatThrownBy(() -> new Verdict.Valid(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_rejection_needs_a_record_and_a_reason() {
        assertThatThrownBy(() -> new Rejection(aRawEvent().build(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rejection(null, Set.of(ReasonCode.INVALID_PRICE)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_rejection_keeps_its_own_copy_of_the_reasons() {
        EnumSet<ReasonCode> reasons = EnumSet.of(ReasonCode.INVALID_PRICE);
        Rejection rejection = new Rejection(aRawEvent().withPrice("x").build(), reasons);
        reasons.add(ReasonCode.FIELD_TOO_LONG);

        assertThat(rejection.reasons()).containsExactly(ReasonCode.INVALID_PRICE);
        assertThatThrownBy(() -> rejection.reasons().add(ReasonCode.MALFORMED_RECORD))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
