package dev.ingest.application.verify.port.in;

import java.util.List;

/**
 * One file name's account: the records that arrived under it (in the landing or archive folder) against the records
 * the committed batches recorded for it. Files of that name that left the landing folder after their batch (deleted,
 * or moved where verify does not look) cannot be re-read: their batches and records are apart, as the ledger has them.
 *
 * @param arrivedCopies how many files of that name were found; 0 when the ledger knows a file no folder holds
 * @param batchIds      the committed batches that took the files found, or that hold them still; empty when none did
 * @param ignoredColumns header columns beyond the eight event columns, which the stream does not read
 * @param leftBatchIds  the committed batches that took files of that name which left the folder and were not found
 * @param leftRecords   the records those batches took from them
 */
public record FileAccount(String name, int arrivedCopies, long arrivedRecords, List<Long> batchIds,
        long recordedRecords, List<String> ignoredColumns, List<Long> leftBatchIds, long leftRecords) {

    public FileAccount {
        batchIds = List.copyOf(batchIds);
        ignoredColumns = List.copyOf(ignoredColumns);
        leftBatchIds = List.copyOf(leftBatchIds);
    }

    public FileAccount(String name, int arrivedCopies, long arrivedRecords, List<Long> batchIds,
            long recordedRecords) {
        this(name, arrivedCopies, arrivedRecords, batchIds, recordedRecords, List.of(), List.of(), 0);
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
        if (!arrived()) {
            return !processed() && left();
        }
        return processed() ? arrivedRecords == recordedRecords : arrivedRecords == 0;
    }

    /** Whether files of this name left the folder after a batch took them, and could not be re-read. */
    public boolean left() {
        return !leftBatchIds.isEmpty();
    }
}
