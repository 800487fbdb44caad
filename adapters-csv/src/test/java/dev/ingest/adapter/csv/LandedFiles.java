package dev.ingest.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.EventField;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads landed event files back the way a consumer would: header checked, records as field lists. */
final class LandedFiles {

    private LandedFiles() {
    }

    static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> records(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, EventFileFormat.READ)) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            assertThat(records.get(0)).as("header of " + file).isEqualTo(EventField.NAMES);
            return records.subList(1, records.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records as the pipeline sees them: eight fields make a raw event, any other count is malformed. */
    static List<RawRecord> rawRecords(Path file) {
        List<RawRecord> raw = new ArrayList<>();
        List<List<String>> records = records(file);
        for (int i = 0; i < records.size(); i++) {
            List<String> f = records.get(i);
            Origin origin = new Origin(file.getFileName().toString(), i + 1L);
            raw.add(f.size() == 8
                    ? new RawEvent(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), origin)
                    : new UnreadableRecord(String.join(",", f), ReasonCode.MALFORMED_RECORD, origin));
        }
        return raw;
    }
}
