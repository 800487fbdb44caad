package dev.ingest.adapter.spark.kafka;

import dev.ingest.adapter.spark.batch.PartitionReader;
import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.out.MessageDecoder;
import dev.ingest.application.ingest.port.out.MessageDecoderFactory;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import dev.ingest.domain.event.MessagePosition;
import dev.ingest.domain.event.Origin;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Reads one Spark partition's messages, which come in offset order per topic-partition, as units: one per range of
 * the batch's units (the planned ranges less what was stored before) that holds a message, each message decoded here,
 * on the executor. A message inside a planned range but outside every unit was stored by an earlier batch and is
 * passed over; one outside every planned range would mean the plan was misread, and stops the partition rather than
 * lose it.
 */
final class MessageRanges implements PartitionReader {

    private static final long serialVersionUID = 1L;

    private final MessageDecoderFactory decoders;
    private final Map<TopicPartitionKey, List<OffsetRange>> planned;
    private final Map<TopicPartitionKey, List<OffsetRange>> units;

    /**
     * @param planned the batch's planned ranges by topic-partition
     * @param units   the ranges to read by topic-partition, each inside a planned one
     */
    MessageRanges(MessageDecoderFactory decoders, Map<TopicPartitionKey, List<OffsetRange>> planned,
            Map<TopicPartitionKey, List<OffsetRange>> units) {
        this.decoders = decoders;
        this.planned = Map.copyOf(planned);
        this.units = Map.copyOf(units);
    }

    @Override
    public void read(Iterator<Row> messages, PartitionIngest partition) {
        MessageDecoder decoder = decoders.open();
        Lookup lookup = new Lookup();
        OffsetRange open = null;
        String openId = null; // the open unit's id, built once rather than for each of its messages
        long number = 0;
        while (messages.hasNext()) {
            Row message = messages.next();
            long offset = message.getLong(KafkaMessages.OFFSET);
            OffsetRange unit = lookup.unitOf(message.getString(KafkaMessages.TOPIC),
                    message.getInt(KafkaMessages.PARTITION), offset);
            if (unit == null) {
                continue;
            }
            if (!unit.equals(open)) {
                if (open != null) {
                    partition.endUnit(List.of());
                }
                open = unit;
                openId = unit.id();
                number = 0;
                partition.startUnit(unit, Instant.ofEpochMilli(message.getLong(KafkaMessages.TIMESTAMP_MILLIS)));
            }
            MessagePosition position = new MessagePosition(unit.topic(), unit.partition(), offset);
            partition.accept(decoder.decode((byte[]) message.get(KafkaMessages.VALUE),
                    new Origin(openId, ++number, position)));
        }
        if (open != null) {
            partition.endUnit(List.of());
        }
    }

    /**
     * Finds a message's unit. Messages come partition by partition, so the maps are asked once per topic-partition
     * rather than once per message.
     */
    private final class Lookup {

        private TopicPartitionKey current;
        private List<OffsetRange> currentUnits = List.of();
        private List<OffsetRange> currentPlanned = List.of();

        /** The unit the message belongs to, or null when an earlier batch stored it. */
        OffsetRange unitOf(String topic, int partition, long offset) {
            if (current == null || current.partition() != partition || !current.topic().equals(topic)) {
                current = new TopicPartitionKey(topic, partition);
                currentUnits = units.getOrDefault(current, List.of());
                currentPlanned = planned.getOrDefault(current, List.of());
            }
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
    }
}
