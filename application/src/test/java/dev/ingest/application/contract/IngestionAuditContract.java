package dev.ingest.application.contract;

import static dev.ingest.domain.testdata.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.SourceUnit;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.application.verify.port.out.RecordedFile;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.StageTimings;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.reason.ReasonCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IngestionAudit} promises about what its store's committer and writers wrote, run against the
 * in-memory fake and the real adapter; each test uses streams and event ids of its own, so a database may be shared.
 */
public abstract class IngestionAuditContract {

    /** The clock the committer under test records its commits with. */
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:05Z"), ZoneOffset.UTC);

    private static final Instant STARTED_AT = Instant.parse("2024-03-01T12:00:00Z");
    private static final Instant LANDED = Instant.parse("2024-03-01T11:59:00Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String stream = "audit-" + run;

    /** The committer whose commits the audit reads back, committing at {@link #CLOCK}'s instant. */
    protected abstract BatchCommitter committer();

    /** The writers of the committer's store. */
    protected abstract PartitionWriterFactory writers();

    /** The audit under test, over the same store. */
    protected abstract IngestionAudit audit();

    @Test
    void a_stream_is_listed_once_it_has_committed_a_batch() {
        String uncommitted = stream + "-uncommitted";
        commit(batch(0), file("a.csv", 1));
        store(new BatchKey(uncommitted, 0), 0, file("b.csv", 1));

        assertThat(audit().streamIds()).contains(stream).doesNotContain(uncommitted);
    }

    @Test
    void the_ledger_lists_the_stream_s_committed_batches_in_batch_order_as_recorded() {
        commit(batch(1), file("b.csv", 2));
        commit(batch(0), file("a.csv", 3).quarantining(1));
        store(batch(2), 0, file("c.csv", 1));
        commit(new BatchKey(stream + "-other", 0), file("x.csv", 1));

        List<LedgerEntry> entries = audit().batches(stream);

        assertThat(entries).containsExactly(
                new LedgerEntry(batch(0), new BatchOutcome(3, 2, 0, 1, Map.of(ReasonCode.INVALID_PRICE, 1L)),
                        STARTED_AT, CLOCK.instant()),
                new LedgerEntry(batch(1), new BatchOutcome(2, 2, 0, 0, Map.of()), STARTED_AT, CLOCK.instant()));
        assertThat(audit().batches(stream + "-unknown")).isEmpty();
    }

    @Test
    void the_files_of_committed_batches_are_listed_once_per_batch_by_batch_and_path() {
        String spaced = "file:/in/a%20b.csv";
        commit(batch(1), file("file:/in/c.csv", 1), file(spaced, 3).quarantining(1));
        commit(batch(0), file("file:/in/b.csv", 2));
        commit(batch(1), file("file:/in/c.csv", 1), file(spaced, 3).quarantining(1));
        commit(batch(2), file(spaced, 3).quarantining(1));
        store(batch(3), 0, file("file:/in/d.csv", 1));
        commit(new BatchKey(stream + "-other", 0), file("file:/in/e.csv", 1));

        assertThat(audit().files(stream)).containsExactly(
                new RecordedFile(0, "file:/in/b.csv", 2),
                new RecordedFile(1, spaced, 3),
                new RecordedFile(1, "file:/in/c.csv", 1),
                new RecordedFile(2, spaced, 3));
        assertThat(audit().files(stream + "-unknown")).isEmpty();
    }

    @Test
    void the_stored_events_count_every_stream_s_events_committed_or_not_and_no_duplicate() {
        long before = audit().storedEvents();

        commit(batch(0), file("a.csv", 2));
        store(new BatchKey(stream + "-other", 0), 0, file("b.csv", 1));
        commit(batch(1), file("a.csv", 2));

        assertThat(audit().storedEvents() - before).isEqualTo(3);
    }

    private BatchKey batch(long batchId) {
        return new BatchKey(stream, batchId);
    }

    private SourceFile file(String path, long records) {
        return new SourceFile(path, records, 0);
    }

    /** Stores each file in a partition of its own and commits the batch. */
    private void commit(BatchKey key, SourceFile... files) {
        List<UnitTally> tallies = new ArrayList<>();
        long quarantined = 0;
        for (int partition = 0; partition < files.length; partition++) {
            tallies.addAll(store(key, partition, files[partition]));
            quarantined += files[partition].quarantined();
        }
        Map<ReasonCode, Long> reasons = quarantined == 0 ? Map.of() : Map.of(ReasonCode.INVALID_PRICE, quarantined);
        committer().commit(key, BatchTally.ofUnits(tallies, reasons, StageTimings.NONE), STARTED_AT);
    }

    /** Stores one file in one partition, its valid records as events whose ids name the file and record. */
    private List<UnitTally> store(BatchKey key, int partition, SourceFile file) {
        try (PartitionWriter writer = writers().open(key, partition)) {
            for (long record = 1; record <= file.records() - file.quarantined(); record++) {
                String id = run + "-" + file.path().substring(file.path().lastIndexOf('/') + 1) + "-" + record;
                writer.write(anEvent().withEventId(id).build(), new Origin(file.path(), record));
            }
            return writer.commit(List.of(new UnitRead(SourceUnit.fromId(file.path()), LANDED, file.records(),
                    file.quarantined())));
        }
    }

    /** A file as a partition read it: its records, of which the last ones quarantined. */
    private record SourceFile(String path, long records, long quarantined) {

        SourceFile quarantining(long count) {
            return new SourceFile(path, records, count);
        }
    }
}
