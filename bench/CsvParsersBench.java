import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.ingest.adapter.csv.read.CsvFileParser;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.BiFunction;
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
        try (Reader reader = open(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()).get()) {
            return events(file, parser, CSVRecord::get);
        }
    }

    private static long fastCsv(Path file) throws Exception {
        try (Reader reader = open(file); CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            return events(file, csv, CsvRecord::getField);
        }
    }

    /** Makes a RawEvent of every row after the header, as the stream's parser does, and counts them. */
    private static <R> long events(Path file, Iterable<R> rows, BiFunction<R, Integer, String> field) {
        List<RawEvent> sink = new ArrayList<>(1);
        long count = 0;
        boolean header = true;
        for (R row : rows) {
            if (header) {
                header = false;
                continue;
            }
            sink.clear();
            sink.add(new RawEvent(field.apply(row, 0), field.apply(row, 1), field.apply(row, 2), field.apply(row, 3),
                    field.apply(row, 4), field.apply(row, 5), field.apply(row, 6), field.apply(row, 7),
                    new Origin(file.toString(), ++count)));
        }
        return count;
    }
}
