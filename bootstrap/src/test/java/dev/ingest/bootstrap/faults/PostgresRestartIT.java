package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, "PostgreSQL restarted mid-stream": the server is stopped for about 10 s under a running stream and started
 * again; the stream rides it out within its retry deadline and ends exactly as a clean run.
 */
@ExtendWith(LeftoverStreams.class)
class PostgresRestartIT {

    private static final long OUTAGE_MILLIS = 10_000;

    @Test
    void a_stream_rides_out_a_database_restart_and_ends_exactly_as_a_clean_run() {
        CleanRun clean = CleanRun.ofDataset();
        StreamWorkspace workspace = StreamWorkspace.fresh("postgres-restart");
        EventDataset.landInto(workspace.input());
        FaultPostgres postgres = FaultPostgres.shared();

        StreamProcess stream = workspace.stream("--available-now", "--max-files-per-trigger", "1",
                "--db-retry-timeout", "60s");
        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            assertThat(Poll.until(() -> probe.ledgerRows() >= 3, 10, 12_000)).as("three batches committed").isTrue();
            System.out.println("[faults] stopping PostgreSQL after " + probe.ledgerRows() + " batches");
        }
        try {
            postgres.stop();
            Poll.pause(OUTAGE_MILLIS);
            assertThat(stream.isAlive()).as("stream waiting for the database; stderr:%n%s", stream.stderr()).isTrue();
        } finally {
            postgres.start();
        }

        assertThat(stream.awaitExit()).as("stream after the restart; stderr:%n%s", stream.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.FILES);
    }
}
