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
 * A role script of {@code sql/roles/}, run as its comment says: by the schema's owner, in the application's database,
 * after migrating, with its one variable {@code <role>_password} set as {@code psql -v} would.
 */
final class RoleScript {

    /** Failsafe runs in the module's folder; the scripts are the project's own, not copies. */
    private static final Path ROLES = Path.of("..", "sql", "roles");

    private RoleScript() {
    }

    /** Runs {@code sql/roles/<role>.sql} as {@code owner} and returns the settings that log in as the role. */
    static DatabaseSettings createIn(DatabaseSettings owner, String role, String password) {
        Path script = ROLES.resolve(role + ".sql");
        try (Connection connection = PostgresSchema.connect(owner); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(script)
                    .replace(":'" + role + "_password'", "'" + password.replace("'", "''") + "'"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the role " + role + " in " + owner.location(), e);
        }
        return new DatabaseSettings(owner.jdbcUrl(), role, password, owner.retryDeadline());
    }
}
