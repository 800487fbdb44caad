import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Seeds a landing folder with files a stream took before it, for bench/latency.sh's history scenarios: COUNT event
 * files of one event each, named as `ingest generate` names its files
 * ({@code events_<yyyyMMdd_HHmmss_SSS>_<generator>_<seq>.csv}, generator {@value #GENERATOR}, a name no seed of the
 * generator is likely to give), landed (modification time) evenly over the HOURS before a minute ago, in arrival
 * order. Prints on standard output their rows of {@code ingested_files} as CSV for psql's {@code \copy}: stream
 * STREAM_ID, {@value #FILES_PER_BATCH} files a batch (the stream's default per-trigger limit) numbered from
 * FIRST_BATCH, each file named as the stream's listing names it (the URL-encoded {@code file:/abs/path} URI of
 * FolderListing.sparkName) and landed when its modification time says.
 *
 * <p>Usage (Java 17 single-file launch, JDK only):
 * {@code java bench/SeedHistory.java FOLDER COUNT HOURS STREAM_ID FIRST_BATCH > rows.csv}.
 */
public final class SeedHistory {

    static final String GENERATOR = "5eeded00";
    static final int FILES_PER_BATCH = 10;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final String HEADER =
            "event_id,user_id,product_id,product_name,category,price,event_type,timestamp\n";

    public static void main(String[] args) throws IOException, URISyntaxException {
        if (args.length != 5) {
            System.err.println("usage: SeedHistory.java FOLDER COUNT HOURS STREAM_ID FIRST_BATCH");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        int count = Integer.parseInt(args[1]);
        Duration span = Duration.ofHours(Long.parseLong(args[2]));
        String streamId = args[3];
        long firstBatch = Long.parseLong(args[4]);
        Files.createDirectories(folder);
        // Whole milliseconds, as a file's modification time reads.
        Instant last = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        long stepMillis = count == 0 ? 0 : span.toMillis() / count;
        try (Writer rows = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                Instant landed = last.minusMillis(stepMillis * (count - 1 - i));
                String name = String.format("events_%s_%s_%06d.csv", NAME_TIME.format(landed), GENERATOR, i + 1);
                Path file = folder.resolve(name);
                Files.writeString(file, HEADER + event(i, landed.minusMillis(50)), StandardCharsets.UTF_8);
                Files.setLastModifiedTime(file, FileTime.fromMillis(landed.toEpochMilli()));
                // FolderListing.sparkName: new URI(scheme, null, path, null) of the qualified local path.
                String sparkName = new URI("file", null, file.toString(), null).toString();
                rows.write(streamId + "," + (firstBatch + i / FILES_PER_BATCH) + "," + csv(sparkName) + ",1,"
                        + landed + ",1,0,0,0\n");
            }
        }
    }

    /** One valid event in the generator's columns; its id is the file's own, so no generated event repeats it. */
    private static String event(int i, Instant at) {
        return String.format("%s-0000-7000-8000-%012x,user_%05d,SPRT-002,Samsung Running Shoes,Sports,40.30,view,%s\n",
                GENERATOR, i, i % 10_000, EVENT_TIME.format(at));
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
