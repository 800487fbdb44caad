package dev.ingest.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.bootstrap.testing.QuarantineFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of awkward files (src/test/resources/e2e/awkward) streamed in one run through the CLI, with the expected
 * fate of every record: stored, duplicate or quarantined with its reason and text, and nothing else.
 */
class AwkwardFilesIT {

    private static final String CORPUS = "/e2e/awkward/";
    private static final List<String> CORPUS_FILES = List.of("bom.csv", "crlf.csv", "header-only.csv", "empty.csv",
            "quoted.csv", "wrong-field-count.csv", "broken-quoting.csv", "wrong-header.csv", "reordered-header.csv",
            "extra-column.csv", "nul.csv", "invalid-utf8.csv", "notes.txt", ".partial.csv", "_underscore.csv");

    /** What becomes of each file's records; files absent here (notes.txt, .partial.csv, _underscore.csv) are not read. */
    private static final List<Fate> EXPECTED = List.of(
            new Fate("bom.csv", 2, List.of("bom-1", "bom-2"), 0, List.of()),
            new Fate("crlf.csv", 2, List.of("crlf-1", "crlf-2"), 0, List.of()),
            new Fate("header-only.csv", 0, List.of(), 0, List.of()),
            new Fate("empty.csv", 0, List.of(), 0, List.of()),
            // Record 4 repeats bom-1 from bom.csv, another file of the same batch: one of the two is a duplicate.
            new Fate("quoted.csv", 4, List.of("quote-2", "quote-3"), 1, List.of(
                    Quarantined.fields(1, "INVALID_PRICE", "quote-1"))),
            new Fate("wrong-field-count.csv", 4, List.of("shape-1", "shape-4"), 0, List.of(
                    Quarantined.raw(2, "MALFORMED_RECORD",
                            "shape-2,user-6,P008,Mug,Home & Kitchen,8.00,view,2025-03-01 10:03:01,extra"),
                    Quarantined.raw(3, "MALFORMED_RECORD", "shape-3,user-6,P008,Mug,Home & Kitchen,8.00,view"))),
            new Fate("broken-quoting.csv", 5, List.of("broken-1", "broken-3", "broken-5"), 0, List.of(
                    Quarantined.raw(2, "MALFORMED_RECORD",
                            "broken-2,user-7,P009,\"Pen\"s,Books,1.20,view,2025-03-01 10:04:01"),
                    Quarantined.raw(4, "MALFORMED_RECORD",
                            "broken-4,user-7,P009,\"Pen,Books,1.20,view,2025-03-01 10:04:03"))),
            // The parser's documented behaviour: a header that lacks one of the eight columns makes every row a schema
            // mismatch, and is no record itself.
            new Fate("wrong-header.csv", 2, List.of(), 0, List.of(
                    Quarantined.raw(1, "SCHEMA_MISMATCH", "wrong-1,user-8,P010,Ball,Sports,15.00,view,2025-03-01 10:05:00"),
                    Quarantined.raw(2, "SCHEMA_MISMATCH", "wrong-2,user-8,P010,Ball,Sports,15.00,view,2025-03-01 10:05:01"))),
            new Fate("reordered-header.csv", 1, List.of("reordered-1"), 0, List.of()),
            // A column a producer added is ignored; a row without its value has the wrong number of fields.
            new Fate("extra-column.csv", 3, List.of("extra-1", "extra-2"), 0, List.of(Quarantined.raw(3,
                    "MALFORMED_RECORD", "extra-3,user-9,P012,Yoga Mat,Sports,25.00,purchase,2025-03-01 10:07:02"))),
            new Fate("nul.csv", 2, List.of("nul-2"), 0, List.of(Quarantined.fields(1, "INVALID_CHARACTERS", "nul-1"))),
            new Fate("invalid-utf8.csv", 2, List.of("utf8-2"), 0, List.of(
                    Quarantined.fields(1, "INVALID_CHARACTERS", "utf8-1"))));

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @TempDir
    static Path folder;

    private static CliRun run;

    record Fate(String file, int recordsIn, List<String> stored, int duplicates, List<Quarantined> quarantined) {

        Fate {
            if (recordsIn != stored.size() + duplicates + quarantined.size()) {
                throw new IllegalArgumentException(file + ": the expected fates do not add up to " + recordsIn);
            }
        }
    }

    /** A quarantined record: split into fields (event id given, no raw text) or not (raw text given, no fields). */
    record Quarantined(String file, long recordNumber, String reasons, String eventId, String rawRecord) {

        static Quarantined fields(long recordNumber, String reasons, String eventId) {
            return new Quarantined(null, recordNumber, reasons, eventId, "");
        }

        static Quarantined raw(long recordNumber, String reasons, String rawRecord) {
            return new Quarantined(null, recordNumber, reasons, "", rawRecord);
        }

        Quarantined in(String file) {
            return new Quarantined(file, recordNumber, reasons, eventId, rawRecord);
        }

        static Quarantined of(QuarantineFiles.Row row) {
            return new Quarantined(row.sourceFileName(), row.recordNumber(), String.join(";", row.reasons()),
                    row.eventId(), row.rawRecord());
        }
    }

    @BeforeAll
    static void streamTheCorpus() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        for (String name : CORPUS_FILES) {
            try (InputStream file = AwkwardFilesIT.class.getResourceAsStream(CORPUS + name)) {
                assertThat(file).as("corpus file " + name).isNotNull();
                Files.copy(file, input.resolve(name));
            }
        }
        run = CliRun.of(CliRun.against(DATABASE.settings(), "stream", "--input", input.toString(),
                "--error-dir", folder.resolve("error").toString(), "--checkpoint", folder.resolve("checkpoint").toString(),
                "--metrics-log", folder.resolve("metrics.jsonl").toString(), "--available-now", "--no-ui",
                "--master", "local[2]", "--max-files-per-trigger", "100"));
    }

    @Test
    void the_stream_survives_every_file_and_accounts_for_every_record() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(LedgerTable.totals(DATABASE.dsl())).isEqualTo(new LedgerTable.Totals(1,
                EXPECTED.stream().mapToLong(Fate::recordsIn).sum(),
                EXPECTED.stream().mapToLong(fate -> fate.stored().size()).sum(),
                EXPECTED.stream().mapToLong(Fate::duplicates).sum(),
                EXPECTED.stream().mapToLong(fate -> fate.quarantined().size()).sum()));
    }

    @Test
    void exactly_the_expected_events_are_stored_with_their_values_in_the_right_columns() {
        Map<String, List<String>> stored = storedEvents();

        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED.stream().flatMap(fate -> fate.stored().stream()).toList());
        // BOM dropped from the first field; of the repeated id, the copy whose partition was stored first is kept
        // (the two files are read by parallel partitions of one batch), the other counted as a duplicate.
        assertThat(stored.get("bom-1")).isIn(
                List.of("bom-1", "user-1", "P001", "Desk Lamp", "Home & Kitchen", "19.99", "view", "2025-03-01 10:00:00"),
                List.of("bom-1", "user-9", "P001", "Desk Lamp", "Home & Kitchen", "19.99", "view", "2025-03-01 10:02:03"));
        assertThat(stored.get("crlf-2")).containsExactly("crlf-2", "user-3", "P004", "Scarf", "Clothing", "12.30",
                "view", "2025-03-01 10:01:01");
        assertThat(stored.get("quote-2").get(3)).isEqualTo("Lamp, \"deluxe\"");
        assertThat(stored.get("quote-3").get(3)).isEqualTo("Two\nlines");
        assertThat(stored.get("reordered-1")).containsExactly("reordered-1", "user-9", "P011", "Tennis Racket",
                "Sports", "99.90", "purchase", "2025-03-01 10:06:00");
        assertThat(stored.get("utf8-2").get(3)).isEqualTo("Café Table");
    }

    @Test
    void exactly_the_expected_records_are_quarantined_with_reason_and_text() throws IOException {
        List<QuarantineFiles.Row> rows = QuarantineFiles.read(folder.resolve("error"));

        assertThat(rows.stream().map(Quarantined::of)).containsExactlyInAnyOrderElementsOf(EXPECTED.stream()
                .flatMap(fate -> fate.quarantined().stream().map(quarantined -> quarantined.in(fate.file())))
                .toList());
        Map<String, QuarantineFiles.Row> byId = rows.stream().filter(row -> !row.eventId().isEmpty())
                .collect(Collectors.toMap(QuarantineFiles.Row::eventId, Function.identity()));
        assertThat(byId.get("quote-1").fields()).containsExactly("quote-1", "user-4", "P005", "Lamp, \"deluxe\"",
                "Home & Kitchen", "1,5", "view", "2025-03-01 10:02:00");
        assertThat(byId.get("nul-1").fields().get(3)).isEqualTo("Sham\u0000poo");
        assertThat(byId.get("utf8-1").fields().get(3)).isEqualTo("Caf\uFFFD( Table");
    }

    @Test
    void files_that_are_not_csv_or_still_being_written_are_not_read() throws IOException {
        List<String> quarantinedText = QuarantineFiles.read(folder.resolve("error")).stream()
                .flatMap(row -> Stream.concat(row.fields().stream(), Stream.of(row.rawRecord(), row.sourceFileName())))
                .toList();
        for (String ignored : List.of("notes", "partial", "underscore")) {
            assertThat(storedEvents().keySet()).noneMatch(id -> id.startsWith(ignored));
            assertThat(quarantinedText).noneMatch(text -> text.contains(ignored));
        }
    }

    /** Every stored event's columns as text, by event id. */
    private static Map<String, List<String>> storedEvents() {
        return DATABASE.dsl().fetch("SELECT event_id, user_id, product_id, product_name, category, price::text,"
                        + " event_type, to_char(event_timestamp, 'YYYY-MM-DD HH24:MI:SS') FROM user_events")
                .stream()
                .collect(Collectors.toMap(r -> r.get(0, String.class),
                        r -> IntStream.range(0, 8).mapToObj(i -> r.get(i, String.class)).toList()));
    }
}
