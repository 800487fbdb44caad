package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.batch.UnitTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Stores one partition with COPYs straight into {@code user_events}, in one transaction with the rows of the files it
 * stored ({@code ingested_files}) and, for a Kafka offset range, the range by its topic-partition
 * ({@code ingested_offsets}). Rows wait in {@link PartitionRows} (bounded memory, spilled to a temporary file)
 * until {@link #commit(List)}, so a retried transaction sends them again. The transaction first takes each file's
 * advisory lock and leaves out the files this batch already stored, so a re-run or concurrent attempt stores nothing
 * twice. Each piece of a file is COPYed under a savepoint; an event id stored before makes that COPY fail as a whole,
 * and the piece then goes through {@link PendingEvents}, which leaves out the ids stored before. Files without repeats
 * never take that path.
 */
final class CopyPartitionWriter implements PartitionWriter {

    private static final String UNIQUE_VIOLATION = "23505";

    private final RetryingTransactions transactions;
    private final BatchKey key;
    private final Supplier<PartitionRows> newRows;
    /** Made at the first valid event: a partition without any allocates no spill. */
    private PartitionRows rows;

    CopyPartitionWriter(RetryingTransactions transactions, BatchKey key) {
        this(transactions, key, PartitionRows::new);
    }

    /** With rows of other limits, for tests that spill, cut pieces and slide the dedup window with a few rows. */
    CopyPartitionWriter(RetryingTransactions transactions, BatchKey key, Supplier<PartitionRows> newRows) {
        this.transactions = transactions;
        this.key = key;
        this.newRows = newRows;
    }

    @Override
    public void write(Event event, Origin origin) {
        if (rows == null) {
            rows = newRows.get();
        }
        rows.add(origin.unitId(), event);
    }

    @Override
    public List<UnitTally> commit(List<UnitRead> units) {
        List<UnitTally> tallies = transactions.inTransaction((connection, dsl) -> store(connection, dsl, units));
        close();
        return tallies;
    }

    @Override
    public long retries() {
        return transactions.retries();
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }

    private List<UnitTally> store(Connection connection, DSLContext dsl, List<UnitRead> units)
            throws Exception {
        AdvisoryLocks.lockUnits(dsl, key, units.stream().map(UnitRead::unit).toList());
        Map<String, UnitTally> earlier = IngestedFileRows.stored(dsl, key,
                units.stream().map(UnitRead::unitId).toList());
        Map<String, UnitTally> stored = new LinkedHashMap<>();
        for (UnitRead unit : units) {
            if (!earlier.containsKey(unit.unitId())) {
                stored.put(unit.unitId(), UnitTally.of(unit, copy(connection, dsl, unit.unitId())));
            }
        }
        IngestedFileRows.record(dsl, key, List.copyOf(stored.values()));
        List<OffsetRange> ranges = stored.values().stream().map(UnitTally::unit)
                .flatMap(unit -> unit instanceof OffsetRange range ? Stream.of(range) : Stream.empty()).toList();
        AdvisoryLocks.lockTopicPartitions(dsl, ranges);
        IngestedOffsetRows.record(dsl, key, ranges);
        List<UnitTally> tallies = new ArrayList<>(units.size());
        for (UnitRead unit : units) {
            tallies.add(earlier.containsKey(unit.unitId()) ? earlier.get(unit.unitId()) : stored.get(unit.unitId()));
        }
        return tallies;
    }

    /** COPYs a unit's rows piece by piece, leaving out ids stored before; answers how many rows it stored. */
    private long copy(Connection connection, DSLContext dsl, String unitId) throws Exception {
        long stored = 0;
        if (rows == null) {
            return stored;
        }
        for (PartitionRows.Piece piece : rows.pieces(unitId)) {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                EventRows.copyIn(connection, EventRows.COPY_STATEMENT, rows, piece);
                connection.releaseSavepoint(beforeCopy);
                stored += piece.rows();
            } catch (SQLException conflict) {
                if (!UNIQUE_VIOLATION.equals(conflict.getSQLState())) {
                    throw conflict;
                }
                connection.rollback(beforeCopy);
                stored += PendingEvents.storeNew(connection, dsl, rows, piece);
            }
        }
        return stored;
    }
}
