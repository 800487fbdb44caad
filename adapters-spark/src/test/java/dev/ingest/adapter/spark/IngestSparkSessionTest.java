package dev.ingest.adapter.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class IngestSparkSessionTest {

    private static final StreamSettings CLUSTER = StreamSettings.of(Path.of("in").toAbsolutePath().toUri(), Path.of("checkpoint").toAbsolutePath().toUri())
            .withMaster("spark://10.0.0.5:7077");

    @Test
    void a_setting_given_to_spark_submit_or_with_conf_wins_over_the_streams_default() {
        SparkConf submitted = new SparkConf(false).set("spark.sql.shuffle.partitions", "16");
        SparkDeployment deployment = new SparkDeployment(Map.of("spark.ui.retainedJobs", "50"), List.of("/a/app.jar"));

        Map<String, String> conf = IngestSparkSession.conf(CLUSTER, deployment, submitted);

        assertThat(conf).doesNotContainKey("spark.sql.shuffle.partitions")
                .containsEntry("spark.ui.retainedJobs", "50")
                .containsEntry("spark.sql.adaptive.enabled", "false")
                .containsEntry("spark.jars", "/a/app.jar")
                .doesNotContainKey("spark.driver.host");
    }

    @Test
    void a_local_master_ships_no_jars_and_binds_to_loopback() {
        StreamSettings local = CLUSTER.withMaster("local[2]");

        Map<String, String> conf = IngestSparkSession.conf(local,
                new SparkDeployment(Map.of(), List.of("/a/app.jar")), new SparkConf(false));

        assertThat(conf).doesNotContainKey("spark.jars").containsEntry("spark.driver.host", "127.0.0.1")
                .containsEntry("spark.sql.shuffle.partitions", "2");
    }

    @Test
    void executor_jars_join_those_spark_submit_ships_once_each() {
        String submitted = "file:/opt/app/ingest-spark.jar";

        assertThat(IngestSparkSession.jars(submitted, List.of("/opt/app/ingest-spark.jar", "/opt/app/app-lib/domain.jar",
                "/opt/app/app-lib/postgresql.jar"))).isEqualTo(
                "file:/opt/app/ingest-spark.jar,/opt/app/app-lib/domain.jar,/opt/app/app-lib/postgresql.jar");
        assertThat(IngestSparkSession.jars("", List.of("/a/ingest.jar"))).isEqualTo("/a/ingest.jar");
    }
}
