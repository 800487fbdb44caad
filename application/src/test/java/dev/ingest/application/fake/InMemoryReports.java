package dev.ingest.application.fake;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.groupingBy;

import dev.ingest.application.report.port.out.Reports;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.HourlyEventsRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.ReportQuery;
import dev.ingest.domain.report.TopProductRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reports computed in memory over the events a test stored, with the PostgreSQL adapter's semantics: money
 * rounded half up to 2 decimals, event types in the order of their codes, a recent list of at most 100 events when
 * no limit is given; remembers the queries it was asked.
 */
public final class InMemoryReports implements Reports {

    private static final int RECENT_WITHOUT_LIMIT = 100;

    private final List<Event> stored;
    private final List<ReportQuery> queries = new ArrayList<>();
    private Instant exactAsOf = Instant.parse("2024-03-01T12:00:00Z");

    /** Reports over these events, stored in the order given (recent activity lists the later stored first on a tie). */
    public InMemoryReports(List<Event> stored) {
        this.stored = List.copyOf(stored);
    }

    public InMemoryReports() {
        this(List.of());
    }

    /** The time the reports answer they are exact as of from now on. */
    public InMemoryReports exactAsOf(Instant time) {
        exactAsOf = time;
        return this;
    }

    @Override
    public Instant exactAsOf() {
        return exactAsOf;
    }

    public List<ReportQuery> queries() {
        return List.copyOf(queries);
    }

    @Override
    public List<EventSummaryRow> eventSummary(ReportQuery query) {
        queries.add(query);
        return new TreeMap<>(matching(query).collect(groupingBy(event -> event.eventType().code()))).values().stream()
                .map(events -> new EventSummaryRow(events.get(0).eventType(), events.size(), users(events),
                        roundedQuotient(total(events), events.size()), total(events)))
                .toList();
    }

    @Override
    public List<HourlyEventsRow> hourlyEvents(ReportQuery query) {
        queries.add(query);
        return stored.stream()
                .collect(groupingBy(event -> new HourAndType(event.eventTime().truncatedTo(ChronoUnit.HOURS),
                        event.eventType())))
                .entrySet().stream()
                .filter(hour -> inRange(hour.getKey().hour(), query))
                .sorted(Map.Entry.comparingByKey(HourAndType.NEWEST_FIRST))
                .limit(query.limit().orElse(Integer.MAX_VALUE))
                .map(hour -> new HourlyEventsRow(hour.getKey().hour(), hour.getKey().type(), hour.getValue().size(),
                        users(hour.getValue()), total(hour.getValue())))
                .toList();
    }

    @Override
    public List<PurchaseFunnelRow> purchaseFunnel(ReportQuery query) {
        queries.add(query);
        List<Event> events = matching(query).toList();
        List<PurchaseFunnelRow> rows = new ArrayList<>();
        if (query.category().isEmpty()) {
            rows.add(funnel(Optional.empty(), events));
        }
        new TreeMap<>(events.stream().collect(groupingBy(Event::category)))
                .forEach((category, inCategory) -> rows.add(funnel(Optional.of(category), inCategory)));
        return rows;
    }

    @Override
    public List<TopProductRow> topProducts(ReportQuery query) {
        queries.add(query);
        return matching(query)
                .filter(event -> event.eventType() == EventType.PURCHASE)
                .collect(groupingBy(event -> List.of(event.productId(), event.productName(), event.category())))
                .values().stream()
                .map(purchases -> {
                    Event product = purchases.get(0);
                    return new TopProductRow(product.productId(), product.productName(), product.category(),
                            purchases.size(), total(purchases));
                })
                .sorted(comparing(TopProductRow::revenue).reversed()
                        .thenComparing(comparing(TopProductRow::purchaseCount).reversed())
                        .thenComparing(TopProductRow::productId))
                .limit(query.limit().orElse(Integer.MAX_VALUE))
                .toList();
    }

    @Override
    public List<RecentEventRow> recentActivity(ReportQuery query) {
        queries.add(query);
        List<Event> laterStoredFirst = new ArrayList<>(matching(query).toList());
        Collections.reverse(laterStoredFirst);
        return laterStoredFirst.stream()
                .sorted(comparing(Event::eventTime).reversed())
                .limit(query.limit().orElse(RECENT_WITHOUT_LIMIT))
                .map(RecentEventRow::new)
                .toList();
    }

    /** The stored events inside the query's half-open event-time range and of its category. */
    private Stream<Event> matching(ReportQuery query) {
        return stored.stream()
                .filter(event -> inRange(event.eventTime(), query))
                .filter(event -> query.category().map(event.category()::equals).orElse(true));
    }

    private static boolean inRange(LocalDateTime time, ReportQuery query) {
        return query.from().map(from -> !time.isBefore(from)).orElse(true)
                && query.to().map(time::isBefore).orElse(true);
    }

    private static PurchaseFunnelRow funnel(Optional<String> category, List<Event> events) {
        long viewers = users(events, EventType.VIEW);
        long cartAdders = users(events, EventType.ADD_TO_CART);
        long purchasers = users(events, EventType.PURCHASE);
        return new PurchaseFunnelRow(category, viewers, cartAdders, purchasers, rate(cartAdders, viewers),
                rate(purchasers, cartAdders), rate(purchasers, viewers));
    }

    /** {@code later} as a percentage of {@code earlier}, rounded half up to 2 decimals; empty when earlier is 0. */
    private static Optional<BigDecimal> rate(long later, long earlier) {
        return earlier == 0 ? Optional.empty() : Optional.of(roundedQuotient(BigDecimal.valueOf(100 * later), earlier));
    }

    /** Rounded half up to 2 decimals, as PostgreSQL's ROUND does. */
    private static BigDecimal roundedQuotient(BigDecimal dividend, long divisor) {
        return dividend.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
    }

    private static long users(List<Event> events, EventType type) {
        return users(events.stream().filter(event -> event.eventType() == type).toList());
    }

    private static long users(List<Event> events) {
        return events.stream().map(Event::userId).distinct().count();
    }

    private static BigDecimal total(List<Event> events) {
        return events.stream().map(Event::price).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private record HourAndType(LocalDateTime hour, EventType type) {

        static final Comparator<HourAndType> NEWEST_FIRST = comparing(HourAndType::hour).reversed()
                .thenComparing(hourAndType -> hourAndType.type().code());
    }
}
