package dev.ingest.bootstrap.cli;

import dev.ingest.application.verify.port.in.OffsetSpan;
import dev.ingest.application.verify.port.in.TopicPartitionAccount;
import dev.ingest.application.verify.port.in.TopicsAccount;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Prints the account of Kafka topics: one row per topic-partition, then the offsets gone before they were read. */
final class VerifyTopicsText {

    private final PrintWriter out;

    VerifyTopicsText(PrintWriter out) {
        this.out = out;
    }

    void print(TopicsAccount account, String bootstrapServers) {
        out.println("Kafka " + bootstrapServers + ": every stream's stored offset ranges");
        out.println();
        int width = Math.max(15, account.partitions().stream()
                .mapToInt(partition -> name(partition).length()).max().orElse(0));
        String format = "%-" + width + "s  %13s  %6s  %8s  %8s  %10s  %11s  %7s  %8s  %s";
        row(format, "Topic-partition", "Offsets held", "Ranges", "Read", "Stored", "Duplicates", "Quarantined",
                "Skipped", "In topic", "");
        for (TopicPartitionAccount partition : account.partitions()) {
            row(format, name(partition), held(partition), partition.ranges(), partition.messagesRead(),
                    partition.stored(), partition.duplicates(), partition.quarantined(), partition.skipped(),
                    partition.messagesInLog(), partition.balanced() ? "ok" : "NOT ACCOUNTED FOR");
        }
        List<String> missed = account.partitions().stream()
                .filter(partition -> !partition.missed().isEmpty())
                .map(partition -> name(partition) + " " + spans(partition.missed()))
                .toList();
        if (!missed.isEmpty()) {
            out.println();
            out.println("Offsets no batch read that the topic no longer holds (deleted by retention or compaction, "
                    + "or skipped by a start at latest): " + String.join("; ", missed));
        }
        out.printf("%nTotal: %d read = %d stored + %d duplicates + %d quarantined + %d skipped%n",
                sum(account, TopicPartitionAccount::messagesRead), sum(account, TopicPartitionAccount::stored),
                sum(account, TopicPartitionAccount::duplicates), sum(account, TopicPartitionAccount::quarantined),
                sum(account, TopicPartitionAccount::skipped));
    }

    private static String name(TopicPartitionAccount partition) {
        return partition.topic() + "/" + partition.partition();
    }

    private static String held(TopicPartitionAccount partition) {
        return partition.firstOffset() == partition.nextOffset() ? "none"
                : new OffsetSpan(partition.firstOffset(), partition.nextOffset()).toString();
    }

    private static String spans(List<OffsetSpan> spans) {
        return spans.stream().map(OffsetSpan::toString).collect(Collectors.joining(", "));
    }

    private static long sum(TopicsAccount account, ToLongFunction<TopicPartitionAccount> count) {
        return account.partitions().stream().mapToLong(count).sum();
    }

    private void row(String format, Object... cells) {
        out.println(String.format(format, cells).stripTrailing());
    }
}
