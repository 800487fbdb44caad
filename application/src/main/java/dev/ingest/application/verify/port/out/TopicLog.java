package dev.ingest.application.verify.port.out;

import dev.ingest.domain.batch.OffsetRange;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The messages a log source (Kafka) holds now, read back for reconciliation. */
public interface TopicLog {

    /** Every partition of the topics, with the offsets it holds now. */
    List<PartitionLog> partitions(Collection<String> topics);

    /** How many messages the log holds now inside each range (fewer than its span where messages were removed). */
    Map<OffsetRange, Long> messagesIn(Collection<OffsetRange> ranges);
}
