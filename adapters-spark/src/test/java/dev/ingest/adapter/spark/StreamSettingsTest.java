package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.spark.source.AfterIngest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StreamSettingsTest {

    private final StreamSettings defaults = StreamSettings.of(URI.create("file:/data/raw"),
            URI.create("file:/checkpoints"));

    @Test
    void defaults_follow_the_cli_contract() {
        assertThat(defaults.batchLimit()).isEqualTo(BatchLimit.files(10));
        assertThat(defaults.master()).isEqualTo("local[*]");
        assertThat(defaults.uiPort()).hasValue(4040);
        assertThat(defaults.afterIngest()).isEqualTo(AfterIngest.KEEP);
        assertThat(defaults.archiveDir()).isEmpty();
        assertThat(defaults.trigger()).isEqualTo(StreamTrigger.every(Duration.ofMillis(100)));
        assertThat(defaults.isLocalMaster()).isTrue();
        assertThat(defaults.withMaster("spark://host:7077").isLocalMaster()).isFalse();
    }

    @Test
    void folders_on_other_stores_or_beside_the_input_folder_are_not_inside_it() {
        URI input = URI.create("file:/data/raw");

        assertThat(StreamSettings.of(input, URI.create("file:/data/raw-checkpoints")).checkpointDir())
                .isEqualTo(URI.create("file:/data/raw-checkpoints"));
        assertThat(StreamSettings.of(input, URI.create("hdfs://nn:8020/data/raw/checkpoints")).checkpointDir())
                .isEqualTo(URI.create("hdfs://nn:8020/data/raw/checkpoints"));
        assertThat(StreamSettings.of(URI.create("file:///data/raw/"), URI.create("file:/c")).inputDir())
                .isEqualTo(URI.create("file:///data/raw"));
    }

    @Test
    void byte_limits_read_sizes_as_spark_writes_them() {
        assertThat(BatchLimit.bytes("1048576")).isEqualTo(BatchLimit.bytes(1_048_576));
        assertThat(BatchLimit.bytes("512k")).isEqualTo(BatchLimit.bytes(512L * 1024));
        assertThat(BatchLimit.bytes(" 256m")).isEqualTo(BatchLimit.bytes(256L * 1024 * 1024));
        assertThat(BatchLimit.bytes("1G")).isEqualTo(BatchLimit.bytes(1L << 30));
        assertThat(BatchLimit.bytes("2gb")).isEqualTo(BatchLimit.bytes(2L << 30));
        assertThat(BatchLimit.bytes("256m").sparkOption()).isEqualTo("maxBytesPerTrigger");
        assertThat(BatchLimit.files(3).sparkOption()).isEqualTo("maxFilesPerTrigger");
        assertThatThrownBy(() -> BatchLimit.bytes("lots"))
                .hasMessage("'lots' is not a size (examples: 1048576, 512k, 256m, 1g)");
        assertThatThrownBy(() -> BatchLimit.bytes("1.5g"))
                .hasMessage("'1.5g' is not a size (examples: 1048576, 512k, 256m, 1g)");
    }

    @Test
    void refuses_settings_spark_would_fail_on_later() {
        assertThatThrownBy(() -> BatchLimit.files(0)).hasMessage("max files per trigger must be at least 1, was 0");
        assertThatThrownBy(() -> BatchLimit.bytes("0")).hasMessage("max bytes per trigger must be at least 1, was 0");
        assertThatThrownBy(() -> defaults.withUiPort(OptionalInt.of(70000))).hasMessage("the UI port must be between 1 and 65535, was 70000");
        assertThatThrownBy(() -> defaults.withArchiveDir(URI.create("file:/data/raw/archive")))
                .hasMessage("the archive folder must not be inside the input folder /data/raw");
        assertThatThrownBy(() -> StreamSettings.of(URI.create("file:/data"), URI.create("file:///data/checkpoints/")))
                .hasMessage("the checkpoint folder must not be inside the input folder /data");
        assertThatThrownBy(() -> StreamSettings.of(URI.create("hdfs://nn:8020/in"), URI.create("hdfs://NN:8020/in")))
                .hasMessage("the checkpoint folder must not be inside the input folder hdfs://nn:8020/in");
        assertThatThrownBy(() -> defaults.withArchiveDir(URI.create("hdfs://nn:8020/archive")))
                .hasMessage("the archive folder hdfs://nn:8020/archive must be on the input folder's file system,"
                        + " /data/raw");
        assertThatThrownBy(() -> StreamSettings.of(URI.create("data/raw"), URI.create("file:/checkpoints")))
                .hasMessage("a folder must be an absolute URI such as file:/data/raw, was data/raw");
        assertThatThrownBy(() -> defaults.withAfterIngest(AfterIngest.ARCHIVE, Optional.empty()))
                .hasMessage("files archived after ingest need an archive folder (--archive-dir)");
        assertThatThrownBy(() -> defaults.withAfterIngest(AfterIngest.DELETE, Optional.of(URI.create("file:/archive"))))
                .hasMessage("an archive folder is for files that are archived after ingest, not delete");
        assertThatThrownBy(() -> AfterIngest.fromOption("move"))
                .hasMessage("after ingest, a file is kept, archived or deleted (keep, archive, delete), not 'move'");
        assertThatThrownBy(() -> StreamTrigger.every(Duration.ofSeconds(-1)))
                .hasMessage("the trigger interval cannot be negative, was PT-1S");
    }
}
