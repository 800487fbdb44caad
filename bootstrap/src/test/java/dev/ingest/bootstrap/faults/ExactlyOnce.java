package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.faults.DatabaseProbe.LedgerRow;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The end state every disturbed run must reach: the clean run's table and quarantine exactly, no event id twice, one
 * ledger row per batch with the counts balancing, no stored file left unrecorded, and {@code verify} accounting for every
 * record of every file.
 */
final class ExactlyOnce {

    private ExactlyOnce() {
    }

    /** Asserts that the workspace ended as the clean run did, its files ingested in exactly {@code batches} batches. */
    static void assertEndedAsCleanRun(StreamWorkspace workspace, CleanRun clean, int batches) {
        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            List<String> stored = probe.storedEvents();
            assertThat(difference(clean.storedEvents(), stored)).as("events of the clean run missing").isEmpty();
            assertThat(difference(stored, clean.storedEvents())).as("events the clean run does not have").isEmpty();
            assertThat(stored).hasSameSizeAs(clean.storedEvents());
            assertThat(probe.distinctEventIds()).as("distinct event ids").isEqualTo(stored.size());

            List<LedgerRow> ledger = probe.ledger();
            assertThat(ledger.stream().map(LedgerRow::streamId).distinct()).as("streams in the ledger").hasSize(1);
            // One row per batch, ids without gaps: the source plans each batch once, in its offset, so a restarted
            // stream replays a planned batch with the same files and never merges two (Spark's file source once did).
            assertThat(ledger).as("batches").hasSize(batches);
            assertThat(ledger.stream().mapToLong(LedgerRow::batchId)).as("one ledger row per batch")
                    .containsExactlyElementsOf(LongStream.range(0, ledger.size()).boxed().toList());
            assertThat(ledger.stream().mapToLong(LedgerRow::recordsIn).sum()).isEqualTo(clean.recordsIn());
            assertThat(ledger.stream().mapToLong(LedgerRow::stored).sum()).isEqualTo(stored.size());
            assertThat(ledger.stream().mapToLong(LedgerRow::duplicates).sum()).isEqualTo(clean.duplicates());
            assertThat(probe.unrecordedFiles()).as("stored files of batches never recorded").isZero();

            List<String> quarantined = QuarantineFiles.records(workspace.errorDir());
            assertThat(quarantined).as("quarantined records").doesNotHaveDuplicates()
                    .containsExactlyElementsOf(clean.quarantined());
            assertThat(ledger.stream().mapToLong(LedgerRow::quarantined).sum()).isEqualTo(quarantined.size());
        }
        Verification verification = Verification.of(workspace);
        assertThat(verification.exitCode()).as("%s", verification).isZero();
        assertThat(verification.out()).contains("Every record is accounted for.");
    }

    /** Up to 20 elements of {@code from} that {@code other} lacks, enough to diagnose without flooding the report. */
    private static List<String> difference(List<String> from, List<String> other) {
        Set<String> present = new HashSet<>(other);
        return from.stream().filter(row -> !present.contains(row)).limit(20).toList();
    }
}
