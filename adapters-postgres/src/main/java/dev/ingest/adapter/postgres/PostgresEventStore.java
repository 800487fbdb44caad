package dev.ingest.adapter.postgres;

import dev.ingest.application.port.out.StagedEventsMissingException;

import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.EventStaging;
import dev.ingest.application.port.out.EventStore;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The event store on PostgreSQL, used on the driver. Each commit is one transaction that moves a batch's staged rows
 * into {@code user_events} (first occurrence by source file and record number winning, ids already stored skipped by
 * {@code ON CONFLICT (event_id) DO NOTHING}), writes the ledger row and one row per input file, and clears the
 * staging. Commits of one batch take turns on an advisory lock, so a second commit, even a concurrent one, finds the
 * first one's ledger row and returns its outcome; the ledger's primary key backs this up.
 */
public final class PostgresEventStore implements EventStore {

    private final DatabaseSettings settings;
    private final RetryingTransactions transactions;
    private final Clock clock;

    public PostgresEventStore(DatabaseSettings settings, Clock clock) {
        this.settings = settings;
        this.transactions = new RetryingTransactions(settings);
        this.clock = clock;
    }

    /** The staging the executors write this store's batches to. */
    public EventStaging staging() {
        return new PostgresEventStaging(settings);
    }

    @Override
    public Optional<BatchOutcome> committed(BatchKey key) {
        return transactions.inTransaction((connection, dsl) -> LedgerRows.outcome(dsl, key));
    }

    @Override
    public void discardStaged(BatchKey key) {
        transactions.inTransaction((connection, dsl) -> dsl.deleteFrom(STAGED_EVENTS)
                .where(StagingRows.batch(key))
                .execute());
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
        int staged = dsl.fetchCount(STAGED_EVENTS, StagingRows.batch(key));
        if (staged != tally.staged()) {
            throw new StagedEventsMissingException(key, tally.staged(), staged);
        }
        int stored = moveStagedEvents(dsl, key);
        BatchOutcome outcome = new BatchOutcome(tally.recordsIn(), stored, staged - stored, tally.quarantined(),
                tally.quarantinedByReason());
        if (!LedgerRows.record(dsl, key, outcome, startedAt, clock.instant())) {
            throw new IllegalStateException("batch " + key + " was recorded by another commit despite the lock");
        }
        IngestedFileRows.record(dsl, key, tally.files());
        dsl.deleteFrom(STAGED_EVENTS).where(StagingRows.batch(key)).execute();
        return outcome;
    }

    private static int moveStagedEvents(DSLContext dsl, BatchKey key) {
        return dsl.insertInto(USER_EVENTS, USER_EVENTS.EVENT_ID, USER_EVENTS.USER_ID, USER_EVENTS.PRODUCT_ID,
                        USER_EVENTS.PRODUCT_NAME, USER_EVENTS.CATEGORY, USER_EVENTS.PRICE, USER_EVENTS.EVENT_TYPE,
                        USER_EVENTS.EVENT_TIMESTAMP)
                .select(dsl.select(STAGED_EVENTS.EVENT_ID, STAGED_EVENTS.USER_ID, STAGED_EVENTS.PRODUCT_ID,
                                STAGED_EVENTS.PRODUCT_NAME, STAGED_EVENTS.CATEGORY, STAGED_EVENTS.PRICE,
                                STAGED_EVENTS.EVENT_TYPE, STAGED_EVENTS.EVENT_TIMESTAMP)
                        .from(STAGED_EVENTS)
                        .where(StagingRows.batch(key))
                        // Code-point order, as the domain's DedupPolicy compares file names, whatever the collation.
                        .orderBy(STAGED_EVENTS.SOURCE_FILE.collate("C"), STAGED_EVENTS.RECORD_NUMBER))
                .onConflict(USER_EVENTS.EVENT_ID)
                .doNothing()
                .execute();
    }
}
