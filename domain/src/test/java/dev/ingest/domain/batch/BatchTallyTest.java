package dev.ingest.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.domain.reason.ReasonCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchTallyTest {

    private static final Instant LANDED = Instant.parse("2024-03-15T14:00:00Z");
    private static final UnitTally FILE_A = new UnitTally(new LandedFile("a.csv"), LANDED, 3, 1, 1, 1);
    private static final UnitTally FILE_B = new UnitTally(new LandedFile("b.csv"), LANDED.plusSeconds(1), 2, 0, 0, 2);
    private static final StageTimings TIMINGS =
            new StageTimings(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3));

    @Test
    void the_outcome_of_files_adds_up_their_counts_with_the_reasons_given() {
        Map<ReasonCode, Long> reasons = Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L);

        BatchTally tally = BatchTally.ofUnits(List.of(FILE_A, FILE_B), reasons, TIMINGS);

        assertThat(tally.outcome()).isEqualTo(new BatchOutcome(5, 1, 1, 3, reasons));
        assertThat(tally.units()).containsExactly(FILE_A, FILE_B);
        assertThat(tally.timings()).isEqualTo(TIMINGS);
    }

    @ParameterizedTest(name = "records={0} stored={1} duplicates={2} quarantined={3}")
    @CsvSource({"3, 2, 0, 0", "3, 2, 1, 1", "0, 0, 0, 1", "1, -1, 2, 0"})
    void a_file_tally_must_account_for_every_record(long records, long stored, long duplicates, long quarantined) {
        assertThatThrownBy(() -> new UnitTally(new LandedFile("a.csv"), LANDED, records, stored, duplicates,
                quarantined))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.csv");
    }

    @Test
    void a_file_read_becomes_a_tally_whose_valid_events_not_stored_are_duplicates() {
        UnitRead read = new UnitRead(new LandedFile("a.csv"), LANDED, 10, 3);

        assertThat(UnitTally.of(read, 5)).isEqualTo(new UnitTally(new LandedFile("a.csv"), LANDED, 10, 5, 2, 3));
        assertThatThrownBy(() -> UnitTally.of(read, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitRead(new LandedFile("a.csv"), LANDED, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partition_tallies_add_up_outcomes_files_and_timings() {
        BatchTally first = BatchTally.ofUnits(List.of(FILE_A), Map.of(ReasonCode.INVALID_PRICE, 1L), TIMINGS);
        BatchTally second = BatchTally.ofUnits(List.of(FILE_B),
                Map.of(ReasonCode.INVALID_PRICE, 1L, ReasonCode.MALFORMED_RECORD, 1L), TIMINGS);

        BatchTally merged = first.plus(second);

        assertThat(merged).isEqualTo(new BatchTally(new BatchOutcome(5, 1, 1, 3,
                Map.of(ReasonCode.INVALID_PRICE, 2L, ReasonCode.MALFORMED_RECORD, 1L)), List.of(FILE_A, FILE_B),
                TIMINGS.plus(TIMINGS)));
        assertThat(first.plus(BatchTally.empty())).isEqualTo(first);
        assertThat(BatchTally.empty().plus(first)).isEqualTo(first);
    }

    @Test
    void partition_tallies_add_up_their_store_retries() {
        BatchTally first = BatchTally.ofUnits(List.of(FILE_A), Map.of(), TIMINGS).withStoreRetries(2);
        BatchTally second = BatchTally.ofUnits(List.of(FILE_B), Map.of(), TIMINGS).withStoreRetries(3);

        assertThat(first.plus(second).storeRetries()).isEqualTo(5);
        assertThat(first.plus(BatchTally.empty()).storeRetries()).isEqualTo(2);
        assertThat(first.withIgnoredColumns(Map.of("extra", 1L)).storeRetries()).isEqualTo(2);
        assertThatThrownBy(() -> first.withStoreRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_its_own_unmodifiable_list_of_files() {
        List<UnitTally> files = new ArrayList<>(List.of(FILE_A));
        BatchTally tally = BatchTally.ofUnits(files, Map.of(ReasonCode.INVALID_PRICE, 1L), StageTimings.NONE);
        files.add(FILE_B);

        assertThat(tally.units()).containsExactly(FILE_A);
        assertThatThrownBy(() -> tally.units().add(FILE_B)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void travels_from_executors_to_the_driver_intact() throws IOException, ClassNotFoundException {
        BatchTally tally = BatchTally.ofUnits(List.of(FILE_A, FILE_B), Map.of(ReasonCode.FIELD_TOO_LONG, 3L), TIMINGS)
                .withStoreRetries(4);

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
