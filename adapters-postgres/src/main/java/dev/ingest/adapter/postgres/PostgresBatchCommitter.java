package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.ingest.port.out.BatchCommitter;
import dev.ingest.application.ingest.port.out.PartitionWriterFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.BatchTally;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record5;

/**
 * The batch committer on PostgreSQL. The executors' partitions store the events and their files ({@link #writers()});
 * a commit then records the batch in the ledger, after checking that the files stored for it add
 * up to the tally. Commits of one batch take turns on an advisory lock, so a second commit, even a concurrent one,
 * finds the first one's ledger row and returns its outcome; the ledger's primary key backs this up.
 */
public final class PostgresBatchCommitter implements BatchCommitter {

    private final DatabaseSettings settings;
    private final RetryingTransactions transactions;
    private final Clock clock;

    public PostgresBatchCommitter(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.transactions = new RetryingTransactions(settings);
        this.clock = clock;
    }

    /** Where the executors store this store's batches. */
    public PartitionWriterFactory writers() {
        return new PostgresPartitionWriterFactory(settings);
    }

    @Override
    public Optional<BatchOutcome> committed(BatchKey key) {
        return transactions.inTransaction((connection, dsl) -> LedgerRows.outcome(dsl, key));
    }

    @Override
    public BatchOutcome commit(BatchKey key, BatchTally tally, Instant startedAt) {
        return transactions.inTransaction((connection, dsl) -> commitOnce(dsl, key, tally, startedAt));
    }

    private BatchOutcome commitOnce(DSLContext dsl, BatchKey key, BatchTally tally, Instant startedAt) {
        AdvisoryLocks.lockBatch(dsl, key);
        Optional<BatchOutcome> earlier = LedgerRows.outcome(dsl, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Record5<Integer, Long, Long, Long, Long> stored = IngestedFileRows.totals(dsl, key);
        List<Long> expected = List.of((long) tally.units().size(), tally.outcome().recordsIn(),
                tally.outcome().stored(), tally.outcome().duplicates(), tally.outcome().quarantined());
        List<Long> found = List.of(stored.value1().longValue(), stored.value2(), stored.value3(), stored.value4(),
                stored.value5());
        if (!found.equals(expected)) {
            throw new IllegalStateException("batch " + key.batchId() + " of stream " + key.streamId()
                    + ": its partitions reported (files, records, stored, duplicates, quarantined) " + expected
                    + " but the database holds " + found);
        }
        BatchOutcome outcome = tally.outcome();
        if (!LedgerRows.record(dsl, key, outcome, startedAt, clock.instant())) {
            throw new IllegalStateException("batch " + key + " was recorded by another commit despite the lock");
        }
        return outcome;
    }
}
