package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.domain.event.Event;
import java.util.List;
import org.jooq.DSLContext;

/** Test helper: puts events straight into {@code user_events}, for the reports to read. */
final class UserEventsTable {

    private UserEventsTable() {
    }

    /**
     * Empties the table, then inserts the events in the order given, so their ids follow that order, and catches the
     * reports up with them, as a stream's schedule would.
     */
    static void replaceWith(DSLContext dsl, List<Event> events) {
        dsl.truncate(USER_EVENTS).restartIdentity().execute();
        for (Event event : events) {
            dsl.insertInto(USER_EVENTS)
                    .set(USER_EVENTS.EVENT_ID, event.eventId())
                    .set(USER_EVENTS.USER_ID, event.userId())
                    .set(USER_EVENTS.PRODUCT_ID, event.productId())
                    .set(USER_EVENTS.PRODUCT_NAME, event.productName())
                    .set(USER_EVENTS.CATEGORY, event.category())
                    .set(USER_EVENTS.PRICE, event.price())
                    .set(USER_EVENTS.EVENT_TYPE, event.eventType().code())
                    .set(USER_EVENTS.EVENT_TIMESTAMP, event.eventTime())
                    .execute();
        }
        dsl.execute("SELECT rollups_fold_committed()");
    }
}
