package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.batch.PartitionReader;
import dev.ingest.adapter.spark.csv.CsvFileParser;
import dev.ingest.adapter.spark.csv.EventFiles;
import dev.ingest.adapter.spark.csv.ExtraColumns;
import dev.ingest.adapter.spark.source.LandingFolderSource;
import dev.ingest.application.ingest.port.in.PartitionIngest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Reads a partition of landed files, one unit each: opened here, on the executor, and parsed as a stream
 * ({@link CsvFileParser}) straight into the partition's ingest. Holds only the extra-columns choice and the Hadoop
 * settings that reach the files.
 */
final class LandedFileReader implements PartitionReader {

    private static final long serialVersionUID = 1L;

    private final ExtraColumns extraColumns;
    private final Map<String, String> hadoopSettings;

    /** @param hadoopSettings the Hadoop settings of the stream's session, to reach the files from any executor */
    LandedFileReader(ExtraColumns extraColumns, Map<String, String> hadoopSettings) {
        this.extraColumns = extraColumns;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    @Override
    public void read(Iterator<Row> files, PartitionIngest partition) {
        while (files.hasNext()) {
            Row file = files.next();
            String uri = file.getString(LandingFolderSource.PATH);
            partition.startUnit(uri, Instant.ofEpochMilli(file.getLong(LandingFolderSource.LANDED_AT_MILLIS)));
            List<String> unread;
            try (Reader text = EventFiles.open(uri, hadoopSettings)) {
                unread = CsvFileParser.parse(uri, text, extraColumns, partition::accept);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + uri, e);
            }
            partition.endUnit(unread);
        }
    }
}
