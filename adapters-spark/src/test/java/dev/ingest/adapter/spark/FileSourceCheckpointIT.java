package dev.ingest.adapter.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.adapter.spark.batch.SparkBatch;
import dev.ingest.application.ingest.port.in.BatchStart;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.IngestBatchService;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.RecordedBatch;
import dev.ingest.domain.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint written by the earlier design, which listed the landing folder with Spark's {@code binaryFile} file
 * source (and before that its {@code text} source: the same log), resumes with the stream's own source: the files its
 * batches stored are not read again, a batch it had planned but not done is replayed with the same files, and a file
 * landed since is taken.
 */
class FileSourceCheckpointIT {

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final Instant LANDED = Instant.now().minusSeconds(60);

    @TempDir
    Path dir;

    private final InMemoryBatchCommitter store = new InMemoryBatchCommitter();
    private final InMemoryMetricsLog metrics = new InMemoryMetricsLog();
    private final IngestBatchService ingest = new IngestBatchService(store, store.writers(), new InMemoryQuarantine(),
            metrics, Clock.systemUTC());

    @Test
    void a_checkpoint_of_the_file_source_resumes_without_reading_its_files_again() throws Exception {
        Path input = landTwoFiles();
        Path checkpoint = dir.resolve("checkpoint");
        runTheFileSource(input, checkpoint, Long.MAX_VALUE);
        land(input.resolve("c.csv"), 2, "e3");

        runTheStream(input, checkpoint);

        assertThat(store.events()).extracting(Event::eventId).containsExactly("e1", "e2", "e3");
        assertThat(metrics.batches()).extracting(batch -> batch.key().batchId()).containsExactly(0L, 1L, 2L);
        assertThat(metrics.batches()).allSatisfy(batch -> assertThat(batch.outcome().duplicates()).isZero());
    }

    @Test
    void a_batch_the_file_source_planned_but_did_not_do_is_replayed_with_its_files() throws Exception {
        Path input = landTwoFiles();
        Path checkpoint = dir.resolve("checkpoint");
        runTheFileSource(input, checkpoint, 1);
        land(input.resolve("c.csv"), 2, "e3");

        runTheStream(input, checkpoint);

        assertThat(store.events()).extracting(Event::eventId).containsExactly("e1", "e2", "e3");
        RecordedBatch replayed = metrics.batches().get(1);
        assertThat(replayed.key().batchId()).isOne();
        assertThat(replayed.outcome().stored()).isOne();
        assertThat(metrics.batches()).extracting(batch -> batch.key().batchId()).containsExactly(0L, 1L, 2L);
    }

    private Path landTwoFiles() throws Exception {
        Path input = Files.createDirectories(dir.resolve("landing"));
        land(input.resolve("a.csv"), 0, "e1");
        land(input.resolve("b c.csv"), 1, "e2"); // a name Spark URL-encodes
        return input;
    }

    private void runTheStream(Path input, Path checkpoint) {
        StreamSettings settings = StreamSettings.of(input.toUri(), checkpoint.toUri())
                .withTrigger(StreamTrigger.availableNow());
        new SparkEventStream(SharedSpark.session(), settings, ingest, EventSources.folder(settings, store)).run();
    }

    /**
     * The earlier design's source, options and batches, one file each; the batch numbered {@code failingBatch}
     * fails before it stores anything, which stops that query with the batch planned but not done.
     */
    private void runTheFileSource(Path input, Path checkpoint, long failingBatch) throws Exception {
        String streamId = StreamIdentity.loadOrCreate(checkpoint.toUri(),
                SharedSpark.session().sparkContext().hadoopConfiguration());
        try {
            SharedSpark.session().readStream()
                    .format("binaryFile")
                    .schema("path STRING, modificationTime TIMESTAMP, length LONG, content BINARY")
                    .option("pathGlobFilter", "*.{csv,csv.gz,csv.bz2,csv.deflate}")
                    .option("maxFilesPerTrigger", 1)
                    .load(input.toAbsolutePath().toString())
                    .select(col("_metadata.file_path"), unix_millis(col("_metadata.file_modification_time")))
                    .writeStream()
                    .option("checkpointLocation", checkpoint.toAbsolutePath().toString())
                    .trigger(Trigger.AvailableNow())
                    .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (files, batchId) -> {
                        if (batchId == failingBatch) {
                            throw new IllegalStateException("the earlier version stopped here");
                        }
                        if (ingest.begin(new BatchKey(streamId, batchId)) instanceof BatchStart.Begun begun) {
                            LandedFileReader reader = new LandedFileReader(
                                    new CsvEventFileReader(ExtraColumns.IGNORE, Map.of()));
                            ingest.commit(begun, new SparkBatch(files.coalesce(2), reader, 0)
                                    .run(begun.partitions()));
                        }
                    })
                    .start()
                    .awaitTermination();
        } catch (StreamingQueryException expected) {
            assertThat(failingBatch).isNotEqualTo(Long.MAX_VALUE);
        }
    }

    private static void land(Path file, int secondsAfterFirst, String eventId) throws Exception {
        Files.writeString(file, HEADER + "\n" + eventId + ",u1,p1,Lamp,Home,19.99,view,2024-03-01 10:00:00\n");
        Files.setLastModifiedTime(file, FileTime.from(LANDED.plusSeconds(secondsAfterFirst)));
    }
}
