package dev.ingest.adapter.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.application.contract.MetricsLogContract;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The metrics log contract, held by the JSON lines file and read back by parsing each line. */
class JsonLinesMetricsLogContractTest extends MetricsLogContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file;
    private JsonLinesMetricsLog log;

    @BeforeEach
    void open() {
        file = dir.resolve("logs/streaming_metrics.log");
        log = new JsonLinesMetricsLog(file);
    }

    @Override
    protected MetricsLog log() {
        return log;
    }

    @Override
    protected List<ShownBatch> recorded() {
        try {
            return Files.readAllLines(file).stream().map(JsonLinesMetricsLogContractTest::parsed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ShownBatch parsed(String line) {
        try {
            JsonNode json = JSON.readTree(line);
            Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
            json.get("quarantined_by_reason").properties()
                    .forEach(reason -> reasons.put(ReasonCode.valueOf(reason.getKey()), reason.getValue().asLong()));
            BatchOutcome outcome = new BatchOutcome(json.get("records_in").asLong(), json.get("stored").asLong(),
                    json.get("duplicates").asLong(), json.get("quarantined").asLong(), reasons);
            BatchKey key = new BatchKey(json.get("stream_id").asText(), json.get("batch_id").asLong());
            return ShownBatch.of(key, outcome, json.get("replay").asBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
