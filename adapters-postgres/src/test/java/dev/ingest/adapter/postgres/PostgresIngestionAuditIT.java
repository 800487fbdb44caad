package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.IngestedFile;
import dev.ingest.application.port.out.SourceFileTally;
import dev.ingest.application.port.out.StagingWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIngestionAuditIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant LANDED = Instant.parse("2024-03-01T11:59:00Z");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:05Z");

    private final PostgresEventStore store = new PostgresEventStore(DATABASE.settings(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final PostgresIngestionAudit audit = new PostgresIngestionAudit(DATABASE.settings());
    private final String stream = "stream-" + UUID.randomUUID();

    @Test
    void a_commit_records_each_input_file_of_the_batch_once_even_when_replayed() {
        BatchKey key = new BatchKey(stream, 0);
        stage(key, "p-1", "p-2", "p-3");
        BatchTally tally = tally(3, file("file:/in/a%20b.csv", 2), file("file:/in/c.csv", 1));

        store.commit(key, tally, NOW);
        store.commit(key, tally, NOW);

        assertThat(audit.files(stream)).containsExactly(
                new IngestedFile(0, "file:/in/a%20b.csv", 2), new IngestedFile(0, "file:/in/c.csv", 1));
        assertThat(audit.batches(stream)).singleElement()
                .satisfies(entry -> assertThat(entry.outcome().recordsIn()).isEqualTo(3));
        assertThat(audit.streamIds()).contains(stream);
        assertThat(audit.storedEvents()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_commit_that_fails_records_no_file() {
        BatchKey key = new BatchKey(stream, 1);
        stage(key, "q-1");

        assertThatThrownBy(() -> store.commit(key, tally(2, file("file:/in/d.csv", 2)), NOW))
                .isInstanceOf(IllegalStateException.class);

        assertThat(audit.files(stream)).isEmpty();
        assertThat(audit.batches(stream)).isEmpty();
    }

    @Test
    void a_path_reported_twice_in_one_batch_is_one_row_with_both_counts() {
        BatchKey key = new BatchKey(stream, 2);
        stage(key, "r-1", "r-2");

        store.commit(key, tally(2, file("file:/in/e.csv", 1), file("file:/in/e.csv", 1)), NOW);

        assertThat(audit.files(stream)).containsExactly(new IngestedFile(2, "file:/in/e.csv", 2));
    }

    private void stage(BatchKey key, String... eventIds) {
        try (StagingWriter writer = store.staging().open(key, 0)) {
            for (String eventId : eventIds) {
                StagedEvent event = staged(eventId);
                writer.write(event.event(), event.origin());
            }
            writer.commit();
        }
    }

    private static BatchTally tally(long staged, SourceFileTally... files) {
        return new BatchTally(staged, staged, 0, Map.of(), List.of(files));
    }

    private static SourceFileTally file(String path, long records) {
        return new SourceFileTally(path, LANDED, records);
    }
}
