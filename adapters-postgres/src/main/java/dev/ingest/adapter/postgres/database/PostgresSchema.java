package dev.ingest.adapter.postgres.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Brings a database to the current schema with the Flyway migrations of {@code sql/}, creating it if missing. */
public final class PostgresSchema {

    /** Where the build copies the top-level {@code sql/} folder. */
    static final String MIGRATIONS = "classpath:db/migration";
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String MAINTENANCE_DATABASE = "postgres";

    static {
        // jOOQ prints a banner and a "tip of the day" on first use; the CLI's output is ours.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private PostgresSchema() {
    }

    /** Creates the database if it is missing (and the user may), then applies every pending migration. */
    public static MigrationReport migrate(DatabaseSettings settings) {
        Retrying retrying = new Retrying(settings);
        boolean created = retrying.call(() -> ensureDatabase(settings));
        Flyway flyway = Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(MIGRATIONS)
                .load();
        MigrateResult result = retrying.call(flyway::migrate);
        List<String> applied = result.migrations.stream()
                .map(migration -> "V" + migration.version + " " + migration.description)
                .toList();
        MigrationInfo current = retrying.call(() -> flyway.info().current());
        String version = current == null ? "none" : current.getVersion().getVersion();
        return new MigrationReport(settings.location(), created, applied, version);
    }

    public static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.user());
        credentials.setProperty("password", settings.password());
        return DriverManager.getConnection(settings.jdbcUrl(), credentials);
    }

    private static boolean ensureDatabase(DatabaseSettings settings) throws SQLException {
        try (Connection ignored = connect(settings)) {
            return false;
        } catch (SQLException missing) {
            if (!INVALID_CATALOG_NAME.equals(missing.getSQLState())) {
                throw missing;
            }
        }
        try (Connection maintenance = connect(settings.withDatabase(MAINTENANCE_DATABASE))) {
            DSL.using(maintenance, SQLDialect.POSTGRES).createDatabase(DSL.name(settings.database())).execute();
            return true;
        } catch (org.jooq.exception.DataAccessException raced) {
            if (DUPLICATE_DATABASE.equals(raced.sqlState())) {
                return false;
            }
            throw raced;
        }
    }
}
