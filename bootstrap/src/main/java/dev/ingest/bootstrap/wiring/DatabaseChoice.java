package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.postgres.database.PostgresUrl;
import java.nio.file.Path;

/**
 * What the user said about the database: a JDBC URL and credentials, each possibly absent, and where an embedded
 * PostgreSQL would keep its data.
 */
public record DatabaseChoice(String jdbcUrl, String user, String password, Path embeddedDirectory) {

    @Override
    public String toString() {
        return "DatabaseChoice[jdbcUrl=" + (jdbcUrl == null ? null : PostgresUrl.shown(jdbcUrl)) + ", user=" + user
                + ", embeddedDirectory=" + embeddedDirectory + "]";
    }
}
