package dev.ingest.bootstrap.e2e;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} with invalid and repeated records injected, then {@code stream --available-now} on the files, all
 * through the CLI: the table, the ledger, the quarantine and the metrics must match the generator's summary exactly;
 * then the same checkpoint is run again, first with nothing new, then with a file delivered a second time.
 * The tests run in order because each later one continues the same stream.
 */
@TestMethodOrder(OrderAnnotation.class)
class GeneratedEventsIT {

    private static final int FILES = 8;
    private static final int FILES_PER_BATCH = 3;
    private static final int BATCHES = 3;

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    static Path folder;

    private static GeneratorSummary generated;
    private static CliRun firstStream;

    @BeforeAll
    static void generateThenStream() {
        CliRun generate = CliRun.of("generate", "--output", raw().toString(), "--events-per-second", "100000",
                "--count", "2000", "--events-per-file", "250", "--invalid-ratio", "0.05", "--duplicate-ratio", "0.05",
                "--seed", "7", "--start-time", "2025-03-01T10:00:00Z");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        generated = GeneratorSummary.parse(generate.out());
        assertThat(generated.files()).isEqualTo(FILES);
        assertThat(generated.invalid()).isPositive();
        assertThat(generated.duplicates()).isPositive();
        firstStream = stream();
    }

    @Test
    @Order(1)
    void table_ledger_and_quarantine_match_the_generators_summary_exactly() throws IOException {
        assertThat(firstStream.exitCode()).as(firstStream.err()).isZero();

        assertThat(LedgerTable.totals(DATABASE.dsl())).isEqualTo(new LedgerTable.Totals(BATCHES, generated.events(),
                generated.valid(), generated.duplicates(), generated.invalid()));
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(generated.valid());

        List<QuarantineFiles.Row> quarantined = QuarantineFiles.read(error());
        assertThat(quarantined).hasSize((int) generated.invalid());
        Map<String, Long> byReason = quarantined.stream()
                .flatMap(row -> row.reasons().stream())
                .collect(groupingBy(reason -> reason, TreeMap::new, counting()));
        assertThat(byReason).isEqualTo(generated.invalidByReason());
        assertThat(quarantined).allSatisfy(row -> {
            boolean unsplittable = row.reasons().equals(List.of("MALFORMED_RECORD"));
            assertThat(row.rawRecord().isEmpty()).as("raw text only where fields could not be split: " + row)
                    .isEqualTo(!unsplittable);
            assertThat(row.sourceFileName()).startsWith("events_").endsWith(".csv");
        });
    }

    @Test
    @Order(2)
    void each_batch_appends_one_metrics_line_and_prints_one_console_line() throws IOException {
        List<LedgerTable.Row> ledger = LedgerTable.all(DATABASE.dsl());
        List<BatchLines.Counts> ledgerCounts = ledger.stream().map(BatchLines.Counts::of).toList();

        List<BatchLines.Metrics> metrics = BatchLines.metricsLog(metricsLog());
        assertThat(metrics).extracting(BatchLines.Metrics::counts).containsExactlyElementsOf(ledgerCounts);
        assertThat(metrics).extracting(BatchLines.Metrics::quarantinedByReason)
                .containsExactlyElementsOf(ledger.stream().map(LedgerTable.Row::reasons).toList());
        assertThat(metrics).allSatisfy(line -> {
            assertThat(line.streamId()).isEqualTo(ledger.get(0).streamId());
            assertThat(line.latencyP50()).isNotNegative().isLessThanOrEqualTo(line.latencyMax());
            assertThat(line.files()).isBetween(1L, (long) FILES_PER_BATCH);
        });
        assertThat(metrics.stream().mapToLong(BatchLines.Metrics::files).sum()).isEqualTo(FILES);

        List<BatchLines.Console> console = BatchLines.console(firstStream.out());
        assertThat(console).extracting(BatchLines.Console::counts).containsExactlyElementsOf(ledgerCounts);
        assertThat(console).extracting(BatchLines.Console::files)
                .containsExactlyElementsOf(metrics.stream().map(BatchLines.Metrics::files).toList());
    }

    @Test
    @Order(3)
    void a_restart_on_the_same_checkpoint_adds_nothing() throws IOException {
        List<LedgerTable.Row> ledgerBefore = LedgerTable.all(DATABASE.dsl());
        long storedBefore = LedgerTable.storedEvents(DATABASE.dsl());
        List<QuarantineFiles.Row> quarantineBefore = QuarantineFiles.read(error());

        CliRun restart = stream();

        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.outLines()).noneMatch(line -> line.startsWith("batch "));
        assertThat(LedgerTable.all(DATABASE.dsl())).isEqualTo(ledgerBefore);
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(storedBefore);
        assertThat(QuarantineFiles.read(error())).isEqualTo(quarantineBefore);
        assertThat(Files.readAllLines(metricsLog(), StandardCharsets.UTF_8)).hasSize(BATCHES);
    }

    @Test
    @Order(4)
    void a_file_delivered_again_under_a_new_name_adds_nothing_to_the_table() throws IOException {
        Path original = landedFiles().get(0);
        String newName = "redelivered-" + original.getFileName();
        long records = countRecords(original);
        List<QuarantineFiles.Row> quarantinedFromOriginal = QuarantineFiles.read(error()).stream()
                .filter(row -> row.sourceFileName().equals(original.getFileName().toString()))
                .toList();
        long storedBefore = LedgerTable.storedEvents(DATABASE.dsl());
        // Landed as the generator lands files: written under a dot name, then renamed.
        Path pending = raw().resolve(".redelivery.tmp");
        Files.copy(original, pending);
        Files.move(pending, raw().resolve(newName), StandardCopyOption.ATOMIC_MOVE);

        CliRun redelivery = stream();

        assertThat(redelivery.exitCode()).as(redelivery.err()).isZero();
        List<LedgerTable.Row> ledger = LedgerTable.all(DATABASE.dsl());
        assertThat(ledger).hasSize(BATCHES + 1);
        LedgerTable.Row last = ledger.get(BATCHES);
        long quarantined = quarantinedFromOriginal.size();
        assertThat(List.of(last.batchId(), last.recordsIn(), last.stored(), last.duplicates(), last.quarantined()))
                .isEqualTo(List.of((long) BATCHES, records, 0L, records - quarantined, quarantined));
        assertThat(LedgerTable.storedEvents(DATABASE.dsl())).isEqualTo(storedBefore);
        List<QuarantineFiles.Row> quarantinedAgain = QuarantineFiles.read(error()).stream()
                .filter(row -> row.sourceFileName().equals(newName))
                .map(row -> new QuarantineFiles.Row(row.fields(), row.reasons(), original.getFileName().toString(),
                        row.recordNumber(), row.rawRecord()))
                .toList();
        assertThat(quarantinedAgain).containsExactlyInAnyOrderElementsOf(quarantinedFromOriginal);
    }

    private static CliRun stream() {
        return CliRun.of(CliRun.against(DATABASE.settings(), "stream", "--input", raw().toString(),
                "--error-dir", error().toString(), "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", metricsLog().toString(), "--available-now", "--no-ui", "--master", "local[2]",
                "--max-files-per-trigger", String.valueOf(FILES_PER_BATCH)));
    }

    /** Records in an event file by a plain RFC 4180 parse, header excluded (a record with a wrong field count counts). */
    private static long countRecords(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            return parser.stream().count() - 1;
        }
    }

    private static List<Path> landedFiles() throws IOException {
        try (Stream<Path> files = Files.list(raw())) {
            return files.sorted().toList();
        }
    }

    private static Path raw() {
        return folder.resolve("raw");
    }

    private static Path error() {
        return folder.resolve("error");
    }

    private static Path metricsLog() {
        return folder.resolve("logs").resolve("metrics.jsonl");
    }
}
