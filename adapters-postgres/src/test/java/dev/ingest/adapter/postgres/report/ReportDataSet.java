package dev.ingest.adapter.postgres.report;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jooq.DSLContext;

/**
 * Thirteen hand-made events on 2024-03-01 whose report figures are worked out by hand in each report's test.
 *
 * <pre>
 * e01 u1 p1 Lamp  Home  10.00  view        09:10    e08 u3 p3 Phone Tech 333.33 add_to_cart 10:20
 * e02 u1 p1 Lamp  Home  10.00  add_to_cart 09:20    e09 u3 p3 Phone Tech 333.33 purchase    10:25
 * e03 u1 p1 Lamp  Home  10.00  purchase    09:30    e10 u4 p3 Phone Tech 333.34 purchase    11:00
 * e04 u2 p1 Lamp  Home  10.00  view        09:40    e11 u4 p4 Cable Tech   5.99 purchase    11:30
 * e05 u2 p2 Rug   Home  25.50  view        10:05    e12 u1 p4 Cable Tech   5.99 view        11:45
 * e06 u2 p2 Rug   Home  25.50  add_to_cart 10:10    e13 u5 p2 Rug   Home  25.50 view        11:45 (same time as e12)
 * e07 u3 p3 Phone Tech 333.33  view        10:15
 * </pre>
 */
final class ReportDataSet {

    static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 0, 0);

    private ReportDataSet() {
    }

    /** Inserts the events in the order listed, so ids follow event numbers. */
    static void insert(DSLContext dsl) {
        event(dsl, "e01", "u1", "p1", "Lamp", "Home", "10.00", "view", 9, 10);
        event(dsl, "e02", "u1", "p1", "Lamp", "Home", "10.00", "add_to_cart", 9, 20);
        event(dsl, "e03", "u1", "p1", "Lamp", "Home", "10.00", "purchase", 9, 30);
        event(dsl, "e04", "u2", "p1", "Lamp", "Home", "10.00", "view", 9, 40);
        event(dsl, "e05", "u2", "p2", "Rug", "Home", "25.50", "view", 10, 5);
        event(dsl, "e06", "u2", "p2", "Rug", "Home", "25.50", "add_to_cart", 10, 10);
        event(dsl, "e07", "u3", "p3", "Phone", "Tech", "333.33", "view", 10, 15);
        event(dsl, "e08", "u3", "p3", "Phone", "Tech", "333.33", "add_to_cart", 10, 20);
        event(dsl, "e09", "u3", "p3", "Phone", "Tech", "333.33", "purchase", 10, 25);
        event(dsl, "e10", "u4", "p3", "Phone", "Tech", "333.34", "purchase", 11, 0);
        event(dsl, "e11", "u4", "p4", "Cable", "Tech", "5.99", "purchase", 11, 30);
        event(dsl, "e12", "u1", "p4", "Cable", "Tech", "5.99", "view", 11, 45);
        event(dsl, "e13", "u5", "p2", "Rug", "Home", "25.50", "view", 11, 45);
    }

    static LocalDateTime at(int hour, int minute) {
        return DAY.withHour(hour).withMinute(minute);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static void event(DSLContext dsl, String eventId, String userId, String productId, String productName,
            String category, String price, String eventType, int hour, int minute) {
        dsl.insertInto(USER_EVENTS)
                .set(USER_EVENTS.EVENT_ID, eventId)
                .set(USER_EVENTS.USER_ID, userId)
                .set(USER_EVENTS.PRODUCT_ID, productId)
                .set(USER_EVENTS.PRODUCT_NAME, productName)
                .set(USER_EVENTS.CATEGORY, category)
                .set(USER_EVENTS.PRICE, money(price))
                .set(USER_EVENTS.EVENT_TYPE, eventType)
                .set(USER_EVENTS.EVENT_TIMESTAMP, at(hour, minute))
                .execute();
    }
}
