package dev.ingest.adapter.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;

import dev.ingest.adapter.spark.csv.EventFiles;
import org.apache.spark.sql.streaming.DataStreamReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The landing folder as a stream of new event files ({@link EventFiles}): one row per file with its path and landing
 * time, listed by Spark's {@code binaryFile} source without reading a byte of it (the content column is never
 * selected). Each executor then opens its files and parses them as streams ({@link FilesToTally}), in Java, because
 * Spark's CSV reader pads short rows with nulls, drops extra fields and ignores header names, and its text source
 * would hold a whole file in one string.
 */
final class LandingFolder {

    static final int PATH = 0;
    static final int LANDED_AT_MILLIS = 1;

    private static final StructType BINARY_FILE_SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("modificationTime", DataTypes.TimestampType, false)
            .add("length", DataTypes.LongType, false)
            .add("content", DataTypes.BinaryType, true);

    private LandingFolder() {
    }

    static Dataset<Row> newFiles(SparkSession spark, StreamSettings settings) {
        DataStreamReader reader = spark.readStream()
                .format("binaryFile")
                // A streaming source takes no inferred schema; binaryFile's own, of which only the listing is read.
                .schema(BINARY_FILE_SCHEMA)
                // Names starting with '.' or '_' (files still being written) are already skipped by Spark's listing.
                .option("pathGlobFilter", EventFiles.GLOB)
                .option(settings.batchLimit().sparkOption(), settings.batchLimit().value());
        if (settings.archiveDir().isPresent()) {
            reader = reader.option("cleanSource", "archive")
                    .option("sourceArchiveDir", settings.archiveDir().get().toAbsolutePath().toString());
        }
        return reader.load(settings.inputDir().toAbsolutePath().toString())
                .select(col("_metadata.file_path"),
                        // A file lands when it is renamed into the folder, which keeps its last write time.
                        unix_millis(col("_metadata.file_modification_time")));
    }
}
