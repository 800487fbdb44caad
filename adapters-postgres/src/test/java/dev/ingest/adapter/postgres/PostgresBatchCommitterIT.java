package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.PartitionFiles.LANDED;
import static dev.ingest.adapter.postgres.PartitionFiles.store;
import static dev.ingest.adapter.postgres.PartitionFiles.tally;
import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL store does beyond the contract: the file rows, the conflict path, the checks. */
class PostgresBatchCommitterIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant STARTED = Instant.parse("2024-03-01T12:00:00Z");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:05Z");

    private final PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final PostgresIngestionAudit audit = new PostgresIngestionAudit(DATABASE.settings());
    private String stream;

    @BeforeEach
    void freshStream() {
        DATABASE.dsl().truncate(USER_EVENTS).execute();
        stream = "stream-" + UUID.randomUUID();
    }

    @Test
    void a_partition_records_each_file_it_stored_with_what_became_of_its_records() {
        BatchKey key = new BatchKey(stream, 0);
        try (PartitionWriter writer = store.writers().open(key, 0)) {
            writer.write(written("a-1").event(), written("a-1").from("a.csv", 1).origin());
            writer.write(written("a-1").event(), written("a-1").from("a.csv", 2).origin());
            writer.write(written("a-2").event(), written("a-2").from("b.csv", 1).origin());
            writer.commit(List.of(new UnitRead(new LandedFile("a.csv"), LANDED, 3, 1),
                    new UnitRead(new LandedFile("b.csv"), LANDED, 1, 0),
                    new UnitRead(new LandedFile("empty.csv"), LANDED, 0, 0)));
        }

        assertThat(DATABASE.dsl().selectFrom(INGESTED_FILES).where(INGESTED_FILES.STREAM_ID.eq(stream))
                .orderBy(INGESTED_FILES.SOURCE_FILE)
                .fetch(row -> row.getSourceFile() + " " + row.getRecords() + "=" + row.getStored() + "+"
                        + row.getDuplicates() + "+" + row.getQuarantined() + " landed " + row.getLandedAt().toInstant()))
                .containsExactly("a.csv 3=1+1+1 landed " + LANDED, "b.csv 1=1+0+0 landed " + LANDED,
                        "empty.csv 0=0+0+0 landed " + LANDED);
        assertThat(storedIds()).containsExactlyInAnyOrder("a-1", "a-2");
    }

    @Test
    void ids_stored_before_make_the_copy_fall_back_and_leave_the_stored_rows_untouched() {
        BatchKey earlier = new BatchKey(stream, 0);
        store.commit(earlier, tally(store(store.writers(), earlier, 0, "a.csv", written("e-old"))), STARTED);
        BatchKey later = new BatchKey(stream, 1);

        List<UnitTally> files = store(store.writers(), later, 0, "b.csv", written("e-new-1"),
                written("e-old").withProductName("changed"), written("e-new-2"));

        assertThat(files).containsExactly(new UnitTally(new LandedFile("b.csv"), LANDED, 3, 2, 1, 0));
        assertThat(store.commit(later, tally(files), STARTED)).isEqualTo(new BatchOutcome(3, 2, 1, 0, Map.of()));
        assertThat(storedIds()).containsExactlyInAnyOrder("e-old", "e-new-1", "e-new-2");
        assertThat(productName("e-old")).isEqualTo("Desk lamp");
    }

    @Test
    void after_a_conflict_each_file_of_the_partition_counts_only_its_own_new_rows() {
        BatchKey earlier = new BatchKey(stream, 0);
        store.commit(earlier, tally(store(store.writers(), earlier, 0, "a.csv", written("old-1"), written("old-2"))),
                STARTED);
        BatchKey later = new BatchKey(stream, 1);
        List<UnitTally> files;
        try (PartitionWriter writer = store.writers().open(later, 0)) {
            writer.write(written("new-1").event(), written("new-1").from("new.csv", 1).origin());
            writer.write(written("new-2").event(), written("new-2").from("new.csv", 2).origin());
            writer.write(written("old-1").event(), written("old-1").from("again.csv", 1).origin());
            writer.write(written("old-2").event(), written("old-2").from("again.csv", 2).origin());
            writer.write(written("old-1").event(), written("old-1").from("mixed.csv", 1).origin());
            writer.write(written("new-3").event(), written("new-3").from("mixed.csv", 2).origin());
            files = writer.commit(List.of(new UnitRead(new LandedFile("new.csv"), LANDED, 2, 0),
                    new UnitRead(new LandedFile("again.csv"), LANDED, 2, 0),
                            new UnitRead(new LandedFile("mixed.csv"), LANDED, 2, 0)));
        }

        assertThat(files).containsExactly(new UnitTally(new LandedFile("new.csv"), LANDED, 2, 2, 0, 0),
                new UnitTally(new LandedFile("again.csv"), LANDED, 2, 0, 2, 0),
                new UnitTally(new LandedFile("mixed.csv"), LANDED, 2, 1, 1, 0));
        assertThat(store.commit(later, tally(files), STARTED)).isEqualTo(new BatchOutcome(6, 3, 3, 0, Map.of()));
        assertThat(storedIds()).containsExactlyInAnyOrder("old-1", "old-2", "new-1", "new-2", "new-3");
    }

    @Test
    void a_file_spilled_in_many_pieces_is_stored_exactly_with_repeats_the_writer_is_given() {
        BatchKey earlier = new BatchKey(stream, 0);
        store.commit(earlier, tally(store(store.writers(), earlier, 0, "a.csv", written("old"))), STARTED);
        BatchKey later = new BatchKey(stream, 1);
        // 150 bytes in memory, pieces of ~300 bytes: spilled and cut; the repeats are those beyond the use case's window.
        var writer = new CopyPartitionWriter(new RetryingTransactions(DATABASE.settings()), later,
                () -> new PartitionRows(150, 300));
        List<UnitTally> files;
        try (writer) {
            for (int i = 1; i <= 30; i++) {
                writer.write(written("big-" + i).event(), written("big-" + i).from("big.csv", i).origin());
            }
            writer.write(written("big-1").withProductName("later copy").event(), written("big-1").from("big.csv", 31).origin());
            writer.write(written("old").event(), written("old").from("big.csv", 32).origin());
            files = writer.commit(List.of(new UnitRead(new LandedFile("big.csv"), LANDED, 32, 0)));
        }

        assertThat(files).containsExactly(new UnitTally(new LandedFile("big.csv"), LANDED, 32, 30, 2, 0));
        assertThat(DATABASE.dsl().fetchCount(USER_EVENTS)).isEqualTo(31);
        assertThat(productName("big-1")).isEqualTo("Desk lamp");
    }

    @Test
    void a_file_stored_by_an_earlier_attempt_is_skipped_whatever_the_new_attempt_read() {
        BatchKey key = new BatchKey(stream, 3);
        List<UnitTally> first = store(store.writers(), key, 0, "c.csv", written("c-1"), written("c-2"));

        List<UnitTally> again = store(store.writers(), key, 5, "c.csv", written("c-1"), written("c-3"),
                written("c-4"));

        assertThat(again).isEqualTo(first);
        assertThat(storedIds()).containsExactlyInAnyOrder("c-1", "c-2");
    }

    @Test
    void refuses_to_record_a_batch_whose_stored_files_do_not_add_up_to_the_tally() {
        BatchKey key = new BatchKey(stream, 0);
        store(store.writers(), key, 0, "g.csv", written("g-1"));
        BatchTally claimed = tally(List.of(new UnitTally(new LandedFile("g.csv"), LANDED, 2, 2, 0, 0)));

        assertThatThrownBy(() -> store.commit(key, claimed, STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reported (files, records, stored, duplicates, quarantined) [1, 2, 2, 0, 0]")
                .hasMessageContaining("the database holds [1, 1, 1, 0, 0]");
        assertThat(store.committed(key)).isEmpty();
    }

    @Test
    void the_ledger_lists_a_stream_s_batches_in_order_with_their_counts_and_times() {
        BatchKey second = new BatchKey(stream, 2);
        BatchKey first = new BatchKey(stream, 1);
        List<UnitTally> files;
        try (PartitionWriter writer = store.writers().open(second, 0)) {
            writer.write(written("h-2").event(), written("h-2").from("h.csv", 3).origin());
            files = writer.commit(List.of(new UnitRead(new LandedFile("h.csv"), LANDED, 3, 2)));
        }
        Map<ReasonCode, Long> reasons = Map.of(ReasonCode.MISSING_USER_ID, 1L, ReasonCode.INVALID_TIMESTAMP, 2L);
        store.commit(second, BatchTally.ofUnits(files, reasons, StageTimings.NONE), STARTED);
        store.commit(first, BatchTally.empty(), STARTED);

        List<LedgerEntry> entries = audit.batches(stream);

        assertThat(entries).containsExactly(
                new LedgerEntry(first, BatchOutcome.empty(), STARTED, NOW),
                new LedgerEntry(second, new BatchOutcome(3, 1, 0, 2, reasons), STARTED, NOW));
        assertThat(audit.batches("another-stream")).isEmpty();
    }

    private List<String> storedIds() {
        return DATABASE.dsl().select(USER_EVENTS.EVENT_ID).from(USER_EVENTS).fetch(USER_EVENTS.EVENT_ID);
    }

    private String productName(String eventId) {
        return DATABASE.dsl().select(USER_EVENTS.PRODUCT_NAME).from(USER_EVENTS)
                .where(USER_EVENTS.EVENT_ID.eq(eventId)).fetchOne(USER_EVENTS.PRODUCT_NAME);
    }
}
