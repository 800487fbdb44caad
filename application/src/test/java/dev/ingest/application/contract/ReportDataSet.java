package dev.ingest.application.contract;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Thirteen hand-made events on 2024-03-01 whose report figures are worked out by hand in {@link ReportsContract},
 * listed in the order they are stored:
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
public final class ReportDataSet {

    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 0, 0);

    public static final List<Event> EVENTS = List.of(
            event("e01", "u1", "p1", "Lamp", "Home", "10.00", EventType.VIEW, 9, 10),
            event("e02", "u1", "p1", "Lamp", "Home", "10.00", EventType.ADD_TO_CART, 9, 20),
            event("e03", "u1", "p1", "Lamp", "Home", "10.00", EventType.PURCHASE, 9, 30),
            event("e04", "u2", "p1", "Lamp", "Home", "10.00", EventType.VIEW, 9, 40),
            event("e05", "u2", "p2", "Rug", "Home", "25.50", EventType.VIEW, 10, 5),
            event("e06", "u2", "p2", "Rug", "Home", "25.50", EventType.ADD_TO_CART, 10, 10),
            event("e07", "u3", "p3", "Phone", "Tech", "333.33", EventType.VIEW, 10, 15),
            event("e08", "u3", "p3", "Phone", "Tech", "333.33", EventType.ADD_TO_CART, 10, 20),
            event("e09", "u3", "p3", "Phone", "Tech", "333.33", EventType.PURCHASE, 10, 25),
            event("e10", "u4", "p3", "Phone", "Tech", "333.34", EventType.PURCHASE, 11, 0),
            event("e11", "u4", "p4", "Cable", "Tech", "5.99", EventType.PURCHASE, 11, 30),
            event("e12", "u1", "p4", "Cable", "Tech", "5.99", EventType.VIEW, 11, 45),
            event("e13", "u5", "p2", "Rug", "Home", "25.50", EventType.VIEW, 11, 45));

    private ReportDataSet() {
    }

    public static LocalDateTime at(int hour, int minute) {
        return DAY.withHour(hour).withMinute(minute);
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static Event event(String eventId, String userId, String productId, String productName, String category,
            String price, EventType type, int hour, int minute) {
        return new Event(eventId, userId, productId, productName, category, money(price), type, at(hour, minute));
    }
}
