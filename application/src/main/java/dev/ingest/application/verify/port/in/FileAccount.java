package dev.ingest.application.verify.port.in;

import java.util.List;

/**
 * One file name's account: the records that arrived under it (in the landing or archive folder) against the records
 * the committed batches recorded for it.
 *
 * @param arrivedCopies how many files of that name were found; 0 when the ledger knows a file no folder holds
 * @param batchIds      the committed batches that took it; empty when it was never processed
 * @param ignoredColumns header columns beyond the eight event columns, which the stream does not read
 */
public record FileAccount(String name, int arrivedCopies, long arrivedRecords, List<Long> batchIds,
        long recordedRecords, List<String> ignoredColumns) {

    public FileAccount {
        batchIds = List.copyOf(batchIds);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public FileAccount(String name, int arrivedCopies, long arrivedRecords, List<Long> batchIds,
            long recordedRecords) {
        this(name, arrivedCopies, arrivedRecords, batchIds, recordedRecords, List.of());
    }

    public boolean arrived() {
        return arrivedCopies > 0;
    }

    public boolean processed() {
        return !batchIds.isEmpty();
    }

    /**
     * Whether every record that arrived under this name was taken. A file without records need not have been: Spark's
     * file source gives an empty file no row, so no batch ever records one.
     */
    public boolean balanced() {
        return arrived() && (processed() ? arrivedRecords == recordedRecords : arrivedRecords == 0);
    }
}
