package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.postgres.database.PostgresUrl;
import dev.ingest.bootstrap.wiring.Database;
import dev.ingest.bootstrap.wiring.DatabaseChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where the database is, for every command that needs one (a picocli mixin). Flags win over the environment
 * ({@code POSTGRES_HOST}, {@code POSTGRES_PORT}, {@code POSTGRES_DB}, {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD});
 * with neither a {@code --jdbc-url} nor a {@code POSTGRES_HOST}, an embedded PostgreSQL is used. A user and password
 * written into the URL, as libpq users write them, rank between the flags and the environment.
 */
public final class DatabaseOptions {

    @Option(names = "--jdbc-url", paramLabel = "URL", converter = JdbcUrlConverter.class,
            description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/ecommerce_events "
                    + "(default: POSTGRES_HOST/PORT/DB, else the embedded PostgreSQL). A user and password in it "
                    + "(jdbc:postgresql://user:password@host/db, or ?user=...&password=...) are used unless "
                    + "--db-user or --db-password is given.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: POSTGRES_USER, else postgres).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Database password (default: POSTGRES_PASSWORD). Prefer the environment variable: "
                    + "command lines are visible to other users.")
    String password;

    @Option(names = "--embedded-dir", paramLabel = "DIR",
            defaultValue = "${env:INGEST_EMBEDDED_POSTGRES_DIR:-data/postgres}",
            description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE}; "
                    + "env INGEST_EMBEDDED_POSTGRES_DIR).")
    Path embeddedDirectory;

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Path embeddedDirectory() {
        return embeddedDirectory;
    }

    /** The database these options name; the environment and the embedded default fill in what they leave out. */
    public Database open(Map<String, String> env, Duration retryDeadline) {
        return Database.open(choice(), env, retryDeadline);
    }

    public Database open(Map<String, String> env) {
        return Database.open(choice(), env);
    }

    public DatabaseChoice choice() {
        return new DatabaseChoice(jdbcUrl, user, password, embeddedDirectory);
    }

    /** Refuses, as bad usage, a URL that cannot be read (not PostgreSQL's, a broken escape) in a line without secrets. */
    static final class JdbcUrlConverter implements ITypeConverter<String> {
        @Override
        public String convert(String url) {
            try {
                PostgresUrl.parse(url);
                return url;
            } catch (IllegalArgumentException unreadable) {
                throw new TypeConversionException(unreadable.getMessage());
            }
        }
    }
}
