package dev.ingest.application.verify.port.in;

import dev.ingest.domain.batch.BatchOutcome;

/**
 * One committed batch's account: its ledger counts ({@code in = stored + duplicates + quarantined}, checked by
 * {@link BatchOutcome}) against the records its files held and the rows its quarantine folder holds.
 */
public record BatchAccount(long batchId, BatchOutcome outcome, long fileRecords, long quarantineRows) {

    public boolean filesBalance() {
        return fileRecords == outcome.recordsIn();
    }

    public boolean quarantineBalances() {
        return quarantineRows == outcome.quarantined();
    }

    public boolean balanced() {
        return filesBalance() && quarantineBalances();
    }
}
