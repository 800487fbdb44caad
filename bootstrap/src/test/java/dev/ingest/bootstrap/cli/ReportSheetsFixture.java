package dev.ingest.bootstrap.cli;

import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.EventSummaryRow;
import dev.ingest.domain.report.PurchaseFunnelRow;
import dev.ingest.domain.report.RecentEventRow;
import dev.ingest.domain.report.TopProductRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Small report results with awkward values (commas, quotes, missing rates) for the format tests. */
final class ReportSheetsFixture {

    static final LocalDateTime TEN_FIFTEEN = LocalDateTime.of(2024, 3, 1, 10, 15);
    static final Instant EXACT_AS_OF = Instant.parse("2024-03-01T10:20:05Z");

    private ReportSheetsFixture() {
    }

    static ReportResult summary() {
        return new ReportResult.Summary(List.of(
                new EventSummaryRow(EventType.ADD_TO_CART, 3, 3, money("122.94"), money("368.83")),
                new EventSummaryRow(EventType.VIEW, 12345, 40, money("8.50"), money("104932.50"))), EXACT_AS_OF);
    }

    static ReportResult funnel() {
        return new ReportResult.Funnel(List.of(
                new PurchaseFunnelRow(Optional.empty(), 4, 3, 3, Optional.of(money("75.00")),
                        Optional.of(money("100.00")), Optional.of(money("75.00"))),
                new PurchaseFunnelRow(Optional.of("Tech"), 0, 0, 1, Optional.empty(), Optional.empty(),
                        Optional.empty())), EXACT_AS_OF);
    }

    static ReportResult topProducts() {
        return new ReportResult.TopProducts(List.of(
                new TopProductRow("p1", "Lamp, \"deluxe\"", "Home", 2, money("19.98"))), EXACT_AS_OF);
    }

    static ReportResult recent() {
        return new ReportResult.Recent(List.of(new RecentEventRow(new Event("e1", "u1", "p1", "Lamp", "Home",
                money("9.99"), EventType.PURCHASE, TEN_FIFTEEN))), EXACT_AS_OF);
    }

    static ReportResult emptySummary() {
        return new ReportResult.Summary(List.of(), EXACT_AS_OF);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
