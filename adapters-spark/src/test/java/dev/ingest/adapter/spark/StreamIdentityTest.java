package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamIdentityTest {

    @TempDir
    Path dir;

    @Test
    void the_id_created_on_first_start_is_read_back_on_every_restart() throws Exception {
        Path checkpoint = dir.resolve("checkpoints/stream");

        String first = loadOrCreate(checkpoint);

        assertThat(loadOrCreate(checkpoint)).isEqualTo(first);
        assertThat(checkpoint.resolve(StreamIdentity.FILE_NAME)).hasContent(first);
        try (var files = Files.list(checkpoint)) {
            assertThat(files).as("nothing but the id, no temporary or checksum file")
                    .containsExactly(checkpoint.resolve(StreamIdentity.FILE_NAME));
        }
    }

    @Test
    void a_new_checkpoint_gets_a_new_id() {
        assertThat(loadOrCreate(dir.resolve("one"))).isNotEqualTo(loadOrCreate(dir.resolve("two")));
    }

    @Test
    void an_emptied_id_file_is_refused_rather_than_replaced() throws Exception {
        Files.writeString(dir.resolve(StreamIdentity.FILE_NAME), "\n");

        assertThatThrownBy(() -> loadOrCreate(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the stream id file " + dir.resolve(StreamIdentity.FILE_NAME)
                        + " is empty; restore it or use a new checkpoint");
    }

    @Test
    void reading_a_checkpoint_no_stream_started_with_finds_no_id_and_creates_nothing() {
        Path checkpoint = dir.resolve("never-started");

        assertThat(read(checkpoint)).isEmpty();
        assertThat(checkpoint).doesNotExist();
    }

    @Test
    void reading_finds_the_id_the_stream_created_under_a_file_uri_of_any_spelling() {
        Path checkpoint = dir.resolve("a checkpoint");
        String id = loadOrCreate(checkpoint);

        assertThat(read(checkpoint)).contains(id);
        assertThat(StreamIdentity.read(URI.create("file://" + checkpoint.toUri().getRawPath()), new Configuration()))
                .contains(id);
    }

    private static String loadOrCreate(Path checkpoint) {
        return StreamIdentity.loadOrCreate(checkpoint.toUri(), new Configuration());
    }

    private static java.util.Optional<String> read(Path checkpoint) {
        return StreamIdentity.read(checkpoint.toUri(), new Configuration());
    }
}
