package dev.ingest.adapter.csv;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.usecase.GenerateEventsService;
import dev.ingest.domain.generation.GenerationSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watcher lists the folder over and over while a generator lands files as fast as it can, and reads every
 * {@code *.csv} the moment it appears: what it reads must already be the complete, final file.
 */
class LandingWatcherTest {

    @TempDir
    Path folder;

    @Test
    void no_partial_or_temporary_file_is_ever_visible_under_a_csv_name() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Map<Path, byte[]> firstSight = new HashMap<>();
        CompletableFuture<Integer> watcher = CompletableFuture.supplyAsync(() -> {
            int looks = 0;
            while (!done.get()) {
                looks++;
                for (Path csv : csvNames()) {
                    if (!firstSight.containsKey(csv)) {
                        firstSight.put(csv, read(csv));
                    }
                }
            }
            return looks;
        });
        ManualClock clock = new ManualClock(Instant.parse("2025-03-01T10:00:00Z"));
        GenerationSummary summary = new GenerateEventsService(CsvGeneratorSink.in(folder.toUri(), Map.of()),
                new DatafakerProductCatalogue(), clock, clock.sleeper(Duration.ZERO), GenerationProgress.silent())
                .generate(generate().rate(50_000).count(150_000).eventsPerFile(1_000).build());
        done.set(true);

        assertThat(watcher.get()).isPositive();
        assertThat(firstSight).isNotEmpty();
        for (Map.Entry<Path, byte[]> seen : firstSight.entrySet()) {
            assertThat(seen.getValue()).as("%s when first seen", seen.getKey()).isEqualTo(Files.readAllBytes(seen.getKey()));
        }
        assertThat(csvNames()).hasSize((int) summary.files());
        try (Stream<Path> all = Files.list(folder)) {
            assertThat(all).as("temporary files left behind").allMatch(path -> path.toString().endsWith(".csv"));
        }
    }

    private List<Path> csvNames() {
        return LandedFiles.csvFiles(folder);
    }

    private static byte[] read(Path csv) {
        try {
            return Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            throw new AssertionError(csv + " was visible, then vanished", e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
