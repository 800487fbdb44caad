package dev.ingest.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportQueryTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 1, 12, 0);

    @Test
    void from_must_come_before_to() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportQuery.unfiltered().withFrom(NOON).withTo(NOON))
                .withMessage("from must be before to, was 2024-03-01T12:00 and 2024-03-01T12:00");
    }

    @Test
    void an_open_ended_range_is_a_time_range() {
        assertThat(ReportQuery.unfiltered().withFrom(NOON).hasTimeRange()).isTrue();
        assertThat(ReportQuery.unfiltered().withTo(NOON).hasTimeRange()).isTrue();
        assertThat(ReportQuery.unfiltered().withLimit(3).hasTimeRange()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void a_limit_below_one_is_refused(int limit) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportQuery.unfiltered().withLimit(limit))
                .withMessage("limit must be at least 1, was " + limit);
    }

    @Test
    void a_blank_category_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportQuery.unfiltered().withCategory(" "))
                .withMessage("category must not be blank");
    }
}
