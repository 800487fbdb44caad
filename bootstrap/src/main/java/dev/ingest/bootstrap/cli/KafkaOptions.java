package dev.ingest.bootstrap.cli;

import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.event.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Where Kafka is and how its messages are written (a picocli mixin): with {@code --kafka-bootstrap-servers} and
 * {@code --topic} a command uses Kafka instead of folders. The values of {@code --kafka-option} may be secrets: no
 * message shows them.
 */
public final class KafkaOptions {

    /**
     * By default the generator flushes to Kafka every 100 ms of event time or every 10,000 events, whichever comes
     * first: a crash loses at most that much unacknowledged work, and batches stay large enough for the producer to be
     * fast. {@code --flush-interval} trades that for latency.
     */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);
    static final int FLUSH_EVENTS = 10_000;

    private static final String SERVERS = "--kafka-bootstrap-servers";
    private static final String TOPIC = "--topic";
    private static final Pattern SERVER = Pattern.compile("([^\\s:,\\[\\]]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})");

    @Option(names = SERVERS, paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to start from; with --topic, Kafka is used instead of folders.")
    String bootstrapServers;

    @Option(names = TOPIC, paramLabel = "NAME", description = "The Kafka topic (it must exist).")
    String topic;

    @Option(names = "--kafka-format", paramLabel = "json|csv", converter = FormatConverter.class,
            description = "Message values: one JSON object per event (default) or one CSV line.")
    MessageFormat format;

    @Option(names = "--kafka-option", paramLabel = "KEY=VALUE",
            description = "A Kafka client setting (repeatable), e.g. security.protocol=SASL_SSL; values are never "
                    + "shown or logged.")
    List<String> clientOptions = new ArrayList<>();

    /**
     * Whether Kafka was chosen; refuses half a choice, and any of {@code folderOptions} given with it.
     *
     * @throws IllegalArgumentException naming the options that do not go together
     */
    boolean chosen(CommandSpec spec, String... folderOptions) {
        ParseResult parsed = spec.commandLine().getParseResult();
        boolean any = bootstrapServers != null || topic != null || format != null || !clientOptions.isEmpty();
        if (!any) {
            return false;
        }
        if (bootstrapServers == null || topic == null) {
            String given = bootstrapServers != null ? SERVERS : topic != null ? TOPIC
                    : format != null ? "--kafka-format" : "--kafka-option";
            throw new IllegalArgumentException(given + " needs " + (bootstrapServers == null ? SERVERS : TOPIC));
        }
        for (String folderOption : folderOptions) {
            if (parsed.hasMatchedOption(folderOption)) {
                throw new IllegalArgumentException(folderOption + " is for files; it cannot be used with " + SERVERS);
            }
        }
        return true;
    }

    String bootstrapServers() {
        for (String server : bootstrapServers.split(",", -1)) {
            var matcher = SERVER.matcher(server.strip());
            if (!matcher.matches() || Integer.parseInt(matcher.group(2)) < 1
                    || Integer.parseInt(matcher.group(2)) > 65535) {
                throw new IllegalArgumentException(SERVERS + " expects HOST:PORT[,HOST:PORT...], got '"
                        + bootstrapServers + "'");
            }
        }
        return bootstrapServers.strip();
    }

    /** The one topic of a command that writes to a single topic. */
    String singleTopic() {
        if (!OffsetRange.isTopicName(topic)) {
            throw new IllegalArgumentException(TOPIC + " expects one topic name (letters, digits, '.', '_', '-'), got '"
                    + topic + "'");
        }
        return topic;
    }

    /** The topics of a command that reads several: {@code --topic a,b}. */
    List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (String name : topic.split(",", -1)) {
            if (!OffsetRange.isTopicName(name.strip())) {
                throw new IllegalArgumentException(TOPIC + " expects topic names (letters, digits, '.', '_', '-'), "
                        + "separated by commas, got '" + topic + "'");
            }
            topics.add(name.strip());
        }
        return topics;
    }

    MessageFormat format() {
        return format == null ? MessageFormat.JSON : format;
    }

    /** The {@code --kafka-option} pairs, later ones winning; messages name keys at most, never values. */
    Map<String, String> clientOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : clientOptions) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--kafka-option expects KEY=VALUE"
                        + (equals == 0 ? ", got an empty KEY" : ", got a value without '='"));
            }
            String key = option.substring(0, equals).strip();
            if (key.equals("bootstrap.servers")) {
                throw new IllegalArgumentException("--kafka-option bootstrap.servers: give " + SERVERS + " instead");
            }
            options.put(key, option.substring(equals + 1));
        }
        return options;
    }

    /** What a value of {@code --kafka-option} is shown as: its key only. */
    static String shown(String option) {
        int equals = option.indexOf('=');
        return equals > 0 ? option.substring(0, equals) + "=****" : "****";
    }

    /** Reads --kafka-format: json or csv. */
    static final class FormatConverter implements ITypeConverter<MessageFormat> {
        @Override
        public MessageFormat convert(String format) {
            for (MessageFormat value : MessageFormat.values()) {
                if (value.name().equalsIgnoreCase(format.strip())) {
                    return value;
                }
            }
            throw new TypeConversionException("'" + format + "' is neither json nor csv");
        }
    }
}
