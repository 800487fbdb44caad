package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.PartitionFiles.store;
import static dev.ingest.adapter.postgres.PartitionFiles.tally;
import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.verify.port.out.IngestedFile;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.FileTally;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIngestionAuditIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:05Z");

    private final PostgresBatchCommitter store = new PostgresBatchCommitter(DATABASE.settings(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final PostgresIngestionAudit audit = new PostgresIngestionAudit(DATABASE.settings());
    private final String stream = "stream-" + UUID.randomUUID();

    @Test
    void a_recorded_batch_lists_each_of_its_files_once_even_when_replayed() {
        BatchKey key = new BatchKey(stream, 0);
        List<FileTally> files = new ArrayList<>(store(store.writers(), key, 0, "file:/in/a%20b.csv",
                written("p-1"), written("p-2")));
        files.addAll(store(store.writers(), key, 1, "file:/in/c.csv", written("p-3")));

        store.commit(key, tally(files), NOW);
        store.commit(key, tally(files), NOW);

        assertThat(audit.files(stream)).containsExactly(
                new IngestedFile(0, "file:/in/a%20b.csv", 2), new IngestedFile(0, "file:/in/c.csv", 1));
        assertThat(audit.batches(stream)).singleElement()
                .satisfies(entry -> assertThat(entry.outcome().recordsIn()).isEqualTo(3));
        assertThat(audit.streamIds()).contains(stream);
        assertThat(audit.storedEvents()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void the_files_of_a_batch_not_recorded_yet_are_still_in_flight_and_not_listed() {
        BatchKey key = new BatchKey(stream, 1);
        store(store.writers(), key, 0, "file:/in/d.csv", written("q-1"));

        assertThat(audit.files(stream)).isEmpty();
        assertThat(audit.batches(stream)).isEmpty();
    }
}
