package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, "kill -9 anywhere": the stream JVM is killed with SIGKILL six times at chosen and random moments and
 * restarted on the same checkpoint each time; finished with --available-now, it must end exactly as a clean run.
 */
@ExtendWith(LeftoverStreams.class)
class KillNineAnywhereIT {

    private static final int KILLS = 6;

    @Test
    void a_stream_killed_anywhere_and_restarted_ends_exactly_as_a_clean_run() {
        CleanRun clean = CleanRun.ofDataset();
        Random random = FaultSeed.forScenario("kill-nine");
        StreamWorkspace workspace = StreamWorkspace.fresh("kill-nine");
        EventDataset.landInto(workspace.input());

        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            for (KillMoment moment : plan(random)) {
                long ledgerAtStart = probe.ledgerRows();
                StreamProcess stream = workspace.stream("--trigger", "0", "--max-files-per-trigger", "1");
                boolean seen = moment.await(probe, ledgerAtStart, random);
                assertThat(stream.isAlive()).as("stream alive until killed; stderr:%n%s", stream.stderr()).isTrue();
                stream.kill();
                System.out.printf("[faults] kill -9 %s%s: ledger %d -> %d batches, %d files stored unrecorded%n", moment,
                        seen ? "" : " (moment not seen, killed where it was)", ledgerAtStart, probe.ledgerRows(),
                        probe.unrecordedFiles());
            }
            assertThat(probe.ledgerRows()).as("batches still to do after the kills").isLessThan(EventDataset.FILES);
        }

        StreamProcess finish = workspace.streamAvailableNow("--max-files-per-trigger", "1");
        assertThat(finish.awaitExit()).as("final run; stderr:%n%s", finish.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.FILES);
    }

    /** Each aimed moment once, in a seeded order, then seeded picks among all moments. */
    private static List<KillMoment> plan(Random random) {
        List<KillMoment> plan = new ArrayList<>(List.of(KillMoment.DURING_COPY, KillMoment.BETWEEN_STORE_AND_RECORD,
                KillMoment.RIGHT_AFTER_COMMIT, KillMoment.RANDOM_DELAY));
        Collections.shuffle(plan, random);
        while (plan.size() < KILLS) {
            plan.add(KillMoment.values()[random.nextInt(KillMoment.values().length)]);
        }
        return plan;
    }
}
