package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.csv.CsvQuarantine;
import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.adapter.kafka.KafkaLogOffsets;
import dev.ingest.adapter.kafka.KafkaMessageDecoderFactory;
import dev.ingest.adapter.metrics.ConsoleBatchLine;
import dev.ingest.adapter.metrics.JsonLinesMetricsLog;
import dev.ingest.adapter.metrics.MetricsLogs;
import dev.ingest.adapter.metrics.PrometheusMetrics;
import dev.ingest.adapter.postgres.PostgresBatchCommitter;
import dev.ingest.adapter.postgres.PostgresUnitLedger;
import dev.ingest.adapter.postgres.PostgresIngestionAudit;
import dev.ingest.adapter.postgres.report.PostgresReportCatchUp;
import dev.ingest.adapter.postgres.PostgresProgressBoard;
import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.spark.IngestSparkSession;
import dev.ingest.adapter.spark.SparkDeployment;
import dev.ingest.adapter.spark.FolderEventSource;
import dev.ingest.adapter.spark.SparkEventStream;
import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.adapter.spark.kafka.KafkaEventSource;
import dev.ingest.adapter.spark.StreamSettings;
import dev.ingest.application.ingest.port.out.EventFileReader;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.application.health.usecase.PostProgressService;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.IngestBatchService;
import dev.ingest.application.report.usecase.CatchUpReportsService;
import dev.ingest.application.verify.port.out.IngestionAudit;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The streaming job, wired by hand: Spark reads the landing folder and drives the ingest use case, which stores each
 * partition and records each batch in PostgreSQL, quarantines through CSV files and reports each batch to the metrics
 * log, the console and, when asked for, the Prometheus endpoint; the stream's backlog goes to PostgreSQL's progress
 * board, for the dashboard, and to the Prometheus endpoint. The landing, archive, checkpoint and error folders may be
 * on any Hadoop file system; the
 * quarantine gets the Spark session's Hadoop settings, for the executors that write it.
 */
public final class StreamingPipeline implements AutoCloseable {

    private static final Duration BOARD_RETRY_DEADLINE = Duration.ofSeconds(5);

    private final SparkSession spark;
    private final SparkEventStream stream;
    private final IngestionAudit audit;
    private final Optional<PrometheusMetrics> prometheus;
    private final ReportCatchUpSchedule reports;

    private StreamingPipeline(SparkSession spark, SparkEventStream stream, IngestionAudit audit,
            Optional<PrometheusMetrics> prometheus, ReportCatchUpSchedule reports) {
        this.spark = spark;
        this.stream = stream;
        this.audit = audit;
        this.prometheus = prometheus;
        this.reports = reports;
    }

    /**
     * @param extraColumns what becomes of a landed file whose header names more than the eight event columns
     * @param sparkConf  Spark settings given on the command line, which win over the stream's defaults
     * @param prometheus where to serve the Prometheus endpoint, if anywhere
     */
    public static StreamingPipeline create(StreamSettings settings, ExtraColumns extraColumns,
            Map<String, String> sparkConf,
            DatabaseSettings database, URI errorDir, Path metricsLog, PrintStream console,
            Optional<InetSocketAddress> prometheus) {
        // A stream is often started before anything has landed (a fresh clone, docker compose without the generator,
        // the demo starting its stream first): the folder is made for the producers.
        Storage.createFolder(settings.inputDir());
        Optional<PrometheusMetrics> metrics = prometheus.map(address -> PrometheusMetrics.serve(address, BuildVersion.current()));
        SparkSession spark;
        try {
            spark = IngestSparkSession.create(settings, new SparkDeployment(sparkConf,
                    settings.isLocalMaster() ? List.of() : ApplicationJars.forExecutors()));
        } catch (RuntimeException e) {
            metrics.ifPresent(PrometheusMetrics::close);
            throw e;
        }
        try {
            PostgresBatchCommitter store = new PostgresBatchCommitter(database, Clock.systemUTC());
            MetricsLog files = MetricsLogs.all(new JsonLinesMetricsLog(metricsLog), new ConsoleBatchLine(console));
            IngestBatchService ingest = new IngestBatchService(
                    store,
                    store.writers(),
                    new CsvQuarantine(errorDir, IngestSparkSession.hadoopSettings(spark)),
                    metrics.map(served -> MetricsLogs.all(files, served.metricsLog())).orElse(files),
                    Clock.systemUTC());
            // The backlog is for the dashboard: a post gives a down database a few seconds, not the stream's deadline.
            ProgressBoard table = new PostgresProgressBoard(database.withRetryDeadline(BOARD_RETRY_DEADLINE));
            ProgressBoard board = metrics.map(served -> ProgressBoard.all(table, served.progressBoard()))
                    .orElse(table);
            PostgresUnitLedger units = new PostgresUnitLedger(database, Clock.systemUTC());
            EventFileReader landed = new CsvEventFileReader(extraColumns, IngestSparkSession.hadoopSettings(spark));
            return new StreamingPipeline(spark, new SparkEventStream(spark, settings, ingest,
                    source(settings, units, landed),
                    new PostProgressService(board)),
                    new PostgresIngestionAudit(database), metrics, ReportCatchUpSchedule.forStream(
                            new CatchUpReportsService(new PostgresReportCatchUp(database)),
                            ReportCatchUpSchedule.PERIOD));
        } catch (RuntimeException e) {
            spark.stop();
            metrics.ifPresent(PrometheusMetrics::close);
            throw e;
        }
    }

    /** The stream's source: its Kafka topics, decoded as their format says, or its landing folder's CSV files. */
    private static EventSource source(StreamSettings settings, UnitLedger units, EventFileReader files) {
        return settings.kafka().<EventSource>map(topics -> new KafkaEventSource(topics,
                        new FindStoredRangesService(units), new KafkaMessageDecoderFactory(topics.format()),
                        new KafkaLogOffsets(topics.clientSettings())))
                .orElseGet(() -> new FolderEventSource(settings, new FindHeldFilesService(units),
                        new ReleaseFilesService(units), files));
    }

    /** Where the Prometheus endpoint listens, when it was asked for. */
    public Optional<InetSocketAddress> prometheusAddress() {
        return prometheus.map(PrometheusMetrics::address);
    }

    public SparkEventStream stream() {
        return stream;
    }

    /** What the database holds about past ingestion: the committed batches of this stream among them. */
    public IngestionAudit audit() {
        return audit;
    }

    @Override
    public void close() {
        try {
            stream.stop();
            // After the stream's last commit: the reports count all it stored.
            reports.close();
            spark.stop();
        } finally {
            prometheus.ifPresent(PrometheusMetrics::close);
        }
    }
}
