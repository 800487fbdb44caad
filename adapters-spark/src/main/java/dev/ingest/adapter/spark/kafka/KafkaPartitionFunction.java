package dev.ingest.adapter.spark.kafka;

import dev.ingest.domain.event.MessageFormat;
import dev.ingest.application.ingest.port.in.IngestPartitionCommand;
import dev.ingest.application.ingest.port.in.IngestPartitionUseCase;
import dev.ingest.domain.batch.BatchTally;
import dev.ingest.domain.batch.OffsetRange;
import dev.ingest.domain.batch.TopicPartitionKey;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on an executor over one partition of a batch's messages: cuts them into the batch's units
 * ({@link MessageRanges}), decodes each message there, and hands the units to the use case; the partition's tally
 * comes back as the only element.
 */
final class KafkaPartitionFunction implements MapPartitionsFunction<Row, BatchTally> {

    private static final long serialVersionUID = 1L;

    private final IngestPartitionUseCase partitions;
    private final MessageFormat format;
    private final Map<TopicPartitionKey, List<OffsetRange>> planned;
    private final Map<TopicPartitionKey, List<OffsetRange>> units;

    KafkaPartitionFunction(IngestPartitionUseCase partitions, MessageFormat format,
            Map<TopicPartitionKey, List<OffsetRange>> planned, Map<TopicPartitionKey, List<OffsetRange>> units) {
        this.partitions = partitions;
        this.format = format;
        this.planned = Map.copyOf(planned);
        this.units = Map.copyOf(units);
    }

    @Override
    public Iterator<BatchTally> call(Iterator<Row> messages) {
        MessageRanges ranges = new MessageRanges(messages, new MessageDecoder(format), planned, units);
        return List.of(partitions.ingest(new IngestPartitionCommand(TaskContext.getPartitionId(), ranges))).iterator();
    }
}
