package dev.ingest.bootstrap.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine: a Master and Workers, each its own JVM running Spark's own classes from a
 * {@code SPARK_HOME} that holds Spark's jars only (the build's {@code spark-distribution} module), each Worker with one
 * core. Executors are the Workers' child JVMs; their logs are under {@code <root>/work-<n>/app-*}{@code /<id>/stderr}.
 */
final class StandaloneCluster implements AutoCloseable {

    /** Failsafe runs in bootstrap's folder; the SPARK_HOME is the sibling module's build output. */
    static final Path SPARK_HOME = Path.of("..", "spark-distribution", "target", "spark-home").toAbsolutePath()
            .normalize();
    private static final Pattern EXECUTOR_PID = Pattern.compile("Started daemon with process name: (\\d+)@");

    private final Path root;
    private final int port;
    private final StreamProcess master;
    private final List<StreamProcess> workers = new ArrayList<>();

    private StandaloneCluster(Path root, int port, StreamProcess master) {
        this.root = root;
        this.port = port;
        this.master = master;
    }

    /** Starts a Master and {@code workers} one-core Workers, and waits until every Worker has registered. */
    static StandaloneCluster start(Path root, int workers) {
        if (!Files.isDirectory(SPARK_HOME.resolve("jars"))) {
            throw new IllegalStateException(SPARK_HOME + "/jars is missing: the cluster tests run after mvn package");
        }
        Folders.delete(root);
        int port = freePort();
        StreamProcess master = StreamProcess.startService(root, "master", List.of(StreamProcess.java(), "-Xmx256m", "-cp",
                SPARK_HOME.resolve("jars") + "/*", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())), Map.of());
        StandaloneCluster cluster = new StandaloneCluster(root, port, master);
        try {
            await(master, "I have been elected leader");
            for (int i = 1; i <= workers; i++) {
                cluster.workers.add(cluster.startWorker(i));
            }
            for (StreamProcess worker : cluster.workers) {
                await(worker, "Successfully registered with master");
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private StreamProcess startWorker(int number) {
        Path work = root.resolve("work-" + number);
        return StreamProcess.startService(root, "worker-" + number, List.of(StreamProcess.java(), "-Xmx256m", "-cp",
                        SPARK_HOME.resolve("jars") + "/*", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                        work.toString(), url()),
                Map.of("SPARK_HOME", SPARK_HOME.toString(), "SPARK_SCALA_VERSION", "2.13"));
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** The process ids of every executor JVM the Workers have started so far, as each logged its own. */
    List<Long> executorPids() {
        List<Long> pids = new ArrayList<>();
        for (Path log : executorLogs()) {
            Matcher matcher = EXECUTOR_PID.matcher(read(log));
            if (matcher.find()) {
                pids.add(Long.parseLong(matcher.group(1)));
            }
        }
        return pids;
    }

    /** How many tasks the executors have finished, by their logs. */
    long finishedTasks() {
        return executorLogs().stream().mapToLong(log -> read(log).lines()
                .filter(line -> line.contains("Executor: Finished task")).count()).sum();
    }

    /**
     * Kills with SIGKILL an executor that is running a task now (its log's last task line started one that has not
     * finished), if there is one.
     *
     * @return whether an executor was killed mid-task
     */
    boolean killAnExecutorMidTask() {
        for (Path log : executorLogs()) {
            String text = read(log);
            Matcher pid = EXECUTOR_PID.matcher(text);
            if (pid.find() && text.lastIndexOf("Executor: Running task") > text.lastIndexOf("Executor: Finished task")) {
                ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(ProcessHandle::destroyForcibly);
                return true;
            }
        }
        return false;
    }

    /** Kills a Worker and its executors with SIGKILL, as if its machine had gone. */
    void killWorker(int number) {
        StreamProcess worker = workers.get(number - 1);
        ProcessHandle.of(worker.pid()).ifPresent(handle -> handle.descendants().forEach(ProcessHandle::destroyForcibly));
        worker.kill();
    }

    @Override
    public void close() {
        List<StreamProcess> all = new ArrayList<>(workers);
        all.add(master);
        for (StreamProcess process : all) {
            ProcessHandle.of(process.pid()).ifPresent(handle -> handle.descendants().forEach(ProcessHandle::destroyForcibly));
            if (process.isAlive()) {
                process.kill();
            }
        }
    }

    private List<Path> executorLogs() {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.getFileName().toString().equals("stderr") && file.toString().contains("/app-"))
                    .sorted()
                    .forEach(logs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logs;
    }

    /** Waits for a line in the JVM's output; the bound (90 s) only keeps a broken start from hanging. */
    private static void await(StreamProcess process, String line) {
        Poll.until(() -> output(process).contains(line) || !process.isAlive(), 200, 450);
        if (!output(process).contains(line)) {
            throw new IllegalStateException("no '" + line + "' from a cluster JVM; its output:\n" + output(process));
        }
    }

    private static String output(StreamProcess process) {
        return process.stdout() + process.stderr();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
