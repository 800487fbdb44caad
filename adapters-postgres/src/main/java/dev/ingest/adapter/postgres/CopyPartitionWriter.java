package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.PartitionWriter;
import dev.ingest.application.port.out.SourceFileRead;
import dev.ingest.application.port.out.SourceFileTally;
import dev.ingest.domain.dedup.FirstOccurrences;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Stores one partition with a COPY straight into {@code user_events}, in one transaction with the rows of the files
 * it stored ({@code ingested_files}). Rows are buffered per file until {@link #commit(List)}. The transaction first
 * takes each file's advisory lock and leaves out the files this batch already stored, so a re-run or concurrent
 * attempt stores nothing twice. An event id stored before makes the COPY fail as a whole: the writer then rolls back
 * to before it and stores each file through {@link PendingEvents}, which leaves out the ids stored before; batches
 * without repeats never take that path.
 */
final class CopyPartitionWriter implements PartitionWriter {

    private static final String UNIQUE_VIOLATION = "23505";

    private final RetryingTransactions transactions;
    private final BatchKey key;
    private FirstOccurrences occurrences = new FirstOccurrences();
    private Map<String, FileRows> rowsByFile = new HashMap<>();

    CopyPartitionWriter(RetryingTransactions transactions, BatchKey key) {
        this.transactions = transactions;
        this.key = key;
    }

    @Override
    public void write(Event event, Origin origin) {
        if (occurrences.isFirst(event)) {
            rowsByFile.computeIfAbsent(origin.sourceFile(), file -> new FileRows()).add(event);
        }
    }

    @Override
    public List<SourceFileTally> commit(List<SourceFileRead> files) {
        List<SourceFileTally> tallies = transactions.inTransaction((connection, dsl) -> store(connection, dsl, files));
        close();
        return tallies;
    }

    @Override
    public void close() {
        occurrences = new FirstOccurrences();
        rowsByFile = new HashMap<>();
    }

    private List<SourceFileTally> store(Connection connection, DSLContext dsl, List<SourceFileRead> files)
            throws SQLException, IOException {
        List<String> paths = files.stream().map(SourceFileRead::path).toList();
        AdvisoryLocks.lockFiles(dsl, key, paths);
        Map<String, SourceFileTally> earlier = IngestedFileRows.stored(dsl, key, paths);
        List<SourceFileRead> toStore = files.stream().filter(file -> !earlier.containsKey(file.path())).toList();
        Map<String, Long> storedByFile = copy(connection, dsl, toStore);
        Map<String, SourceFileTally> stored = new LinkedHashMap<>();
        for (SourceFileRead file : toStore) {
            stored.put(file.path(), SourceFileTally.of(file, storedByFile.getOrDefault(file.path(), 0L)));
        }
        IngestedFileRows.record(dsl, key, List.copyOf(stored.values()));
        List<SourceFileTally> tallies = new ArrayList<>(files.size());
        for (SourceFileRead file : files) {
            tallies.add(earlier.containsKey(file.path()) ? earlier.get(file.path()) : stored.get(file.path()));
        }
        return tallies;
    }

    /**
     * COPYs the files' rows straight into {@code user_events}; when an id was stored before, the COPY fails as a whole
     * and each file's rows go through {@link PendingEvents} instead. Answers how many rows of each file it stored.
     */
    private Map<String, Long> copy(Connection connection, DSLContext dsl, List<SourceFileRead> files)
            throws SQLException, IOException {
        Map<String, Long> storedByFile = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder();
        for (SourceFileRead file : files) {
            FileRows fileRows = rowsByFile.get(file.path());
            if (fileRows != null) {
                rows.append(fileRows.csv());
                storedByFile.put(file.path(), fileRows.count());
            }
        }
        if (rows.isEmpty()) {
            return storedByFile;
        }
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            EventRows.copyIn(connection, EventRows.COPY_STATEMENT, rows);
            connection.releaseSavepoint(beforeCopy);
            return storedByFile;
        } catch (SQLException conflict) {
            if (!UNIQUE_VIOLATION.equals(conflict.getSQLState())) {
                throw conflict;
            }
            connection.rollback(beforeCopy);
        }
        for (String path : storedByFile.keySet()) {
            storedByFile.put(path, PendingEvents.storeNew(connection, dsl, rowsByFile.get(path).csv()));
        }
        return storedByFile;
    }
}
