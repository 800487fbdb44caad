package dev.ingest.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.reason.ReasonCode;
import dev.ingest.domain.validation.Rejection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a partition's file is published on the two kinds of store, each played by the local disk: one whose rename never
 * replaces a file (HDFS), and an object store, written once under the file's own name.
 */
class CsvQuarantineWriterTest {

    @TempDir
    Path dir;

    @Test
    void a_second_attempt_replaces_the_first_where_rename_refuses_to_replace_a_file() throws IOException {
        FileSystem hdfsLike = initialized(new RenameNeverReplaces());

        commit(hdfsLike, 1, 2);
        commit(hdfsLike, 3);

        assertThat(recordNumbers()).containsExactly(3L);
        assertThat(dir.toFile().list()).containsExactly("part-00000.csv");
    }

    @Test
    void an_object_store_gets_the_partition_s_file_in_one_write_and_nothing_from_an_abandoned_attempt()
            throws IOException {
        FileSystem objectStore = initialized(new ObjectStore());
        try (CsvQuarantineWriter abandoned = new CsvQuarantineWriter(objectStore, target())) {
            abandoned.write(rejection(1));
            assertThat(dir.toFile().list()).as("no temporary name").containsExactly("part-00000.csv");
        }
        assertThat(dir.toFile().list()).isEmpty();

        commit(objectStore, 2, 3);

        assertThat(recordNumbers()).containsExactly(2L, 3L);
        assertThat(dir.toFile().list()).containsExactly("part-00000.csv");
    }

    private void commit(FileSystem fs, long... recordNumbers) {
        try (CsvQuarantineWriter writer = new CsvQuarantineWriter(fs, target())) {
            for (long recordNumber : recordNumbers) {
                writer.write(rejection(recordNumber));
            }
            writer.commit();
        }
    }

    private org.apache.hadoop.fs.Path target() {
        return new org.apache.hadoop.fs.Path(dir.resolve("part-00000.csv").toUri());
    }

    private List<Long> recordNumbers() throws IOException {
        return Files.readAllLines(dir.resolve("part-00000.csv")).stream().skip(1)
                .map(line -> Long.parseLong(line.split(",")[10]))
                .toList();
    }

    private static Rejection rejection(long recordNumber) {
        return new Rejection(new RawEvent("e" + recordNumber, "u", "p", "n", "c", "-1", "view", "t",
                new Origin("events.csv", recordNumber)), Set.of(ReasonCode.NON_POSITIVE_PRICE));
    }

    private static FileSystem initialized(FileSystem fs) throws IOException {
        fs.initialize(URI.create("file:///"), new Configuration());
        return fs;
    }

    /** HDFS's rename: it answers false rather than replace an existing file. */
    private static final class RenameNeverReplaces extends RawLocalFileSystem {
        @Override
        public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst) throws IOException {
            return !exists(dst) && super.rename(src, dst);
        }
    }

    /** The local disk under an object store's scheme, with a stream that cannot abort, as S3A's or GCS's might. */
    private static final class ObjectStore extends RawLocalFileSystem {
        @Override
        public URI getUri() {
            return URI.create("s3a://bucket/");
        }

        @Override
        protected void checkPath(org.apache.hadoop.fs.Path path) {
            // Paths keep the file: scheme of the folder they stand in for.
        }
    }
}
