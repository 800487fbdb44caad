package dev.ingest.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleBatchLineTest {

    @Test
    void prints_one_short_line_per_batch() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleBatchLine console = new ConsoleBatchLine(new PrintStream(printed, true, StandardCharsets.UTF_8));

        console.record(RecordedBatches.committed());
        console.record(RecordedBatches.replayed());

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "batch 7: 3 files, 10 in: 6 stored, 1 duplicates, 3 quarantined in 500 ms, latency p50 700 ms max 900 ms;"
                        + " columns not read: session_id (2 files), tenant (1 file)",
                "batch 7 already committed (10 in: 6 stored, 1 duplicates, 3 quarantined), nothing to do");
    }
}
