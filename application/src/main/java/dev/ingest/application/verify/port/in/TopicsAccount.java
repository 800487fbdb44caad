package dev.ingest.application.verify.port.in;

import java.util.List;

/** The account of every partition of the topics, and what does not add up. */
public record TopicsAccount(List<TopicPartitionAccount> partitions, List<String> problems) {

    public TopicsAccount {
        partitions = List.copyOf(partitions);
        problems = List.copyOf(problems);
    }

    /** Whether every message the topics hold was read and ended stored, duplicate, quarantined or skipped. */
    public boolean accounted() {
        return problems.isEmpty();
    }
}
