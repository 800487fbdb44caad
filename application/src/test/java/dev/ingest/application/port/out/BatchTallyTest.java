package dev.ingest.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.reason.ReasonCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchTallyTest {

    private static final SourceFileTally FILE_A = new SourceFileTally("a.csv", Instant.parse("2024-03-15T14:00:00Z"), 3);
    private static final SourceFileTally FILE_B = new SourceFileTally("b.csv", Instant.parse("2024-03-15T14:00:01Z"), 2);

    @ParameterizedTest(name = "in={0} staged={1} quarantined={2}")
    @CsvSource({"3, 2, 0", "3, 4, 0", "0, 0, 1", "5, 2, 2"})
    void records_in_must_equal_staged_plus_quarantined(long in, long staged, long quarantined) {
        assertThatThrownBy(() -> new BatchTally(in, staged, quarantined, Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records in (" + in + ")");
    }

    @Test
    void partition_tallies_add_up_counts_reasons_and_files() {
        BatchTally first = new BatchTally(3, 2, 1, Map.of(ReasonCode.INVALID_PRICE, 1L), List.of(FILE_A));
        BatchTally second = new BatchTally(2, 0, 2,
                Map.of(ReasonCode.INVALID_PRICE, 1L, ReasonCode.MALFORMED_RECORD, 1L), List.of(FILE_B));

        BatchTally merged = first.plus(second);

        assertThat(merged).isEqualTo(new BatchTally(5, 2, 3,
                Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L), List.of(FILE_A, FILE_B)));
        assertThat(first.plus(BatchTally.empty())).isEqualTo(first);
        assertThat(BatchTally.empty().plus(first)).isEqualTo(first);
    }

    @Test
    void keeps_its_own_unmodifiable_copies() {
        Map<ReasonCode, Long> reasons = new HashMap<>(Map.of(ReasonCode.INVALID_PRICE, 1L));
        List<SourceFileTally> files = new ArrayList<>(List.of(FILE_A));
        BatchTally tally = new BatchTally(1, 0, 1, reasons, files);
        reasons.clear();
        files.add(FILE_B);

        assertThat(tally.quarantinedByReason()).containsExactly(Map.entry(ReasonCode.INVALID_PRICE, 1L));
        assertThat(tally.files()).containsExactly(FILE_A);
        assertThatThrownBy(() -> tally.files().add(FILE_B)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tally.quarantinedByReason().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void travels_from_executors_to_the_driver_intact() throws IOException, ClassNotFoundException {
        BatchTally tally = new BatchTally(5, 2, 3, Map.of(ReasonCode.FIELD_TOO_LONG, 3L), List.of(FILE_A, FILE_B));

        assertThat(roundTrip(tally)).isEqualTo(tally);
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
