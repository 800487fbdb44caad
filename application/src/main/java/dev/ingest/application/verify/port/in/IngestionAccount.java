package dev.ingest.application.verify.port.in;

import java.util.List;

/**
 * The reconciliation of one stream: every file and batch with its counts, the table check, and one line for each
 * thing not accounted for.
 */
public record IngestionAccount(String streamId, List<FileAccount> files, List<BatchAccount> batches,
        TableAccount table, List<String> problems) {

    public IngestionAccount {
        files = List.copyOf(files);
        batches = List.copyOf(batches);
        problems = List.copyOf(problems);
    }

    /** Whether every arrived record is accounted for as stored, duplicate or quarantined. */
    public boolean accounted() {
        return problems.isEmpty();
    }

    public long arrivedRecords() {
        return files.stream().mapToLong(FileAccount::arrivedRecords).sum();
    }

    public long recordsIn() {
        return batches.stream().mapToLong(batch -> batch.outcome().recordsIn()).sum();
    }

    public long stored() {
        return batches.stream().mapToLong(batch -> batch.outcome().stored()).sum();
    }

    public long duplicates() {
        return batches.stream().mapToLong(batch -> batch.outcome().duplicates()).sum();
    }

    public long quarantined() {
        return batches.stream().mapToLong(batch -> batch.outcome().quarantined()).sum();
    }
}
