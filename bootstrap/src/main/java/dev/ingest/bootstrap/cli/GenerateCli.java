package dev.ingest.bootstrap.cli;

import dev.ingest.application.generate.port.in.EventMix;
import dev.ingest.application.generate.port.in.GenerateEventsCommand;
import dev.ingest.application.generate.port.in.GenerationStop;
import dev.ingest.bootstrap.wiring.EventGenerator;
import dev.ingest.domain.generation.GenerationSummary;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest generate}: fake e-commerce events at a steady rate, landed atomically as CSV files, or produced to a
 * Kafka topic.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates fake e-commerce events at a steady rate into CSV files that land atomically, or into "
                        + "a Kafka topic (--kafka-bootstrap-servers and --topic; flushed every --flush-interval or 10,000 "
                        + "events).",
                "Runs for --duration or --count, or until stopped (Ctrl-C / SIGTERM land the current file, or flush "
                        + "every accepted event to Kafka, print the summary and exit 0).",
                "--seed S with --start-time T gives byte-identical output on every run: event times then come from "
                        + "a simulated clock that starts at T and advances at exactly the target rate."})
public final class GenerateCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "data/raw", converter = LocationConverter.class,
            description = "Folder the files land in, a path or a URI (file:, hdfs://namenode:8020/raw, "
                    + "s3a://bucket/raw, ...; created if missing; default: ${DEFAULT-VALUE}).")
    URI output;

    @Option(names = "--events-per-second", paramLabel = "N", defaultValue = "10",
            description = "Target rate (default: ${DEFAULT-VALUE}).")
    double eventsPerSecond;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this long (30, 90s, 5m).")
    String duration;

    @Option(names = "--count", paramLabel = "N", description = "Stop after this many events.")
    Long count;

    @Option(names = "--file-interval", paramLabel = "DURATION", defaultValue = "1s",
            description = "Start a new file this often (default: ${DEFAULT-VALUE}).")
    String fileInterval;

    @Option(names = "--events-per-file", paramLabel = "N", defaultValue = "10000",
            description = "...or when the file holds this many events (default: ${DEFAULT-VALUE}).")
    int eventsPerFile;

    @Option(names = "--flush-interval", paramLabel = "DURATION",
            description = "With Kafka: flush, and wait for every acknowledgement, this often (default: 100ms); a few "
                    + "milliseconds (5ms) for low latency, at the cost of smaller producer batches.")
    String flushInterval;

    @Option(names = "--users", paramLabel = "N", defaultValue = "10000",
            description = "Size of the user pool; a few users are far busier than the rest (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--mix", paramLabel = "TYPE=SHARE,...", defaultValue = "view=0.6,add_to_cart=0.3,purchase=0.1",
            description = "Event type shares, adding up to 1 (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every random choice.")
    Long seed;

    @Option(names = "--start-time", paramLabel = "T",
            description = "Simulated start of event time, e.g. 2025-03-01T10:00:00Z (UTC).")
    String startTime;

    @Option(names = "--time-span", paramLabel = "DURATION",
            description = "Spread the --count events' times over this much simulated time (30d, 12h), ending now or "
                    + "starting at --start-time, written at full speed: a backfill of history.")
    String timeSpan;

    @Option(names = "--invalid-ratio", paramLabel = "R", defaultValue = "0",
            description = "Share of records made invalid on purpose, spread over every reason code (default: ${DEFAULT-VALUE}).")
    double invalidRatio;

    @Option(names = "--duplicate-ratio", paramLabel = "R", defaultValue = "0",
            description = "Share of records that repeat an earlier event id (default: ${DEFAULT-VALUE}).")
    double duplicateRatio;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        GenerationStop stop = new GenerationStop();
        boolean toKafka = UserInput.check(spec, () -> kafka.chosen(spec, "--output", "--file-interval",
                "--events-per-file"));
        GenerateEventsCommand command = UserInput.check(spec, () -> command(stop, toKafka));
        String chunks = toKafka ? "flushes" : "files";
        GenerateProgressLine progress = new GenerateProgressLine(spec.commandLine().getErr(), System.console() != null,
                chunks);
        try (EventGenerator generator = UserInput.check(spec, () -> toKafka
                        ? EventGenerator.intoKafka(kafka.bootstrapServers(), kafka.singleTopic(), kafka.format(),
                                kafka.clientOptions(), progress)
                        : EventGenerator.into(output, progress));
                GracefulShutdown shutdown = GracefulShutdown.ofGenerator(stop)) {
            GenerationSummary summary = generator.generate(command);
            progress.finish();
            spec.commandLine().getOut().println(GenerateSummaryText.of(summary, chunks, generator.destination()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private GenerateEventsCommand command(GenerationStop stop, boolean toKafka) {
        if (!toKafka && flushInterval != null) {
            throw new IllegalArgumentException("--flush-interval is for Kafka; it needs --kafka-bootstrap-servers and "
                    + "--topic");
        }
        return new GenerateEventsCommand(eventsPerSecond,
                Optional.ofNullable(duration).map(text -> GenerateOptionValues.duration("--duration", text)),
                count == null ? OptionalLong.empty() : OptionalLong.of(count),
                toKafka ? flushInterval() : GenerateOptionValues.duration("--file-interval", fileInterval),
                toKafka ? KafkaOptions.FLUSH_EVENTS : eventsPerFile, users, EventMix.parse(mix),
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                Optional.ofNullable(startTime).map(GenerateOptionValues::startTime),
                Optional.ofNullable(timeSpan).map(text -> backfillSpan(text, toKafka)), invalidRatio, duplicateRatio,
                stop);
    }

    /** How often a Kafka generator flushes: the default unless --flush-interval says otherwise. */
    private Duration flushInterval() {
        if (flushInterval == null) {
            return KafkaOptions.FLUSH_INTERVAL;
        }
        Duration interval = GenerateOptionValues.duration("--flush-interval", flushInterval);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("--flush-interval must be positive");
        }
        return interval;
    }

    /** A backfill sets its own pace and cuts files by size: the options that say otherwise are refused, not ignored. */
    private Duration backfillSpan(String text, boolean toKafka) {
        for (String paced : toKafka ? List.of("--events-per-second", "--flush-interval")
                : List.of("--events-per-second", "--file-interval")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(paced)) {
                throw new IllegalArgumentException("--time-span writes at full speed; drop " + paced);
            }
        }
        return GenerateOptionValues.duration("--time-span", text);
    }
}
