import dev.ingest.adapter.postgres.database.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the project's embedded PostgreSQL running for the benchmark scripts, so that psql, the stream and the JDBC
 * baseline all talk to the same server. The stream attaches to a running server in the same folder instead of
 * starting its own. Runs until it is terminated; the server stops with it.
 *
 * <p>Without settings the server is the application's own ({@code EmbeddedPostgresServer}). With settings
 * ({@code track_commit_timestamp=on} for bench/latency.sh) it is started here through zonky's builder, as
 * {@code EmbeddedPostgresServer} starts it (same folders, durability on) plus those settings, which only a start can
 * apply; a server already running in the folder is attached to as it is, and the caller checks its settings.
 *
 * <p>Usage (Java 17 single-file launch): {@code java -cp 'bootstrap/target/lib/*' bench/EmbeddedServer.java DIR
 * [NAME=VALUE ...]}. Prints {@code ready <port>} once the server answers; the port is also in {@code DIR/port}.
 */
public final class EmbeddedServer {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EmbeddedServer.java DIR [NAME=VALUE ...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : Arrays.copyOfRange(args, 1, args.length)) {
            int equals = setting.indexOf('=');
            if (equals < 1) {
                System.err.println("not NAME=VALUE: " + setting);
                System.exit(2);
            }
            settings.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        AutoCloseable server;
        int port;
        if (settings.isEmpty()) {
            EmbeddedPostgresServer own = EmbeddedPostgresServer.start(dir);
            server = own;
            port = own.port();
        } else {
            Files.createDirectories(dir);
            Path portFile = dir.resolve("port");
            port = Files.exists(portFile) ? Integer.parseInt(Files.readString(portFile).trim()) : freePort();
            if (answers(port) && Files.exists(dir.resolve("pgdata").resolve("postmaster.pid"))) {
                server = () -> { };
            } else {
                if (!isFree(port)) {
                    port = freePort();
                }
                Files.writeString(portFile, Integer.toString(port), StandardCharsets.US_ASCII);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("pgdata"))
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                        .setPort(port)
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .setPGStartupWait(Duration.ofSeconds(60));
                settings.forEach(builder::setServerConfig);
                server = builder.start();
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("cannot stop the embedded PostgreSQL: " + e);
            }
        }));
        System.out.println("ready " + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static boolean answers(int port) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "")) {
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
