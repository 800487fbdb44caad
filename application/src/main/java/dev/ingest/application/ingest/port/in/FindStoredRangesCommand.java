package dev.ingest.application.ingest.port.in;

import dev.ingest.domain.batch.BatchKey;
import java.util.List;
import java.util.Objects;

/**
 * Which topics a stream reads, and the first batch it is about to run: that batch and the stream's later ones are left
 * out, since a batch being replayed finds its own ranges as it finds its files.
 */
public record FindStoredRangesCommand(List<String> topics, BatchKey firstBatch) {

    public FindStoredRangesCommand {
        topics = List.copyOf(topics);
        Objects.requireNonNull(firstBatch, "firstBatch");
    }
}
