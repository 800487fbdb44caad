package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.kafka.KafkaSourceSettings;
import dev.ingest.adapter.spark.kafka.StartingOffsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * How the stream reads Kafka, beyond where it is ({@link KafkaOptions}): with Kafka chosen the stream reads topics
 * instead of the landing folder, and the folder-only options become a mistake worth naming.
 */
public final class KafkaReadOptions {

    private static final String[] FOLDER_ONLY = {"--input", "--input-layout", "--after-ingest", "--archive-dir",
        "--max-files-per-trigger",
        "--max-bytes-per-trigger", "--extra-columns"};
    private static final List<String> KAFKA_ONLY = List.of("--starting-offsets", "--max-offsets-per-trigger",
            "--fail-on-data-loss");

    @Option(names = "--starting-offsets", paramLabel = "WHERE", defaultValue = "earliest",
            converter = StartingOffsetsConverter.class,
            description = "Where a new stream starts: earliest (default) or latest; a restart resumes from its "
                    + "checkpoint.")
    StartingOffsets startingOffsets;

    @Option(names = "--max-offsets-per-trigger", paramLabel = "N",
            description = "At most N offsets per micro-batch, over all partitions (default: all available).")
    Long maxOffsetsPerTrigger;

    @Option(names = "--fail-on-data-loss",
            description = "Stop when offsets vanished before they were read (retention, compaction) instead of "
                    + "logging the gap and going on.")
    boolean failOnDataLoss;

    /** The topics to read, or empty for the landing folder; a mix of both sources' options is a usage error. */
    Optional<KafkaSourceSettings> settings(CommandSpec spec, KafkaOptions kafka) {
        ParseResult given = spec.commandLine().getParseResult();
        if (!kafka.chosen(spec, FOLDER_ONLY)) {
            KAFKA_ONLY.stream().filter(given::hasMatchedOption).findFirst().ifPresent(option -> {
                throw new IllegalArgumentException(option + " needs --kafka-bootstrap-servers and --topic");
            });
            return Optional.empty();
        }
        return Optional.of(KafkaSourceSettings.of(kafka.bootstrapServers(), kafka.topics(), kafka.format(),
                startingOffsets,
                maxOffsetsPerTrigger == null ? OptionalLong.empty() : OptionalLong.of(maxOffsetsPerTrigger),
                failOnDataLoss, kafka.clientOptions()));
    }

    static final class StartingOffsetsConverter implements ITypeConverter<StartingOffsets> {
        @Override
        public StartingOffsets convert(String value) {
            for (StartingOffsets choice : StartingOffsets.values()) {
                if (choice.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return choice;
                }
            }
            throw new TypeConversionException("'" + value + "' is neither earliest nor latest");
        }
    }
}
