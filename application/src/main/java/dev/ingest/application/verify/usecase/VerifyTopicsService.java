package dev.ingest.application.verify.usecase;

import dev.ingest.application.verify.port.in.OffsetSpan;
import dev.ingest.application.verify.port.in.TopicPartitionAccount;
import dev.ingest.application.verify.port.in.TopicsAccount;
import dev.ingest.application.verify.port.in.VerifyTopicsCommand;
import dev.ingest.application.verify.port.in.VerifyTopicsUseCase;
import dev.ingest.application.verify.port.out.RecordedRange;
import dev.ingest.application.verify.port.out.IngestionAudit;
import dev.ingest.application.verify.port.out.PartitionLog;
import dev.ingest.application.verify.port.out.TopicLog;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.StoredOffsets;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Reconciles topics partition by partition, across every stream that read them: every offset the log still holds
 * lies in a stored range, each stored range the log still holds has as many messages as its batch read, and every
 * message read ended stored, duplicate, quarantined or skipped. Offsets deleted before any batch read them are listed
 * apart: they can no longer be read, and the stream logged them as gaps.
 */
public final class VerifyTopicsService implements VerifyTopicsUseCase {

    private final TopicLog log;
    private final IngestionAudit audit;

    public VerifyTopicsService(TopicLog log, IngestionAudit audit) {
        this.log = log;
        this.audit = audit;
    }

    @Override
    public TopicsAccount verify(VerifyTopicsCommand command) {
        Map<TopicPartitionKey, List<RecordedRange>> stored = audit.ranges(command.topics()).stream()
                .collect(Collectors.groupingBy(range -> range.range().topicPartition()));
        List<PartitionLog> partitions = new ArrayList<>(log.partitions(command.topics()));
        partitions.sort(Comparator.comparing(PartitionLog::topic).thenComparingInt(PartitionLog::partition));
        Map<TopicPartitionKey, PartitionLog> byKey = partitions.stream()
                .collect(Collectors.toMap(partition -> key(partition.topic(), partition.partition()), p -> p));
        Set<RecordedRange> inLog = stored.values().stream().flatMap(List::stream)
                .filter(range -> fullyHeld(range.range(), byKey.get(range.range().topicPartition())))
                .collect(Collectors.toSet());
        Map<OffsetRange, Long> messagesInLog = log.messagesIn(inLog.stream().map(RecordedRange::range).toList());
        List<TopicPartitionAccount> accounts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PartitionLog partition : partitions) {
            List<RecordedRange> ranges = stored.getOrDefault(key(partition.topic(), partition.partition()), List.of());
            TopicPartitionAccount account = account(partition, ranges, inLog, messagesInLog);
            accounts.add(account);
            problems.addAll(problems(account));
        }
        return new TopicsAccount(accounts, problems);
    }

    private static TopicPartitionAccount account(PartitionLog partition, List<RecordedRange> ranges,
            Set<RecordedRange> inLog, Map<OffsetRange, Long> messagesInLog) {
        long held = 0;
        long readHeld = 0;
        for (RecordedRange range : ranges) {
            if (inLog.contains(range)) {
                held += messagesInLog.getOrDefault(range.range(), 0L);
                readHeld += range.messages();
            }
        }
        List<OffsetSpan> unread = new ArrayList<>();
        List<OffsetSpan> missed = new ArrayList<>();
        TopicPartitionKey key = key(partition.topic(), partition.partition());
        StoredOffsets storedOffsets = StoredOffsets.of(ranges.stream().map(RecordedRange::range).toList());
        // Up to the log's end, or past it to the last stored offset: a hole between stored ranges always shows.
        long end = Math.max(partition.nextOffset(), storedOffsets.end(key));
        for (OffsetRange hole : storedOffsets.unstored(key, 0, end)) {
            split(hole, partition.firstOffset(), unread, missed);
        }
        return new TopicPartitionAccount(partition.topic(), partition.partition(), partition.firstOffset(),
                partition.nextOffset(), ranges.size(), sum(ranges, RecordedRange::messages),
                sum(ranges, RecordedRange::stored), sum(ranges, RecordedRange::duplicates),
                sum(ranges, RecordedRange::quarantined), sum(ranges, RecordedRange::skipped), held, readHeld, unread,
                missed);
    }

    /** Splits offsets no range holds at the log's first offset: below it missed, from it on unread. */
    private static void split(OffsetRange hole, long firstOffset, List<OffsetSpan> unread, List<OffsetSpan> missed) {
        long from = hole.fromOffset();
        long until = hole.untilOffset();
        if (from < firstOffset) {
            missed.add(new OffsetSpan(from, Math.min(until, firstOffset)));
        }
        if (until > firstOffset) {
            unread.add(new OffsetSpan(Math.max(from, firstOffset), until));
        }
    }

    private static List<String> problems(TopicPartitionAccount account) {
        List<String> problems = new ArrayList<>();
        String name = key(account.topic(), account.partition()).toString();
        if (!account.unread().isEmpty()) {
            problems.add(name + ": offsets " + account.unread().stream().map(OffsetSpan::toString)
                    .collect(Collectors.joining(", ")) + " are in the topic but no batch read them");
        }
        if (account.messagesInLog() != account.readInLog()) {
            problems.add(name + ": the topic holds " + account.messagesInLog() + " messages in the stored ranges, "
                    + "the batches read " + account.readInLog());
        }
        return problems;
    }

    private static boolean fullyHeld(OffsetRange range, PartitionLog partition) {
        return partition != null && range.fromOffset() >= partition.firstOffset()
                && range.untilOffset() <= partition.nextOffset();
    }

    private static long sum(List<RecordedRange> ranges, ToLongFunction<RecordedRange> count) {
        return ranges.stream().mapToLong(count).sum();
    }

    private static TopicPartitionKey key(String topic, int partition) {
        return new TopicPartitionKey(topic, partition);
    }
}
