package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.IngestApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest generate} in its own JVM, stopped with SIGTERM while a file is being filled. */
class GenerateCliIT {

    private static final Pattern WROTE = Pattern.compile("wrote (\\d+) events in (\\d+) files");

    @TempDir
    Path folder;

    @Test
    void sigterm_mid_file_lands_the_file_prints_the_summary_and_exits_0() throws Exception {
        Path output = folder.resolve("raw");
        Path stdout = folder.resolve("stdout.txt");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestApplication.class.getName(),
                "generate", "--output", output.toString(), "--events-per-second", "500", "--file-interval", "1s")
                .redirectOutput(stdout.toFile())
                .redirectError(folder.resolve("stderr.txt").toFile())
                .start();
        try {
            awaitFirstFile(output, generator);
            generator.destroy();
            assertThat(generator.waitFor(60, TimeUnit.SECONDS)).as("generator ended after SIGTERM").isTrue();
        } finally {
            generator.destroyForcibly();
        }

        assertThat(generator.exitValue()).isEqualTo(0);
        Matcher summary = WROTE.matcher(Files.readString(stdout, StandardCharsets.UTF_8));
        assertThat(summary.find()).as("summary on stdout").isTrue();
        List<Path> landed = list(output);
        assertThat(landed).as("no temporary file left").allMatch(path -> path.getFileName().toString().endsWith(".csv"));
        assertThat(landed).hasSize(Integer.parseInt(summary.group(2))).hasSizeGreaterThan(1);
        long records = 0;
        for (Path file : landed) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("event_id,user_id,product_id,product_name,category,price,event_type,timestamp");
            records += lines.size() - 1;
        }
        assertThat(records).isEqualTo(Long.parseLong(summary.group(1)));
    }

    /** Polls (without reading any clock) until the generator has landed a file, so it is surely mid-way in the next. */
    private static void awaitFirstFile(Path output, Process generator) throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (Files.isDirectory(output) && !list(output).isEmpty()) {
                return;
            }
            assertThat(generator.isAlive()).as("generator still running").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no file landed in " + output);
    }

    private static List<Path> list(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.sorted().toList();
        }
    }
}
