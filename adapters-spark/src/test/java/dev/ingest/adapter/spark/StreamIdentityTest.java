package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamIdentityTest {

    @TempDir
    Path dir;

    @Test
    void the_id_created_on_first_start_is_read_back_on_every_restart() {
        Path checkpoint = dir.resolve("checkpoints/stream");

        String first = StreamIdentity.loadOrCreate(checkpoint);

        assertThat(StreamIdentity.loadOrCreate(checkpoint)).isEqualTo(first);
        assertThat(checkpoint.resolve(StreamIdentity.FILE_NAME)).hasContent(first);
    }

    @Test
    void a_new_checkpoint_gets_a_new_id() {
        assertThat(StreamIdentity.loadOrCreate(dir.resolve("one")))
                .isNotEqualTo(StreamIdentity.loadOrCreate(dir.resolve("two")));
    }

    @Test
    void an_emptied_id_file_is_refused_rather_than_replaced() throws Exception {
        Files.writeString(dir.resolve(StreamIdentity.FILE_NAME), "\n");

        assertThatThrownBy(() -> StreamIdentity.loadOrCreate(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void reading_a_checkpoint_no_stream_started_with_finds_no_id_and_creates_nothing() {
        Path checkpoint = dir.resolve("never-started");

        assertThat(StreamIdentity.read(checkpoint)).isEmpty();
        assertThat(checkpoint).doesNotExist();
    }

    @Test
    void reading_finds_the_id_the_stream_created() {
        String id = StreamIdentity.loadOrCreate(dir);

        assertThat(StreamIdentity.read(dir)).contains(id);
    }
}
