package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.csv.CsvQuarantine;
import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.adapter.postgres.PostgresIngestionAudit;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.spark.FolderUris;
import dev.ingest.adapter.spark.StreamIdentity;
import dev.ingest.adapter.spark.source.FolderArrivedFiles;
import dev.ingest.adapter.kafka.KafkaTopicLog;
import dev.ingest.application.verify.port.in.VerifyIngestionUseCase;
import dev.ingest.application.verify.port.in.VerifyTopicsUseCase;
import dev.ingest.application.verify.usecase.VerifyIngestionService;
import dev.ingest.application.verify.usecase.VerifyTopicsService;
import dev.ingest.adapter.spark.source.InputLayout;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The reconciliation, wired by hand: arrived files counted by the stream's own parser, the ledger and table read from
 * PostgreSQL, the quarantine counted in its CSV files. Reads only; writes nothing anywhere.
 */
public final class IngestionVerification {

    private IngestionVerification() {
    }

    public static VerifyIngestionUseCase create(URI inputDir, InputLayout layout, Optional<URI> archiveDir,
            URI errorDir, DatabaseSettings database) {
        Map<String, String> hadoopSettings = Storage.settings();
        CsvQuarantine quarantine = new CsvQuarantine(errorDir, hadoopSettings);
        // The same count whatever the stream does with extra columns: rows are records either way.
        FolderArrivedFiles arrived = new FolderArrivedFiles(inputDir, layout, archiveDir, Storage.configuration(),
                new CsvEventFileReader(ExtraColumns.IGNORE, hadoopSettings));
        return new VerifyIngestionService(arrived,
                new PostgresIngestionAudit(database), quarantine::count);
    }

    /** The account of Kafka topics, by topic-partition, against what any stream stored of them. */
    public static VerifyTopicsUseCase topics(String bootstrapServers, Map<String, String> consumerOptions,
            DatabaseSettings database) {
        return new VerifyTopicsService(new KafkaTopicLog(bootstrapServers, consumerOptions),
                new PostgresIngestionAudit(database));
    }

    /** The id of the stream that ran with this checkpoint. */
    public static String streamId(URI checkpointDir) {
        return StreamIdentity.read(checkpointDir, Storage.configuration()).orElseThrow(() -> new IllegalStateException(
                "no stream has run with the checkpoint " + FolderUris.shown(checkpointDir) + ": it holds no stream id"));
    }
}
