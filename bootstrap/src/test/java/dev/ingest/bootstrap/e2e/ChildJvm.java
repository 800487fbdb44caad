package dev.ingest.bootstrap.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/ingest.jar …} in a JVM of its own, for what only a whole process shows: everything it writes
 * on stdout and stderr (logging included) and its exit status. Failsafe runs after {@code package}, so the jar exists.
 */
final class ChildJvm {

    private static final Path JAR = Path.of("target", "ingest.jar");

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the CLI with {@code args}, with no POSTGRES_* variables inherited, writing its output under {@code folder}. */
    static ChildJvm start(Path folder, String name, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the integration tests with mvn verify");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path stdout = folder.resolve(name + ".out");
        Path stderr = folder.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("POSTGRES_"));
        return new ChildJvm(builder.start(), stdout, stderr);
    }

    /** What it has written on stdout so far. */
    String outSoFar() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** What it has written on stderr so far. */
    String errSoFar() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Ends it as Ctrl-C would (SIGTERM runs the shutdown hooks), forcibly if it is still there after 20 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Asks the process to stop as Ctrl-C or SIGTERM would, and waits for it as {@link #await} does. */
    CliRun stop(long limitSeconds) throws IOException, InterruptedException {
        process.destroy();
        return await(limitSeconds);
    }

    /** Waits for the process to end (killing it after {@code limitSeconds}, a guard against a hang) and returns its run. */
    CliRun await(long limitSeconds) throws IOException, InterruptedException {
        try {
            if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the CLI did not end within " + limitSeconds + " s: " + Files.readString(stderr));
            }
        } finally {
            process.destroyForcibly();
        }
        return new CliRun(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
