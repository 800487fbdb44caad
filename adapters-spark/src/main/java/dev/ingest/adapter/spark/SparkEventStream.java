package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.port.in.IngestBatchUseCase;
import dev.ingest.application.health.port.in.PostProgressUseCase;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.RecordedBatch;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;

/**
 * The streaming job: every micro-batch of its source (files landed in the input folder, or Kafka messages) is begun
 * by the ingest use case, run on the executors (each partition validated and stored there) and committed exactly
 * once, keyed by this stream's id and Spark's batch id. Its folders may be on any Hadoop file system: the driver lists and archives, the executors read and quarantine,
 * each through Hadoop's {@code FileSystem}, with the session's Hadoop settings.
 *
 * <h2>Usage</h2>
 * <pre>{@code
 * StreamSettings settings = StreamSettings.of(URI.create("hdfs://namenode:8020/raw"), URI.create("file:/checkpoints"));
 * try (SparkSession spark = IngestSparkSession.create(settings)) {
 *     EventSource folder = new FolderEventSource(settings, findHeldFilesService, releaseFilesService,
 *             new CsvEventFileReader(ExtraColumns.IGNORE, IngestSparkSession.hadoopSettings(spark)));
 *     SparkEventStream stream = new SparkEventStream(spark, settings, ingestBatchService, folder);
 *     stream.stopOnShutdown();   // SIGTERM or Ctrl-C: let the batch in progress finish, then stop
 *     stream.run();              // blocks; throws StreamFailedException when the query fails
 * }
 * // From another thread (a demo, say): stream.processAllAvailable(); stream.stop();
 * }</pre>
 */
public final class SparkEventStream {

    private static final String QUERY_NAME = "ingest";

    private final SparkSession spark;
    private final StreamSettings settings;
    private final IngestBatchUseCase ingest;
    private final EventSource source;
    private final String streamId;
    // Held while a batch is being ingested, so that stop() lets the batch finish rather than interrupting it.
    private final ReentrantLock batchInProgress = new ReentrantLock();
    private final CountDownLatch started = new CountDownLatch(1);
    private final SparkProgressLog progressLog = new SparkProgressLog(QUERY_NAME);
    private final SparkBacklogListener backlogListener;
    private StreamingQuery query;
    private boolean stopRequested;

    /**
     * Reads (or creates, on first start) the stream id kept in the checkpoint folder.
     *
     * @param source the landing folder ({@link FolderEventSource}) or Kafka topics
     *               ({@link dev.ingest.adapter.spark.kafka.KafkaEventSource})
     */
    public SparkEventStream(SparkSession spark, StreamSettings settings, IngestBatchUseCase ingest,
            EventSource source) {
        this(spark, settings, ingest, source, PostProgressUseCase.none());
    }

    /** @param progress where each progress event's backlog is posted, for the dashboard and the gauges */
    public SparkEventStream(SparkSession spark, StreamSettings settings, IngestBatchUseCase ingest,
            EventSource source, PostProgressUseCase progress) {
        this.spark = spark;
        this.settings = settings;
        this.ingest = ingest;
        this.streamId = StreamIdentity.loadOrCreate(settings.checkpointDir(),
                spark.sparkContext().hadoopConfiguration());
        this.source = source;
        this.backlogListener = new SparkBacklogListener(QUERY_NAME, streamId, progress);
    }

    public String streamId() {
        return streamId;
    }

    /**
     * Runs the stream until it is stopped, or, with the available-now trigger, until every file present at start is
     * processed.
     *
     * @throws StreamFailedException when the query fails (a batch that cannot be committed, say)
     */
    public void run() {
        spark.streams().addListener(progressLog);
        spark.streams().addListener(backlogListener);
        try {
            StreamingQuery running = start();
            if (running != null) {
                running.awaitTermination();
            }
        } catch (StreamingQueryException e) {
            throw StreamFailedException.from(e);
        } finally {
            spark.streams().removeListener(progressLog);
            spark.streams().removeListener(backlogListener);
            source.close();
        }
    }

    /** Stops the stream after the batch in progress, if any, is committed; safe from a shutdown hook. */
    public void stop() {
        StreamingQuery running;
        synchronized (this) {
            stopRequested = true;
            running = query;
        }
        if (running == null) {
            return;
        }
        batchInProgress.lock();
        try {
            running.stop();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the stream did not stop in time", e);
        } finally {
            batchInProgress.unlock();
        }
    }

    /**
     * Stops the stream gracefully when the JVM is asked to exit (SIGTERM, Ctrl-C), before Spark's own shutdown hook
     * stops the SparkContext under a running batch.
     */
    public void stopOnShutdown() {
        // Hadoop's hook manager runs higher priorities first; Spark registers its own at priority 40.
        ShutdownHookManager.get().addShutdownHook(this::stop, 50);
    }

    private synchronized StreamingQuery start() {
        try {
            if (stopRequested) {
                return null;
            }
            DataStreamWriter<Row> writer = source.stream(spark, streamId).writeStream()
                    .queryName(QUERY_NAME)
                    // Spark reads the location as a Hadoop path string, which is not URL-encoded.
                    .option("checkpointLocation", new Path(settings.checkpointDir()).toString())
                    .trigger(sparkTrigger(settings.trigger()))
                    .foreachBatch((VoidFunction2<Dataset<Row>, Long>) this::ingestBatch);
            query = writer.start();
            return query;
        } catch (TimeoutException e) {
            throw StreamFailedException.from(e);
        } finally {
            started.countDown();
        }
    }

    /**
     * Blocks until every file landed so far is processed, once {@link #run()} (in another thread) has started the
     * stream; returns at once if the stream was stopped before it started.
     *
     * @throws StreamFailedException when the query fails meanwhile
     */
    public void processAllAvailable() throws InterruptedException {
        started.await();
        StreamingQuery running;
        synchronized (this) {
            running = query;
        }
        if (running == null) {
            return;
        }
        try {
            running.processAllAvailable();
        } catch (Exception e) {
            // Scala declares no checked exceptions: the query's failure arrives undeclared.
            if (e instanceof StreamingQueryException failure) {
                throw StreamFailedException.from(failure);
            }
            throw e;
        }
    }

    private void ingestBatch(Dataset<Row> batch, Long batchId) throws InterruptedException {
        // Interruptible: stop() holds the lock and then interrupts a batch that has not begun yet.
        batchInProgress.lockInterruptibly();
        try {
            BatchKey key = new BatchKey(streamId, batchId);
            BatchStart start = ingest.begin(key);
            // A replay (recorded by an earlier attempt) has nothing to run.
            RecordedBatch recorded = start instanceof BatchStart.Begun begun
                    ? ingest.commit(begun, source.batch(batch, key).run(begun.partitions()))
                    : ((BatchStart.Recorded) start).batch();
            source.recorded(recorded);
        } finally {
            batchInProgress.unlock();
        }
    }

    private static Trigger sparkTrigger(StreamTrigger trigger) {
        if (trigger instanceof StreamTrigger.Every every) {
            return Trigger.ProcessingTime(every.interval().toMillis());
        }
        return Trigger.AvailableNow();
    }
}
