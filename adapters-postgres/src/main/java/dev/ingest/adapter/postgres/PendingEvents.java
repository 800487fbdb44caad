package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import java.sql.Connection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Stores rows of which some ids may be stored already: COPY them into a temporary table, then
 * {@code INSERT … SELECT … ON CONFLICT (event_id) DO NOTHING} into {@code user_events}. The repeats are found by the
 * unique index on {@code event_id}, which is the arbiter of {@code ON CONFLICT} by construction, so no plan can turn
 * the lookup into a scan of the table (pinned by {@code StoredIdsLookupPlanIT}); an id that another transaction is
 * storing right now is waited for, and the stored row always wins; of two rows with one id in a piece, the first.
 * No id is held in memory.
 * Measured against looking the ids up first ({@code unnest} joined to the table) and copying the others, it is as fast
 * and needs neither the ids on the heap nor a planner's choice.
 */
final class PendingEvents {

    static final Table<Record> TABLE = DSL.table(DSL.name("pending_events"));
    private static final List<Field<?>> COLUMNS = EventRows.COLUMNS.stream()
            .<Field<?>>map(column -> DSL.field(DSL.name(column.getName()), column.getDataType()))
            .toList();
    private static final String COPY_STATEMENT = EventRows.copyStatement(TABLE);

    private PendingEvents() {
    }

    /** Stores the piece's rows whose event ids are not stored yet; answers how many it stored. */
    static long storeNew(Connection connection, DSLContext dsl, PartitionRows rows, PartitionRows.Piece piece)
            throws Exception {
        create(dsl);
        EventRows.copyIn(connection, COPY_STATEMENT, rows, piece);
        long stored = insertNew(dsl).execute();
        dsl.truncate(TABLE).execute();
        return stored;
    }

    /** Creates the table unless this session has it: one per session, emptied by every commit. */
    static void create(DSLContext dsl) {
        // A rolled-back transaction takes away the table it created, hence IF NOT EXISTS every time.
        dsl.createTemporaryTableIfNotExists(TABLE).columns(COLUMNS).onCommitDeleteRows().execute();
    }

    /** The statement that moves the pending rows into {@code user_events}, leaving out the ids stored before. */
    static Insert<?> insertNew(DSLContext dsl) {
        return dsl.insertInto(USER_EVENTS, EventRows.COLUMNS)
                .select(dsl.select(COLUMNS).from(TABLE))
                .onConflict(USER_EVENTS.EVENT_ID)
                .doNothing();
    }
}
