package dev.ingest.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesMetricsLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void appends_one_json_object_per_batch_with_counts_reasons_timings_rates_and_latency() throws Exception {
        Path file = dir.resolve("logs/streaming_metrics.log");
        JsonLinesMetricsLog log = new JsonLinesMetricsLog(file);

        log.record(RecordedBatches.committed());
        log.record(RecordedBatches.replayed());

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.toString()).isEqualTo("{\"stream_id\":\"s-1\",\"batch_id\":7,\"time\":\"2024-03-01T10:00:00.500Z\","
                + "\"replay\":false,\"files\":3,\"records_in\":10,\"stored\":6,\"duplicates\":1,\"quarantined\":3,"
                + "\"skipped\":0,\"missed_offsets\":0,"
                + "\"quarantined_by_reason\":{\"INVALID_PRICE\":2,\"MALFORMED_RECORD\":1},"
                + "\"ignored_columns\":{\"session_id\":2,\"tenant\":1},"
                + "\"durations_ms\":{\"processing\":400,\"read\":120,\"validate\":30,\"write\":210,\"commit\":100},"
                + "\"input_rows_per_s\":20.0,\"processed_rows_per_s\":20.0,\"latency_ms\":{\"p50\":700,\"max\":900}}");
    }

    @Test
    void a_replay_reports_the_recorded_counts_no_files_and_no_latency() throws Exception {
        Path file = dir.resolve("metrics.log");
        JsonLinesMetricsLog log = new JsonLinesMetricsLog(file);

        log.record(RecordedBatches.committed());
        log.record(RecordedBatches.replayed());

        JsonNode replay = JSON.readTree(Files.readAllLines(file).get(1));
        assertThat(replay.get("replay").asBoolean()).isTrue();
        assertThat(replay.get("records_in").asLong()).isEqualTo(10);
        assertThat(replay.get("files").asInt()).isZero();
        assertThat(replay.get("latency_ms").get("p50").isNull()).isTrue();
        assertThat(replay.get("processed_rows_per_s").asDouble()).isZero();
        // Input rate spans the 60 s since the previous commit.
        assertThat(replay.get("input_rows_per_s").asDouble()).isEqualTo(0.2);
    }
}
