package dev.ingest.application.report.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryReports;
import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunReportServiceTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 1, 12, 0);

    private final InMemoryReports reports = new InMemoryReports(List.of(
            event("e1", EventType.VIEW, 0), event("e2", EventType.ADD_TO_CART, 10), event("e3", EventType.PURCHASE, 20)));

    private final RunReportService service = new RunReportService(reports);

    @Test
    void each_kind_answers_with_its_own_rows() {
        assertThat(service.run(command(ReportKind.SUMMARY, ReportQuery.unfiltered())))
                .isInstanceOfSatisfying(ReportResult.Summary.class, r -> assertThat(r.rows()).hasSize(3));
        assertThat(service.run(command(ReportKind.HOURLY, ReportQuery.unfiltered())))
                .isInstanceOfSatisfying(ReportResult.Hourly.class, r -> assertThat(r.rows()).hasSize(3));
        assertThat(service.run(command(ReportKind.FUNNEL, ReportQuery.unfiltered())))
                .isInstanceOfSatisfying(ReportResult.Funnel.class, r -> assertThat(r.rows()).hasSize(2));
        assertThat(service.run(command(ReportKind.TOP_PRODUCTS, ReportQuery.unfiltered())))
                .isInstanceOfSatisfying(ReportResult.TopProducts.class, r -> assertThat(r.rows()).hasSize(1));
        assertThat(service.run(command(ReportKind.RECENT, ReportQuery.unfiltered())))
                .isInstanceOfSatisfying(ReportResult.Recent.class, r -> assertThat(r.rows()).hasSize(3));
    }

    @Test
    void the_result_names_the_report_it_came_from() {
        for (ReportKind kind : ReportKind.values()) {
            assertThat(service.run(command(kind, ReportQuery.unfiltered())).kind()).isEqualTo(kind);
        }
    }

    @Test
    void every_result_carries_the_time_the_reports_are_exact_as_of() {
        reports.exactAsOf(Instant.parse("2026-12-07T20:00:05Z"));

        for (ReportKind kind : ReportKind.values()) {
            assertThat(service.run(command(kind, ReportQuery.unfiltered())).exactAsOf())
                    .isEqualTo(Instant.parse("2026-12-07T20:00:05Z"));
        }
    }

    @Test
    void a_report_with_a_default_limit_gets_it_when_none_is_given() {
        service.run(command(ReportKind.TOP_PRODUCTS, ReportQuery.unfiltered().withCategory("Home")));
        service.run(command(ReportKind.RECENT, ReportQuery.unfiltered()));

        assertThat(reports.queries()).extracting(ReportQuery::limit)
                .containsExactly(OptionalInt.of(10), OptionalInt.of(20));
        assertThat(reports.queries().get(0).category()).contains("Home");
    }

    @Test
    void a_given_limit_and_time_range_reach_the_reports_unchanged() {
        ReportQuery query = ReportQuery.unfiltered().withFrom(NOON).withTo(NOON.plusHours(2)).withLimit(2);

        ReportResult result = service.run(command(ReportKind.RECENT, query));

        assertThat(reports.queries()).containsExactly(query);
        assertThat(((ReportResult.Recent) result).rows()).extracting(row -> row.event().eventId())
                .containsExactly("e3", "e2");
    }

    @Test
    void a_report_without_a_default_limit_is_asked_without_one() {
        service.run(command(ReportKind.HOURLY, ReportQuery.unfiltered()));

        assertThat(reports.queries()).containsExactly(ReportQuery.unfiltered());
    }

    private static RunReportCommand command(ReportKind kind, ReportQuery query) {
        return new RunReportCommand(kind, query);
    }

    private static Event event(String eventId, EventType type, int minutesAfterNoon) {
        return new Event(eventId, "u1", "p1", "Lamp", "Home", new BigDecimal("9.99"), type,
                NOON.plusMinutes(minutesAfterNoon));
    }
}
