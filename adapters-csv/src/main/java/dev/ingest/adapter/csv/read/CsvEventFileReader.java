package dev.ingest.adapter.csv.read;

import dev.ingest.application.ingest.port.out.EventFileReader;
import dev.ingest.domain.event.RawRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an event file as CSV ({@link CsvFileParser}), opened wherever Hadoop reaches it ({@link EventFiles}), as a
 * stream: a file of any size takes bounded memory. Holds only the extra-columns choice and the Hadoop settings that
 * reach the files from any executor.
 */
public final class CsvEventFileReader implements EventFileReader {

    private static final long serialVersionUID = 1L;

    private final ExtraColumns extraColumns;
    private final Map<String, String> hadoopSettings;

    /** @param hadoopSettings Hadoop settings over the classpath's, e.g. the stream session's {@code spark.hadoop.*} */
    public CsvEventFileReader(ExtraColumns extraColumns, Map<String, String> hadoopSettings) {
        this.extraColumns = extraColumns;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    @Override
    public List<String> read(String unitId, Consumer<RawRecord> records) {
        try (Reader text = EventFiles.open(unitId, hadoopSettings)) {
            return CsvFileParser.parse(unitId, text, extraColumns, records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + unitId + ": " + e.getMessage(), e);
        }
    }
}
