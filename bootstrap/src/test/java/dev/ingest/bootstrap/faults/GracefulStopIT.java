package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.faults.DatabaseProbe.LedgerRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, "graceful stop": SIGTERM while a batch is being stored; the JVM exits 0 having let that batch finish (or
 * never begun it), and a restart on the same checkpoint completes exactly as a clean run.
 */
@ExtendWith(LeftoverStreams.class)
class GracefulStopIT {

    @Test
    void sigterm_during_a_batch_stops_cleanly_and_a_restart_completes_exactly() {
        CleanRun clean = CleanRun.ofDataset();
        StreamWorkspace workspace = StreamWorkspace.fresh("graceful-stop");
        EventDataset.landInto(workspace.input());

        StreamProcess stream = workspace.stream("--trigger", "0", "--max-files-per-trigger", "1");
        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            assertThat(Poll.until(() -> probe.ledgerRows() >= 2, 10, 12_000)).as("two batches committed").isTrue();
            assertThat(Poll.until(() -> probe.unrecordedFiles() > 0 || probe.activeCopies() > 0, 2, 30_000))
                    .as("a batch being stored").isTrue();
            long committedBefore = probe.ledgerRows();

            stream.terminate();
            int exitCode = stream.awaitExit();

            List<LedgerRow> ledger = probe.ledger();
            System.out.printf("[faults] SIGTERM with %d batches committed; the stream exited %d with %d%n",
                    committedBefore, exitCode, ledger.size());
            assertThat(exitCode).as("exit code; stderr:%n%s", stream.stderr()).isZero();
            assertThat(ledger.size()).as("the batch in progress finished or abandoned")
                    .isBetween((int) committedBefore, (int) committedBefore + 1);
            assertThat(probe.storedEvents()).hasSize((int) ledger.stream().mapToLong(LedgerRow::stored).sum());
        }

        StreamProcess restart = workspace.streamAvailableNow("--max-files-per-trigger", "1");
        assertThat(restart.awaitExit()).as("restart; stderr:%n%s", restart.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.FILES);
    }
}
