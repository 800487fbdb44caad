package dev.ingest.adapter.spark.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the landing folder source remembers: for each file in the folder now, whether it waits or which plan took it.
 * Bounded by the folder, not by the months of files the stream read: a file that left the folder is forgotten, and a
 * file not seen before in this JVM is looked up once among the files the stream's batches stored.
 */
final class SeenFiles {

    private static final long NEVER = Long.MIN_VALUE;
    private static final long TAKEN_BEFORE = 0;
    private static final long WAITING = -1;

    /**
     * @param takenIn the plan that took it, {@link #TAKEN_BEFORE} if a batch stored it before this JVM listed it, or
     *                {@link #WAITING}
     * @param stays   it could not be archived and stays in the folder, taken
     */
    private record Seen(ListedFile file, long takenIn, boolean stays) {
        boolean waiting() {
            return takenIn == WAITING;
        }
    }

    private final Function<List<String>, Set<String>> ingested;
    private final Map<String, Seen> seen = new HashMap<>();
    private long previousListing = NEVER;

    /** @param ingested which of the given files a batch of the stream has stored */
    SeenFiles(Function<List<String>, Set<String>> ingested) {
        this.ingested = ingested;
    }

    /** Learns the files of a listing made at {@code listedAt} that it had not seen, and forgets those gone. */
    void learn(List<FolderListing.Found> listed, long listedAt) {
        seen.keySet().retainAll(listed.stream().map(FolderListing.Found::path).collect(Collectors.toSet()));
        List<FolderListing.Found> unseen = listed.stream().filter(file -> !seen.containsKey(file.path())).toList();
        Set<String> stored = unseen.isEmpty() ? Set.of()
                : ingested.apply(unseen.stream().map(FolderListing.Found::path).toList());
        for (FolderListing.Found file : unseen) {
            ListedFile listedFile = new ListedFile(file.path(), landedAt(file.modifiedMillis()), file.bytes());
            seen.put(file.path(), new Seen(listedFile, stored.contains(file.path()) ? TAKEN_BEFORE : WAITING, false));
        }
        previousListing = listedAt;
    }

    /** The files waiting to be taken, in no particular order. */
    List<ListedFile> waiting() {
        return seen.values().stream().filter(Seen::waiting).map(Seen::file).toList();
    }

    /** Marks these files taken by the plan numbered so. */
    void take(List<ListedFile> files, long plan) {
        files.forEach(file -> seen.put(file.path(), new Seen(file, plan, false)));
    }

    /** Archives every file taken in a plan up to {@code donePlan}; one that cannot be archived stays, taken. */
    void archiveTaken(long donePlan, FolderListing folder) {
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

    /**
     * A file that was not in the folder at the previous listing landed after it; if its modification time is older
     * (it was moved in with its timestamps kept), the previous listing is the best bound of when it arrived.
     */
    private long landedAt(long modifiedMillis) {
        return previousListing == NEVER ? modifiedMillis : Math.max(modifiedMillis, previousListing);
    }
}
