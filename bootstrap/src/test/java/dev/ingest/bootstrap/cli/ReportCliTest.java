package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.fake.InMemoryReports;
import dev.ingest.application.report.usecase.RunReportService;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.report.ReportQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ReportCliTest {

    private final InMemoryReports reports = new InMemoryReports(List.of(view("e1"), view("e2")));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void prints_the_report_as_an_aligned_table_by_default() {
        assertThat(run("summary")).isZero();

        assertThat(out.toString()).isEqualTo("""
                event_type  total_events  unique_users  avg_price  total_value
                ----------  ------------  ------------  ---------  -----------
                view                   2             1       1.50         3.00
                exact as of 2024-03-01 12:00:00 UTC: events committed since are not counted yet
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void prints_csv_or_json_when_asked() {
        assertThat(run("summary", "--format", "csv")).isZero();
        assertThat(run("summary", "--format", "json")).isZero();

        assertThat(out.toString()).startsWith("event_type,total_events,unique_users,avg_price,total_value\r\n"
                + "view,2,1,1.50,3.00\r\n{");
        assertThat(out.toString()).contains("\"exact_as_of\" : \"2024-03-01T12:00:00Z\"", "\"avg_price\" : 1.50");
        assertThat(err.toString())
                .isEqualTo("exact as of 2024-03-01 12:00:00 UTC: events committed since are not counted yet\n");
    }

    @Test
    void passes_every_filter_to_the_report() {
        assertThat(run("top-products", "--from", "2024-03-01", "--to", "2024-03-02T06:00:00+02:00",
                "--category", "Home", "--limit", "3")).isZero();

        assertThat(reports.queries()).containsExactly(new ReportQuery(
                Optional.of(LocalDateTime.of(2024, 3, 1, 0, 0)), Optional.of(LocalDateTime.of(2024, 3, 2, 4, 0)),
                Optional.of("Home"), OptionalInt.of(3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "summary --from yesterday|'yesterday' is not a time",
        "sales|'sales' is not a report; choose one of summary, hourly, funnel, top-products, recent",
        "summary --format xml|'xml' is not a format; choose one of table, csv, json",
        "recent --limit many|'many' is not an int",
        "recent --limit 0|limit must be at least 1, was 0",
        "summary --limit 5|the summary report does not take a limit",
        "hourly --category Home|the hourly report does not take a category",
        "funnel --from 2024-03-02 --to 2024-03-01|from must be before to",
        "recent --category=|category must not be blank",
    })
    void a_bad_value_is_a_usage_error_in_one_line(String arguments, String message) {
        assertThat(run(arguments.split(" "))).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("error: ").contains(message));
        assertThat(err.toString()).contains("Usage: report").doesNotContain("Exception");
        assertThat(reports.queries()).isEmpty();
    }

    @Test
    void a_report_name_is_required() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).startsWith("error: Missing required parameter: 'REPORT'");
    }

    private static Event view(String eventId) {
        return new Event(eventId, "u1", "p1", "Lamp", "Home", new BigDecimal("1.50"), EventType.VIEW,
                LocalDateTime.of(2024, 3, 1, 12, 0));
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new ReportCli(new RunReportService(reports)));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.setParameterExceptionHandler(new UsageErrorHandler());
        command.setExecutionExceptionHandler(new RuntimeFailureHandler(() -> false));
        return command.execute(arguments);
    }
}
