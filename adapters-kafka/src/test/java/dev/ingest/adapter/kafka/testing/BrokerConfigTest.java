package dev.ingest.adapter.kafka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    /** One plain base64 draw in 64 begins with "-": 10,000 draws would meet ~156 of them, a draw like Kafka's none. */
    @Test
    void no_cluster_id_begins_with_a_dash() {
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> BrokerConfig.randomClusterId()))
                .noneMatch(id -> id.startsWith("-"))
                .allMatch(id -> id.length() == 22);
    }
}
