package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.WrittenEvent.written;
import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.batch.LandedFile;
import dev.ingest.adapter.postgres.jooq.tables.records.UserEventsRecord;
import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.ingest.port.out.PartitionWriter;
import dev.ingest.domain.batch.BatchKey;
import dev.ingest.domain.batch.UnitRead;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a field holds, COPY stores exactly that: the rows {@link EventRows} writes are read back unchanged, a price
 * is encoded byte for byte as the server's {@code numeric_send}, and a time stores as the server reads it written out.
 */
class EventRowsRoundTripIT {

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
    @ValueSource(ints = {0, 1_000, 470_000_000, 123_456_000, 999_999_000, 1, 499, 500, 501, 1_500, 2_500,
            123_456_500, 999_999_499, 999_999_500, 999_999_999})
    void fractional_seconds_store_as_the_server_reads_them_written_out(int nanos) {
        String id = "p-" + nanos;
        // The last second of a leap day: rounding up carries into March.
        LocalDateTime time = LocalDateTime.of(2024, 2, 29, 23, 59, 59, nanos);
        Event event = written(id).withTime(time).event();

        store(new BatchKey("precision-" + nanos, 0), event);

        LocalDateTime readFromText = DATABASE.dsl().select(DSL.cast(DSL.inline(time.toString().replace('T', ' ')),
                SQLDataType.LOCALDATETIME)).fetchSingle().value1();
        assertThat(storedEvent(id).eventTime()).isEqualTo(readFromText);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "0.01", "0.10", "1.00", "19.99", "100.00", "9999.99", "10000.00", "10000.01",
            "12345678.90", "10000000.00", "99999999.99", "-0.01", "-19.99", "-10000.00"})
    void prices_are_encoded_as_the_server_encodes_numeric(String price) {
        RowBytes ours = new RowBytes();
        EventRows.numeric(ours, new BigDecimal(price));

        byte[] servers = DATABASE.dsl().select(DSL.field("numeric_send({0}::numeric(10, 2))", byte[].class,
                DSL.inline(price))).fetchSingle().value1();
        assertThat(Arrays.copyOfRange(ours.toByteArray(), 4, ours.length())).isEqualTo(servers);
        Event event = written("price" + price).withPrice(new BigDecimal(price)).event();
        store(new BatchKey("price-" + price, 0), event);
        assertThat(storedEvent("price" + price)).isEqualTo(event);
    }

    private static void store(BatchKey key, Event event) {
        try (PartitionWriter writer = new PostgresPartitionWriterFactory(DATABASE.settings()).open(key, 0)) {
            writer.write(event, new Origin("a.csv", 1));
            writer.commit(List.of(new UnitRead(new LandedFile("a.csv"), Instant.EPOCH, 1, 0)));
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
