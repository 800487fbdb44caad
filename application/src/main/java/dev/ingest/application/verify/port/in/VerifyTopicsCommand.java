package dev.ingest.application.verify.port.in;

import java.util.List;

/** Which topics to account for, partition by partition, whichever streams read them. */
public record VerifyTopicsCommand(List<String> topics) {

    public VerifyTopicsCommand {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("name at least one topic");
        }
    }
}
