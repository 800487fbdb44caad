package dev.ingest.adapter.spark.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the landing folder source remembers, by name, of the files in the folder now: those waiting, those a batch took
 * (with the plan that took them), and names that are no files. Bounded by the folder, not by the months of files the
 * stream read: a file that left the folder is forgotten and released in the ledger, so a file landing later under its
 * name is new.
 *
 * <p>What a listing costs for a file seen before is one hash lookup of its name; only a name not seen before is looked
 * up in the file system. The ledger is asked once, at the first listing of this JVM, which files the stream's batches
 * stored and still hold: those listed are taken already, those no longer listed have left (archived or deleted just
 * before a crash, say) and are released.
 */
final class SeenFiles {

    private static final long NEVER = Long.MIN_VALUE;
    /** The plan of a file a batch stored before this JVM listed it. */
    private static final long TAKEN_BEFORE = 0;

    private final FolderListing folder;
    private final LandingLedger ledger;
    private final AfterIngest afterIngest;
    private final Map<String, ListedFile> waiting = new LinkedHashMap<>();
    private final Map<String, Long> taken = new HashMap<>();
    private final Set<String> notFiles = new HashSet<>();
    /** Taken files to archive or delete, in the order of their plans; empty when files are kept. */
    private final ArrayDeque<String> toLetGo = new ArrayDeque<>();
    private long previousListing = NEVER;

    SeenFiles(FolderListing folder, LandingLedger ledger, AfterIngest afterIngest) {
        this.folder = folder;
        this.ledger = ledger;
        this.afterIngest = afterIngest;
    }

    /**
     * Learns the folder as listed now: new files wait, files gone are forgotten, and those of them a done batch took
     * are released.
     *
     * @param donePlan every plan up to this one is stored and recorded; files of later plans are in flight
     */
    void learn(List<String> names, long listedAt, long donePlan) {
        // Held files not listed yet; at the first listing every name is unseen, so those left over have left.
        Set<String> heldUnlisted = previousListing == NEVER ? new HashSet<>(ledger.held()) : Set.of();
        List<String> released = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        int known = 0;
        for (String name : names) {
            // Taken first: in a folder that keeps its files nearly every name is.
            if (taken.containsKey(name) || waiting.containsKey(name) || notFiles.contains(name)) {
                known++;
            } else {
                unseen.add(name);
            }
        }
        if (known < waiting.size() + taken.size() + notFiles.size()) {
            forgetGone(new HashSet<>(names), donePlan, released);
        }
        for (String name : unseen) {
            // A file the stream holds needs no status call: a folder of months of kept files starts without them.
            if (!heldUnlisted.isEmpty() && heldUnlisted.remove(folder.path(name))) {
                take(name, TAKEN_BEFORE);
                continue;
            }
            folder.find(name).ifPresentOrElse(
                    file -> waiting.put(name, new ListedFile(file.path(), landedAt(file.modifiedMillis()), file.bytes())),
                    () -> notFiles.add(name));
        }
        released.addAll(heldUnlisted);
        previousListing = listedAt;
        release(released);
    }

    /** The files waiting to be taken, by name, in the order first listed. */
    Map<String, ListedFile> waiting() {
        return Collections.unmodifiableMap(waiting);
    }

    /** Marks these files taken by the plan numbered so. */
    void take(List<ListedFile> files, long plan) {
        for (ListedFile file : files) {
            String name = folder.name(file.path());
            waiting.remove(name);
            take(name, plan);
        }
    }

    /**
     * Archives or deletes, as the stream was told, every file taken in a plan up to {@code donePlan}, and releases
     * those gone; one that cannot be moved or deleted stays, taken.
     */
    void letGo(long donePlan) {
        List<String> released = new ArrayList<>();
        while (!toLetGo.isEmpty() && taken.getOrDefault(toLetGo.peek(), NEVER) <= donePlan) {
            String name = toLetGo.poll();
            if (!taken.containsKey(name)) {
                continue; // it left the folder by other means, and was released then
            }
            String path = folder.path(name);
            if (afterIngest == AfterIngest.ARCHIVE ? folder.archive(path) : folder.delete(path)) {
                taken.remove(name);
                released.add(path);
            }
        }
        release(released);
    }

    private void take(String name, long plan) {
        taken.put(name, plan);
        if (afterIngest != AfterIngest.KEEP) {
            toLetGo.add(name);
        }
    }

    private void forgetGone(Set<String> listed, long donePlan, List<String> released) {
        waiting.keySet().retainAll(listed);
        notFiles.retainAll(listed);
        taken.entrySet().removeIf(file -> {
            // A file in flight stays until its batch is done: its row may be written after this listing.
            boolean gone = !listed.contains(file.getKey()) && file.getValue() <= donePlan;
            if (gone) {
                released.add(folder.path(file.getKey()));
            }
            return gone;
        });
    }

    private void release(List<String> paths) {
        if (!paths.isEmpty()) {
            ledger.release(paths);
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
