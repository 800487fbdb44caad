import dev.ingest.adapter.spark.source.EventFileNames;
import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What one trigger of the landing folder source costs on the driver for a flat folder whose files were all taken
 * before (the steady state of --after-ingest keep), on Hadoop's local file system as the stream opens it
 * (RawLocalFileSystem), before and after the change to names-only listing:
 *
 * <ul>
 *   <li>before (9b413cd): Hadoop's listStatus (a status call per file), sorted by path, each file's URI built, the
 *       remembered map trimmed to the listing and searched for unseen files, the waiting files filtered from it;</li>
 *   <li>after: the directory's names alone ({@code File.list()}), each looked up once in the remembered names.</li>
 * </ul>
 * Rounds alternate; prints each round and the medians of the rounds after the first (JIT warm-up).
 *
 * Usage: java -cp 'bootstrap/target/lib/*' bench/ListingBench.java FOLDER ROUNDS
 */
public class ListingBench {

    public static void main(String[] args) throws Exception {
        File folder = new File(args[0]).getAbsoluteFile();
        int rounds = Integer.parseInt(args[1]);
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        Path path = fs.makeQualified(new Path(folder.toURI()));
        // The state each design keeps after its first listing: every file taken.
        Map<String, Boolean> beforeSeen = new HashMap<>();
        for (FileStatus status : EventFileNames.inFolder(fs, path)) {
            beforeSeen.put(sparkName(status.getPath()), false);
        }
        Map<String, Long> afterTaken = new HashMap<>();
        for (String name : folder.list()) {
            if (EventFileNames.isEventFileName(name)) {
                afterTaken.put(name, 0L);
            }
        }
        System.out.printf("%d files in %s%n", afterTaken.size(), folder);
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int waitingBefore = beforeTrigger(fs, path, beforeSeen);
            double beforeMs = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int unseenAfter = afterTrigger(folder, afterTaken);
            double afterMs = (System.nanoTime() - start) / 1e6;
            System.out.printf("round %d  before %8.1f ms (waiting %d)  after %8.1f ms (unseen %d)%n", round, beforeMs,
                    waitingBefore, afterMs, unseenAfter);
            if (round > 1) {
                before.add(beforeMs);
                after.add(afterMs);
            }
        }
        double b = median(before);
        double a = median(after);
        System.out.printf("median per trigger: before %.1f ms, after %.1f ms (%.1fx less)%n", b, a, b / a);
    }

    private static int beforeTrigger(FileSystem fs, Path folder, Map<String, Boolean> seen) throws Exception {
        List<String> listed = new ArrayList<>();
        for (FileStatus status : EventFileNames.inFolder(fs, folder)) {
            listed.add(sparkName(status.getPath()));
            status.getModificationTime();
            status.getLen();
        }
        seen.keySet().retainAll(Set.copyOf(listed));
        List<String> unseen = listed.stream().filter(file -> !seen.containsKey(file)).toList();
        return unseen.size() + (int) seen.values().stream().filter(waiting -> waiting).count();
    }

    /** As FolderListing.names and SeenFiles.learn do it for a flat folder on the local disk. */
    private static int afterTrigger(File folder, Map<String, Long> taken) {
        String[] listed = folder.list();
        List<String> names = new ArrayList<>(listed.length);
        for (String name : listed) {
            if (EventFileNames.isEventFileName(name)) {
                names.add(name);
            }
        }
        int known = 0;
        int unseen = 0;
        for (String name : names) {
            if (taken.containsKey(name)) {
                known++;
            } else {
                unseen++;
            }
        }
        if (known < taken.size()) {
            taken.keySet().retainAll(Set.copyOf(names));
        }
        return unseen;
    }

    private static String sparkName(Path path) throws Exception {
        URI uri = path.toUri();
        return new URI(uri.getScheme(), null, uri.getPath(), null).toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
