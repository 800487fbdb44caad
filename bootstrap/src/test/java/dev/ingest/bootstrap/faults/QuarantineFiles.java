package dev.ingest.bootstrap.faults;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back every quarantined record under an error folder, across all stream and batch folders, as
 * {@code <file name>#<record number>: <reasons>} — the record's identity, independent of where the input folder was.
 */
final class QuarantineFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private QuarantineFiles() {
    }

    static List<String> records(Path errorDir) {
        if (!Files.isDirectory(errorDir)) {
            return List.of();
        }
        List<String> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(errorDir)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).sorted().toList()) {
                read(file, records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records.stream().sorted().toList();
    }

    private static void read(Path file, List<String> records) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                String source = record.get("source_file");
                String fileName = source.substring(source.lastIndexOf('/') + 1);
                records.add(fileName + "#" + record.get("record_number") + ": " + record.get("error_reason"));
            }
        }
    }
}
