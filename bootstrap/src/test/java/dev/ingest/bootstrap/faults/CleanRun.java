package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.faults.DatabaseProbe.LedgerRow;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.util.List;

/**
 * What ingesting the {@link EventDataset} must end as, taken from a clean run: one undisturbed
 * {@code stream --available-now} into a database of its own, once per test JVM. Every fault scenario must end with
 * exactly this table and this quarantine.
 */
record CleanRun(List<String> storedEvents, List<String> quarantined, long recordsIn, long stored, long duplicates) {

    private static CleanRun result;

    static synchronized CleanRun ofDataset() {
        if (result == null) {
            result = run();
        }
        return result;
    }

    private static CleanRun run() {
        StreamWorkspace clean = StreamWorkspace.fresh("clean-run");
        EventDataset.landInto(clean.input());
        StreamProcess process = clean.streamAvailableNow();
        assertThat(process.awaitExit()).as("clean run: %s", process.stderr()).isZero();
        try (DatabaseProbe probe = new DatabaseProbe(clean.database())) {
            List<LedgerRow> ledger = probe.ledger();
            CleanRun run = new CleanRun(probe.storedEvents(), QuarantineFiles.records(clean.errorDir()),
                    ledger.stream().mapToLong(LedgerRow::recordsIn).sum(),
                    ledger.stream().mapToLong(LedgerRow::stored).sum(),
                    ledger.stream().mapToLong(LedgerRow::duplicates).sum());
            // The clean run is itself checked against what the generator wrote, so that the suite's oracle is sound.
            assertThat(run.recordsIn()).isEqualTo((long) EventDataset.FILES * EventDataset.EVENTS_PER_FILE);
            assertThat(run.stored()).isEqualTo(run.storedEvents().size());
            assertThat(run.duplicates()).isPositive();
            assertThat(run.quarantined()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(run.recordsIn()).isEqualTo(run.stored() + run.duplicates() + run.quarantined().size());
            System.out.println("[faults] clean run: " + run.recordsIn() + " in, " + run.stored() + " stored, "
                    + run.duplicates() + " duplicates, " + run.quarantined().size() + " quarantined");
            return run;
        }
    }
}
