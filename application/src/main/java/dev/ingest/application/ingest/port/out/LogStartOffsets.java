package dev.ingest.application.ingest.port.out;

import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.Collection;
import java.util.Map;

/** Where each topic-partition's log starts now: the first offset retention and compaction have not removed. */
public interface LogStartOffsets {

    /** @throws IllegalStateException when the log cannot be asked */
    Map<TopicPartitionKey, Long> earliest(Collection<TopicPartitionKey> partitions);
}
