package dev.ingest.adapter.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;

import org.apache.spark.sql.streaming.DataStreamReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The landing folder as a stream of whole files: one row per new {@code *.csv} file with its text, path and landing
 * time. Splitting into records happens in the executors ({@link FilesToTally}), in Java, because Spark's CSV reader
 * pads short rows with nulls, drops extra fields and ignores header names.
 */
final class LandingFolder {

    static final int TEXT = 0;
    static final int PATH = 1;
    static final int LANDED_AT_MILLIS = 2;

    private LandingFolder() {
    }

    static Dataset<Row> newFiles(SparkSession spark, StreamSettings settings) {
        DataStreamReader reader = spark.readStream()
                .format("text")
                .option("wholetext", "true")
                // Names starting with '.' or '_' (files still being written) are already skipped by Spark's listing.
                .option("pathGlobFilter", "*.csv")
                .option(settings.batchLimit().sparkOption(), settings.batchLimit().value());
        if (settings.archiveDir().isPresent()) {
            reader = reader.option("cleanSource", "archive")
                    .option("sourceArchiveDir", settings.archiveDir().get().toAbsolutePath().toString());
        }
        return reader.load(settings.inputDir().toAbsolutePath().toString())
                .select(col("value"),
                        col("_metadata.file_path"),
                        // A file lands when it is renamed into the folder, which keeps its last write time.
                        unix_millis(col("_metadata.file_modification_time")));
    }
}
