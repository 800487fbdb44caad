package dev.ingest.adapter.kafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The broker's child JVM: Kafka's own entry points run from {@code kafka-distribution/target/kafka-home/libs}, whose
 * 4.x clients jar never meets the 3.9 one of the test's classpath. Its output goes to a file, not the console.
 */
final class BrokerProcess {

    private static final Path KAFKA_HOME = Path.of("..", "kafka-distribution", "target", "kafka-home");
    /** Small enough for a 2-core machine running Spark and PostgreSQL too; the broker needs little for tests. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
    private static final long STOP_SECONDS = 60;

    private final Path properties;
    private final Path log;
    private Process process;

    BrokerProcess(Path properties, Path log) {
        this.properties = properties;
        this.log = log;
    }

    /** Formats the broker's storage once, as {@code kafka-storage.sh format} does. */
    void format(String clusterId) {
        Process formatting = launch(formatArguments(clusterId), ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            if (!formatting.waitFor(STOP_SECONDS, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.destroyForcibly();
                throw new IllegalStateException("formatting the broker's storage failed; its output:\n" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the broker's storage", e);
        }
    }

    /**
     * Each value joined to its option as one token ({@code --cluster-id=ID}): a value beginning with {@code -} would
     * otherwise be taken for an option by the tool's argument parser.
     */
    List<String> formatArguments(String clusterId) {
        return List.of("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "--config=" + properties);
    }

    void start() {
        process = launch(List.of("kafka.Kafka", properties.toString()), ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, then waits for the broker's orderly shutdown (SIGKILL if it takes over a minute). */
    void stop() {
        end(false);
    }

    /** SIGKILL: the broker gets no chance to flush or close anything. */
    void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** The last lines the broker wrote, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no broker log at " + log + ": " + e.getMessage() + ")";
        }
    }

    private static Process launch(List<String> mainAndArguments, ProcessBuilder.Redirect output) {
        Path libs = KAFKA_HOME.resolve("libs");
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("no Kafka broker jars in " + libs.toAbsolutePath().normalize()
                    + ": build kafka-distribution first (mvn -pl kafka-distribution package, or any reactor build)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(libs.toAbsolutePath().normalize() + "/*");
        command.addAll(mainAndArguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }
}
