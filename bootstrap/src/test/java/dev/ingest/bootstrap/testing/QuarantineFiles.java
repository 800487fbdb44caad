package dev.ingest.bootstrap.testing;

import dev.ingest.adapter.csv.QuarantineLayout;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/** Reads back every quarantine file under an error folder, as a user inspecting it would, with a plain CSV parser. */
public final class QuarantineFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private QuarantineFiles() {
    }

    /** One quarantined record: the eight fields as read, the reason codes, the file it came from (by name), its text. */
    public record Row(List<String> fields, List<String> reasons, String sourceFileName, long recordNumber, String rawRecord) {

        public String eventId() {
            return fields.get(0);
        }
    }

    public static List<Row> read(Path errorDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.isDirectory(errorDir)) {
            return rows;
        }
        for (Path file : partFiles(errorDir)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows.addAll(rows(reader, file.toString()));
            }
        }
        return rows;
    }

    /** The same, for an error folder on a Hadoop file system (HDFS, say), read through its {@code FileSystem}. */
    public static List<Row> read(FileSystem fs, org.apache.hadoop.fs.Path errorDir) throws IOException {
        List<org.apache.hadoop.fs.Path> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(errorDir, true);
        while (all.hasNext()) {
            org.apache.hadoop.fs.Path file = all.next().getPath();
            if (isVisibleCsv(file.getName())) {
                files.add(file);
            }
        }
        files.sort(Comparator.naturalOrder());
        List<Row> rows = new ArrayList<>();
        for (org.apache.hadoop.fs.Path file : files) {
            try (Reader reader = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8)) {
                rows.addAll(rows(reader, file.toString()));
            }
        }
        return rows;
    }

    private static List<Row> rows(Reader reader, String file) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            if (!parser.getHeaderNames().equals(QuarantineLayout.HEADER)) {
                throw new AssertionError("unexpected header in " + file + ": " + parser.getHeaderNames());
            }
            return parser.stream().map(QuarantineFiles::toRow).toList();
        }
    }

    /**
     * Every quarantined record as {@code <file name>#<record number>: <reasons>}, sorted: the record's identity,
     * independent of where the input folder was.
     */
    public static List<String> records(Path errorDir) {
        try {
            return read(errorDir).stream()
                    .map(row -> row.sourceFileName() + "#" + row.recordNumber() + ": " + String.join(";", row.reasons()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every CSV file a user would open, so that one a crash left visible is read, and its header checked, too. */
    private static List<Path> partFiles(Path errorDir) throws IOException {
        try (Stream<Path> files = Files.walk(errorDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> isVisibleCsv(path.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isVisibleCsv(String name) {
        return !name.startsWith(".") && name.endsWith(".csv");
    }

    private static Row toRow(CSVRecord record) {
        List<String> fields = QuarantineLayout.HEADER.subList(0, 8).stream().map(record::get).toList();
        String source = record.get("source_file");
        return new Row(fields, Arrays.asList(record.get("error_reason").split(";")),
                source.substring(source.lastIndexOf('/') + 1), Long.parseLong(record.get("record_number")),
                record.get("raw_record"));
    }
}
