package dev.ingest.bootstrap.e2e;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.MiniHdfs;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder on a real HDFS (a MiniDFSCluster in this JVM), through the CLI: {@code generate} lands its files on
 * {@code hdfs://}, {@code stream} takes them from there with its quarantine and checkpoint on {@code hdfs://} too, and
 * {@code verify} counts the files there and accounts for every record. The tests run in order: each continues the same
 * stream.
 */
@TestMethodOrder(OrderAnnotation.class)
class HdfsStreamIT {

    private static final int FILES = 3;

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    @TempDir
    static Path local;

    private static CliRun generate;
    private static GeneratorSummary generated;
    private static CliRun firstStream;

    @BeforeAll
    static void generateThenStream() {
        generate = CliRun.of("generate", "--output", raw().toString(), "--count", "300", "--events-per-file", "100",
                "--events-per-second", "100000", "--invalid-ratio", "0.1", "--duplicate-ratio", "0.1", "--seed", "13",
                "--start-time", "2025-03-01T10:00:00Z");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        generated = GeneratorSummary.parse(generate.out());
        firstStream = stream();
    }

    @Test
    @Order(1)
    void the_generator_lands_whole_files_on_hdfs() throws IOException {
        assertThat(generate.out()).contains("in " + FILES + " files to " + raw());

        FileStatus[] landed = HDFS.fileSystem().listStatus(new org.apache.hadoop.fs.Path(raw()));
        assertThat(landed).extracting(file -> file.getPath().getName()).hasSize(FILES)
                .allMatch(name -> name.matches("events_.*\\.csv"));
    }

    @Test
    @Order(2)
    void every_record_is_stored_a_duplicate_or_quarantined_exactly_once_with_the_quarantine_on_hdfs()
            throws IOException {
        assertThat(firstStream.exitCode()).as(firstStream.err()).isZero();

        assertThat(LedgerTable.totals(DATABASE.dsl())).isEqualTo(new LedgerTable.Totals(FILES, generated.events(),
                generated.valid(), generated.duplicates(), generated.invalid()));
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(generated.valid());
        List<QuarantineFiles.Row> quarantined = quarantine();
        assertThat(quarantined).hasSize((int) generated.invalid());
        Map<String, Long> byReason = quarantined.stream().flatMap(row -> row.reasons().stream())
                .collect(groupingBy(reason -> reason, TreeMap::new, counting()));
        assertThat(byReason).isEqualTo(generated.invalidByReason());
    }

    @Test
    @Order(3)
    void verify_counts_the_files_on_hdfs_and_accounts_for_every_record() {
        CliRun verified = verify();

        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains(": input " + raw() + ", quarantine " + error(),
                String.format("Total: %d files, %d records arrived; %d in = %d stored + %d duplicates + %d quarantined",
                        FILES, generated.events(), generated.events(), generated.valid(), generated.duplicates(),
                        generated.invalid()),
                "Every record is accounted for.");
        assertThat(Pattern.compile("events_\\S+\\.csv +100 +\\d +100 +ok").matcher(verified.out()).results())
                .as("each file counted where it landed and recorded by its batch").hasSize(FILES);
    }

    @Test
    @Order(4)
    void a_restart_on_the_same_checkpoint_adds_nothing() throws IOException {
        List<LedgerTable.Row> ledgerBefore = LedgerTable.all(DATABASE.dsl());
        List<QuarantineFiles.Row> quarantineBefore = quarantine();

        CliRun restart = stream();

        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.outLines()).noneMatch(line -> line.startsWith("batch "));
        assertThat(LedgerTable.all(DATABASE.dsl())).isEqualTo(ledgerBefore);
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(generated.valid());
        assertThat(quarantine()).isEqualTo(quarantineBefore);
    }

    private static CliRun stream() {
        return CliRun.of(CliRun.against(DATABASE.settings(), "stream", "--input", raw().toString(),
                "--error-dir", error().toString(), "--checkpoint", checkpoint().toString(),
                "--metrics-log", local.resolve("metrics.jsonl").toString(), "--available-now", "--no-ui",
                "--master", "local[2]", "--max-files-per-trigger", "1"));
    }

    private static CliRun verify() {
        return CliRun.of(CliRun.against(DATABASE.settings(), "verify", "--input", raw().toString(),
                "--error-dir", error().toString(), "--checkpoint", checkpoint().toString()));
    }

    private static List<QuarantineFiles.Row> quarantine() throws IOException {
        return QuarantineFiles.read(HDFS.fileSystem(), new org.apache.hadoop.fs.Path(error()));
    }

    private static URI raw() {
        return HDFS.uri("raw");
    }

    private static URI error() {
        return HDFS.uri("error");
    }

    private static URI checkpoint() {
        return HDFS.uri("checkpoint");
    }
}
