package dev.ingest.application.verify.usecase;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.fake.InMemoryArrivedFiles;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.verify.port.in.FileAccount;
import dev.ingest.application.verify.port.in.IngestionAccount;
import dev.ingest.application.verify.port.in.VerifyIngestionCommand;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.RecordedRange;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifyIngestionServiceTest {

    private static final String STREAM = "s-1";
    private static final Instant AT = Instant.parse("2024-03-01T12:00:00Z");

    private final InMemoryArrivedFiles arrived = new InMemoryArrivedFiles();
    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final Map<BatchKey, Long> quarantineRows = new HashMap<>();
    private IngestionAudit audit = store;

    @Test
    void balances_when_every_file_was_taken_whole_and_every_batch_adds_up() {
        arrived.with("a.csv", 10).archived("b.csv", 5);
        batch(0, file("file:/in/a.csv", 10).quarantining(2).repeating(1));
        batch(1, file("file:/in/b.csv", 5));

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
        batch(0, file("file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).singleElement()
                .satisfies(file -> assertThat(file.ignoredColumns()).containsExactly("session_id"));
    }

    @Test
    void a_file_deleted_after_its_batch_is_counted_from_the_ledger_and_named_as_not_re_read() {
        arrived.with("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10));
        batch(1, file("file:/in/gone.csv", 7));
        store.releaseFiles(STREAM, List.of("file:/in/gone.csv"));

        IngestionAccount account = verify();

        assertThat(account.problems()).isEmpty();
        assertThat(account.files()).filteredOn(FileAccount::name, "gone.csv").singleElement().satisfies(file -> {
            assertThat(file.arrived()).isFalse();
            assertThat(file.leftBatchIds()).containsExactly(1L);
            assertThat(file.leftRecords()).isEqualTo(7);
            assertThat(file.balanced()).isTrue();
        });
    }

    @Test
    void a_name_that_landed_again_after_it_was_archived_and_after_it_was_deleted_balances_copy_by_copy() {
        arrived.archived("export.csv", 5).with("export.csv", 3);
        batch(0, file("file:/in/export.csv", 5));
        store.releaseFiles(STREAM, List.of("file:/in/export.csv"));
        batch(1, file("file:/in/export.csv", 8));
        store.releaseFiles(STREAM, List.of("file:/in/export.csv"));
        batch(2, file("file:/in/export.csv", 3));

        IngestionAccount account = verify();

        assertThat(account.problems()).isEmpty();
        assertThat(account.files()).singleElement().satisfies(file -> {
            assertThat(file.batchIds()).containsExactly(0L, 2L);
            assertThat(file.leftBatchIds()).containsExactly(1L);
            assertThat(file.leftRecords()).isEqualTo(8);
        });
    }

    @Test
    void a_file_the_stream_still_holds_but_no_folder_has_is_a_problem() {
        batch(0, file("file:/in/a.csv", 10));

        assertThat(verify().problems()).containsExactly("a.csv: batch 0 took 10 records from it, but it is in neither"
                + " the input nor the archive folder");
    }

    @Test
    void a_file_no_batch_took_is_named_as_never_processed() {
        arrived.with("a.csv", 10).with("late.csv", 4);
        batch(0, file("file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isFalse();
        assertThat(account.problems()).containsExactly("late.csv: arrived with 4 records but no committed batch took it");
    }

    @Test
    void a_file_without_records_that_no_batch_took_holds_nothing_to_account_for() {
        arrived.with("a.csv", 10).with("empty.csv", 0);
        batch(0, file("file:/in/a.csv", 10));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).filteredOn(file -> file.name().equals("empty.csv")).singleElement()
                .satisfies(file -> assertThat(file.processed()).isFalse());
    }

    @Test
    void a_file_whose_records_differ_from_what_its_batch_recorded_is_named() {
        arrived.with("a.csv", 12);
        batch(3, file("file:/in/a.csv", 10));

        assertThat(verify().problems()).containsExactly("a.csv: arrived with 12 records but batch 3 recorded 10");
    }

    @Test
    void a_recorded_file_that_neither_folder_holds_is_named() {
        batch(0, file("file:/in/gone.csv", 10));

        assertThat(verify().problems()).containsExactly(
                "gone.csv: batch 0 took 10 records from it, but it is in neither the input nor the archive folder");
    }

    @Test
    void a_batch_whose_files_do_not_add_up_to_its_records_in_is_named() {
        arrived.with("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10));
        batch(1, file("file:/in/b.csv", 6));
        audit = new FileRowsLost(store, 1);

        assertThat(verify().problems()).containsExactly("batch 1: took 6 records but its recorded files hold 0");
    }

    @Test
    void a_batch_whose_quarantine_holds_a_different_number_of_rows_is_named() {
        arrived.with("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10).quarantining(3));
        quarantineRows.put(new BatchKey(STREAM, 0), 2L);

        assertThat(verify().problems()).containsExactly("batch 0: quarantined 3 records but its quarantine folder holds 2");
    }

    @Test
    void a_table_that_disagrees_with_the_only_stream_is_named() {
        arrived.with("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10));
        // A batch whose partition stored its events but which was never committed, as after a crash.
        store(new BatchKey(STREAM, 1), file("file:/in/b.csv", 1));

        assertThat(verify().problems()).containsExactly("table: holds 11 events but the stream's batches stored 10");
    }

    @Test
    void the_table_is_not_compared_when_other_streams_stored_events_too() {
        arrived.with("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10));
        commit(new BatchKey("other", 0), file("file:/elsewhere/x.csv", 4));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.table().comparable()).isFalse();
        assertThat(account.table().otherStreams()).containsExactly("other");
    }

    @Test
    void copies_of_one_name_in_both_folders_add_up_against_every_batch_that_took_the_name() {
        arrived.with("a.csv", 3).archived("a.csv", 10);
        batch(0, file("file:/in/a.csv", 10));
        batch(4, file("file:/in/a.csv", 3));

        IngestionAccount account = verify();

        assertThat(account.accounted()).isTrue();
        assertThat(account.files()).singleElement().satisfies(file -> {
            assertThat(file.arrivedCopies()).isEqualTo(2);
            assertThat(file.batchIds()).containsExactly(0L, 4L);
        });
        assertThat(account.duplicates()).isEqualTo(3);
    }

    private IngestionAccount verify() {
        return new VerifyIngestionService(arrived, audit, key -> quarantineRows.getOrDefault(key, 0L))
                .verify(new VerifyIngestionCommand(STREAM));
    }

    private void batch(long batchId, TakenFile... files) {
        commit(new BatchKey(STREAM, batchId), files);
    }

    /** Stores the files and commits the batch; its quarantine holds what the batch quarantined. */
    private void commit(BatchKey key, TakenFile... files) {
        List<UnitTally> tallies = store(key, files);
        long quarantined = tallies.stream().mapToLong(UnitTally::quarantined).sum();
        Map<ReasonCode, Long> reasons = quarantined == 0 ? Map.of() : Map.of(ReasonCode.INVALID_PRICE, quarantined);
        store.commit(key, BatchTally.ofUnits(tallies, reasons, StageTimings.NONE), AT);
        quarantineRows.put(key, quarantined);
    }

    /** Stores each file in a partition of its own; a file's events are named by its name and record number. */
    private List<UnitTally> store(BatchKey key, TakenFile... files) {
        List<UnitTally> tallies = new ArrayList<>();
        for (int partition = 0; partition < files.length; partition++) {
            TakenFile file = files[partition];
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            try (PartitionWriter writer = store.writers().open(key, partition)) {
                long valid = file.records() - file.quarantined();
                for (long record = 1; record <= valid; record++) {
                    long named = record <= valid - file.repeats() ? record : 1;
                    writer.write(anEvent().withEventId(name + "-" + named).build(), new Origin(file.path(), record));
                }
                UnitRead read = new UnitRead(SourceUnit.fromId(file.path()), AT, file.records(), file.quarantined());
                tallies.addAll(writer.commit(List.of(read)));
            }
        }
        return tallies;
    }

    private static TakenFile file(String path, long records) {
        return new TakenFile(path, records, 0, 0);
    }

    /** A file as a batch took it: its records, how many were quarantined, and how many valid ones repeat an id. */
    private record TakenFile(String path, long records, long quarantined, long repeats) {

        TakenFile quarantining(long count) {
            return new TakenFile(path, records, count, repeats);
        }

        TakenFile repeating(long count) {
            return new TakenFile(path, records, quarantined, count);
        }
    }

    /** The audit of a store that lost the file rows of one batch. */
    private record FileRowsLost(IngestionAudit audit, long batchId) implements IngestionAudit {

        @Override
        public Set<String> streamIds() {
            return audit.streamIds();
        }

        @Override
        public List<LedgerEntry> batches(String streamId) {
            return audit.batches(streamId);
        }

        @Override
        public List<RecordedFile> files(String streamId) {
            return audit.files(streamId).stream().filter(file -> file.batchId() != batchId).toList();
        }

        @Override
        public List<RecordedRange> ranges(Collection<String> topics) {
            return audit.ranges(topics);
        }

        @Override
        public long storedEvents() {
            return audit.storedEvents();
        }
    }
}
