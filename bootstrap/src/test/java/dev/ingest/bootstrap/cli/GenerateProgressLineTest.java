package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.generation.GenerationSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateProgressLineTest {

    private final StringWriter err = new StringWriter();

    @Test
    void off_a_terminal_writes_one_line_every_five_seconds() {
        GenerateProgressLine line = new GenerateProgressLine(new PrintWriter(err, true), false, "files");
        for (int quarter = 1; quarter <= 48; quarter++) {
            line.progress(after(Duration.ofMillis(250L * quarter), 250L * quarter));
        }
        line.finish();

        assertThat(err.toString().lines()).containsExactly(
                "generated 5,000 events in 5 files, 1,000.0 events/s, elapsed 00:00:05",
                "generated 10,000 events in 10 files, 1,000.0 events/s, elapsed 00:00:10");
    }

    @Test
    void on_a_terminal_rewrites_the_line_in_place_and_ends_it_before_the_summary() {
        GenerateProgressLine line = new GenerateProgressLine(new PrintWriter(err, true), true, "files");
        line.progress(after(Duration.ofMillis(250), 250));
        line.progress(after(Duration.ofMillis(500), 500));
        line.finish();

        assertThat(err.toString()).startsWith("\rgenerated 250 events").contains("\rgenerated 500 events")
                .endsWith(System.lineSeparator()).doesNotContain("\n\r");
    }

    private static GenerationSummary after(Duration elapsed, long events) {
        return new GenerationSummary("0a1b2c3d", events, events / 1_000, events, 0, Map.of(), elapsed);
    }
}
