package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.jooq.tables.records.UserEventsRecord;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.port.out.BatchKey;
import dev.ingest.application.port.out.BatchTally;
import dev.ingest.application.port.out.StagingWriter;
import dev.ingest.domain.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyStagingEscapingIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    private final PostgresEventStore store = new PostgresEventStore(DATABASE.settings(), Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {
            "tab\there", "new\nline", "carriage\r\nreturn", "back\\slash", "\\N", "\\.", "say \"cheese\"",
            "\"", "comma, separated", "semi;colon", "  padded  ", "Ünïcödé ✓ 商品 🚀", "'single'", ",\"\n\\\t"})
    void awkward_text_round_trips_through_copy_unchanged(String awkward) {
        BatchKey key = new BatchKey("escaping-" + Integer.toHexString(awkward.hashCode()), 0);
        StagedEvent event = staged("id-" + Integer.toHexString(awkward.hashCode())).withAllText(awkward)
                .from(awkward, 1);
        stage(key, event);

        store.commit(key, new BatchTally(1, 1, 0, Map.of(), List.of()), Instant.now());

        assertThat(storedEvent(event.event().eventId())).isEqualTo(event.event());
    }

    @Test
    void source_file_and_record_number_are_staged_as_given() {
        BatchKey key = new BatchKey("origin", 0);
        stage(key, staged("o-1").from("in \"quotes\", with\ttab.csv", 123_456_789_012L));

        assertThat(DATABASE.dsl().select(STAGED_EVENTS.SOURCE_FILE, STAGED_EVENTS.RECORD_NUMBER)
                .from(STAGED_EVENTS).where(STAGED_EVENTS.STREAM_ID.eq("origin")).fetchOne())
                .satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("in \"quotes\", with\ttab.csv");
                    assertThat(row.value2()).isEqualTo(123_456_789_012L);
                });
    }

    @Test
    void fractional_seconds_and_prices_keep_their_precision() {
        BatchKey key = new BatchKey("precision", 0);
        StagedEvent event = staged("p-1").withTime(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000));
        stage(key, event);

        store.commit(key, new BatchTally(1, 1, 0, Map.of(), List.of()), Instant.now());

        assertThat(storedEvent("p-1")).isEqualTo(event.event());
    }

    private void stage(BatchKey key, StagedEvent event) {
        try (StagingWriter writer = store.staging().open(key, 0)) {
            writer.write(event.event(), event.origin());
            writer.commit();
        }
    }

    private static Event storedEvent(String eventId) {
        UserEventsRecord row = DATABASE.dsl().selectFrom(USER_EVENTS).where(USER_EVENTS.EVENT_ID.eq(eventId))
                .fetchSingle();
        return new Event(row.getEventId(), row.getUserId(), row.getProductId(), row.getProductName(),
                row.getCategory(), row.getPrice(), dev.ingest.domain.event.EventType.fromCode(row.getEventType())
                .orElseThrow(), row.getEventTimestamp());
    }
}
