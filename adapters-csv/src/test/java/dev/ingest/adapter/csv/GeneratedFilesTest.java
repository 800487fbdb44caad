package dev.ingest.adapter.csv;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryGeneratorSink;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.application.generate.port.out.GeneratorSink;
import dev.ingest.application.generate.usecase.GenerateEventsService;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.generation.GenerationSummary;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.EventValidator;
import dev.ingest.domain.validation.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator through the real CSV generator sink: what lands parses back to what was made, and reconciles. */
class GeneratedFilesTest {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    private static final GenerateEventsCommand COMMAND = generate().rate(2_000).count(12_000).seed(99).startTime(START)
            .eventsPerFile(2_500).invalidRatio(0.08).duplicateRatio(0.05).build();

    @TempDir
    Path folder;

    @Test
    void files_parse_back_to_exactly_the_records_generated() {
        InMemoryGeneratorSink memory = new InMemoryGeneratorSink();
        run(memory, COMMAND);
        run(CsvGeneratorSink.in(folder.toUri(), Map.of()), COMMAND);

        List<List<String>> parsed = new ArrayList<>();
        LandedFiles.csvFiles(folder).forEach(file -> parsed.addAll(LandedFiles.records(file)));
        assertThat(parsed).isEqualTo(memory.records().stream().map(GeneratedRecord::fields).toList());
        assertThat(LandedFiles.csvFiles(folder)).as("six seconds of events, one file a second").hasSize(6);
    }

    @Test
    void the_validator_finds_exactly_the_injected_invalid_records_and_duplicates() {
        GenerationSummary summary = run(CsvGeneratorSink.in(folder.toUri(), Map.of()), COMMAND);

        EventValidator validator = EventValidator.standard();
        Map<ReasonCode, Long> found = new EnumMap<>(ReasonCode.class);
        Set<String> storedIds = new HashSet<>();
        long duplicates = 0;
        for (Path file : LandedFiles.csvFiles(folder)) {
            for (RawRecord record : LandedFiles.rawRecords(file)) {
                if (record instanceof UnreadableRecord unreadable) {
                    found.merge(unreadable.reason(), 1L, Long::sum);
                } else if (validator.validate((RawEvent) record) instanceof Verdict.Invalid invalid) {
                    assertThat(invalid.reasons()).as("reasons of %s", record).hasSize(1);
                    found.merge(invalid.reasons().iterator().next(), 1L, Long::sum);
                } else if (!storedIds.add(((RawEvent) record).eventId())) {
                    duplicates++;
                }
            }
        }
        assertThat(found).isEqualTo(summary.invalidByReason());
        assertThat(found.keySet()).as("every reason but SCHEMA_MISMATCH, which belongs to a whole file")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(ReasonCode.SCHEMA_MISMATCH)));
        assertThat(duplicates).isEqualTo(summary.duplicates()).isPositive();
        assertThat((long) storedIds.size()).isEqualTo(summary.valid());
    }

    @Test
    void the_same_seed_and_start_time_give_byte_identical_files() throws IOException {
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));
        run(CsvGeneratorSink.in(first.toUri(), Map.of()), COMMAND);
        run(CsvGeneratorSink.in(second.toUri(), Map.of()), COMMAND);

        List<Path> firstFiles = LandedFiles.csvFiles(first);
        assertThat(LandedFiles.csvFiles(second)).extracting(Path::getFileName)
                .isEqualTo(firstFiles.stream().map(Path::getFileName).toList());
        for (Path file : firstFiles) {
            assertThat(Files.readAllBytes(second.resolve(file.getFileName()))).isEqualTo(Files.readAllBytes(file));
        }
    }

    private static GenerationSummary run(GeneratorSink zone, GenerateEventsCommand command) {
        ManualClock clock = new ManualClock(Instant.now());
        return new GenerateEventsService(zone, new DatafakerProductCatalogue(), clock, clock.sleeper(Duration.ZERO),
                GenerationProgress.silent()).generate(command);
    }
}
