package dev.ingest.adapter.spark;

import dev.ingest.adapter.spark.source.InputLayout;
import dev.ingest.adapter.spark.kafka.KafkaSourceSettings;
import dev.ingest.adapter.spark.source.AfterIngest;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the stream runs: where files land, where its checkpoint (and stream id) lives, where processed files are
 * archived (if anywhere), when batches start, how much a batch may take, the Spark master and the UI port. Each
 * folder is an absolute Hadoop {@code FileSystem} URI ({@code file:/data/raw}, {@code hdfs://namenode:8020/raw},
 * {@code s3a://bucket/raw}), reached alike by the driver and every executor.
 *
 * @param inputLayout  which files of the input folder are taken: those directly in it, or in its date partitions
 * @param afterIngest  what becomes of a file once its batch is recorded
 * @param archiveDir   where archived files move (Spark's {@code cleanSource=archive}), on the input folder's file
 *                     system; present exactly when files are archived
 * @param uiPort       Spark UI (and Prometheus endpoints) port; empty turns the UI off
 * @param kafka        the Kafka topics to read instead of the input folder; empty reads the folder
 */
public record StreamSettings(
        URI inputDir,
        InputLayout inputLayout,
        URI checkpointDir,
        AfterIngest afterIngest,
        Optional<URI> archiveDir,
        StreamTrigger trigger,
        BatchLimit batchLimit,
        String master,
        OptionalInt uiPort,
        Optional<KafkaSourceSettings> kafka) {

    public static final BatchLimit DEFAULT_BATCH_LIMIT = BatchLimit.files(10);
    public static final String DEFAULT_MASTER = "local[*]";
    public static final int DEFAULT_UI_PORT = 4040;

    public StreamSettings {
        Objects.requireNonNull(inputDir, "inputDir");
        Objects.requireNonNull(inputLayout, "inputLayout");
        Objects.requireNonNull(checkpointDir, "checkpointDir");
        Objects.requireNonNull(afterIngest, "afterIngest");
        Objects.requireNonNull(archiveDir, "archiveDir");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(batchLimit, "batchLimit");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(uiPort, "uiPort");
        Objects.requireNonNull(kafka, "kafka");
        inputDir = FolderUris.normalized(inputDir);
        checkpointDir = FolderUris.normalized(checkpointDir);
        archiveDir = archiveDir.map(FolderUris::normalized);
        if (uiPort.isPresent() && (uiPort.getAsInt() < 1 || uiPort.getAsInt() > 65535)) {
            throw new IllegalArgumentException("the UI port must be between 1 and 65535, was " + uiPort.getAsInt());
        }
        if (master.isBlank()) {
            throw new IllegalArgumentException("the Spark master must not be blank");
        }
        if (FolderUris.isInside(checkpointDir, inputDir)) {
            throw new IllegalArgumentException("the checkpoint folder must not be inside the input folder "
                    + FolderUris.shown(inputDir));
        }
        if (archiveDir.isPresent() != (afterIngest == AfterIngest.ARCHIVE)) {
            throw new IllegalArgumentException(archiveDir.isPresent()
                    ? "an archive folder is for files that are archived after ingest, not " + afterIngest.option()
                    : "files archived after ingest need an archive folder (--archive-dir)");
        }
        if (archiveDir.isPresent() && FolderUris.isInside(archiveDir.get(), inputDir)) {
            throw new IllegalArgumentException("the archive folder must not be inside the input folder "
                    + FolderUris.shown(inputDir));
        }
        if (archiveDir.isPresent() && !FolderUris.onSameStore(archiveDir.get(), inputDir)) {
            // Files are archived by a rename, which never crosses file systems.
            throw new IllegalArgumentException("the archive folder " + FolderUris.shown(archiveDir.get())
                    + " must be on the input folder's file system, " + FolderUris.shown(inputDir));
        }
    }

    /**
     * The defaults: files directly in the input folder, kept in place; the default trigger, 10 files per batch,
     * {@code local[*]}, UI on port 4040.
     */
    public static StreamSettings of(URI inputDir, URI checkpointDir) {
        return new StreamSettings(inputDir, InputLayout.FLAT, checkpointDir, AfterIngest.KEEP, Optional.empty(),
                StreamTrigger.DEFAULT, DEFAULT_BATCH_LIMIT, DEFAULT_MASTER, OptionalInt.of(DEFAULT_UI_PORT),
                Optional.empty());
    }

    public StreamSettings withInputLayout(InputLayout layout) {
        return new StreamSettings(inputDir, layout, checkpointDir, afterIngest, archiveDir, trigger, batchLimit, master,
                uiPort, kafka);
    }

    /** Archives each file into this folder once its batch is recorded. */
    public StreamSettings withArchiveDir(URI dir) {
        return withAfterIngest(AfterIngest.ARCHIVE, Optional.of(dir));
    }

    /** @param archive the archive folder, given exactly when {@code mode} is {@link AfterIngest#ARCHIVE} */
    public StreamSettings withAfterIngest(AfterIngest mode, Optional<URI> archive) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                mode, archive, trigger, batchLimit, master, uiPort, kafka);
    }

    public StreamSettings withTrigger(StreamTrigger newTrigger) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                afterIngest, archiveDir, newTrigger, batchLimit, master, uiPort, kafka);
    }

    public StreamSettings withBatchLimit(BatchLimit limit) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                afterIngest, archiveDir, trigger, limit, master, uiPort, kafka);
    }

    public StreamSettings withMaster(String newMaster) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                afterIngest, archiveDir, trigger, batchLimit, newMaster, uiPort, kafka);
    }

    public StreamSettings withUiPort(OptionalInt port) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                afterIngest, archiveDir, trigger, batchLimit, master, port, kafka);
    }

    /** Reads these Kafka topics instead of the input folder. */
    public StreamSettings withKafka(KafkaSourceSettings topics) {
        return new StreamSettings(inputDir, inputLayout, checkpointDir,
                afterIngest, archiveDir, trigger, batchLimit, master, uiPort, Optional.of(topics));
    }

    /** Whether the master runs everything in this JVM, so the driver can bind to the loopback address. */
    public boolean isLocalMaster() {
        return master.equals("local") || master.startsWith("local[") || master.startsWith("local-cluster[");
    }
}
