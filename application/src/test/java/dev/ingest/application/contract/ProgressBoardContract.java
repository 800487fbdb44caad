package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.domain.health.StreamProgress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgressBoard} promises whoever reads it (the dashboard, a Prometheus scraper), run against the
 * in-memory fake and each real board. Each test posts for a stream of its own, so a database may be shared.
 */
public abstract class ProgressBoardContract {

    private static final Instant AT = Instant.parse("2024-03-01T12:00:00Z");

    private final String stream = "board-" + UUID.randomUUID().toString().substring(0, 8);

    /** The board under test. */
    protected abstract ProgressBoard board();

    /** The backlog a reader of the board learns for the stream now; empty while nothing was posted for it. */
    protected abstract Optional<Backlog> backlogOf(String streamId);

    /** What a reader learns of a stream's backlog: files and bytes waiting in a landing folder, or a Kafka lag. */
    public record Backlog(long files, long bytes, OptionalLong kafkaLag) {

        public static Backlog folder(long files, long bytes) {
            return new Backlog(files, bytes, OptionalLong.empty());
        }

        public static Backlog kafka(long lag) {
            return new Backlog(0, 0, OptionalLong.of(lag));
        }

        /** As posted: a Kafka source's progress has a lag, and no files or bytes (posted as 0). */
        public static Backlog of(StreamProgress progress) {
            return progress.kafkaLag().isPresent() ? kafka(progress.kafkaLag().getAsLong())
                    : folder(progress.backlogFiles(), progress.backlogBytes());
        }

        /** The stream's backlog among the latest progress of each stream, as a health view lists it. */
        public static Optional<Backlog> ofStream(String streamId, List<StreamProgress> latest) {
            return latest.stream().filter(progress -> progress.streamId().equals(streamId)).map(Backlog::of)
                    .findFirst();
        }
    }

    @Test
    void nothing_is_shown_before_the_first_post() {
        assertThat(backlogOf(stream)).isEmpty();
    }

    @Test
    void a_post_replaces_what_the_stream_posted_before() {
        board().post(new StreamProgress(stream, AT, 5, 500, OptionalLong.empty()));
        board().post(new StreamProgress(stream, AT.plusSeconds(5), 2, 200, OptionalLong.empty()));

        assertThat(backlogOf(stream)).hasValue(Backlog.folder(2, 200));
    }

    @Test
    void a_folder_emptied_shows_zero_not_nothing() {
        board().post(new StreamProgress(stream, AT, 5, 500, OptionalLong.empty()));
        board().post(new StreamProgress(stream, AT.plusSeconds(5), 0, 0, OptionalLong.empty()));

        assertThat(backlogOf(stream)).hasValue(Backlog.folder(0, 0));
    }

    @Test
    void a_kafka_source_shows_its_latest_lag() {
        board().post(new StreamProgress(stream, AT, 0, 0, OptionalLong.of(70)));
        board().post(new StreamProgress(stream, AT.plusSeconds(5), 0, 0, OptionalLong.of(42)));

        assertThat(backlogOf(stream)).hasValue(Backlog.kafka(42));
    }
}
