package dev.ingest.adapter.csv;

import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.event.EventField;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.hadoop.fs.Path;

/**
 * Where and how quarantined records are written: {@code <errorDir>/stream=<id>/batch=<id>/part-<partition>.csv},
 * with the eight input columns as read, then {@code error_reason}, {@code source_file}, {@code record_number},
 * {@code raw_record}, and a Kafka message's {@code topic}, {@code partition} and {@code offset} (empty for a file's
 * record; last, so that quarantines written before them read the same). Only the stream id, checked here, and numbers ever become part of a path.
 */
public final class QuarantineLayout {

    public static final List<String> HEADER = Stream.concat(EventField.NAMES.stream(),
            Stream.of("error_reason", "source_file", "record_number", "raw_record", "topic", "partition", "offset"))
            .toList();

    static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setSkipHeaderRecord(true)
            .get();

    private QuarantineLayout() {
    }

    static Path batchFolder(Path errorDir, BatchKey key) {
        return new Path(new Path(errorDir, "stream=" + safeStreamId(key.streamId())), "batch=" + key.batchId());
    }

    static Path partFile(Path errorDir, BatchKey key, int partitionId) {
        if (partitionId < 0) {
            throw new IllegalArgumentException("partition must be >= 0, was " + partitionId);
        }
        return new Path(batchFolder(errorDir, key), String.format("part-%05d.csv", partitionId));
    }

    /** Whether a file in a batch folder is a committed partition file (not an attempt's temporary one). */
    static boolean isPartFile(String name) {
        return name.startsWith("part-") && name.endsWith(".csv");
    }

    private static String safeStreamId(String streamId) {
        for (int i = 0; i < streamId.length(); i++) {
            char c = streamId.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-';
            if (!allowed) {
                throw new IllegalArgumentException("stream id may hold only letters, digits, '_' and '-': " + streamId);
            }
        }
        return streamId;
    }
}
