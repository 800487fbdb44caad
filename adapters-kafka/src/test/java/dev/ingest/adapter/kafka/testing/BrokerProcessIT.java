package dev.ingest.adapter.kafka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage tool run for real: a cluster id its argument parser could take for an option is still its value. */
class BrokerProcessIT {

    @Test
    void storage_formats_with_a_cluster_id_that_begins_with_a_dash(@TempDir Path dir) throws IOException {
        // The top six bits 111110 are base64's "-": a valid id that a random draw gives one time in 64.
        String clusterId = new Uuid(0xF800_0000_0000_0001L, 42L).toString();
        assertThat(clusterId).startsWith("-");
        BrokerConfig config = BrokerConfig.onFreePorts(dir.resolve("data"));
        BrokerProcess process = new BrokerProcess(config.writeTo(dir.resolve("server.properties")),
                dir.resolve("broker.log"));

        process.format(clusterId);

        assertThat(Files.readString(dir.resolve("data").resolve("meta.properties")))
                .contains("cluster.id=" + clusterId);
    }
}
