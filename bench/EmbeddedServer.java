import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the project's embedded PostgreSQL running for the benchmark scripts, so that psql, the stream and the JDBC
 * baseline all talk to the same server. The stream attaches to a running server in the same folder instead of
 * starting its own. Runs until it is terminated; the server stops with it. Server settings given as arguments
 * ({@code track_commit_timestamp=on} for bench/latency.sh) apply when it starts the server; a server already running
 * in the folder is attached to as it is, and the caller checks its settings.
 *
 * <p>Usage (Java 17 single-file launch): {@code java -cp 'bootstrap/target/lib/*' bench/EmbeddedServer.java DIR
 * [NAME=VALUE ...]}. Prints {@code ready <port>} once the server answers; the port is also in {@code DIR/port}.
 */
public final class EmbeddedServer {

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: EmbeddedServer.java DIR [NAME=VALUE ...]");
            System.exit(2);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : Arrays.copyOfRange(args, 1, args.length)) {
            int equals = setting.indexOf('=');
            if (equals < 1) {
                System.err.println("not NAME=VALUE: " + setting);
                System.exit(2);
            }
            settings.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("ready " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
