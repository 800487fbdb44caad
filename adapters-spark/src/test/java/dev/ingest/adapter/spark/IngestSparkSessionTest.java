package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestSparkSessionTest {

    @Test
    void executor_jars_join_those_spark_submit_ships_once_each() {
        String submitted = "file:/opt/app/ingest-spark.jar";

        assertThat(IngestSparkSession.jars(submitted, List.of("/opt/app/ingest-spark.jar", "/opt/app/app-lib/domain.jar",
                "/opt/app/app-lib/postgresql.jar"))).isEqualTo(
                "file:/opt/app/ingest-spark.jar,/opt/app/app-lib/domain.jar,/opt/app/app-lib/postgresql.jar");
        assertThat(IngestSparkSession.jars("", List.of("/a/ingest.jar"))).isEqualTo("/a/ingest.jar");
    }
}
