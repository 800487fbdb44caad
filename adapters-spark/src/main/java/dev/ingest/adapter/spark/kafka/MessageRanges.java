package dev.ingest.adapter.spark.kafka;

import dev.ingest.application.ingest.port.in.SourceUnit;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import dev.ingest.domain.event.MessagePosition;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawRecord;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;

/**
 * Cuts one Spark partition's messages, which come in offset order per topic-partition, into source units: one per
 * range of the batch's units (the planned ranges less what was stored before) that holds a message. A message inside
 * a planned range but outside every unit was stored by an earlier batch and is passed over; one outside every
 * planned range would mean the plan was misread, and stops the partition rather than lose it.
 */
final class MessageRanges implements Iterator<SourceUnit> {

    private final Iterator<Row> messages;
    private final MessageDecoder decoder;
    private final Map<TopicPartitionKey, List<OffsetRange>> planned;
    private final Map<TopicPartitionKey, List<OffsetRange>> units;
    private Row next;
    private OffsetRange handedOut;
    // The ranges of the topic-partition the last message came from: messages come partition by partition, so the
    // maps are asked once per topic-partition rather than once per message.
    private TopicPartitionKey current;
    private List<OffsetRange> currentUnits = List.of();
    private List<OffsetRange> currentPlanned = List.of();

    /**
     * @param planned the batch's planned ranges by topic-partition
     * @param units   the ranges to read by topic-partition, each inside a planned one
     */
    MessageRanges(Iterator<Row> messages, MessageDecoder decoder, Map<TopicPartitionKey, List<OffsetRange>> planned,
            Map<TopicPartitionKey, List<OffsetRange>> units) {
        this.messages = messages;
        this.decoder = decoder;
        this.planned = planned;
        this.units = units;
        advance();
    }

    @Override
    public boolean hasNext() {
        while (next != null && (unitOf(next) == null || unitOf(next).equals(handedOut))) {
            advance();
        }
        return next != null;
    }

    @Override
    public SourceUnit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        handedOut = unitOf(next);
        return new MessageRange(handedOut, Instant.ofEpochMilli(next.getLong(KafkaMessages.TIMESTAMP_MILLIS)));
    }

    private void advance() {
        next = messages.hasNext() ? messages.next() : null;
    }

    /** The unit the message belongs to, or null when an earlier batch stored it. */
    private OffsetRange unitOf(Row message) {
        lookUp(message.getString(KafkaMessages.TOPIC), message.getInt(KafkaMessages.PARTITION));
        long offset = message.getLong(KafkaMessages.OFFSET);
        for (OffsetRange unit : currentUnits) {
            if (unit.fromOffset() <= offset && offset < unit.untilOffset()) {
                return unit;
            }
        }
        for (OffsetRange range : currentPlanned) {
            if (range.fromOffset() <= offset && offset < range.untilOffset()) {
                return null;
            }
        }
        throw new IllegalStateException("message " + current + "@" + offset
                + " lies outside the batch's planned offsets");
    }

    /** Makes the message's topic-partition the current one, when it is not already. */
    private void lookUp(String topic, int partition) {
        if (current != null && current.partition() == partition && current.topic().equals(topic)) {
            return;
        }
        current = new TopicPartitionKey(topic, partition);
        currentUnits = units.getOrDefault(current, List.of());
        currentPlanned = planned.getOrDefault(current, List.of());
    }

    /** One unit: read once, as the partition's use case takes the units one after the other. */
    private final class MessageRange implements SourceUnit {

        private final OffsetRange range;
        private final Instant landedAt;

        MessageRange(OffsetRange range, Instant landedAt) {
            this.range = range;
            this.landedAt = landedAt;
        }

        @Override
        public String id() {
            return range.id();
        }

        @Override
        public Instant landedAt() {
            return landedAt;
        }

        @Override
        public List<String> read(Consumer<RawRecord> records) {
            if (!range.equals(handedOut)) {
                throw new IllegalStateException("the units of a partition are read in turn: " + range.id());
            }
            long number = 0;
            while (next != null && range.equals(unitOf(next))) {
                MessagePosition position = new MessagePosition(range.topic(), range.partition(),
                        next.getLong(KafkaMessages.OFFSET));
                records.accept(decoder.decode((byte[]) next.get(KafkaMessages.VALUE),
                        new Origin(range.id(), ++number, position)));
                advance();
            }
            return List.of();
        }
    }
}
