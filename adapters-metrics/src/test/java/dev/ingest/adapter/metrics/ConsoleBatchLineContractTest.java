package dev.ingest.adapter.metrics;

import dev.ingest.application.contract.MetricsLogContract;
import dev.ingest.application.ingest.port.out.MetricsLog;
import dev.ingest.domain.batch.BatchOutcome;
import dev.ingest.domain.batch.RecordedBatch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics log contract, held by the console line and read back by parsing each printed line. A person watches one
 * stream's console, so the line names no stream, and it counts the quarantined records without their reasons.
 */
class ConsoleBatchLineContractTest extends MetricsLogContract {

    private static final Pattern LINE = Pattern.compile("batch (\\d+)(: \\d+ files, | already committed \\()"
            + "(\\d+) in: (\\d+) stored, (\\d+) duplicates, (\\d+) quarantined.*");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleBatchLine console = new ConsoleBatchLine(new PrintStream(printed, true,
            StandardCharsets.UTF_8));

    @Override
    protected MetricsLog log() {
        return console;
    }

    @Override
    protected ShownBatch shown(RecordedBatch batch) {
        return ShownBatch.of(batch).withoutStream().withoutReasons();
    }

    @Override
    protected List<ShownBatch> recorded() {
        return printed.toString(StandardCharsets.UTF_8).lines().map(ConsoleBatchLineContractTest::parsed).toList();
    }

    private static ShownBatch parsed(String line) {
        Matcher batch = LINE.matcher(line);
        if (!batch.matches()) {
            throw new AssertionError("not a batch line: " + line);
        }
        BatchOutcome outcome = new BatchOutcome(count(batch, 3), count(batch, 4), count(batch, 5), count(batch, 6),
                Map.of());
        return new ShownBatch(Optional.empty(), OptionalLong.of(count(batch, 1)), outcome,
                batch.group(2).startsWith(" already committed"));
    }

    private static long count(Matcher batch, int group) {
        return Long.parseLong(batch.group(group));
    }
}
