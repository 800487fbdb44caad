package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MigrateCliTest {

    @Test
    void rides_out_an_unavailable_database_as_long_as_the_stream_does_by_default() {
        MigrateCli migrate = CommandLine.populateCommand(new MigrateCli());
        StreamCli stream = CommandLine.populateCommand(new StreamCli());

        assertThat(migrate.dbRetryTimeout).isEqualTo(Duration.ofMinutes(2)).isEqualTo(stream.dbRetryTimeout);
    }

    @Test
    void reads_the_retry_timeout_as_the_stream_does() {
        MigrateCli migrate = CommandLine.populateCommand(new MigrateCli(), "--db-retry-timeout", "250ms");

        assertThat(migrate.dbRetryTimeout).isEqualTo(Duration.ofMillis(250));
    }
}
