import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.ingest.adapter.spark.csv.CsvFileParser;
import dev.ingest.adapter.spark.csv.ExtraColumns;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV parsing alone, in one thread, over the event files of a folder: the stream's own parser (Commons CSV over
 * record-aligned pieces, with the header read by name, malformed-row accounting and original text), Commons CSV over
 * the whole reader, and FastCSV, each making the same RawEvent per row. Rounds alternate; prints each round and the
 * medians of the rounds after the first (JIT warm-up).
 *
 * Usage: java -cp 'bootstrap/target/lib/*:FASTCSV_JAR' bench/CsvParsersBench.java FOLDER ROUNDS
 */
public class CsvParsersBench {

    interface Parser {
        long parse(Path file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            files = listed.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        int rounds = Integer.parseInt(args[1]);
        String[] names = {"stream's parser (Commons CSV in pieces)", "Commons CSV, whole reader", "FastCSV 3.4"};
        Parser[] parsers = {CsvParsersBench::ours, CsvParsersBench::commons, CsvParsersBench::fastCsv};
        double[][] seconds = new double[parsers.length][rounds];
        long expected = -1;
        for (int round = 0; round < rounds; round++) {
            for (int p = 0; p < parsers.length; p++) {
                long start = System.nanoTime();
                long records = 0;
                for (Path file : files) {
                    records += parsers[p].parse(file);
                }
                seconds[p][round] = (System.nanoTime() - start) / 1e9;
                if (expected < 0) {
                    expected = records;
                } else if (records != expected) {
                    throw new IllegalStateException(names[p] + " read " + records + " records, not " + expected);
                }
                System.out.printf("round %d  %-42s %7.2f s  (%d records)%n", round + 1, names[p], seconds[p][round], records);
            }
        }
        System.out.println();
        for (int p = 0; p < parsers.length; p++) {
            double[] measured = Arrays.copyOfRange(seconds[p], 1, rounds);
            Arrays.sort(measured);
            double median = measured[measured.length / 2];
            System.out.printf("%-42s median %6.2f s   %5.2fx the stream's parser%n", names[p], median,
                    median / median(seconds[0], rounds));
        }
    }

    private static double median(double[] all, int rounds) {
        double[] measured = Arrays.copyOfRange(all, 1, rounds);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static Reader open(Path file) throws Exception {
        return new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
    }

    private static long ours(Path file) throws Exception {
        long[] count = {0};
        Consumer<dev.ingest.domain.event.RawRecord> sink = record -> count[0]++;
        try (Reader reader = open(file)) {
            CsvFileParser.parse(file.toString(), reader, ExtraColumns.IGNORE, sink);
        }
        return count[0];
    }

    private static long commons(Path file) throws Exception {
        List<RawEvent> sink = new ArrayList<>(1);
        long count = 0;
        try (Reader reader = open(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()).get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                sink.clear();
                sink.add(new RawEvent(record.get(0), record.get(1), record.get(2), record.get(3), record.get(4),
                        record.get(5), record.get(6), record.get(7), new Origin(file.toString(), ++count)));
            }
        }
        return count;
    }

    private static long fastCsv(Path file) throws Exception {
        List<RawEvent> sink = new ArrayList<>(1);
        long count = 0;
        try (Reader reader = open(file); CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            boolean header = true;
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                sink.clear();
                sink.add(new RawEvent(record.getField(0), record.getField(1), record.getField(2), record.getField(3),
                        record.getField(4), record.getField(5), record.getField(6), record.getField(7),
                        new Origin(file.toString(), ++count)));
            }
        }
        return count;
    }
}
