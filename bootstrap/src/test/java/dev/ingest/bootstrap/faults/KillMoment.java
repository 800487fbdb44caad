package dev.ingest.bootstrap.faults;

import java.util.Random;
import java.util.function.BooleanSupplier;

/** When a stream JVM is killed with SIGKILL, as seen from the database. */
enum KillMoment {

    /** A partition's COPY into user_events is running. */
    DURING_COPY {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            return awaitWithin(probe, ledgerAtStart, () -> probe.activeCopies() > 0);
        }
    },
    /** A batch's files are stored, no COPY runs, and the batch is not recorded in the ledger yet. */
    BETWEEN_STORE_AND_RECORD {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            // Past the first commit, unrecorded files belong to a batch this run stored itself, not to one an
            // earlier kill left behind.
            return awaitFirstCommit(probe, ledgerAtStart)
                    && awaitWithin(probe, ledgerAtStart, () -> probe.unrecordedFiles() > 0 && probe.activeCopies() == 0);
        }

        /** The proof that the kill landed there: the stored files are still unrecorded once the JVM is dead. */
        @Override
        boolean landed(DatabaseProbe probe) {
            return probe.unrecordedFiles() > 0;
        }
    },
    /** A batch has just been committed, before Spark records it in the checkpoint. */
    RIGHT_AFTER_COMMIT {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            return awaitFirstCommit(probe, ledgerAtStart);
        }
    },
    /** Anywhere: half the time during start-up (migration, Spark, checkpoint reads), else within the first batches. */
    RANDOM_DELAY {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            if (random.nextBoolean()) {
                Poll.pause(random.nextInt(8_000));
                return true;
            }
            boolean running = awaitFirstCommit(probe, ledgerAtStart);
            Poll.pause(random.nextInt(1_500));
            return running;
        }
    };

    /** Batches a run may commit while a moment is awaited, so that a moment never seen cannot use up the input. */
    private static final int BATCHES_PER_WAIT = 3;

    /** Waits for the moment; false when it was not seen (the kill then lands wherever the stream is). */
    abstract boolean await(DatabaseProbe probe, long ledgerAtStart, Random random);

    /** Whether the database, after the kill, shows that it landed at this moment, where it can tell. */
    boolean landed(DatabaseProbe probe) {
        return true;
    }

    private static boolean awaitFirstCommit(DatabaseProbe probe, long ledgerAtStart) {
        return Poll.until(() -> probe.ledgerRows() > ledgerAtStart, 2, 30_000);
    }

    private static boolean awaitWithin(DatabaseProbe probe, long ledgerAtStart, BooleanSupplier moment) {
        boolean[] seen = {false};
        Poll.until(() -> (seen[0] = moment.getAsBoolean())
                || probe.ledgerRows() > ledgerAtStart + BATCHES_PER_WAIT, 2, 30_000);
        return seen[0];
    }
}
