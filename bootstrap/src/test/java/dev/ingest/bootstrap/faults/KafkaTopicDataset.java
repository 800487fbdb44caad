package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.cli.IngestCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic filled by {@code ingest generate} with injected invalid and repeated events, and what the generator says it
 * wrote: the oracle every Kafka fault scenario must end with.
 */
record KafkaTopicDataset(long events, long valid, long duplicates, long invalid) {

    static final int PARTITIONS = 3;
    static final int EVENTS = 12_000;
    static final int OFFSETS_PER_BATCH = 600;

    private static final Pattern INJECTED = Pattern.compile(
            "valid: (\\d+)\\s+duplicates injected: (\\d+)\\s+invalid injected: (\\d+)");

    /** Generates the dataset into a new topic on the broker. */
    static KafkaTopicDataset generateInto(String bootstrapServers, String topic) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("generate",
                "--kafka-bootstrap-servers", bootstrapServers, "--topic", topic, "--count", String.valueOf(EVENTS),
                "--events-per-second", "200000", "--invalid-ratio", "0.03", "--duplicate-ratio", "0.05",
                "--seed", "29", "--start-time", "2025-03-01T10:00:00Z");
        assertThat(exit).as("generate: %s", err).isZero();
        Matcher injected = INJECTED.matcher(out.toString());
        assertThat(injected.find()).as("generator summary: %s", out).isTrue();
        return new KafkaTopicDataset(EVENTS, Long.parseLong(injected.group(1)), Long.parseLong(injected.group(2)),
                Long.parseLong(injected.group(3)));
    }
}
