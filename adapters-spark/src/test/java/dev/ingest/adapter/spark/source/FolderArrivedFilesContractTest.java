package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.application.ingest.port.out.EventFileReader;
import dev.ingest.application.contract.ArrivedFilesContract;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.io.TempDir;

/** The arrived files contract, held by CSV files in a landing folder and, as Spark archives them, an archive folder. */
class FolderArrivedFilesContractTest extends ArrivedFilesContract {

    private static final EventFileReader READER = new CsvEventFileReader(ExtraColumns.IGNORE, Map.of());

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";

    @TempDir
    Path dir;

    @Override
    protected ArrivedFiles files() {
        return new FolderArrivedFiles(input().toUri(), InputLayout.FLAT, Optional.of(archive().toUri()),
                new Configuration(), READER);
    }

    @Override
    protected void landed(String name, long records) {
        write(input().resolve(name), records, List.of());
    }

    @Override
    protected void landedWithExtraColumns(String name, long records, List<String> columns) {
        write(input().resolve(name), records, columns);
    }

    /** Spark's {@code cleanSource=archive} moves a file under the archive folder with its whole source path. */
    @Override
    protected void archived(String name, long records) {
        Path source = input().toAbsolutePath();
        write(archive().resolve(source.getRoot().relativize(source)).resolve(name), records, List.of());
    }

    private Path input() {
        return dir.resolve("in");
    }

    private Path archive() {
        return dir.resolve("archive");
    }

    /** A header, then one row per record, each with a quoted name and a value for every extra column. */
    private static void write(Path file, long records, List<String> extraColumns) {
        StringBuilder text = new StringBuilder(HEADER);
        extraColumns.forEach(column -> text.append(',').append(column));
        text.append('\n');
        for (long i = 1; i <= records; i++) {
            text.append("e-").append(i).append(",u-1,p-1,\"Lamp, \"\"deluxe\"\"\",Home,9.99,view,2024-03-01 12:00:00");
            extraColumns.forEach(column -> text.append(",x"));
            text.append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
