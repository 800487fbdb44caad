package dev.ingest.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.database.PostgresSchema;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan of {@link PendingEvents#insertNew}, the statement that leaves out the ids stored before: on a table large
 * enough that a scan would lose, the repeats are found through the unique index on event_id and nothing scans
 * {@code user_events}, whether PostgreSQL plans the statement for its values or generically (as pgjdbc's server-side
 * prepared statements are after five executions). A scan here made a file with a single repeat hundreds of times
 * slower than a new one, and slower still as the table grew.
 */
class StoredIdsLookupPlanIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final int STORED = 100_000;
    private static final int PENDING_STORED_BEFORE = 400;
    private static final int PENDING_NEW = 600;

    /** Left unanalysed, as a table a stream has just filled: the id lookup this replaced scanned it then. */
    @BeforeAll
    static void storeManyEvents() {
        DATABASE.dsl().execute(rowsOf("user_events", 1, STORED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"force_generic_plan", "force_custom_plan"})
    void repeats_are_found_through_the_unique_index_never_a_scan_of_the_table(String planCacheMode)
            throws SQLException {
        String plan;
        try (Connection connection = PostgresSchema.connect(DATABASE.settings())) {
            connection.setAutoCommit(false);
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            PendingEvents.create(dsl);
            // Ids STORED - 399 .. STORED were stored before, the next 600 are new.
            dsl.execute(rowsOf(PendingEvents.TABLE.getName(), STORED - PENDING_STORED_BEFORE + 1,
                    STORED + PENDING_NEW));
            dsl.execute("SET LOCAL plan_cache_mode = " + planCacheMode);
            dsl.execute("PREPARE insert_new AS " + PendingEvents.insertNew(dsl).getSQL(ParamType.INLINED));
            plan = dsl.fetch("EXPLAIN (ANALYZE, BUFFERS) EXECUTE insert_new").stream()
                    .map(row -> row.get(0, String.class))
                    .collect(Collectors.joining("\n"));
            // EXPLAIN ANALYZE ran the insert: leave the table as it was for the other plan mode.
            connection.rollback();
        }

        assertThat(plan)
                .contains("Conflict Arbiter Indexes: user_events_event_id_key")
                .contains("Conflicting Tuples: " + PENDING_STORED_BEFORE)
                .contains("Tuples Inserted: " + PENDING_NEW)
                .doesNotContainPattern("Scan[^\\n]* on user_events");
    }

    private static String rowsOf(String table, int from, int to) {
        return """
                INSERT INTO %s (event_id, user_id, product_id, product_name, category, price, event_type,
                                event_timestamp)
                SELECT 'e-' || i, 'u' || (i %% 500), 'p' || (i %% 50), 'Product ' || (i %% 50), 'C' || (i %% 5),
                       1 + (i %% 100), 'view', TIMESTAMP '2025-03-01' + i * INTERVAL '1 second'
                FROM generate_series(%d, %d) AS i""".formatted(table, from, to);
    }
}
