package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.report.port.in.ReportSheet;
import org.junit.jupiter.api.Test;

class ReportTableRendererTest {

    private final ReportTableRenderer table = new ReportTableRenderer();

    @Test
    void aligns_text_left_and_numbers_right() {
        assertThat(table.render(ReportSheet.of(ReportSheetsFixture.summary()))).isEqualTo("""
                event_type   total_events  unique_users  avg_price  total_value
                -----------  ------------  ------------  ---------  -----------
                add_to_cart             3             3     122.94       368.83
                view                12345            40       8.50    104932.50
                exact as of 2024-03-01 10:20:05 UTC: events committed since are not counted yet
                """);
    }

    @Test
    void the_overall_funnel_row_reads_all_and_a_missing_rate_stays_blank() {
        assertThat(table.render(ReportSheet.of(ReportSheetsFixture.funnel()))).isEqualTo("""
                category  viewers  cart_adders  purchasers  view_to_cart_rate  cart_to_purchase_rate  view_to_purchase_rate
                --------  -------  -----------  ----------  -----------------  ---------------------  ---------------------
                ALL             4            3           3              75.00                 100.00                  75.00
                Tech            0            0           1
                exact as of 2024-03-01 10:20:05 UTC: events committed since are not counted yet
                """);
    }

    @Test
    void times_read_as_date_and_time() {
        assertThat(table.render(ReportSheet.of(ReportSheetsFixture.recent()))).isEqualTo("""
                event_time           event_type  event_id  user_id  product_id  product_name  category  price
                -------------------  ----------  --------  -------  ----------  ------------  --------  -----
                2024-03-01 10:15:00  purchase    e1        u1       p1          Lamp          Home       9.99
                exact as of 2024-03-01 10:20:05 UTC: events committed since are not counted yet
                """);
    }

    @Test
    void an_empty_report_keeps_its_header_and_says_so() {
        assertThat(table.render(ReportSheet.of(ReportSheetsFixture.emptySummary()))).isEqualTo("""
                event_type  total_events  unique_users  avg_price  total_value
                ----------  ------------  ------------  ---------  -----------
                (no rows)
                exact as of 2024-03-01 10:20:05 UTC: events committed since are not counted yet
                """);
    }
}
