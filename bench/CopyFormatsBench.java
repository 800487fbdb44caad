import dev.ingest.adapter.csv.read.CsvFileParser;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.validation.EventValidator;
import dev.ingest.domain.validation.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * COPY of the same validated events into user_events in text (CSV, as the stream writes it) or binary format, from
 * THREADS connections at once (the stream's two partitions), one COPY per file, one transaction per connection. The
 * files are parsed and validated before the clock starts; prints the COPY phase's wall seconds and the client threads'
 * CPU seconds. The server's CPU is measured around it by bench/copyformats.sh.
 *
 * Usage: java -cp 'bootstrap/target/lib/*' bench/CopyFormatsBench.java FOLDER JDBC_URL USER text|binary THREADS
 */
public class CopyFormatsBench {

    private static final LocalDateTime PG_EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};

    public static void main(String[] args) throws Exception {
        List<List<Event>> files = new ArrayList<>();
        EventValidator validator = EventValidator.standard();
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            for (Path file : listed.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                List<Event> events = new ArrayList<>();
                try (Reader reader = Files.newBufferedReader(file)) {
                    CsvFileParser.parse(file.toString(), reader, ExtraColumns.IGNORE, record -> {
                        if (validator.validate((RawEvent) record) instanceof Verdict.Valid valid) {
                            events.add(valid.event());
                        }
                    });
                }
                files.add(events);
            }
        }
        boolean binary = args[3].equals("binary");
        int threads = Integer.parseInt(args[4]);
        String statement = "COPY user_events (event_id, user_id, product_id, product_name, category, price, event_type,"
                + " event_timestamp) FROM STDIN " + (binary ? "(FORMAT binary)" : "(FORMAT csv)");
        AtomicLong cpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(args[1], args[2], "")) {
                    connection.setAutoCommit(false);
                    for (int f = first; f < files.size(); f += threads) {
                        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
                        byte[] rows = binary ? binaryRows(files.get(f)) : textRows(files.get(f));
                        copy.writeToCopy(rows, 0, rows.length);
                        copy.endCopy();
                    }
                    connection.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%s %.2f %.2f%n", args[3], (System.nanoTime() - start) / 1e9, cpuNanos.get() / 1e9);
    }

    /** The stream's text rows: fields quoted only when they must be, timestamps without trailing zeros. */
    private static byte[] textRows(List<Event> events) {
        StringBuilder out = new StringBuilder(events.size() * 140);
        for (Event e : events) {
            for (String text : List.of(e.eventId(), e.userId(), e.productId(), e.productName(), e.category())) {
                boolean quote = text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n'
                        || c == '\r' || c == '\\');
                out.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text).append(',');
            }
            out.append(e.price().toPlainString()).append(',').append(e.eventType().code()).append(',');
            out.append(e.eventTime().toLocalDate()).append(' ').append(e.eventTime().toLocalTime()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binaryRows(List<Event> events) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(events.size() * 160);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(BINARY_HEADER);
        for (Event e : events) {
            out.writeShort(8);
            for (String text : List.of(e.eventId(), e.userId(), e.productId(), e.productName(), e.category())) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            numeric(out, e.price());
            byte[] type = e.eventType().code().getBytes(StandardCharsets.US_ASCII);
            out.writeInt(type.length);
            out.write(type);
            out.writeInt(8);
            out.writeLong(ChronoUnit.MICROS.between(PG_EPOCH, e.eventTime()));
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    /** PostgreSQL's binary numeric: base-10000 digit groups, weight, sign, display scale. Positive, scale 2. */
    private static void numeric(DataOutputStream out, BigDecimal price) throws Exception {
        long unscaled = price.setScale(2).unscaledValue().longValueExact();
        long whole = unscaled / 100;
        int fraction = (int) (unscaled % 100) * 100;
        List<Integer> groups = new ArrayList<>();
        for (long rest = whole; rest > 0; rest /= 10_000) {
            groups.add(0, (int) (rest % 10_000));
        }
        int weight = groups.size() - 1;
        if (fraction != 0) {
            groups.add(fraction);
        }
        while (!groups.isEmpty() && groups.get(groups.size() - 1) == 0) {
            groups.remove(groups.size() - 1);
        }
        if (groups.isEmpty()) {
            weight = 0;
        }
        out.writeInt(8 + 2 * groups.size());
        out.writeShort(groups.size());
        out.writeShort(weight);
        out.writeShort(0);
        out.writeShort(2);
        for (int group : groups) {
            out.writeShort(group);
        }
    }
}
