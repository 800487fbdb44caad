package dev.ingest.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.reason.ReasonCode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonCountsTest {

    @Test
    void writes_counts_in_code_order_and_reads_them_back() {
        Map<ReasonCode, Long> counts = Map.of(ReasonCode.SCHEMA_MISMATCH, 4L, ReasonCode.MISSING_EVENT_ID, 1L,
                ReasonCode.INVALID_PRICE, 12L);

        String text = ReasonCounts.format(counts);

        assertThat(text).isEqualTo("MISSING_EVENT_ID=1;INVALID_PRICE=12;SCHEMA_MISMATCH=4");
        assertThat(ReasonCounts.parse(text)).isEqualTo(counts);
    }

    @Test
    void no_quarantine_is_the_empty_text() {
        assertThat(ReasonCounts.format(Map.of())).isEmpty();
        assertThat(ReasonCounts.parse("")).isEmpty();
    }

    @Test
    void every_reason_code_round_trips() {
        Map<ReasonCode, Long> all = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            all.put(code, (long) code.ordinal() + 1);
        }

        assertThat(ReasonCounts.parse(ReasonCounts.format(all))).isEqualTo(all);
    }
}
