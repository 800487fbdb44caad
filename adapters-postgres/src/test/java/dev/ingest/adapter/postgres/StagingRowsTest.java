package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.StagedEvent.staged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.port.out.BatchKey;
import org.junit.jupiter.api.Test;

class StagingRowsTest {

    @Test
    void the_copy_statement_names_every_staging_column_from_the_generated_classes() {
        assertThat(StagingRows.COPY_STATEMENT).isEqualTo("COPY \"staged_events\" (\"stream_id\", \"batch_id\", "
                + "\"partition_id\", \"source_file\", \"record_number\", \"event_id\", \"user_id\", \"product_id\", "
                + "\"product_name\", \"category\", \"price\", \"event_type\", \"event_timestamp\") "
                + "FROM STDIN (FORMAT csv)");
    }

    @Test
    void quotes_every_text_field_and_doubles_embedded_quotes() {
        StringBuilder row = new StringBuilder();
        StagedEvent event = staged("e\"1").withProductName("Lamp, \"deluxe\"\n2").from("f.csv", 7);

        StagingRows.append(row, new BatchKey("s", 3), 2, event.event(), event.origin());

        assertThat(row).hasToString("\"s\",3,2,\"f.csv\",7,\"e\"\"1\",\"user-1\",\"product-1\","
                + "\"Lamp, \"\"deluxe\"\"\n2\",\"Home & Kitchen\",19.99,\"view\",2024-03-01 12:30:15.000000000\n");
    }
}
