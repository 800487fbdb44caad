package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.spark.source.DatedPartitions;
import dev.ingest.adapter.spark.source.DatedPartitions.Partition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The names in a landing folder laid out by day, without listing every partition at every trigger: the newest
 * partitions are listed each time, an older one only when its folder's modification time says a file came or went,
 * and every one at a full listing every ten minutes (for file systems without folder times, such as object stores).
 *
 * <p>A folder's time may not move when a file lands within the same tick of its clock as the listing before, so a
 * folder modified shortly before it was listed is listed again until it has been still for a while.
 */
final class DatedFolderNames {

    /** Partitions listed at every trigger: today's and yesterday's, while files land in them. */
    static final int NEWEST = 2;
    static final long FULL_LISTING_MILLIS = 10 * 60 * 1000;
    /** Longer than any file system's time granularity (ext4 and XFS: a clock tick; HDFS: a millisecond). */
    static final long STILL_MILLIS = 2000;
    private static final long NEVER = Long.MIN_VALUE;

    /** Lists the event file names directly in a partition folder, prefixed with its path relative to the landing folder. */
    interface Lister {
        List<String> names(Path partition, String prefix) throws IOException;
    }

    private record Listed(long folderModified, long listedAt, List<String> names) {
    }

    private Map<String, Listed> partitions = new HashMap<>();
    private long lastFullListing = NEVER;

    List<String> names(FileSystem fs, Path folder, long now, Lister lister) throws IOException {
        List<Partition> found = DatedPartitions.of(fs, folder);
        boolean full = lastFullListing == NEVER || now - lastFullListing >= FULL_LISTING_MILLIS;
        Set<String> newest = found.subList(Math.max(0, found.size() - NEWEST), found.size()).stream()
                .map(Partition::relativePath).collect(Collectors.toSet());
        Map<String, Listed> listed = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Partition partition : found) {
            Listed before = partitions.get(partition.relativePath());
            long modified = partition.folder().getModificationTime();
            boolean again = full || before == null || newest.contains(partition.relativePath())
                    || modified != before.folderModified() || modified >= before.listedAt() - STILL_MILLIS;
            Listed latest = again ? new Listed(modified, now,
                    lister.names(partition.folder().getPath(), partition.relativePath() + "/")) : before;
            listed.put(partition.relativePath(), latest);
            names.addAll(latest.names());
        }
        partitions = listed;
        if (full) {
            lastFullListing = now;
        }
        return names;
    }
}
