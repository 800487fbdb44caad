package dev.ingest.application.verify.usecase;

import dev.ingest.application.verify.port.in.OffsetSpan;
import dev.ingest.application.verify.port.in.TopicPartitionAccount;
import dev.ingest.application.verify.port.in.TopicsAccount;
import dev.ingest.application.verify.port.in.VerifyTopicsCommand;
import dev.ingest.application.verify.port.in.VerifyTopicsUseCase;
import dev.ingest.application.verify.port.out.IngestedRange;
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
        Map<TopicPartitionKey, List<IngestedRange>> stored = audit.ranges(command.topics()).stream()
                .collect(Collectors.groupingBy(range -> range.range().topicPartition()));
        List<PartitionLog> partitions = new ArrayList<>(log.partitions(command.topics()));
        partitions.sort(Comparator.comparing(PartitionLog::topic).thenComparingInt(PartitionLog::partition));
        Map<TopicPartitionKey, PartitionLog> byKey = partitions.stream()
                .collect(Collectors.toMap(partition -> key(partition.topic(), partition.partition()), p -> p));
        Set<IngestedRange> inLog = stored.values().stream().flatMap(List::stream)
                .filter(range -> fullyHeld(range.range(), byKey.get(range.range().topicPartition())))
                .collect(Collectors.toSet());
        Map<OffsetRange, Long> messagesInLog = log.messagesIn(inLog.stream().map(IngestedRange::range).toList());
        List<TopicPartitionAccount> accounts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PartitionLog partition : partitions) {
            List<IngestedRange> ranges = stored.getOrDefault(key(partition.topic(), partition.partition()), List.of());
            TopicPartitionAccount account = account(partition, ranges, inLog, messagesInLog);
            accounts.add(account);
            problems.addAll(problems(account));
        }
        return new TopicsAccount(accounts, problems);
    }

    private static TopicPartitionAccount account(PartitionLog partition, List<IngestedRange> ranges,
            Set<IngestedRange> inLog, Map<OffsetRange, Long> messagesInLog) {
        long held = 0;
        long readHeld = 0;
        for (IngestedRange range : ranges) {
            if (inLog.contains(range)) {
                held += messagesInLog.getOrDefault(range.range(), 0L);
                readHeld += range.messages();
            }
        }
        List<OffsetSpan> unread = new ArrayList<>();
        List<OffsetSpan> vanished = new ArrayList<>();
        TopicPartitionKey key = key(partition.topic(), partition.partition());
        StoredOffsets storedOffsets = StoredOffsets.of(ranges.stream().map(IngestedRange::range).toList());
        // Up to the log's end, or past it to the last stored offset: a hole between stored ranges always shows.
        long end = Math.max(partition.nextOffset(), storedOffsets.end(key));
        for (OffsetRange hole : storedOffsets.unstored(key, 0, end)) {
            split(hole, partition.firstOffset(), unread, vanished);
        }
        return new TopicPartitionAccount(partition.topic(), partition.partition(), partition.firstOffset(),
                partition.nextOffset(), ranges.size(), sum(ranges, IngestedRange::messages),
                sum(ranges, IngestedRange::stored), sum(ranges, IngestedRange::duplicates),
                sum(ranges, IngestedRange::quarantined), sum(ranges, IngestedRange::skipped), held, readHeld, unread,
                vanished);
    }

    /** Splits a hole no range holds at the log's first offset: below it vanished, from it on unread. */
    private static void split(OffsetRange hole, long firstOffset, List<OffsetSpan> unread, List<OffsetSpan> vanished) {
        long from = hole.fromOffset();
        long until = hole.untilOffset();
        if (from < firstOffset) {
            vanished.add(new OffsetSpan(from, Math.min(until, firstOffset)));
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

    private static long sum(List<IngestedRange> ranges, ToLongFunction<IngestedRange> count) {
        return ranges.stream().mapToLong(count).sum();
    }

    private static TopicPartitionKey key(String topic, int partition) {
        return new TopicPartitionKey(topic, partition);
    }
}
