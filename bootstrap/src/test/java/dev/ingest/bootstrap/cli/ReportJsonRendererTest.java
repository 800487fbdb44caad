package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.application.report.port.in.ReportSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportJsonRenderer renderer = new ReportJsonRenderer();

    @Test
    void writes_one_object_per_row_with_numbers_as_numbers() throws Exception {
        JsonNode report = JSON.readTree(renderer.render(ReportSheet.of(ReportSheetsFixture.summary())));
        JsonNode rows = report.get("rows");

        assertThat(List.of(report.fieldNames().next())).containsExactly("exact_as_of");
        assertThat(report.get("exact_as_of").asText()).isEqualTo("2024-03-01T10:20:05Z");
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(List.of(first.fieldNames().next())).containsExactly("event_type");
        assertThat(first.get("event_type").asText()).isEqualTo("add_to_cart");
        assertThat(first.get("total_events").isIntegralNumber()).isTrue();
        assertThat(first.get("total_events").asLong()).isEqualTo(3);
        assertThat(first.get("avg_price").isNumber()).isTrue();
        assertThat(first.get("avg_price").decimalValue()).isEqualByComparingTo("122.94");
    }

    @Test
    void keeps_decimals_plain_and_keys_in_column_order() {
        String json = renderer.render(ReportSheet.of(ReportSheetsFixture.summary()));

        assertThat(json).contains("\"total_value\" : 104932.50");
        assertThat(json.indexOf("\"event_type\"")).isLessThan(json.indexOf("\"total_events\""));
        assertThat(json.indexOf("\"avg_price\"")).isLessThan(json.indexOf("\"total_value\""));
    }

    @Test
    void the_overall_funnel_category_and_a_missing_rate_are_null() throws Exception {
        JsonNode rows = JSON.readTree(renderer.render(ReportSheet.of(ReportSheetsFixture.funnel()))).get("rows");

        assertThat(rows.get(0).get("category").isNull()).isTrue();
        assertThat(rows.get(1).get("category").asText()).isEqualTo("Tech");
        assertThat(rows.get(1).get("view_to_cart_rate").isNull()).isTrue();
        assertThat(rows.get(0).get("view_to_cart_rate").decimalValue()).isEqualByComparingTo("75.00");
    }

    @Test
    void times_are_iso_8601_and_text_is_escaped() throws Exception {
        JsonNode event = JSON.readTree(renderer.render(ReportSheet.of(ReportSheetsFixture.recent())))
                .get("rows").get(0);
        JsonNode product = JSON.readTree(renderer.render(ReportSheet.of(ReportSheetsFixture.topProducts())))
                .get("rows").get(0);

        assertThat(event.get("event_time").asText()).isEqualTo("2024-03-01T10:15:00");
        assertThat(product.get("product_name").asText()).isEqualTo("Lamp, \"deluxe\"");
    }

    @Test
    void an_empty_report_has_an_empty_array_of_rows() throws Exception {
        JsonNode rows = JSON.readTree(renderer.render(ReportSheet.of(ReportSheetsFixture.emptySummary()))).get("rows");

        assertThat(rows.isArray()).isTrue();
        assertThat(rows).isEmpty();
    }
}
