package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.spark.source.InputLayout;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The source's table and its one scan: read in micro-batches only, always the whole schema. */
final class LandingFolderTable implements SupportsRead, Scan {

    private final CaseInsensitiveStringMap options;

    LandingFolderTable(CaseInsensitiveStringMap options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "landing folder " + options.get(LandingFolderSource.FOLDER);
    }

    @Override
    public Column[] columns() {
        StructField[] fields = LandingFolderSource.SCHEMA.fields();
        Column[] columns = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = Column.create(fields[i].name(), fields[i].dataType(), fields[i].nullable());
        }
        return columns;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return Set.of(TableCapability.MICRO_BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        return () -> this;
    }

    @Override
    public StructType readSchema() {
        return LandingFolderSource.SCHEMA;
    }

    /** @param checkpointLocation this source's folder in the query's checkpoint, where the earlier design's log is */
    @Override
    public MicroBatchStream toMicroBatchStream(String checkpointLocation) {
        // The driver's Hadoop configuration: the session's spark.hadoop.* settings apply to the listing too.
        var hadoop = SparkSession.active().sparkContext().hadoopConfiguration();
        InputLayout layout = InputLayout.fromOption(options.getOrDefault(LandingFolderSource.INPUT_LAYOUT,
                InputLayout.FLAT.option()));
        FolderListing folder = new FolderListing(options.get(LandingFolderSource.FOLDER), layout,
                Optional.ofNullable(options.get(LandingFolderSource.ARCHIVE)), hadoop);
        AfterIngest afterIngest = AfterIngest.fromOption(options.getOrDefault(LandingFolderSource.AFTER_INGEST,
                AfterIngest.KEEP.option()));
        SeenFiles seen = new SeenFiles(folder, LandingFolderSource.ledger(options.get(LandingFolderSource.LEDGER)),
                afterIngest);
        return new LandingFolderStream(folder, new FileSourceLog(checkpointLocation, hadoop), readLimit(), seen,
                System::currentTimeMillis);
    }

    private ReadLimit readLimit() {
        if (options.containsKey(LandingFolderSource.MAX_BYTES)) {
            return ReadLimit.maxBytes(options.getLong(LandingFolderSource.MAX_BYTES, 0));
        }
        return ReadLimit.maxFiles(options.getInt(LandingFolderSource.MAX_FILES, Integer.MAX_VALUE));
    }
}
