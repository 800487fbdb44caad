package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.source.LandingFolderSource;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;

/**
 * The landing folder as a stream of new event files: one row per file with its path and landing time, listed by the
 * stream's own source ({@link LandingFolderSource}) without reading a byte of it. Each executor then opens its files
 * and parses them as streams ({@link LandedFileReader}), in Java, because Spark's CSV reader pads short rows with nulls,
 * drops extra fields and ignores header names, and its text source would hold a whole file in one string.
 */
final class NewEventFiles {

    private NewEventFiles() {
    }

    /** @param ledgerKey where the stream registered its landing ledger with the source */
    static Dataset<Row> stream(SparkSession spark, StreamSettings settings, String ledgerKey) {
        DataStreamReader reader = spark.readStream()
                .format(LandingFolderSource.class.getName())
                .option(LandingFolderSource.FOLDER, settings.inputDir().toString())
                .option(LandingFolderSource.LEDGER, ledgerKey)
                .option(LandingFolderSource.INPUT_LAYOUT, settings.inputLayout().option())
                .option(LandingFolderSource.AFTER_INGEST, settings.afterIngest().option())
                .option(settings.batchLimit().sparkOption(), settings.batchLimit().value());
        if (settings.archiveDir().isPresent()) {
            reader = reader.option(LandingFolderSource.ARCHIVE, settings.archiveDir().get().toString());
        }
        return reader.load();
    }
}
