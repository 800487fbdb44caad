package dev.ingest.adapter.spark.source;

import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.application.ingest.port.out.EventFileReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.application.verify.port.out.ArrivedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.util.ReflectionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderArrivedFilesTest {

    private static final EventFileReader READER = new CsvEventFileReader(ExtraColumns.IGNORE, Map.of());

    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp\n";
    private static final String GOOD = "e-1,u-1,p-1,\"Lamp, \"\"deluxe\"\"\",Home,9.99,view,2024-03-01 12:00:00\r\n";

    @TempDir
    Path dir;

    @Test
    void counts_records_of_event_files_in_both_folders_as_the_stream_parses_them() throws IOException {
        Path input = dir.resolve("in");
        Path archive = dir.resolve("archive");
        write(input.resolve("a.csv"), "\uFEFF" + HEADER + GOOD + "\n" + GOOD + "too,few,fields\n");
        write(input.resolve("wrong-header.csv"), "a,b\n1,2\n3,4\n");
        write(input.resolve("empty.csv"), "");
        write(archive.resolve(dir.relativize(input)).resolve("b.csv"), HEADER + GOOD);

        FolderArrivedFiles files = new FolderArrivedFiles(input.toUri(), InputLayout.FLAT, Optional.of(archive.toUri()),
                new Configuration(), READER);

        assertThat(files.list()).extracting(ArrivedFile::name, ArrivedFile::records).containsExactlyInAnyOrder(
                tuple("a.csv", 3L),
                tuple("wrong-header.csv", 3L),
                tuple("empty.csv", 0L),
                tuple("b.csv", 1L));
    }

    @Test
    void a_dated_folder_counts_the_files_of_its_day_partitions_only() throws IOException {
        Path input = dir.resolve("in");
        write(input.resolve("2026/12/07/a.csv"), HEADER + GOOD + GOOD);
        write(input.resolve("date=2026-12-06/b.csv"), HEADER + GOOD);
        write(input.resolve("root.csv"), HEADER + GOOD);
        write(input.resolve("2026/02/30/not-a-day.csv"), HEADER + GOOD);
        write(input.resolve("misc/c.csv"), HEADER + GOOD);

        assertThat(new FolderArrivedFiles(input.toUri(), InputLayout.DATED, Optional.empty(), new Configuration(), READER).list())
                .extracting(ArrivedFile::name, ArrivedFile::records)
                .containsExactly(tuple("b.csv", 1L), tuple("a.csv", 2L));
    }

    @Test
    void reads_compressed_files_as_streams() throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        try (var out = new GZIPOutputStream(Files.newOutputStream(input.resolve("a.csv.gz")))) {
            out.write((HEADER + GOOD + GOOD).getBytes(StandardCharsets.UTF_8));
        }
        CompressionCodec bzip2 = ReflectionUtils.newInstance(BZip2Codec.class, new Configuration());
        try (var out = bzip2.createOutputStream(Files.newOutputStream(input.resolve("b.csv.bz2")))) {
            out.write((HEADER + GOOD).getBytes(StandardCharsets.UTF_8));
        }
        write(input.resolve("c.gz"), "not an event file");

        assertThat(new FolderArrivedFiles(input.toUri(), InputLayout.FLAT, Optional.empty(), new Configuration(), READER).list())
                .extracting(ArrivedFile::name, ArrivedFile::records)
                .containsExactly(tuple("a.csv.gz", 2L), tuple("b.csv.bz2", 1L));
    }

    @Test
    void names_the_header_columns_the_stream_does_not_read() throws IOException {
        Path input = dir.resolve("in");
        write(input.resolve("a.csv"), HEADER.strip() + ",session_id\n" + GOOD.strip() + ",s-1\n");

        assertThat(new FolderArrivedFiles(input.toUri(), InputLayout.FLAT, Optional.empty(), new Configuration(), READER).list())
                .extracting(ArrivedFile::records, ArrivedFile::ignoredColumns)
                .containsExactly(tuple(1L, List.of("session_id")));
    }

    @Test
    void skips_what_the_stream_skips() throws IOException {
        Path input = dir.resolve("in");
        write(input.resolve(".landing.csv"), HEADER + GOOD);
        write(input.resolve("_copying.csv"), HEADER + GOOD);
        write(input.resolve("notes.txt"), HEADER + GOOD);
        write(input.resolve("subfolder/c.csv"), HEADER + GOOD);
        write(input.resolve("d.csv"), HEADER + GOOD);

        assertThat(new FolderArrivedFiles(input.toUri(), InputLayout.FLAT, Optional.empty(), new Configuration(), READER).list())
                .extracting(ArrivedFile::name).containsExactly("d.csv");
    }

    @Test
    void missing_folders_hold_no_files() {
        assertThat(new FolderArrivedFiles(dir.resolve("none").toUri(), InputLayout.FLAT,
                Optional.of(dir.resolve("nowhere").toUri()),
                new Configuration(), READER).list()).isEmpty();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
