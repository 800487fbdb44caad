package dev.ingest.application.health.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryBatchCommitter;
import dev.ingest.application.fake.InMemoryIngestionHealth;
import dev.ingest.domain.health.StreamProgress;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PostProgressServiceTest {

    private final InMemoryIngestionHealth health = new InMemoryIngestionHealth(new InMemoryBatchCommitter());

    @Test
    void a_posted_progress_replaces_the_stream_s_last_one_on_the_board_the_dashboard_reads() {
        PostProgressService service = new PostProgressService(health);
        StreamProgress first = new StreamProgress("s-1", Instant.parse("2024-03-01T10:00:00Z"), 3, 300,
                OptionalLong.empty());
        StreamProgress later = new StreamProgress("s-1", Instant.parse("2024-03-01T10:00:01Z"), 1, 100,
                OptionalLong.empty());

        service.post(first);
        service.post(later);

        assertThat(health.latestProgress()).containsExactly(later);
    }
}
