import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import java.nio.file.Path;

/**
 * Keeps the project's embedded PostgreSQL running for the benchmark scripts, so that psql, the stream and the JDBC
 * baseline all talk to the same server. The stream attaches to a running server in the same folder instead of
 * starting its own. Runs until it is terminated; the server stops with it.
 *
 * <p>Usage (Java 17 single-file launch): {@code java -cp 'bootstrap/target/lib/*' bench/EmbeddedServer.java DIR}.
 * Prints {@code ready <port>} once the server answers; the port is also in {@code DIR/port}.
 */
public final class EmbeddedServer {

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: EmbeddedServer.java DIR");
            System.exit(2);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("ready " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
