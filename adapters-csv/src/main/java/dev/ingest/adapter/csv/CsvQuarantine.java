package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineSink;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The quarantine as CSV files under an error folder, one folder per batch and one file per partition (see
 * {@link QuarantineLayout}). The driver discards a batch's folder before a replay; executors write through
 * {@link #sink()}; {@link #read(BatchKey)} gives the rows back for reconciliation.
 */
public final class CsvQuarantine implements Quarantine {

    private final Path errorDir;

    public CsvQuarantine(Path errorDir) {
        this.errorDir = errorDir;
    }

    @Override
    public void discard(BatchKey key) {
        Path folder = QuarantineLayout.batchFolder(errorDir, key);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot discard quarantine folder " + folder, e);
        }
    }

    @Override
    public QuarantineSink sink() {
        return new CsvQuarantineSink(errorDir.toString());
    }

    /** Every committed row of the batch, partition by partition; temporary files of unfinished attempts are skipped. */
    public List<QuarantinedRecord> read(BatchKey key) {
        List<QuarantinedRecord> rows = new ArrayList<>();
        for (Path file : partFiles(key)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, QuarantineLayout.READ)) {
                for (CSVRecord row : parser) {
                    rows.add(toRecord(row));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read quarantine file " + file, e);
            }
        }
        return rows;
    }

    public long count(BatchKey key) {
        return read(key).size();
    }

    private List<Path> partFiles(BatchKey key) {
        Path folder = QuarantineLayout.batchFolder(errorDir, key);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith("part-") && name.endsWith(".csv");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list quarantine folder " + folder, e);
        }
    }

    private static QuarantinedRecord toRecord(CSVRecord row) {
        EnumSet<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
        for (String reason : row.get("error_reason").split(";")) {
            reasons.add(ReasonCode.valueOf(reason));
        }
        List<String> fields = new ArrayList<>(EventField.NAMES.size());
        for (String column : EventField.NAMES) {
            fields.add(row.get(column));
        }
        return new QuarantinedRecord(fields, reasons, row.get("source_file"), Long.parseLong(row.get("record_number")),
                row.get("raw_record"));
    }
}
