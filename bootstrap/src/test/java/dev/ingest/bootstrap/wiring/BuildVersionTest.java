package dev.ingest.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.bootstrap.testing.InProcessCli;
import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void maven_filled_in_the_version_and_the_cli_prints_it() {
        String version = BuildVersion.current();

        assertThat(version).as("filtered from the pom").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        InProcessCli.Result run = InProcessCli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ingest " + version + System.lineSeparator());
    }
}
