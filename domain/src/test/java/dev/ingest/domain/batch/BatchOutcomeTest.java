package dev.ingest.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.reason.ReasonCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BatchOutcomeTest {

    @ParameterizedTest(name = "in={0} stored={1} duplicates={2} quarantined={3}")
    @CsvSource({"0, 0, 0, 0", "10, 10, 0, 0", "10, 0, 10, 0", "10, 0, 0, 10", "100, 90, 7, 3"})
    void every_record_in_has_exactly_one_fate(long in, long stored, long duplicates, long quarantined) {
        BatchOutcome outcome = new BatchOutcome(in, stored, duplicates, quarantined, Map.of());

        assertThat(outcome.stored() + outcome.duplicates() + outcome.quarantined()).isEqualTo(outcome.recordsIn());
    }

    @ParameterizedTest(name = "in={0} stored={1} duplicates={2} quarantined={3}")
    @CsvSource({"10, 9, 0, 0", "10, 10, 1, 0", "10, 5, 5, 1", "0, 1, 0, 0"})
    void counts_that_do_not_add_up_are_refused(long in, long stored, long duplicates, long quarantined) {
        assertThatThrownBy(() -> new BatchOutcome(in, stored, duplicates, quarantined, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in=" + in);
    }

    @ParameterizedTest(name = "in={0} stored={1} duplicates={2} quarantined={3}")
    @CsvSource({"-1, -1, 0, 0", "0, 1, -1, 0", "0, 0, 1, -1"})
    void negative_counts_are_refused_even_when_they_add_up(long in, long stored, long duplicates, long quarantined) {
        assertThatThrownBy(() -> new BatchOutcome(in, stored, duplicates, quarantined, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void the_reasons_are_an_unmodifiable_copy() {
        Map<ReasonCode, Long> reasons = new HashMap<>(Map.of(ReasonCode.INVALID_PRICE, 2L));
        BatchOutcome outcome = new BatchOutcome(5, 3, 0, 2, reasons);
        reasons.put(ReasonCode.FIELD_TOO_LONG, 1L);

        assertThat(outcome.quarantinedByReason()).containsExactly(Map.entry(ReasonCode.INVALID_PRICE, 2L));
        assertThatThrownBy(() -> outcome.quarantinedByReason().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_empty_batch_has_no_records_and_no_reasons() {
        assertThat(BatchOutcome.empty()).isEqualTo(new BatchOutcome(0, 0, 0, 0, Map.of()));
    }

    @Test
    void outcomes_add_up_count_by_count_and_reason_by_reason() {
        BatchOutcome first = new BatchOutcome(5, 2, 1, 2, Map.of(ReasonCode.INVALID_PRICE, 2L));
        BatchOutcome second = new BatchOutcome(4, 1, 0, 3,
                Map.of(ReasonCode.INVALID_PRICE, 1L, ReasonCode.MISSING_USER_ID, 2L));

        assertThat(first.plus(second)).isEqualTo(new BatchOutcome(9, 3, 1, 5,
                Map.of(ReasonCode.INVALID_PRICE, 3L, ReasonCode.MISSING_USER_ID, 2L)));
        assertThat(first.plus(BatchOutcome.empty())).isEqualTo(first);
    }
}
