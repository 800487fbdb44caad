package dev.ingest.adapter.spark.csv;

import dev.ingest.application.ingest.port.in.SourceUnit;
import dev.ingest.domain.event.RawRecord;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A landed event file as a source unit: opened where it is read and parsed as a stream ({@link CsvFileParser}).
 *
 * @param id             the file's Hadoop URI, as the stream's source lists it
 * @param hadoopSettings the Hadoop settings of the stream's session, to reach the file from any executor
 */
public record EventFileUnit(String id, Instant landedAt, ExtraColumns extraColumns, Map<String, String> hadoopSettings)
        implements SourceUnit {

    @Override
    public List<String> read(Consumer<RawRecord> records) throws IOException {
        try (Reader text = EventFiles.open(id, hadoopSettings)) {
            return CsvFileParser.parse(id, text, extraColumns, records);
        }
    }
}
