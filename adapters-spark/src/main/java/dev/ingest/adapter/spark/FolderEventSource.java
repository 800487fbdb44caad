package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.adapter.spark.batch.SparkBatch;
import dev.ingest.adapter.spark.source.LandingFolderSource;
import dev.ingest.adapter.spark.source.LandingLedger;
import dev.ingest.application.ingest.port.in.FindHeldFilesCommand;
import dev.ingest.application.ingest.port.in.FindHeldFilesUseCase;
import dev.ingest.application.ingest.port.in.ReleaseFilesCommand;
import dev.ingest.application.ingest.port.in.ReleaseFilesUseCase;
import dev.ingest.application.ingest.port.out.EventFileReader;
import dev.ingest.domain.batch.BatchKey;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The landing folder as the stream's source: the new files each batch takes ({@link NewEventFiles}), at most one
 * Spark partition per core, each partition's files read on an executor ({@link LandedFileReader}). The folder source
 * asks the ledger, through the use cases, which files the stream holds and tells it which left the folder.
 */
public final class FolderEventSource implements EventSource {

    private final StreamSettings settings;
    private final FindHeldFilesUseCase heldFiles;
    private final ReleaseFilesUseCase releaseFiles;
    /** The same for every batch: what the executors need to read a partition's files. */
    private final LandedFileReader reader;
    private final String ledgerKey = UUID.randomUUID().toString();

    /**
     * @param heldFiles    tells the source which files the stream's batches stored and its folder still holds
     * @param releaseFiles tells the ledger which of those left the folder
     * @param files        reads a landed file's records on an executor
     */
    public FolderEventSource(StreamSettings settings, FindHeldFilesUseCase heldFiles, ReleaseFilesUseCase releaseFiles,
            EventFileReader files) {
        this.settings = settings;
        this.heldFiles = heldFiles;
        this.releaseFiles = releaseFiles;
        this.reader = new LandedFileReader(files);
    }

    @Override
    public Dataset<Row> stream(SparkSession spark, String streamId) {
        LandingFolderSource.register(ledgerKey, new LandingLedger() {
            @Override
            public Set<String> held() {
                return heldFiles.find(new FindHeldFilesCommand(streamId));
            }

            @Override
            public void release(List<String> paths) {
                releaseFiles.release(new ReleaseFilesCommand(streamId, paths));
            }
        });
        return NewEventFiles.stream(spark, settings, ledgerKey);
    }

    @Override
    public SparkBatch batch(Dataset<Row> files, BatchKey key) {
        // Each small file is its own partition by default; one task per core means fewer writers and connections.
        int cores = files.sparkSession().sparkContext().defaultParallelism();
        return new SparkBatch(files.coalesce(cores), reader, 0);
    }

    @Override
    public void close() {
        LandingFolderSource.unregister(ledgerKey);
    }
}
