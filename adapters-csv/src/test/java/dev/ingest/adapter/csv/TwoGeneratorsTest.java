package dev.ingest.adapter.csv;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.usecase.GenerateEventsService;
import dev.ingest.domain.generation.GenerationSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two generators with the same start time write into one folder at once; neither loses or overwrites a file. */
class TwoGeneratorsTest {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void two_generators_share_a_folder_without_collisions() throws Exception {
        CsvGeneratorSink zone = CsvGeneratorSink.in(folder.toUri(), Map.of());
        CompletableFuture<GenerationSummary> first = CompletableFuture.supplyAsync(() -> run(zone, 1));
        CompletableFuture<GenerationSummary> second = CompletableFuture.supplyAsync(() -> run(zone, 2));
        GenerationSummary a = first.get();
        GenerationSummary b = second.get();

        assertThat(a.generatorId()).isNotEqualTo(b.generatorId());
        List<List<String>> records = new ArrayList<>();
        LandedFiles.csvFiles(folder).forEach(file -> records.addAll(LandedFiles.records(file)));
        assertThat(LandedFiles.csvFiles(folder)).hasSize((int) (a.files() + b.files()));
        assertThat(records).hasSize((int) (a.events() + b.events()));
        assertThat(records).extracting(fields -> fields.get(0)).doesNotHaveDuplicates();
    }

    private static GenerationSummary run(CsvGeneratorSink zone, long seed) {
        ManualClock clock = new ManualClock(START);
        return new GenerateEventsService(zone, new DatafakerProductCatalogue(), clock, clock.sleeper(Duration.ZERO),
                GenerationProgress.silent())
                .generate(generate().rate(1_000).count(5_000).seed(seed).startTime(START).eventsPerFile(300).build());
    }
}
