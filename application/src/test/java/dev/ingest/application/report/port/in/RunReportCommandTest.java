package dev.ingest.application.report.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ingest.domain.report.ReportQuery;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RunReportCommandTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 1, 12, 0);

    @ParameterizedTest
    @CsvSource({
        "SUMMARY, limit",
        "HOURLY, category",
        "FUNNEL, limit",
    })
    void a_filter_the_report_cannot_apply_is_refused(ReportKind kind, String filter) {
        ReportQuery query = filter.equals("limit")
                ? ReportQuery.unfiltered().withLimit(5)
                : ReportQuery.unfiltered().withCategory("Home");

        assertThatIllegalArgumentException().isThrownBy(() -> new RunReportCommand(kind, query))
                .withMessage("the " + kind.reportName() + " report does not take a " + filter);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void every_report_takes_a_time_range(ReportKind kind) {
        ReportQuery query = ReportQuery.unfiltered().withFrom(NOON).withTo(NOON.plusDays(1));

        assertThat(new RunReportCommand(kind, query).query()).isEqualTo(query);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void every_report_is_found_by_its_name(ReportKind kind) {
        assertThat(ReportKind.fromName(kind.reportName())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"top_products", "SUMMARY", "'' ", "sales"})
    void an_unknown_name_finds_no_report(String name) {
        assertThat(ReportKind.fromName(name)).isEqualTo(Optional.empty());
    }
}
