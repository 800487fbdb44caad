package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest demo}, the README's run command, on a short run: it balances its account and prints both reports. */
class DemoIT {

    private static final Pattern GENERATED = Pattern.compile("Generated (\\d+) events: (\\d+) valid, (\\d+) repeated ids");

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    Path folder;

    @Test
    void a_short_demo_accounts_for_every_record_and_prints_the_reports() throws IOException {
        Path metricsLog = folder.resolve("logs").resolve("metrics.jsonl");

        CliRun demo = CliRun.of(CliRun.against(DATABASE.settings(), "demo", "--duration", "3",
                "--events-per-second", "100", "--no-ui", "--master", "local[2]",
                "--work-dir", folder.resolve("demo").toString(), "--metrics-log", metricsLog.toString()));

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Every record is accounted for.", "Report summary:", "Report top-products:",
                "Metrics log: " + metricsLog.toAbsolutePath());
        assertThat(demo.outLines()).anyMatch(line -> line.matches("batch \\d+: .* stored, .*"));
        assertThat(demo.outLines()).last().satisfies(line -> assertThat(line)
                .startsWith("Dashboard:   ingest dashboard --jdbc-url " + DATABASE.settings().jdbcUrl()));
        Matcher generated = GENERATED.matcher(demo.out());
        assertThat(generated.find()).as(demo.out()).isTrue();
        assertThat(Long.parseLong(generated.group(1))).isPositive();
        assertThat(LedgerTable.totals(DATABASE.dsl()).recordsIn()).isEqualTo(Long.parseLong(generated.group(1)));
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(Long.parseLong(generated.group(2)));
        String reports = demo.out().substring(demo.out().indexOf("Report summary:"));
        assertThat(reports).contains("view", "add_to_cart", "purchase");
        List<String> metrics = Files.readAllLines(metricsLog, StandardCharsets.UTF_8);
        assertThat(metrics).isNotEmpty().allMatch(line -> line.startsWith("{\"stream_id\":"));
    }
}
