package dev.ingest.adapter.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_millis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryEventStore;
import dev.ingest.application.fake.InMemoryMetricsLog;
import dev.ingest.application.fake.InMemoryQuarantine;
import dev.ingest.application.usecase.IngestBatchService;
import dev.ingest.domain.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint written by the earlier design, which read the landing folder with Spark's {@code text} source in
 * {@code wholetext} mode, resumes with today's {@code binaryFile} listing: the files it took are not read again, a
 * file landed since is.
 */
class TextSourceCheckpointIT {

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final Instant LANDED = Instant.now().minusSeconds(60);

    @TempDir
    Path dir;

    @Test
    void a_checkpoint_of_the_text_source_resumes_without_reading_its_files_again() throws Exception {
        Path input = Files.createDirectories(dir.resolve("landing"));
        Path checkpoint = dir.resolve("checkpoint");
        land(input.resolve("a.csv"), 0, "e1");
        land(input.resolve("b.csv"), 1, "e2");
        runTheTextSource(input, checkpoint);
        land(input.resolve("c.csv"), 2, "e3");
        InMemoryEventStore store = new InMemoryEventStore();
        InMemoryMetricsLog metrics = new InMemoryMetricsLog();

        new SparkEventStream(SharedSpark.session(), StreamSettings.of(input, checkpoint)
                .withTrigger(StreamTrigger.availableNow()),
                new IngestBatchService(store, store.writers(), new InMemoryQuarantine(), metrics, Clock.systemUTC()))
                .run();

        assertThat(store.events()).extracting(Event::eventId).containsExactly("e3");
        assertThat(metrics.batches()).singleElement().satisfies(batch -> assertThat(batch.key().batchId()).isOne());
    }

    /** The earlier design's source and options, its batches taken and done without storing anything. */
    private static void runTheTextSource(Path input, Path checkpoint) throws Exception {
        SharedSpark.session().readStream()
                .format("text")
                .option("wholetext", "true")
                .option("pathGlobFilter", "*.csv")
                .option("maxFilesPerTrigger", 10)
                .load(input.toAbsolutePath().toString())
                .select(col("value"), col("_metadata.file_path"), unix_millis(col("_metadata.file_modification_time")))
                .writeStream()
                .option("checkpointLocation", checkpoint.toAbsolutePath().toString())
                .trigger(Trigger.AvailableNow())
                .foreachBatch((VoidFunction2<Dataset<Row>, Long>) (files, batchId) -> files.count())
                .start()
                .awaitTermination();
    }

    private static void land(Path file, int secondsAfterFirst, String eventId) throws Exception {
        Files.writeString(file, HEADER + "\n" + eventId + ",u1,p1,Lamp,Home,19.99,view,2024-03-01 10:00:00\n");
        Files.setLastModifiedTime(file, FileTime.from(LANDED.plusSeconds(secondsAfterFirst)));
    }
}
