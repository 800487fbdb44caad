package dev.ingest.bootstrap.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One {@code ingest} command running in a child JVM of the built jar, so that SIGKILL and SIGTERM are real signals to
 * a real process. Its stdout and stderr go to files in the run's folder.
 */
final class StreamProcess {

    /** Failsafe runs after {@code package}, in the module folder: the jar is there. */
    static final Path JAR = Path.of("target", "ingest.jar").toAbsolutePath();
    /** A guard against a hung child, far above any run of the suite's data; not a measure of speed. */
    private static final long EXIT_LIMIT_SECONDS = 300;
    /** Children still running when the test JVM ends (a failed assertion mid-scenario) are not left behind. */
    private static final List<Process> STARTED = new CopyOnWriteArrayList<>();
    private static final List<Process> SERVICES = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            STARTED.forEach(Process::destroyForcibly);
            // A Worker's executors are its children: they go with it.
            SERVICES.forEach(process -> process.descendants().forEach(ProcessHandle::destroyForcibly));
            SERVICES.forEach(Process::destroyForcibly);
        }, "fault-suite-children"));
    }

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private StreamProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code java -Xmx<heap> -jar ingest.jar <arguments>} with these environment variables added, logging to
     * {@code <logs>/<name>.out|.err}.
     */
    static StreamProcess start(Path logs, String name, String heap, List<String> arguments,
            Map<String, String> environment) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the fault suite runs after mvn package");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseParallelGC", "-jar",
                JAR.toString()));
        command.addAll(arguments);
        return start(logs, name, command, environment);
    }

    /** Starts a JVM (or any command) as given, with these extra environment variables. */
    static StreamProcess start(Path logs, String name, List<String> command, Map<String, String> environment) {
        StreamProcess process = launch(logs, name, command, environment);
        STARTED.add(process.process);
        return process;
    }

    /**
     * Starts a JVM that outlives scenarios (a cluster's Master or Worker): {@link #killLeftovers()} leaves it alone,
     * its owner stops it, and it does not outlive the test JVM.
     */
    static StreamProcess startService(Path logs, String name, List<String> command, Map<String, String> environment) {
        StreamProcess process = launch(logs, name, command, environment);
        SERVICES.add(process.process);
        return process;
    }

    private static StreamProcess launch(Path logs, String name, List<String> command, Map<String, String> environment) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            builder.environment().putAll(environment);
            System.out.println("[faults] start " + name + ": " + String.join(" ", command.subList(
                    Math.max(0, command.indexOf("stream")), command.size())));
            return new StreamProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Kills every child still running: after a scenario, so that a failed one leaves no load on the next. */
    static void killLeftovers() {
        STARTED.forEach(Process::destroyForcibly);
        STARTED.removeIf(process -> !process.isAlive());
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM gets no chance to do anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the JVM runs its shutdown hooks. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit() {
        try {
            if (!process.waitFor(EXIT_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the child JVM did not end within " + EXIT_LIMIT_SECONDS
                        + " s and was killed; its stderr:\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            // Lenient decoding: a stream's output may echo poison input that is not valid UTF-8.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
