package dev.ingest.adapter.csv;

import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.ingest.port.out.QuarantineWriterFactory;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.event.EventField;
import dev.ingest.domain.reason.ReasonCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The quarantine as CSV files under an error folder on any Hadoop file system ({@code file:}, {@code hdfs:}, an
 * object store), one folder per batch and one file per partition (see {@link QuarantineLayout}). The driver discards a
 * batch's folder before a replay; executors write through {@link #writers()}; {@link #read(BatchKey)} gives the rows back
 * for reconciliation.
 */
public final class CsvQuarantine implements Quarantine {

    private final URI errorDir;
    private final Map<String, String> hadoopSettings;

    /** @param hadoopSettings Hadoop settings over the classpath ones, on the driver and every executor */
    public CsvQuarantine(URI errorDir, Map<String, String> hadoopSettings) {
        this.errorDir = errorDir;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    @Override
    public void discard(BatchKey key) {
        Path folder = QuarantineLayout.batchFolder(new Path(errorDir), key);
        try {
            HadoopStore.fileSystem(folder, hadoopSettings).delete(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot discard quarantine folder " + HadoopStore.shown(folder) + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public QuarantineWriterFactory writers() {
        return new CsvQuarantineWriterFactory(errorDir, hadoopSettings);
    }

    /** Every committed row of the batch, partition by partition; temporary files of unfinished attempts are skipped. */
    public List<QuarantinedRecord> read(BatchKey key) {
        Path folder = QuarantineLayout.batchFolder(new Path(errorDir), key);
        List<QuarantinedRecord> rows = new ArrayList<>();
        try {
            FileSystem fs = HadoopStore.fileSystem(folder, hadoopSettings);
            for (Path file : partFiles(fs, folder)) {
                try (Reader reader = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8));
                        CSVParser parser = CSVParser.parse(reader, QuarantineLayout.READ)) {
                    for (CSVRecord row : parser) {
                        rows.add(toRecord(row));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the quarantine folder " + HadoopStore.shown(folder) + ": "
                    + e.getMessage(), e);
        }
        return rows;
    }

    public long count(BatchKey key) {
        return read(key).size();
    }

    private static List<Path> partFiles(FileSystem fs, Path folder) throws IOException {
        if (!fs.exists(folder)) {
            return List.of();
        }
        return Arrays.stream(fs.listStatus(folder))
                .filter(status -> status.isFile() && QuarantineLayout.isPartFile(status.getPath().getName()))
                .map(FileStatus::getPath)
                .sorted()
                .toList();
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
