package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.spark.kafka.KafkaSourceSettings;
import dev.ingest.adapter.spark.kafka.MessageFormat;
import dev.ingest.adapter.spark.kafka.StartingOffsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The stream's Kafka source: with {@code --kafka-bootstrap-servers} the stream reads topics instead of the landing
 * folder, and the folder-only options become a mistake worth naming.
 */
public final class KafkaReadOptions {

    static final String SERVERS = "--kafka-bootstrap-servers";
    private static final List<String> FOLDER_ONLY = List.of("--input", "--archive-dir", "--max-files-per-trigger",
            "--max-bytes-per-trigger", "--extra-columns");
    private static final List<String> KAFKA_ONLY = List.of("--topic", "--kafka-format", "--starting-offsets",
            "--max-offsets-per-trigger", "--kafka-option", "--fail-on-data-loss");

    @Option(names = SERVERS, paramLabel = "HOST:PORT[,…]",
            description = "Read events from Kafka through these brokers instead of the landing folder.")
    String bootstrapServers;

    @Option(names = "--topic", paramLabel = "NAME", split = ",",
            description = "The topics to read (repeatable or comma-separated).")
    List<String> topics = new ArrayList<>();

    @Option(names = "--kafka-format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "Each message's value: json (an object with the eight field names, default) or csv (one "
                    + "line with the eight fields in the files' column order).")
    MessageFormat format;

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

    @Option(names = "--kafka-option", paramLabel = "KEY=VALUE",
            description = "A Kafka consumer setting (repeatable), e.g. security.protocol=SASL_SSL; never logged.")
    Map<String, String> consumerOptions = new LinkedHashMap<>();

    /** The topics to read, or empty for the landing folder; a mix of both sources' options is a usage error. */
    Optional<KafkaSourceSettings> settings(CommandSpec spec) {
        ParseResult given = spec.commandLine().getParseResult();
        if (bootstrapServers == null) {
            KAFKA_ONLY.stream().filter(given::hasMatchedOption).findFirst().ifPresent(option -> {
                throw new IllegalArgumentException(option + " needs " + SERVERS);
            });
            return Optional.empty();
        }
        FOLDER_ONLY.stream().filter(given::hasMatchedOption).findFirst().ifPresent(option -> {
            throw new IllegalArgumentException(option + " reads the landing folder; it cannot be combined with "
                    + SERVERS);
        });
        return Optional.of(KafkaSourceSettings.of(bootstrapServers, topics, format, startingOffsets,
                maxOffsetsPerTrigger == null ? OptionalLong.empty() : OptionalLong.of(maxOffsetsPerTrigger),
                failOnDataLoss, consumerOptions));
    }

    static final class FormatConverter implements ITypeConverter<MessageFormat> {
        @Override
        public MessageFormat convert(String value) {
            return choice(MessageFormat.values(), value, "json nor csv");
        }
    }

    static final class StartingOffsetsConverter implements ITypeConverter<StartingOffsets> {
        @Override
        public StartingOffsets convert(String value) {
            return choice(StartingOffsets.values(), value, "earliest nor latest");
        }
    }

    private static <E extends Enum<E>> E choice(E[] values, String given, String choices) {
        for (E value : values) {
            if (value.name().equals(given.strip().toUpperCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new TypeConversionException("'" + given + "' is neither " + choices);
    }
}
