package dev.ingest.adapter.spark.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.ingest.port.out.Backlog;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SourceBacklogListenerTest {

    @Test
    void reads_the_landing_folders_files_and_bytes() {
        assertThat(SourceBacklogListener.backlogOf(Map.of("backlogFiles", "3", "backlogBytes", "4096")))
                .isEqualTo(new Backlog(OptionalLong.of(3), OptionalLong.of(4096), OptionalLong.empty()));
    }

    @Test
    void reads_a_kafka_sources_lag_and_nothing_from_a_source_that_tells_none() {
        assertThat(SourceBacklogListener.backlogOf(Map.of("maxOffsetsBehindLatest", "120", "avgOffsetsBehindLatest",
                "40.5"))).isEqualTo(new Backlog(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(120)));
        assertThat(SourceBacklogListener.backlogOf(Map.of("numFilesOutstanding", "x")).isEmpty()).isTrue();
        assertThat(SourceBacklogListener.backlogOf(Map.of("backlogFiles", "many")).isEmpty()).isTrue();
    }
}
