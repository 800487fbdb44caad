package dev.ingest.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.spark.StreamSettings;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterReachTest {

    @ParameterizedTest
    @CsvSource({
            "local[*],                                localhost",
            "local-cluster[2,1,1024],                 127.0.0.1",
            "spark://127.0.0.1:7077,                  localhost",
            "spark://localhost:7077,                  127.0.0.1",
            "'spark://127.0.0.1:7077,localhost:7078', localhost",
            "spark://203.0.113.7:7077,                203.0.113.9",
            "yarn,                                    203.0.113.9"})
    void executors_that_can_reach_the_database_pass(String master, String databaseHost) {
        assertThatCode(() -> ClusterReach.check(stream(master), database(databaseHost), false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "spark://203.0.113.7:7077,                localhost",
            "'spark://127.0.0.1:7077,203.0.113.7:7077', 127.0.0.1",
            "yarn,                                    127.0.0.1",
            "k8s://https://203.0.113.7:6443,          localhost"})
    void a_loopback_database_with_executors_elsewhere_is_refused_in_one_line(String master, String databaseHost) {
        assertThatThrownBy(() -> ClusterReach.check(stream(master), database(databaseHost), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(databaseHost)
                .hasMessageContaining(master)
                .hasMessageContaining("embedded PostgreSQL")
                .hasMessageContaining("--jdbc-url")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static StreamSettings stream(String master) {
        return StreamSettings.of(Path.of("in").toAbsolutePath().toUri(), Path.of("checkpoint").toAbsolutePath().toUri()).withMaster(master);
    }

    private static DatabaseSettings database(String host) {
        return DatabaseSettings.of(host, 5432, "events", "ingest", "secret");
    }
}
