package dev.ingest.application.generate.usecase;

import static dev.ingest.application.fake.GenerateEventsCommandBuilder.generate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.fake.FixedCatalogue;
import dev.ingest.application.fake.GenerateEventsCommandBuilder;
import dev.ingest.application.fake.InMemoryGeneratorSink;
import dev.ingest.application.fake.ManualClock;
import dev.ingest.application.generate.port.in.GenerationStop;
import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GenerationProgress;
import dev.ingest.domain.generation.GenerationSummary;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GenerateEventsServiceTest {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final InMemoryGeneratorSink sink = new InMemoryGeneratorSink();
    private final List<GenerationSummary> progress = new ArrayList<>();
    private final GenerateEventsService service = new GenerateEventsService(sink, new FixedCatalogue(), clock,
            clock.sleeper(Duration.ZERO), progress::add);

    @Test
    void writes_exactly_the_count_asked_for() {
        GenerationSummary summary = service.generate(generate().rate(1000).count(2_500).build());

        assertThat(sink.records()).hasSize(2_500);
        assertThat(summary.events()).isEqualTo(2_500);
        assertThat(summary.valid()).isEqualTo(2_500);
        assertThat(summary.files()).isEqualTo(sink.files().size());
    }

    @Test
    void starts_a_new_file_when_the_current_one_is_full() {
        service.generate(generate().rate(100_000).count(25_000).eventsPerFile(10_000).build());

        assertThat(sink.files()).extracting(file -> file.records().size()).containsExactly(10_000, 10_000, 5_000);
        assertThat(sink.files()).extracting(GeneratedFile::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void starts_a_new_file_when_the_interval_has_passed() {
        service.generate(generate().rate(10).duration(Duration.ofSeconds(3)).fileInterval(Duration.ofSeconds(1)).build());

        assertThat(sink.files()).extracting(file -> file.records().size()).containsExactly(10, 10, 10);
        assertThat(sink.files()).extracting(GeneratedFile::openedAt)
                .containsExactly(START, START.plusSeconds(1), START.plusSeconds(2));
    }

    @Test
    void a_stop_request_lands_the_file_in_progress_and_returns_the_summary() {
        GenerationStop stop = new GenerationStop();
        GenerateEventsService stoppedAfterOneSecond = new GenerateEventsService(sink, new FixedCatalogue(), clock,
                duration -> {
                    clock.advance(duration);
                    if (!clock.instant().isBefore(START.plusMillis(1_500))) {
                        stop.request();
                    }
                }, GenerationProgress.silent());

        GenerationSummary summary = stoppedAfterOneSecond.generate(generate().rate(10).eventsPerFile(7).stop(stop).build());

        assertThat(summary.events()).isBetween(15L, 16L);
        assertThat(sink.records()).hasSize((int) summary.events());
        assertThat(sink.files()).extracting(file -> file.records().size()).containsExactly(7, 7, (int) summary.events() - 14);
    }

    @Test
    void a_generator_that_cannot_keep_up_still_stops_at_the_end_of_the_duration() {
        InMemoryGeneratorSink slowDisk = new InMemoryGeneratorSink(file -> clock.advance(Duration.ofMillis(500)));
        GenerationSummary summary = new GenerateEventsService(slowDisk, new FixedCatalogue(), clock,
                clock.sleeper(Duration.ZERO), GenerationProgress.silent())
                .generate(generate().rate(100_000).duration(Duration.ofSeconds(5)).eventsPerFile(1_000).build());

        assertThat(summary.elapsed()).as("the duration, plus at most one burst of landings")
                .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
        assertThat(summary.events()).isLessThan(100_000L * 5 / 10);
    }

    @Test
    void files_landed_on_another_thread_arrive_complete_and_in_order() {
        ExecutorService landingThread = Executors.newSingleThreadExecutor();
        try {
            GenerationSummary summary = new GenerateEventsService(sink, new FixedCatalogue(), clock,
                    clock.sleeper(Duration.ZERO), GenerationProgress.silent(), landingThread)
                    .generate(generate().rate(100_000).count(25_500).eventsPerFile(1_000).build());

            assertThat(sink.files()).extracting(GeneratedFile::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 26).boxed().toList());
            assertThat(sink.records()).hasSize(25_500);
            assertThat(summary.files()).isEqualTo(26);
        } finally {
            landingThread.shutdownNow();
        }
    }

    @Test
    void a_failed_landing_stops_the_run_with_its_cause() {
        ExecutorService landingThread = Executors.newSingleThreadExecutor();
        try {
            GenerateEventsService failing = new GenerateEventsService(file -> {
                throw new UncheckedIOException(new IOException("disk full"));
            }, new FixedCatalogue(), clock, clock.sleeper(Duration.ZERO), GenerationProgress.silent(), landingThread);

            assertThatThrownBy(() -> failing.generate(generate().rate(1_000).count(5_000).eventsPerFile(100).build()))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        } finally {
            landingThread.shutdownNow();
        }
    }

    @Test
    void reports_progress_while_running() {
        service.generate(generate().rate(100).duration(Duration.ofSeconds(2)).build());

        assertThat(progress).hasSizeBetween(4, 8);
        assertThat(progress).extracting(GenerationSummary::events).isSorted();
    }

    @Test
    void the_same_seed_and_start_time_give_the_same_records_and_files() {
        GenerateEventsCommandBuilder command = generate().rate(500).count(3_000).seed(7).startTime(START)
                .invalidRatio(0.1).duplicateRatio(0.1).eventsPerFile(700);
        service.generate(command.build());
        List<GeneratedFile> first = sink.files();

        InMemoryGeneratorSink again = new InMemoryGeneratorSink();
        ManualClock otherClock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        new GenerateEventsService(again, new FixedCatalogue(), otherClock, otherClock.sleeper(Duration.ofMillis(3)),
                GenerationProgress.silent()).generate(command.build());

        assertThat(again.files()).isEqualTo(first);
        assertThat(first.get(0).records().get(0).fields().get(7)).isEqualTo("2025-03-01 10:00:00.000");
    }

    @Test
    void a_time_span_spreads_the_events_evenly_up_to_now_without_waiting() {
        service.generate(generate().rate(1).count(30_000).timeSpan(Duration.ofDays(30)).eventsPerFile(7_000).build());

        List<String> times = sink.records().stream().map(record -> record.fields().get(7)).toList();
        assertThat(times).hasSize(30_000).isSorted();
        assertThat(times.get(0)).isEqualTo("2025-01-30 10:00:00.000");
        assertThat(times.get(15_000)).isEqualTo("2025-02-14 10:00:00.000");
        assertThat(times.get(29_999)).startsWith("2025-03-01 09:");
        assertThat(clock.instant()).as("not paced at one event a second").isEqualTo(START);
        assertThat(sink.files()).extracting(file -> file.records().size()).containsExactly(7_000, 7_000, 7_000,
                7_000, 2_000);
    }

    @Test
    void a_time_span_needs_a_count() {
        assertThatThrownBy(() -> generate().timeSpan(Duration.ofDays(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--time-span needs --count");
    }

    @Test
    void different_seeds_give_different_records() {
        service.generate(generate().count(50).seed(1).startTime(START).build());
        InMemoryGeneratorSink other = new InMemoryGeneratorSink();
        new GenerateEventsService(other, new FixedCatalogue(), clock, clock.sleeper(Duration.ZERO),
                GenerationProgress.silent()).generate(generate().count(50).seed(2).startTime(START).build());

        assertThat(other.records()).doesNotContainAnyElementsOf(sink.records());
    }

    @Test
    void injects_every_reason_a_record_can_carry_and_counts_each() {
        GenerationSummary summary = service.generate(generate().rate(10_000).count(20_000).invalidRatio(0.05).build());

        assertThat(summary.invalidByReason().keySet()).containsExactlyInAnyOrderElementsOf(InvalidRecordMaker.INJECTABLE);
        assertThat(summary.invalid()).isBetween(800L, 1_200L);
        long malformed = sink.records().stream().filter(record -> record.fields().size() != 8).count();
        assertThat(malformed).isEqualTo(summary.invalidByReason().get(ReasonCode.MALFORMED_RECORD));
        assertThat(sink.records().stream().map(GeneratedRecord::fields).filter(fields -> fields.size() > 8))
                .isNotEmpty();
        assertThat(sink.records().stream().map(GeneratedRecord::fields).filter(fields -> fields.size() < 8))
                .isNotEmpty();
    }

    @Test
    void repeats_earlier_event_ids_within_and_across_files_and_counts_them() {
        GenerationSummary summary = service.generate(generate().rate(10_000).count(20_000).eventsPerFile(1_000)
                .duplicateRatio(0.1).build());

        Map<String, Integer> fileOfFirstSighting = new HashMap<>();
        long repeats = 0;
        Set<String> repeatedWithinFile = new HashSet<>();
        Set<String> repeatedAcrossFiles = new HashSet<>();
        List<GeneratedFile> files = sink.files();
        for (int fileIndex = 0; fileIndex < files.size(); fileIndex++) {
            for (GeneratedRecord record : files.get(fileIndex).records()) {
                String eventId = record.fields().get(0);
                Integer earlier = fileOfFirstSighting.putIfAbsent(eventId, fileIndex);
                if (earlier != null) {
                    repeats++;
                    (earlier == fileIndex ? repeatedWithinFile : repeatedAcrossFiles).add(eventId);
                }
            }
        }
        assertThat(repeats).isEqualTo(summary.duplicates()).isBetween(1_700L, 2_300L);
        assertThat(repeatedWithinFile).isNotEmpty();
        assertThat(repeatedAcrossFiles).isNotEmpty();
        assertThat(summary.valid()).isEqualTo(fileOfFirstSighting.size());
    }

    @Test
    void follows_the_event_type_mix() {
        service.generate(generate().rate(10_000).count(20_000).build());

        Map<String, Long> byType = new HashMap<>();
        sink.records().forEach(record -> byType.merge(record.fields().get(6), 1L, Long::sum));
        assertThat(byType.get("view")).isBetween(11_600L, 12_400L);
        assertThat(byType.get("add_to_cart")).isBetween(5_700L, 6_300L);
        assertThat(byType.get("purchase")).isBetween(1_800L, 2_200L);
    }
}
