package dev.ingest.bootstrap.faults;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import java.nio.file.Path;

/**
 * The PostgreSQL server of the fault suite: an embedded PostgreSQL 15 with its data under {@code target/} (a fresh
 * folder per test JVM, so no server left by an earlier run is ever attached to) on a port kept across restarts, so
 * that a scenario can stop it under a running stream and start it again. Each scenario gets a database of its own,
 * migrated by its owner, the server's superuser ({@link StreamWorkspace}).
 */
final class FaultPostgres {

    private static final Path DIRECTORY = Path.of("target", "fault-postgres-" + ProcessHandle.current().pid());
    private static final FaultPostgres SHARED = new FaultPostgres();

    private EmbeddedPostgresServer server;

    private FaultPostgres() {
        server = EmbeddedPostgresServer.start(DIRECTORY);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop();
            Folders.delete(DIRECTORY);
        }, "fault-postgres-stop"));
    }

    static FaultPostgres shared() {
        return SHARED;
    }

    /** Settings for a database on this server; the database itself is created by whoever migrates first. */
    synchronized DatabaseSettings database(String name) {
        return server.settings(name);
    }

    /** Stops the server the way an administrator would (fast shutdown: sessions are cut, nothing is lost). */
    synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts it again on the same data directory and port. */
    synchronized void start() {
        if (server == null) {
            server = EmbeddedPostgresServer.start(DIRECTORY);
        }
    }
}
