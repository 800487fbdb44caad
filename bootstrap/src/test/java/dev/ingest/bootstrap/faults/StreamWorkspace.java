package dev.ingest.bootstrap.faults;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.PostgresSchema;
import dev.ingest.bootstrap.testing.LeastPrivilegeRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folders and database of one scenario, {@code target/faults/<name>/{input,error,checkpoint,logs}} and database
 * {@code faults_<name>}, and the stream command that runs on them. As in production, the schema's owner migrates the
 * database and grants the least-privilege role of {@code sql/roles/ingest_app.sql}; the stream and {@code verify} run
 * as that role.
 */
final class StreamWorkspace {

    private static final String APP_PASSWORD = "fault-suite-app";

    private final String name;
    private final Path root;
    private final DatabaseSettings owner;
    private final DatabaseSettings app;
    private int runs;
    private String heap = "1g";
    private String master = "local[2]";
    /** Where the stream reads: the input folder, unless {@link #withKafka} chose topics. */
    private List<String> source;

    private StreamWorkspace(String name, Path root, DatabaseSettings owner, DatabaseSettings app) {
        this.name = name;
        this.root = root;
        this.owner = owner;
        this.app = app;
    }

    /** A fresh, empty workspace (an earlier one of the same name is deleted), its database migrated. */
    static StreamWorkspace fresh(String name) {
        Path root = Path.of("target", "faults", name).toAbsolutePath();
        Folders.delete(root);
        String databaseName = ("faults_" + name.replace('-', '_') + "_" + ProcessHandle.current().pid())
                .toLowerCase(Locale.ROOT);
        DatabaseSettings owner = FaultPostgres.shared().database(databaseName);
        PostgresSchema.migrate(owner);
        return new StreamWorkspace(name, root, owner, LeastPrivilegeRole.createIn(owner, APP_PASSWORD));
    }

    /** Runs the stream JVMs with this maximum heap ({@code -Xmx}) from now on. */
    StreamWorkspace withHeap(String maximum) {
        heap = maximum;
        return this;
    }

    /** Streams (and verifies) this Kafka topic instead of the input folder from now on. */
    StreamWorkspace withKafka(String bootstrapServers, String topic) {
        source = List.of("--kafka-bootstrap-servers", bootstrapServers, "--topic", topic);
        return this;
    }

    /** The verify options that name the source: the input folder, or the Kafka topic. */
    List<String> sourceOptions() {
        return source != null ? source : List.of("--input", input().toString());
    }

    /** Runs the stream JVMs against this Spark master from now on. */
    StreamWorkspace withMaster(String url) {
        master = url;
        return this;
    }

    Path input() {
        return root.resolve("input");
    }

    Path errorDir() {
        return root.resolve("error");
    }

    Path checkpoint() {
        return root.resolve("checkpoint");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** The database as its owner sees it: what the probes look into it with. */
    DatabaseSettings database() {
        return owner;
    }

    /** The database as the stream and {@code verify} reach it: the least-privilege role. */
    DatabaseSettings appRole() {
        return app;
    }

    /** Starts {@code ingest stream} on this workspace's folders and database, with the options given. */
    StreamProcess stream(String... options) {
        List<String> arguments = new ArrayList<>(List.of("stream", "--master", master));
        arguments.addAll(streamOptions(options));
        runs++;
        return StreamProcess.start(logs(), name + "-run" + runs, heap, arguments, appPassword());
    }

    /**
     * Starts {@code ingest stream} the way {@code bin/spark-submit} runs an application: Spark's own {@code SparkSubmit}
     * from the cluster's jars, with the application jar for spark-submit ({@code ingest-spark.jar}); the master and
     * the executors' memory are given to spark-submit, none to the stream.
     */
    StreamProcess submit(StandaloneCluster cluster, String... options) {
        Path sparkHome = StandaloneCluster.SPARK_HOME;
        List<String> command = new ArrayList<>(List.of(StreamProcess.java(), "-Xmx" + heap));
        command.addAll(SparkSubmitOpens.flags());
        command.addAll(List.of("-cp", sparkHome.resolve("conf") + "/:" + sparkHome.resolve("jars") + "/*",
                "org.apache.spark.deploy.SparkSubmit", "--class", "dev.ingest.bootstrap.IngestApplication",
                "--master", cluster.url(), "--conf", "spark.executor.memory=512m",
                StreamProcess.JAR.resolveSibling("ingest-spark.jar").toString(), "stream"));
        command.addAll(streamOptions(options));
        runs++;
        Map<String, String> environment = new HashMap<>(appPassword());
        environment.put("SPARK_HOME", sparkHome.toString());
        return StreamProcess.start(logs(), name + "-run" + runs, command, environment);
    }

    /** The role's password reaches the stream through the environment, as in production: never on a command line. */
    private Map<String, String> appPassword() {
        return Map.of("POSTGRES_PASSWORD", app.password());
    }

    private List<String> streamOptions(String... options) {
        List<String> arguments = new ArrayList<>(sourceOptions());
        arguments.addAll(List.of(
                "--error-dir", errorDir().toString(),
                "--checkpoint", checkpoint().toString(),
                "--metrics-log", logs().resolve("metrics.jsonl").toString(),
                "--no-ui",
                "--jdbc-url", app.jdbcUrl(),
                "--db-user", app.user()));
        arguments.addAll(List.of(options));
        return arguments;
    }

    /** Runs {@code ingest stream --available-now} to the end and returns the finished process. */
    StreamProcess streamAvailableNow(String... options) {
        List<String> all = new ArrayList<>(List.of("--available-now"));
        all.addAll(List.of(options));
        StreamProcess process = stream(all.toArray(String[]::new));
        process.awaitExit();
        return process;
    }
}
