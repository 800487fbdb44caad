package dev.ingest.bootstrap.faults;

import java.util.Random;

/**
 * The one seed behind every random choice of the fault suite (the generated events, when and how a stream is killed),
 * printed so that a failure can be replayed with {@code -Dfaults.seed=<seed>}.
 */
final class FaultSeed {

    static final String PROPERTY = "faults.seed";
    private static final long SEED = chooseAndPrint();

    private FaultSeed() {
    }

    static long value() {
        return SEED;
    }

    /** A random source of its own for one scenario, so that scenarios do not disturb each other's choices. */
    static Random forScenario(String scenario) {
        return new Random(SEED ^ scenario.hashCode());
    }

    private static long chooseAndPrint() {
        String given = System.getProperty(PROPERTY);
        long seed = given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.strip());
        System.out.println("fault suite seed = " + seed + " (replay with -D" + PROPERTY + "=" + seed + ")");
        return seed;
    }
}
