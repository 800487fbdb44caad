package dev.ingest.adapter.postgres.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded PostgreSQL 15 used when no server is configured, so that a newcomer with only a JDK can run
 * everything. Its data survives across runs in {@code <directory>/pgdata}, its port is remembered in
 * {@code <directory>/port}; a server still running there (left by a killed run) is reused rather than started twice.
 * Stopped cleanly at JVM exit, or by {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final Path DEFAULT_DIRECTORY = Path.of("data", "postgres");
    private static final String SUPERUSER = "postgres";

    private final int port;
    private final EmbeddedPostgres owned;

    private EmbeddedPostgresServer(int port, EmbeddedPostgres owned) {
        this.port = port;
        this.owned = owned;
    }

    /** Starts the server whose files live in the directory, or attaches to it if it is already running. */
    public static EmbeddedPostgresServer start(Path directory) {
        return start(directory, Map.of());
    }

    /**
     * As {@link #start(Path)}, with these server settings too (say {@code track_commit_timestamp=on}); a server
     * already running is attached to with the settings it has.
     */
    public static EmbeddedPostgresServer start(Path directory, Map<String, String> serverSettings) {
        try {
            Files.createDirectories(directory);
            Path portFile = directory.resolve("port");
            int port = Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).trim()) : freePort();
            if (answers(port) && Files.exists(directory.resolve("pgdata").resolve("postmaster.pid"))) {
                return new EmbeddedPostgresServer(port, null);
            }
            if (!isFree(port)) {
                port = freePort();
            }
            Files.writeString(portFile, Integer.toString(port), StandardCharsets.US_ASCII);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(directory.resolve("binaries").toFile())
                    .setPort(port)
                    // zonky turns durability off by default; a committed batch must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60));
            serverSettings.forEach(builder::setServerConfig);
            return new EmbeddedPostgresServer(port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** Settings for a database on this server, as its superuser (trust authentication, no password). */
    public DatabaseSettings settings(String database) {
        return DatabaseSettings.of("localhost", port, database, SUPERUSER, "");
    }

    /** Stops the server if this JVM started it; a server attached to is left running for its owner. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
    }

    private static boolean answers(int port) {
        DatabaseSettings probe = DatabaseSettings.of("localhost", port, "postgres", SUPERUSER, "");
        try (Connection ignored = PostgresSchema.connect(probe)) {
            return true;
        } catch (SQLException notThere) {
            return false;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
