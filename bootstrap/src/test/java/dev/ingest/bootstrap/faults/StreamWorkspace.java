package dev.ingest.bootstrap.faults;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folders and database of one scenario, {@code target/faults/<name>/{input,error,checkpoint,logs}} and database
 * {@code faults_<name>}, and the stream command that runs on them.
 */
final class StreamWorkspace {

    private final String name;
    private final Path root;
    private final DatabaseSettings database;
    private int runs;
    private String heap = "1g";
    private String master = "local[2]";

    private StreamWorkspace(String name, Path root, DatabaseSettings database) {
        this.name = name;
        this.root = root;
        this.database = database;
    }

    /** A fresh, empty workspace (an earlier one of the same name is deleted). */
    static StreamWorkspace fresh(String name) {
        Path root = Path.of("target", "faults", name).toAbsolutePath();
        Folders.delete(root);
        String databaseName = ("faults_" + name.replace('-', '_') + "_" + ProcessHandle.current().pid())
                .toLowerCase(Locale.ROOT);
        return new StreamWorkspace(name, root, FaultPostgres.shared().database(databaseName));
    }

    /** Runs the stream JVMs with this maximum heap ({@code -Xmx}) from now on. */
    StreamWorkspace withHeap(String maximum) {
        heap = maximum;
        return this;
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

    DatabaseSettings database() {
        return database;
    }

    /** Starts {@code ingest stream} on this workspace's folders and database, with the options given. */
    StreamProcess stream(String... options) {
        List<String> arguments = new ArrayList<>(List.of("stream", "--master", master));
        arguments.addAll(streamOptions(options));
        runs++;
        return StreamProcess.start(logs(), name + "-run" + runs, heap, arguments);
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
        return StreamProcess.start(logs(), name + "-run" + runs, command, Map.of("SPARK_HOME", sparkHome.toString()));
    }

    private List<String> streamOptions(String... options) {
        List<String> arguments = new ArrayList<>(List.of(
                "--input", input().toString(),
                "--error-dir", errorDir().toString(),
                "--checkpoint", checkpoint().toString(),
                "--metrics-log", logs().resolve("metrics.jsonl").toString(),
                "--no-ui",
                "--jdbc-url", database.jdbcUrl(),
                "--db-user", database.user()));
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
