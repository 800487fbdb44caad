package dev.ingest.bootstrap.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The least-privilege role of {@code sql/roles/ingest_app.sql}, created as the script's comment says: by the schema's
 * owner, in the application's database, after migrating.
 */
public final class LeastPrivilegeRole {

    public static final String NAME = "ingest_app";
    /** Failsafe runs in the module's folder; the script is the project's own, not a copy. */
    private static final Path SCRIPT = Path.of("..", "sql", "roles", "ingest_app.sql");

    private LeastPrivilegeRole() {
    }

    /** Runs the script as {@code owner} and returns the settings that log in as the role, with this password. */
    public static DatabaseSettings createIn(DatabaseSettings owner, String password) {
        try (Connection connection = PostgresSchema.connect(owner); Statement statement = connection.createStatement()) {
            // What `psql -v ingest_app_password=...` does with the script's one variable.
            statement.execute(Files.readString(SCRIPT)
                    .replace(":'ingest_app_password'", "'" + password.replace("'", "''") + "'"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the role " + NAME + " in " + owner.location(), e);
        }
        return new DatabaseSettings(owner.jdbcUrl(), NAME, password, owner.retryDeadline());
    }
}
