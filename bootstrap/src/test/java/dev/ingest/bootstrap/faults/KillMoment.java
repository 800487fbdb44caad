package dev.ingest.bootstrap.faults;

import java.util.Random;

/** When a stream JVM is killed with SIGKILL, as seen from the database. */
enum KillMoment {

    /** A COPY into the staging table is running. */
    DURING_COPY {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            return Poll.until(() -> probe.activeCopies() > 0, 2, 30_000);
        }
    },
    /** A batch's rows are staged, no COPY runs, and the batch is not committed yet. */
    BETWEEN_COPY_AND_COMMIT {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            // Past the first commit, staged rows belong to a batch this run staged itself, not to one an earlier
            // kill left behind.
            return Poll.until(() -> probe.ledgerRows() > ledgerAtStart, 5, 12_000)
                    && Poll.until(() -> probe.stagedRows() > 0 && probe.activeCopies() == 0, 2, 30_000);
        }
    },
    /** A batch has just been committed, before Spark records it in the checkpoint. */
    RIGHT_AFTER_COMMIT {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            return Poll.until(() -> probe.ledgerRows() > ledgerAtStart, 2, 30_000);
        }
    },
    /** Anywhere at all: start-up, migration, checkpoint writes, the middle of a batch. */
    RANDOM_DELAY {
        @Override
        boolean await(DatabaseProbe probe, long ledgerAtStart, Random random) {
            Poll.pause(3_000 + random.nextInt(12_000));
            return true;
        }
    };

    /** Waits for the moment; false when it was not seen (the kill then lands wherever the stream is). */
    abstract boolean await(DatabaseProbe probe, long ledgerAtStart, Random random);
}
