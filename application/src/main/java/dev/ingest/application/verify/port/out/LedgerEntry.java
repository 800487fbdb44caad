package dev.ingest.application.verify.port.out;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import java.time.Instant;

/** One committed micro-batch as the ledger recorded it. */
public record LedgerEntry(BatchKey key, BatchOutcome outcome, Instant startedAt, Instant committedAt) {
}
