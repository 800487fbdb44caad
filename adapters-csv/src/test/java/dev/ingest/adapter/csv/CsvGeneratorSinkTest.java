package dev.ingest.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvGeneratorSinkTest {

    private static final Instant OPENED = Instant.parse("2025-03-01T10:15:30.042Z");
    private static final GeneratedRecord AWKWARD = GeneratedRecord.of("id-1", "user_1", "HOME-001",
            "Pan, \"Deluxe\" 28 cm", " Home & Kitchen ", "19.99", "view", "2025-03-01 10:15:30.042");

    @TempDir
    Path folder;

    @Test
    void lands_a_file_named_after_its_time_generator_and_sequence_with_the_header() throws IOException {
        String name = CsvGeneratorSink.in(folder.toUri(), Map.of())
                .land(new GeneratedFile("0a1b2c3d", 7, OPENED, List.of(AWKWARD)));

        assertThat(name).isEqualTo("events_20250301_101530_042_0a1b2c3d_000007.csv");
        assertThat(Files.readString(folder.resolve(name), StandardCharsets.UTF_8)).isEqualTo(
                "event_id,user_id,product_id,product_name,category,price,event_type,timestamp\n"
                        + "id-1,user_1,HOME-001,\"Pan, \"\"Deluxe\"\" 28 cm\",\" Home & Kitchen \",19.99,view,"
                        + "2025-03-01 10:15:30.042\n");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve(name));
        }
    }

    @Test
    void never_replaces_a_file_another_generator_landed() {
        CsvGeneratorSink zone = CsvGeneratorSink.in(folder.toUri(), Map.of());
        GeneratedFile file = new GeneratedFile("same", 1, OPENED, List.of(AWKWARD));
        zone.land(file);

        assertThatThrownBy(() -> zone.land(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("another generator landed this name");
        assertThat(folder.toFile().list()).hasSize(1);
    }

    @Test
    void refuses_an_output_path_that_is_a_file() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");

        assertThatIllegalArgumentException().isThrownBy(() -> CsvGeneratorSink.in(file.toUri(), Map.of()))
                .withMessage("output " + file + " is not a directory");
    }

    @Test
    void creates_a_missing_output_folder() {
        CsvGeneratorSink.in(folder.resolve("a/b").toUri(), Map.of())
                .land(new GeneratedFile("g", 1, OPENED, List.of(AWKWARD)));

        assertThat(LandedFiles.csvFiles(folder.resolve("a/b"))).hasSize(1);
    }
}
