package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.cli.IngestCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The events the fault scenarios ingest: 40 files of 1,000 generated events with invalid and duplicate records,
 * made once per test JVM from the suite's seed by the real {@code generate} command, then copied into each scenario's
 * input folder.
 */
final class EventDataset {

    static final int FILES = 40;
    static final int EVENTS_PER_FILE = 1_000;

    /** The cluster scenarios' smaller dataset: 4 files of 1,000 events, as much as two 1-core workers need. */
    static final int CLUSTER_FILES = 4;

    private static final Path FOLDER = Path.of("target", "faults", "dataset").toAbsolutePath();
    private static final Path CLUSTER_FOLDER = Path.of("target", "faults", "cluster-dataset").toAbsolutePath();
    private static final Set<Path> GENERATED = new HashSet<>();

    private EventDataset() {
    }

    /** Lands every file of the dataset in the folder, in generation order. */
    static void landInto(Path input) {
        land(FOLDER, FILES, input);
    }

    /** Lands every file of the cluster dataset in the folder, in generation order. */
    static void landClusterDatasetInto(Path input) {
        land(CLUSTER_FOLDER, CLUSTER_FILES, input);
    }

    /** Generates the files into {@code folder} once per test JVM, then copies them into {@code input}. */
    private static synchronized void land(Path folder, int files, Path input) {
        if (GENERATED.add(folder)) {
            Folders.delete(folder);
            generate(folder, (long) files * EVENTS_PER_FILE, EVENTS_PER_FILE, FaultSeed.value());
        }
        Folders.landAll(folder, input);
    }

    /** Generates events with 5 % invalid records (every reason code) and 3 % repeated event ids. */
    static void generate(Path output, long count, int eventsPerFile, long seed) {
        generate(output, count, eventsPerFile, seed, 0.05, 0.03);
    }

    static void generate(Path output, long count, int eventsPerFile, long seed, double invalidRatio,
            double duplicateRatio) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "generate", "--output", output.toString(), "--count", Long.toString(count),
                "--events-per-file", Integer.toString(eventsPerFile), "--events-per-second", "1000000",
                "--invalid-ratio", Double.toString(invalidRatio), "--duplicate-ratio", Double.toString(duplicateRatio),
                "--seed", Long.toString(seed), "--start-time", "2025-03-01T10:00:00Z");
        assertThat(exitCode).as("generate: %s", err).isZero();
    }
}
