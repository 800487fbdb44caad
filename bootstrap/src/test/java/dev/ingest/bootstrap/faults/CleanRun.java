package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.faults.DatabaseProbe.LedgerRow;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What ingesting the {@link EventDataset} must end as, taken from a clean run: one undisturbed
 * {@code stream --available-now} into a database of its own, once per test JVM. Every fault scenario must end with
 * exactly this table and this quarantine.
 */
record CleanRun(List<String> storedEvents, List<String> quarantined, long recordsIn, long stored, long duplicates) {

    private static final Map<String, CleanRun> RESULTS = new HashMap<>();

    static CleanRun ofDataset() {
        return of("clean-run", EventDataset::landInto, (long) EventDataset.FILES * EventDataset.EVENTS_PER_FILE);
    }

    /** The clean run of the files {@code land} puts into a folder, which hold {@code records} records in all. */
    static synchronized CleanRun of(String name, Consumer<Path> land, long records) {
        return RESULTS.computeIfAbsent(name, key -> run(key, land, records));
    }

    private static CleanRun run(String name, Consumer<Path> land, long records) {
        StreamWorkspace clean = StreamWorkspace.fresh(name);
        land.accept(clean.input());
        StreamProcess process = clean.streamAvailableNow();
        assertThat(process.awaitExit()).as("clean run: %s", process.stderr()).isZero();
        try (DatabaseProbe probe = new DatabaseProbe(clean.database())) {
            List<LedgerRow> ledger = probe.ledger();
            CleanRun run = new CleanRun(probe.storedEvents(), QuarantineFiles.records(clean.errorDir()),
                    ledger.stream().mapToLong(LedgerRow::recordsIn).sum(),
                    ledger.stream().mapToLong(LedgerRow::stored).sum(),
                    ledger.stream().mapToLong(LedgerRow::duplicates).sum());
            // The clean run is itself checked against what the generator wrote, so that the suite's oracle is sound.
            assertThat(run.recordsIn()).isEqualTo(records);
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
