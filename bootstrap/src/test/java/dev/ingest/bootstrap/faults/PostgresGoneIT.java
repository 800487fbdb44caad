package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, "PostgreSQL gone past the deadline": with a 5 s retry deadline the stream gives up on a stopped server,
 * exits 1 with a one-line cause and no stack trace; rerun on the same checkpoint once the server is back, it
 * completes exactly as a clean run.
 */
@ExtendWith(LeftoverStreams.class)
class PostgresGoneIT {

    @Test
    void a_stream_gives_up_on_a_database_gone_too_long_and_a_rerun_completes_exactly() {
        CleanRun clean = CleanRun.ofDataset();
        StreamWorkspace workspace = StreamWorkspace.fresh("postgres-gone");
        EventDataset.landInto(workspace.input());
        FaultPostgres postgres = FaultPostgres.shared();

        StreamProcess stream = workspace.stream("--available-now", "--max-files-per-trigger", "1",
                "--db-retry-timeout", "5s");
        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            assertThat(Poll.until(() -> probe.ledgerRows() >= 2, 10, 12_000)).as("two batches committed").isTrue();
        }
        int exitCode;
        try {
            postgres.stop();
            exitCode = stream.awaitExit();
        } finally {
            postgres.start();
        }

        String stderr = stream.stderr();
        List<String> errorLines = stderr.lines().filter(line -> line.startsWith("error: ")).toList();
        System.out.println("[faults] the stream gave up with: " + errorLines);
        assertThat(exitCode).as("exit code; stderr:%n%s", stderr).isEqualTo(1);
        assertThat(errorLines).as("one-line cause; stderr:%n%s", stderr).hasSize(1);
        assertThat(stderr).as("no stack trace").doesNotContainPattern("(?m)^\\s+at \\S+\\(.*\\)$");

        StreamProcess rerun = workspace.streamAvailableNow("--max-files-per-trigger", "1");
        assertThat(rerun.awaitExit()).as("rerun; stderr:%n%s", rerun.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.FILES);
    }
}
