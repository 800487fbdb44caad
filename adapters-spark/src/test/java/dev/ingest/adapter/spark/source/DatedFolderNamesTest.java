package dev.ingest.adapter.spark.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which partitions of a dated folder a trigger lists again, on the local disk's real folder times. */
class DatedFolderNamesTest {

    @TempDir
    Path input;

    private final DatedFolderNames names = new DatedFolderNames();
    private final List<String> listed = new ArrayList<>();
    private FileSystem fs;
    private long now;

    @BeforeEach
    void folder() throws IOException {
        fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        for (String partition : List.of("2026/11/30", "2026/12/01", "2026/12/02", "2026/12/03")) {
            Files.createDirectories(input.resolve(partition));
            Files.writeString(input.resolve(partition).resolve("f.csv"), "x");
            Files.setLastModifiedTime(input.resolve(partition), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        }
        now = System.currentTimeMillis();
    }

    @Test
    void the_first_trigger_lists_every_partition_and_the_next_only_the_newest_two() throws IOException {
        assertThat(list()).hasSize(4);
        assertThat(listed).hasSize(4);

        listed.clear();
        now += 1000;
        assertThat(list()).hasSize(4);
        assertThat(listed).containsExactly("2026/12/02/", "2026/12/03/");
    }

    @Test
    void an_older_partition_whose_folder_changed_is_listed_again() throws IOException {
        list();
        Files.writeString(input.resolve("2026/11/30/late.csv"), "x");
        listed.clear();
        now += 1000;

        assertThat(list()).contains("2026/11/30/late.csv");
        assertThat(listed).containsExactly("2026/11/30/", "2026/12/02/", "2026/12/03/");
    }

    @Test
    void a_folder_changed_just_before_its_listing_is_listed_again_until_it_has_been_still() throws IOException {
        Files.setLastModifiedTime(input.resolve("2026/11/30"), FileTime.fromMillis(now - 500));
        list();
        listed.clear();
        now += 1000;

        list();
        assertThat(listed).contains("2026/11/30/");
    }

    @Test
    void every_partition_is_listed_again_at_the_full_listing() throws IOException {
        list();
        listed.clear();
        now += DatedFolderNames.FULL_LISTING_MILLIS;

        list();
        assertThat(listed).hasSize(4);
    }

    private List<String> list() throws IOException {
        return names.names(fs, fs.makeQualified(new org.apache.hadoop.fs.Path(input.toUri())), now,
                (partition, prefix) -> {
                    listed.add(prefix);
                    String[] files = new java.io.File(partition.toUri().getPath()).list();
                    return java.util.Arrays.stream(files).map(name -> prefix + name).toList();
                });
    }
}
