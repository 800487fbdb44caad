package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;

import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * Stages one partition with a single COPY. Rows are buffered until {@link #commit()}, which in one transaction
 * deletes whatever an earlier attempt staged for the same (stream, batch, partition) and copies the buffer, so a
 * re-run partition replaces its earlier attempt and a transaction lost to a dropped connection can be replayed whole.
 */
final class CopyStagingWriter implements StagingWriter {

    private final RetryingTransactions transactions;
    private final BatchKey key;
    private final int partitionId;
    private StringBuilder rows = new StringBuilder();
    private long count;

    CopyStagingWriter(RetryingTransactions transactions, BatchKey key, int partitionId) {
        this.transactions = transactions;
        this.key = key;
        this.partitionId = partitionId;
    }

    @Override
    public void write(Event event, Origin origin) {
        StagingRows.append(rows, key, partitionId, event, origin);
        count++;
    }

    @Override
    public long commit() {
        String buffered = rows.toString();
        long copied = transactions.inTransaction((connection, dsl) -> {
            // Two attempts of one partition (speculation, a zombie task) take turns instead of both adding rows.
            dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(sliceLockId()))).fetch();
            dsl.deleteFrom(STAGED_EVENTS).where(StagingRows.partition(key, partitionId)).execute();
            long rowsCopied = copy(connection.unwrap(PGConnection.class), buffered);
            if (rowsCopied != count) {
                throw new IllegalStateException("COPY staged " + rowsCopied + " rows of " + count + " for batch " + key
                        + " partition " + partitionId);
            }
            return rowsCopied;
        });
        rows = new StringBuilder();
        return copied;
    }

    private long sliceLockId() {
        return ((long) key.streamId().hashCode() << 32) | ((Long.hashCode(key.batchId()) * 31 + partitionId)
                & 0xFFFFFFFFL);
    }

    @Override
    public void close() {
        rows = new StringBuilder();
        count = 0;
    }

    private static long copy(PGConnection connection, String buffered) throws java.sql.SQLException, IOException {
        try (Reader reader = new StringReader(buffered)) {
            return connection.getCopyAPI().copyIn(StagingRows.COPY_STATEMENT, reader);
        }
    }
}
