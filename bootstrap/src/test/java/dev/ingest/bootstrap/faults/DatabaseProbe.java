package dev.ingest.bootstrap.faults;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks into a scenario's database from the test JVM: what the table, the ledger and the per-file rows hold, and
 * whether a COPY is running. Keeps one connection (polling opens none), reopened after the server went away; a
 * database that is not there yet, or not answering, reads as empty.
 */
final class DatabaseProbe implements AutoCloseable {

    private final DatabaseSettings settings;
    private Connection connection;

    DatabaseProbe(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** Committed batches in the ledger; 0 before the schema exists or while the server is down. */
    long ledgerRows() {
        return countOrZero("SELECT count(*) FROM ingestion_batches");
    }

    /** Files stored by batches not recorded in the ledger: a batch is between its partitions and its record. */
    long unrecordedFiles() {
        return countOrZero("SELECT count(*) FROM ingested_files f WHERE NOT EXISTS (SELECT 1 FROM ingestion_batches b"
                + " WHERE b.stream_id = f.stream_id AND b.batch_id = f.batch_id)");
    }

    /** COPY statements running right now into this database. */
    long activeCopies() {
        return countOrZero("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND query ILIKE 'copy %'");
    }

    /** Every stored event as {@code event_id|user_id|...|timestamp}, ordered by event id. */
    List<String> storedEvents() {
        return strings("SELECT concat_ws('|', event_id, user_id, product_id, product_name, category, price::text,"
                + " event_type, to_char(event_timestamp, 'YYYY-MM-DD HH24:MI:SS.US')) FROM user_events ORDER BY event_id");
    }

    long distinctEventIds() {
        return countOrZero("SELECT count(DISTINCT event_id) FROM user_events");
    }

    /** The ledger, one {@link LedgerRow} per committed batch, by stream and batch id. */
    List<LedgerRow> ledger() {
        List<LedgerRow> rows = new ArrayList<>();
        query("SELECT stream_id, batch_id, records_in, stored, duplicates, quarantined FROM ingestion_batches"
                + " ORDER BY stream_id, batch_id", result -> rows.add(new LedgerRow(result.getString(1),
                result.getLong(2), result.getLong(3), result.getLong(4), result.getLong(5), result.getLong(6))));
        return rows;
    }

    @Override
    public void close() {
        closeConnection();
    }

    private long countOrZero(String sql) {
        long[] count = {0};
        try {
            query(sql, result -> count[0] = result.getLong(1));
        } catch (IllegalStateException unavailable) {
            return 0;
        }
        return count[0];
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        query(sql, result -> values.add(result.getString(1)));
        return values;
    }

    private void query(String sql, RowReader reader) {
        try {
            if (connection == null) {
                connection = PostgresSchema.connect(settings);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    reader.read(result);
                }
            }
        } catch (SQLException e) {
            closeConnection();
            throw new IllegalStateException("cannot query " + settings.location() + ": " + e.getMessage(), e);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                // Nothing to release on a connection the server already dropped.
            }
            connection = null;
        }
    }

    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }

    /** One batch as the ledger recorded it. */
    record LedgerRow(String streamId, long batchId, long recordsIn, long stored, long duplicates, long quarantined) {
    }
}
