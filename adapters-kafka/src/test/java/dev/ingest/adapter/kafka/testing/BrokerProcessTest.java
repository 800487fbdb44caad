package dev.ingest.adapter.kafka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessTest {

    @Test
    void each_option_and_its_value_are_one_argument(@TempDir Path dir) {
        BrokerProcess process = new BrokerProcess(dir.resolve("server properties"), dir.resolve("broker.log"));

        assertThat(process.formatArguments("-abc"))
                .contains("--cluster-id=-abc", "--config=" + dir.resolve("server properties"))
                .doesNotContain("-abc", "-t", "-c");
    }
}
