package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.adapter.postgres.jooq.tables.records.UserEventsRecord;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.FileRead;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a field holds, COPY stores exactly that: the rows {@link EventRows} writes are read back unchanged. */
class EventRowsEscapingIT {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @ParameterizedTest
    @ValueSource(strings = {
            "tab\there", "new\nline", "carriage\r\nreturn", "back\\slash", "\\N", "\\.", "say \"cheese\"",
            "\"", "comma, separated", "semi;colon", "  padded  ", "Ünïcödé ✓ 商品 🚀", "'single'", ",\"\n\\\t", "",
            "NULL", " "})
    void awkward_text_round_trips_through_copy_unchanged(String awkward) {
        String id = "id-" + Integer.toHexString(awkward.hashCode());
        Event event = written(id).withAllText(awkward).event();

        store(new BatchKey("escaping-" + id, 0), event);

        assertThat(storedEvent(id)).isEqualTo(event);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1_000, 470_000_000, 123_456_000, 999_999_000, 1})
    void fractional_seconds_keep_their_microseconds(int nanos) {
        String id = "p-" + nanos;
        Event event = written(id).withTime(LocalDateTime.of(2024, 2, 29, 23, 59, 59, nanos)).event();

        store(new BatchKey("precision-" + nanos, 0), event);

        // PostgreSQL keeps microseconds, rounding finer digits.
        assertThat(storedEvent(id).eventTime()).isEqualTo(event.eventTime().withNano((int) Math.round(nanos / 1000.0) * 1000));
    }

    private static void store(BatchKey key, Event event) {
        try (PartitionWriter writer = new PostgresPartitionWriterFactory(DATABASE.settings()).open(key, 0)) {
            writer.write(event, new Origin("a.csv", 1));
            writer.commit(List.of(new FileRead("a.csv", Instant.EPOCH, 1, 0)));
        }
    }

    private static Event storedEvent(String eventId) {
        UserEventsRecord row = DATABASE.dsl().selectFrom(USER_EVENTS).where(USER_EVENTS.EVENT_ID.eq(eventId))
                .fetchSingle();
        return new Event(row.getEventId(), row.getUserId(), row.getProductId(), row.getProductName(),
                row.getCategory(), row.getPrice(), EventType.fromCode(row.getEventType()).orElseThrow(),
                row.getEventTimestamp());
    }
}
