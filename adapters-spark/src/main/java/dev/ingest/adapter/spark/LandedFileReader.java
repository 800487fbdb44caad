package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.batch.PartitionReader;
import dev.ingest.adapter.spark.source.LandingFolderSource;
import dev.ingest.application.ingest.port.in.PartitionIngest;
import dev.ingest.application.ingest.port.out.EventFileReader;
import dev.ingest.domain.batch.LandedFile;
import java.time.Instant;
import java.util.Iterator;
import org.apache.spark.sql.Row;

/**
 * Reads a partition of landed files, one unit each: each opened here, on the executor, and read by the stream's
 * {@link EventFileReader} straight into the partition's ingest.
 */
final class LandedFileReader implements PartitionReader {

    private static final long serialVersionUID = 1L;

    private final EventFileReader files;

    LandedFileReader(EventFileReader files) {
        this.files = files;
    }

    @Override
    public void read(Iterator<Row> landed, PartitionIngest partition) {
        while (landed.hasNext()) {
            Row file = landed.next();
            String uri = file.getString(LandingFolderSource.PATH);
            partition.startUnit(new LandedFile(uri),
                    Instant.ofEpochMilli(file.getLong(LandingFolderSource.LANDED_AT_MILLIS)));
            partition.endUnit(files.read(uri, partition::accept));
        }
    }
}
