package dev.ingest.application.verify.port.in;

import java.util.List;

/**
 * One topic-partition: the offsets it holds now, the ranges batches stored and what became of their messages
 * ({@code messagesRead = stored + duplicates + quarantined + skipped}), how many messages the log still holds in
 * those ranges, the offsets it holds that no batch read (unread: still to be read), and the offsets no batch read that
 * it no longer holds (missed, as the stream counts them: no batch will ever read them).
 *
 * @param messagesInLog   the messages the log holds now inside the stored ranges it still fully holds
 * @param readInLog       the messages batches read in those same ranges, which must equal {@code messagesInLog}
 * @param unread          spans {@code [from, until)} the log holds that no batch read
 * @param missed          spans below the log's first offset that no batch read: deleted before they were read
 */
public record TopicPartitionAccount(String topic, int partition, long firstOffset, long nextOffset, int ranges,
        long messagesRead, long stored, long duplicates, long quarantined, long skipped, long messagesInLog,
        long readInLog, List<OffsetSpan> unread, List<OffsetSpan> missed) {

    public TopicPartitionAccount {
        unread = List.copyOf(unread);
        missed = List.copyOf(missed);
    }

    public boolean balanced() {
        return unread.isEmpty() && messagesInLog == readInLog
                && messagesRead == stored + duplicates + quarantined + skipped;
    }
}
