package dev.ingest.adapter.spark.kafka;

import dev.ingest.application.ingest.port.out.LogStartOffsets;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.StoredOffsets;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the missed offsets, those no batch will ever read (the tally's {@code missedOffsets}, the metrics'
 * {@code missed_offsets}): a gap between what was stored and where a batch starts (retention or compaction removed
 * them before they were read, or a new stream started at {@code latest}), and, for a topic-partition read for the
 * first time, the offsets its log still held below the batch's start. Each gap is logged with one line and counted;
 * none is accepted silently.
 */
class MissedOffsets {

    private static final Logger LOG = LoggerFactory.getLogger(MissedOffsets.class);

    private final LogStartOffsets logOffsets;

    MissedOffsets(LogStartOffsets logOffsets) {
        this.logOffsets = logOffsets;
    }

    /** Logs the missed offsets before each planned range and answers how many there are. */
    long report(List<OffsetRange> planned, StoredOffsets stored) {
        long missed = 0;
        Set<TopicPartitionKey> seen = new HashSet<>();
        List<OffsetRange> firstReads = new ArrayList<>();
        for (OffsetRange range : planned) {
            if (!seen.add(range.topicPartition())) {
                continue; // Spark split the partition's range; only its start can follow a hole.
            }
            OptionalLong missedFrom = stored.unstoredBefore(range.topic(), range.partition(), range.fromOffset());
            if (missedFrom.isPresent()) {
                missed += missed(range, missedFrom.getAsLong());
            } else if (range.fromOffset() > 0 && !stored.anyBelow(range.topic(), range.partition(), range.fromOffset())) {
                firstReads.add(range);
            }
        }
        if (!firstReads.isEmpty()) {
            missed += missedBeforeFirstReads(firstReads);
        }
        return missed;
    }

    private long missedBeforeFirstReads(List<OffsetRange> firstReads) {
        Map<TopicPartitionKey, Long> starts;
        try {
            starts = logOffsets.earliest(firstReads.stream().map(OffsetRange::topicPartition).toList());
        } catch (IllegalStateException e) {
            LOG.warn("cannot tell whether offsets were skipped before the first batch: {}", e.getMessage());
            return 0;
        }
        long missed = 0;
        for (OffsetRange range : firstReads) {
            Long start = starts.get(range.topicPartition());
            if (start != null && start < range.fromOffset()) {
                missed += missed(range, start);
            }
        }
        return missed;
    }

    /** Logs the offsets from {@code from} to the range's start, in the log line users know ("gap:"),
            and counts them. */
    private static long missed(OffsetRange range, long from) {
        LOG.warn("gap: offsets {} to {} of {}/{} were never read (deleted by retention or compaction before they were "
                + "read, or the stream started at latest)", from, range.fromOffset() - 1, range.topic(),
                range.partition());
        return range.fromOffset() - from;
    }
}
