package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A valid file larger than the stream's whole heap: a stream JVM with {@code -Xmx600m} reads a ~660 MB file as a
 * stream, is killed with SIGKILL while it COPYs the file, leaves nothing of it visible, and a restart stores every
 * event exactly once. (Read whole, as the first design did, the file's text alone would need twice its size.)
 */
@ExtendWith(LeftoverStreams.class)
class LargeFileIT {

    private static final int EVENTS = 2_200_000;
    private static final String HEAP = "600m";
    private static final String LONG_NAME = "Product with a long name ".repeat(9).strip();

    @Test
    void a_file_larger_than_the_heap_killed_during_its_copy_is_stored_exactly_once_on_restart() throws IOException {
        StreamWorkspace workspace = StreamWorkspace.fresh("large-file").withHeap(HEAP);
        Path file = landLargeFile(workspace.input().resolve("large.csv"));
        assertThat(Files.size(file)).as("file size").isGreaterThan(630L << 20);

        try (DatabaseProbe probe = new DatabaseProbe(workspace.database())) {
            StreamProcess stream = workspace.stream("--trigger", "0");
            boolean copying = Poll.until(() -> probe.activeCopies() > 0 || !stream.isAlive(), 10, 24_000);
            assertThat(stream.isAlive()).as("stream alive until its COPY; stderr:%n%s", stream.stderr()).isTrue();
            assertThat(copying).as("a COPY of the large file was seen").isTrue();
            stream.kill();
            System.out.printf("[faults] kill -9 during the COPY of a %d MB file%n", Files.size(file) >> 20);

            assertThat(probe.distinctEventIds()).as("events visible after the kill").isZero();
            assertThat(probe.ledgerRows()).isZero();

            StreamProcess restart = workspace.streamAvailableNow();
            assertThat(restart.awaitExit()).as("restart; stderr:%n%s", restart.stderr()).isZero();
            assertThat(probe.distinctEventIds()).isEqualTo(EVENTS);
            assertThat(probe.ledger()).singleElement().satisfies(batch -> {
                assertThat(batch.recordsIn()).isEqualTo(EVENTS);
                assertThat(batch.stored()).isEqualTo(EVENTS);
            });
        }
        Verification verification = Verification.of(workspace);
        assertThat(verification.exitCode()).as(verification.toString()).isZero();
    }

    /** Writes the file under a dot name, then renames it into the landing folder, as producers must. */
    private static Path landLargeFile(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path hidden = target.resolveSibling("." + target.getFileName());
        try (BufferedWriter out = Files.newBufferedWriter(hidden, StandardCharsets.UTF_8)) {
            out.write("event_id,user_id,product_id,product_name,category,price,event_type,timestamp\n");
            for (int i = 0; i < EVENTS; i++) {
                out.write("large-" + i + ",user-" + (i % 1000) + ",product-" + (i % 50) + "," + LONG_NAME
                        + ",Home & Kitchen,19.99,view,2025-03-01 12:" + String.format("%02d:%02d", i / 60 % 60, i % 60)
                        + "\n");
            }
        }
        return Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
