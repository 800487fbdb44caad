package dev.ingest.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a stream run tells about each batch: a JSON line in the metrics log and a short line on the console. */
final class BatchLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONSOLE = Pattern.compile(
            "batch (\\d+): (\\d+) files, (\\d+) in: (\\d+) stored, (\\d+) duplicates, (\\d+) quarantined in \\d+ ms"
                    + ", latency p50 \\d+ ms max \\d+ ms");

    private BatchLines() {
    }

    /** A batch's account, comparable with its ledger row. */
    record Counts(long batchId, long recordsIn, long stored, long duplicates, long quarantined) {

        static Counts of(LedgerTable.Row row) {
            return new Counts(row.batchId(), row.recordsIn(), row.stored(), row.duplicates(), row.quarantined());
        }
    }

    record Metrics(String streamId, long files, Counts counts, Map<String, Long> quarantinedByReason, long latencyP50,
            long latencyMax) {
    }

    record Console(long files, Counts counts) {
    }

    /** Every line of the metrics log, each required to be a JSON object with all the fields read here. */
    static List<Metrics> metricsLog(Path file) throws IOException {
        List<Metrics> lines = new ArrayList<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode line = JSON.readTree(text);
            Map<String, Long> reasons = new TreeMap<>();
            line.required("quarantined_by_reason").fields()
                    .forEachRemaining(entry -> reasons.put(entry.getKey(), entry.getValue().asLong()));
            JsonNode latency = line.required("latency_ms");
            lines.add(new Metrics(line.required("stream_id").asText(), number(line, "files"),
                    new Counts(number(line, "batch_id"), number(line, "records_in"), number(line, "stored"),
                            number(line, "duplicates"), number(line, "quarantined")),
                    reasons, number(latency, "p50"), number(latency, "max")));
        }
        return lines;
    }

    /** The console lines that start with "batch ", each required to have the documented shape. */
    static List<Console> console(String stdout) {
        return stdout.lines().filter(line -> line.startsWith("batch ")).map(text -> {
            Matcher line = CONSOLE.matcher(text);
            if (!line.matches()) {
                throw new AssertionError("unexpected per-batch line: " + text);
            }
            return new Console(Long.parseLong(line.group(2)), new Counts(Long.parseLong(line.group(1)),
                    Long.parseLong(line.group(3)), Long.parseLong(line.group(4)), Long.parseLong(line.group(5)),
                    Long.parseLong(line.group(6))));
        }).toList();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.required(field);
        if (!value.isNumber()) {
            throw new AssertionError(field + " is not a number in " + node);
        }
        return value.asLong();
    }
}
