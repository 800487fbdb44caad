package dev.ingest.adapter.spark.source;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.Offset;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.SupportsTriggerAvailableNow;

/**
 * Plans each micro-batch from a listing of the landing folder, on the driver. Unlike Spark's file source it ignores no
 * file for its age: a file moved in with weeks-old timestamps is taken like any other. What it remembers is bounded by
 * the folder, not by the months of files it read: for each file in the folder now, whether it waits or was taken.
 * A file it has not seen before in this JVM is taken already if a batch of the stream stored it (the database's
 * per-file rows, asked once per file); files of the batch Spark replays after a crash are in its offset.
 *
 * <p>Spark calls {@link #latestOffset} for the next batch only once the batch before is done, so every file taken in
 * an earlier plan is stored and recorded then; that is when it is archived.
 */
final class LandingFolderStream implements MicroBatchStream, SupportsTriggerAvailableNow {

    private static final long NEVER = Long.MIN_VALUE;
    private static final long TAKEN_BEFORE = 0;
    private static final long WAITING = -1;
    private static final Comparator<ListedFile> ARRIVAL_ORDER = Comparator.comparingLong(ListedFile::landedAtMillis)
            .thenComparing(ListedFile::path);

    private final FolderListing folder;
    private final FileSourceLog fileSourceLog;
    private final ReadLimit defaultLimit;
    private final Function<List<String>, Set<String>> ingested;
    private final LongSupplier clock;
    private final Map<String, Seen> seen = new HashMap<>();
    private long previousListing = NEVER;
    private Set<String> availableNow;

    /**
     * What the source knows of a file in the folder.
     *
     * @param takenIn the plan that took it, {@link #TAKEN_BEFORE} if a batch stored it before this JVM listed it, or
     *                {@link #WAITING}
     * @param stays   it could not be archived and stays in the folder, taken
     */
    private record Seen(ListedFile file, long takenIn, boolean stays) {
        boolean waiting() {
            return takenIn == WAITING;
        }
    }

    /** @param ingested which of the given files a batch of the stream has stored */
    LandingFolderStream(FolderListing folder, FileSourceLog fileSourceLog, ReadLimit defaultLimit,
            Function<List<String>, Set<String>> ingested, LongSupplier clock) {
        this.folder = folder;
        this.fileSourceLog = fileSourceLog;
        this.defaultLimit = defaultLimit;
        this.ingested = ingested;
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
        availableNow = folder.list().stream().map(FolderListing.Found::path).collect(Collectors.toSet());
    }

    @Override
    public Offset latestOffset() {
        throw new UnsupportedOperationException("the landing folder source plans with a read limit");
    }

    @Override
    public Offset latestOffset(Offset startOffset, ReadLimit limit) {
        FolderOffset start = FolderOffset.of(startOffset);
        refresh(start.plan());
        List<ListedFile> waiting = seen.values().stream()
                .filter(Seen::waiting)
                .map(Seen::file)
                .filter(file -> availableNow == null || availableNow.contains(file.path()))
                .sorted(ARRIVAL_ORDER)
                .toList();
        List<ListedFile> taken = BatchSize.take(waiting, limit);
        if (taken.isEmpty()) {
            // Nothing new. Before the first batch Spark holds no offset of this source, and would take any offset,
            // even the initial one, for new data and run an empty batch; no offset at all says there is none.
            return start.equals(FolderOffset.INITIAL) ? null : startOffset;
        }
        FolderOffset next = start.next(taken);
        taken.forEach(file -> seen.put(file.path(), new Seen(file, next.plan(), false)));
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
        // Nothing to do: the next listing archives what the batch took, once Spark asks for the batch after it.
    }

    @Override
    public void stop() {
    }

    /** Lists the folder, learns the files it had not seen, forgets those gone, archives those recorded. */
    private void refresh(long donePlan) {
        long now = clock.getAsLong();
        List<FolderListing.Found> listed = folder.list();
        seen.keySet().retainAll(listed.stream().map(FolderListing.Found::path).collect(Collectors.toSet()));
        List<FolderListing.Found> unseen = listed.stream().filter(file -> !seen.containsKey(file.path())).toList();
        Set<String> stored = unseen.isEmpty() ? Set.of()
                : ingested.apply(unseen.stream().map(FolderListing.Found::path).toList());
        for (FolderListing.Found file : unseen) {
            ListedFile listedFile = new ListedFile(file.path(), landedAt(file.modifiedMillis()), file.bytes());
            seen.put(file.path(), new Seen(listedFile, stored.contains(file.path()) ? TAKEN_BEFORE : WAITING, false));
        }
        previousListing = now;
        if (folder.archives()) {
            archiveTaken(donePlan);
        }
    }

    /**
     * A file that was not in the folder at the previous listing landed after it; if its modification time is older
     * (it was moved in with its timestamps kept), the previous listing is the best bound of when it arrived.
     */
    private long landedAt(long modifiedMillis) {
        return previousListing == NEVER ? modifiedMillis : Math.max(modifiedMillis, previousListing);
    }

    private void archiveTaken(long donePlan) {
        for (var entry : List.copyOf(seen.entrySet())) {
            Seen file = entry.getValue();
            if (file.waiting() || file.stays() || file.takenIn() > donePlan) {
                continue;
            }
            if (folder.archive(entry.getKey())) {
                seen.remove(entry.getKey());
            } else {
                seen.put(entry.getKey(), new Seen(file.file(), file.takenIn(), true));
            }
        }
    }
}
