package dev.ingest.application.verify.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryArrivedFiles;
import dev.ingest.application.fake.InMemoryIngestionAudit;
import dev.ingest.application.verify.port.in.FileAccount;
import dev.ingest.application.verify.port.in.IngestionAccount;
import dev.ingest.application.verify.port.in.VerifyIngestionCommand;
import dev.ingest.application.verify.port.out.IngestedFile;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.reason.ReasonCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyIngestionServiceTest {

    private static final String STREAM = "s-1";

    private final InMemoryArrivedFiles arrived = new InMemoryArrivedFiles();
    private final InMemoryIngestionAudit audit = new InMemoryIngestionAudit();
    private final Map<BatchKey, Long> quarantineRows = new HashMap<>();

    @Test
    void balances_when_every_file_was_taken_whole_and_every_batch_adds_up() {
        arrived.with("a.csv", 10).archived("b.csv", 5);
        batch(0, outcome(10, 7, 1, 2), file(0, "file:/in/a.csv", 10));
        batch(1, outcome(5, 5, 0, 0), file(1, "file:/in/b.csv", 5));

        IngestionAccount account = verify();

        assertThat(account.problems()).isEmpty();
        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).extracting(FileAccount::name).containsExactly("a.csv", "b.csv");
        assertThat(account.arrivedRecords()).isEqualTo(15);
        assertThat(List.of(account.recordsIn(), account.stored(), account.duplicates(), account.quarantined()))
                .containsExactly(15L, 12L, 1L, 2L);
        assertThat(account.table().comparable()).isTrue();
        assertThat(account.table().tableRows()).isEqualTo(12);
    }

    @Test
    void a_file_s_columns_that_the_stream_does_not_read_are_in_its_account() {
        arrived.withIgnoredColumns("a.csv", 10, "session_id");
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).singleElement()
                .satisfies(file -> assertThat(file.ignoredColumns()).containsExactly("session_id"));
    }

    @Test
    void a_file_no_batch_took_is_named_as_never_processed() {
        arrived.with("a.csv", 10).with("late.csv", 4);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isFalse();
        assertThat(account.problems()).containsExactly("late.csv: arrived with 4 records but no committed batch took it");
    }

    @Test
    void a_file_without_records_that_no_batch_took_holds_nothing_to_account_for() {
        arrived.with("a.csv", 10).with("empty.csv", 0);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).filteredOn(file -> file.name().equals("empty.csv")).singleElement()
                .satisfies(file -> assertThat(file.processed()).isFalse());
    }

    @Test
    void a_file_whose_records_differ_from_what_its_batch_recorded_is_named() {
        arrived.with("a.csv", 12);
        batch(3, outcome(10, 10, 0, 0), file(3, "file:/in/a.csv", 10));

        assertThat(verify().problems()).containsExactly("a.csv: arrived with 12 records but batch 3 recorded 10");
    }

    @Test
    void a_recorded_file_that_neither_folder_holds_is_named() {
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/gone.csv", 10));

        assertThat(verify().problems()).containsExactly(
                "gone.csv: batch 0 took 10 records from it, but it is in neither the input nor the archive folder");
    }

    @Test
    void a_batch_whose_files_do_not_add_up_to_its_records_in_is_named() {
        arrived.with("a.csv", 10);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));
        batch(1, outcome(6, 6, 0, 0));
        audit.withStoredEvents(16);

        assertThat(verify().problems()).containsExactly("batch 1: took 6 records but its recorded files hold 0");
    }

    @Test
    void a_batch_whose_quarantine_holds_a_different_number_of_rows_is_named() {
        arrived.with("a.csv", 10);
        batch(0, outcome(10, 7, 0, 3), file(0, "file:/in/a.csv", 10));
        quarantineRows.put(new BatchKey(STREAM, 0), 2L);

        assertThat(verify().problems()).containsExactly("batch 0: quarantined 3 records but its quarantine folder holds 2");
    }

    @Test
    void a_table_that_disagrees_with_the_only_stream_is_named() {
        arrived.with("a.csv", 10);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));
        audit.withStoredEvents(9);

        assertThat(verify().problems()).containsExactly("table: holds 9 events but the stream's batches stored 10");
    }

    @Test
    void the_table_is_not_compared_when_other_streams_stored_events_too() {
        arrived.with("a.csv", 10);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));
        audit.batch("other", 0, outcome(4, 4, 0, 0), file(0, "file:/elsewhere/x.csv", 4));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.table().comparable()).isFalse();
        assertThat(account.table().otherStreams()).containsExactly("other");
    }

    @Test
    void copies_of_one_name_in_both_folders_add_up_against_every_batch_that_took_the_name() {
        arrived.with("a.csv", 3).archived("a.csv", 10);
        batch(0, outcome(10, 10, 0, 0), file(0, "file:/in/a.csv", 10));
        batch(4, outcome(3, 0, 3, 0), file(4, "file:/in/a.csv", 3));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).singleElement().satisfies(file -> {
            assertThat(file.arrivedCopies()).isEqualTo(2);
            assertThat(file.batchIds()).containsExactly(0L, 4L);
        });
    }

    private IngestionAccount verify() {
        return new VerifyIngestionService(arrived, audit, key -> quarantineRows.getOrDefault(key, 0L))
                .verify(new VerifyIngestionCommand(STREAM));
    }

    private void batch(long batchId, BatchOutcome outcome, IngestedFile... files) {
        audit.batch(STREAM, batchId, outcome, files);
        quarantineRows.put(new BatchKey(STREAM, batchId), outcome.quarantined());
    }

    private static IngestedFile file(long batchId, String path, long records) {
        return new IngestedFile(batchId, path, records);
    }

    private static BatchOutcome outcome(long in, long stored, long duplicates, long quarantined) {
        return new BatchOutcome(in, stored, duplicates, quarantined,
                quarantined == 0 ? Map.of() : Map.of(ReasonCode.INVALID_PRICE, quarantined));
    }
}
