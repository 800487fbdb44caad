package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.report.port.in.ReportSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCsvRendererTest {

    private final ReportCsvRenderer csv = new ReportCsvRenderer();

    @Test
    void writes_a_header_and_one_line_per_row_with_crlf() {
        assertThat(csv.render(ReportSheet.of(ReportSheetsFixture.summary()))).isEqualTo(
                "event_type,total_events,unique_users,avg_price,total_value\r\n"
                        + "add_to_cart,3,3,122.94,368.83\r\n"
                        + "view,12345,40,8.50,104932.50\r\n");
    }

    @Test
    void quotes_a_field_holding_a_comma_or_a_quote() {
        assertThat(csv.render(ReportSheet.of(ReportSheetsFixture.topProducts()))).isEqualTo(
                "product_id,product_name,category,purchase_count,revenue\r\n"
                        + "p1,\"Lamp, \"\"deluxe\"\"\",Home,2,19.98\r\n");
    }

    @Test
    void a_missing_rate_is_an_empty_field_and_the_overall_row_reads_all() {
        assertThat(csv.render(ReportSheet.of(ReportSheetsFixture.funnel()))).endsWith(
                "ALL,4,3,3,75.00,100.00,75.00\r\nTech,0,0,1,,,\r\n");
    }

    @Test
    void an_empty_report_is_its_header() {
        assertThat(csv.render(ReportSheet.of(ReportSheetsFixture.emptySummary())))
                .isEqualTo("event_type,total_events,unique_users,avg_price,total_value\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|plain",
        "'a,b'|'\"a,b\"'",
        "'say \"hi\"'|'\"say \"\"hi\"\"\"'",
        "' spaced '|' spaced '",
    })
    void quotes_only_what_rfc_4180_requires(String field, String expected) {
        assertThat(ReportCsvRenderer.quoted(field)).isEqualTo(expected);
    }

    @Test
    void quotes_a_field_holding_a_line_break() {
        assertThat(ReportCsvRenderer.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsvRenderer.quoted("two\rlines")).isEqualTo("\"two\rlines\"");
    }
}
