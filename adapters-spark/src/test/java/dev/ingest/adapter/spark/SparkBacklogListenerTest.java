package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.health.StreamProgress;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.streaming.SourceProgress;
import org.junit.jupiter.api.Test;

class SparkBacklogListenerTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void takes_the_backlog_from_the_source_that_reports_one() {
        SourceProgress[] sources = {source(Map.of()), source(Map.of("backlogFiles", "3", "backlogBytes", "1234"))};

        assertThat(SparkBacklogListener.backlog("s-1", AT, sources))
                .hasValue(new StreamProgress("s-1", AT, 3, 1234, OptionalLong.empty()));
    }

    @Test
    void the_kafka_lag_is_the_average_per_partition_times_the_partitions() {
        SourceProgress kafka = new SourceProgress("kafka", "{}", "{\"events\":{\"0\":120,\"1\":98,\"2\":40}}",
                "{}", 1, 0, 0, Map.of("avgOffsetsBehindLatest", "12.0", "maxOffsetsBehindLatest", "30",
                        "minOffsetsBehindLatest", "0"));

        assertThat(SparkBacklogListener.backlog("s-1", AT, new SourceProgress[] {kafka}))
                .hasValue(new StreamProgress("s-1", AT, 0, 0, OptionalLong.of(36)));
    }

    @Test
    void a_progress_without_backlog_metrics_posts_nothing() {
        assertThat(SparkBacklogListener.backlog("s-1", AT, new SourceProgress[] {source(null)})).isEmpty();
        assertThat(SparkBacklogListener.backlog("s-1", AT, new SourceProgress[0])).isEmpty();
    }

    private static SourceProgress source(Map<String, String> metrics) {
        return new SourceProgress("landing", "{}", "{}", "{}", 1, 0, 0, metrics);
    }
}
