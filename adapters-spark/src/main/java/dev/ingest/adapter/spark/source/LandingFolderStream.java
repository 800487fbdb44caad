package dev.ingest.adapter.spark.source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.ReportsSourceMetrics;
import org.apache.spark.sql.connector.read.streaming.SupportsTriggerAvailableNow;

/**
 * Plans each micro-batch from a listing of the landing folder, on the driver. Unlike Spark's file source it ignores no
 * file for its age: a file moved in with weeks-old timestamps is taken like any other. What it remembers is bounded by
 * the folder ({@link SeenFiles}), and a listing costs a hash lookup per file seen before; files of the batch Spark
 * replays after a crash are in that batch's offset.
 *
 * <p>Spark calls {@link #latestOffset} for the next batch only once the batch before is done (recorded in the ledger by
 * the batch itself, then in Spark's commit log), so every file taken in an earlier plan is stored and recorded then;
 * that is when it is archived or deleted, never before. Under available-now Spark asks once more after the last batch,
 * and that call, finding nothing, ends the run: the last batch's files are let go before the stream exits.
 *
 * <p>Each progress event of the query carries its backlog as source metrics ({@link LandingFolderSource#BACKLOG_FILES},
 * {@link LandingFolderSource#BACKLOG_BYTES}): the files listed and not taken by any batch yet.
 */
final class LandingFolderStream implements MicroBatchStream, SupportsTriggerAvailableNow, ReportsSourceMetrics {

    private static final Comparator<ListedFile> ARRIVAL_ORDER = Comparator.comparingLong(ListedFile::landedAtMillis)
            .thenComparing(ListedFile::path);

    private final FolderListing folder;
    private final FileSourceLog fileSourceLog;
    private final ReadLimit defaultLimit;
    private final SeenFiles seen;
    private final LongSupplier clock;
    /** The names in the folder when an available-now run began: all it takes. */
    private Set<String> availableNow;

    LandingFolderStream(FolderListing folder, FileSourceLog fileSourceLog, ReadLimit defaultLimit,
            SeenFiles seen, LongSupplier clock) {
        this.folder = folder;
        this.fileSourceLog = fileSourceLog;
        this.defaultLimit = defaultLimit;
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    public Offset initialOffset() {
        return FolderOffset.INITIAL.asSparkOffset();
    }

    @Override
    public Offset deserializeOffset(String json) {
        return FolderOffset.parse(json).asSparkOffset();
    }

    @Override
    public ReadLimit getDefaultReadLimit() {
        return defaultLimit;
    }

    /** Takes, for the whole run, only the files in the folder now. */
    @Override
    public void prepareForTriggerAvailableNow() {
        availableNow = Set.copyOf(folder.names(clock.getAsLong()));
    }

    @Override
    public Offset latestOffset() {
        throw new UnsupportedOperationException("the landing folder source plans with a read limit");
    }

    @Override
    public Offset latestOffset(Offset startOffset, ReadLimit limit) {
        FolderOffset start = FolderOffset.of(startOffset);
        refresh(start.plan());
        List<ListedFile> waiting = waiting().sorted(ARRIVAL_ORDER).toList();
        List<ListedFile> taken = BatchSize.take(waiting, limit);
        if (taken.isEmpty()) {
            // Nothing new. Before the first batch Spark holds no offset of this source, and would take any offset,
            // even the initial one, for new data and run an empty batch; no offset at all says there is none.
            return start.equals(FolderOffset.INITIAL) ? null : startOffset;
        }
        FolderOffset next = start.next(taken);
        seen.take(taken, next.plan());
        return next.asSparkOffset();
    }

    @Override
    public InputPartition[] planInputPartitions(Offset start, Offset end) {
        FolderOffset batch = FolderOffset.of(end);
        List<ListedFile> files = batch.fileSourceBatch().isPresent()
                ? fileSourceLog.files(batch.fileSourceBatch().getAsLong())
                : batch.files();
        return files.toArray(new InputPartition[0]);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new ListedFileReaders();
    }

    @Override
    public void commit(Offset end) {
        // Not where archiving happens: Spark calls this for a batch only after it has planned the next one, which is
        // later than the listing that plans it, and never for the last batch of an available-now run.
    }

    @Override
    public void stop() {
    }

    /** The backlog as of the latest listing (Spark asks on the stream's own thread, after planning a batch). */
    @Override
    public Map<String, String> metrics(Optional<Offset> latestConsumedOffset) {
        List<ListedFile> waiting = waiting().toList();
        long bytes = waiting.stream().mapToLong(ListedFile::bytes).sum();
        return Map.of(LandingFolderSource.BACKLOG_FILES, Long.toString(waiting.size()),
                LandingFolderSource.BACKLOG_BYTES, Long.toString(bytes));
    }

    private Stream<ListedFile> waiting() {
        return seen.waiting().entrySet().stream()
                .filter(file -> availableNow == null || availableNow.contains(file.getKey()))
                .map(Map.Entry::getValue);
    }

    /** Lists the folder, learns the files it had not seen, forgets those gone, lets go of those recorded. */
    private void refresh(long donePlan) {
        long now = clock.getAsLong();
        seen.learn(folder.names(now), now, donePlan);
        seen.letGo(donePlan);
    }
}
