package dev.ingest.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverSpillsTest {

    @TempDir
    Path folder;

    @Test
    void deletes_the_spills_of_gone_jvms_and_keeps_those_of_live_ones_and_other_files() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path left = Files.createFile(folder.resolve("ingest-partition-" + gone.pid() + "-1.copy"));
        Path live = Files.createFile(folder.resolve(LeftoverSpills.prefix() + "2.copy"));
        Path other = Files.createFile(folder.resolve("ingest-partition-notes.copy"));

        LeftoverSpills.delete(folder);

        assertThat(left).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }
}
