package dev.ingest.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: the stream on a real Spark standalone cluster — a Master and two one-core Workers in JVMs of their own,
 * whose {@code SPARK_HOME} holds Spark's jars only, so that every class of ingest an executor runs was handed over by
 * the stream. Each run must end exactly as a local clean run of the same files: started with {@code --master}, through
 * {@code SparkSubmit}, with an executor killed mid-task, and with a Worker killed (the last, as it leaves one Worker).
 */
@ExtendWith(LeftoverStreams.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String EXECUTOR_MEMORY = "spark.executor.memory=512m";
    private static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = StandaloneCluster.start(Path.of("target", "faults", "cluster").toAbsolutePath(), 2);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    @Order(1)
    void a_stream_given_the_master_runs_its_tasks_in_executor_jvms_and_ends_as_a_clean_run() {
        CleanRun clean = cleanRun();
        StreamWorkspace workspace = workspace("cluster-master");
        long tasksBefore = cluster.finishedTasks();

        StreamProcess stream = workspace.streamAvailableNow("--max-files-per-trigger", "1", "--conf", EXECUTOR_MEMORY);

        assertThat(stream.awaitExit()).as("stream; stderr:%n%s", stream.stderr()).isZero();
        assertRanInExecutors(stream, tasksBefore);
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.CLUSTER_FILES);
    }

    @Test
    @Order(2)
    void spark_submit_runs_the_application_jar_with_its_master_and_ends_as_a_clean_run() {
        CleanRun clean = cleanRun();
        StreamWorkspace workspace = workspace("cluster-submit");
        long tasksBefore = cluster.finishedTasks();

        StreamProcess stream = workspace.submit(cluster, "--available-now", "--max-files-per-trigger", "1");

        assertThat(stream.awaitExit()).as("spark-submit; stderr:%n%s", stream.stderr()).isZero();
        assertRanInExecutors(stream, tasksBefore);
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.CLUSTER_FILES);
    }

    @Test
    @Order(3)
    void an_executor_killed_mid_task_is_replaced_and_the_stream_ends_as_a_clean_run() {
        CleanRun clean = cleanRun();
        StreamWorkspace workspace = workspace("cluster-executor-kill");

        StreamProcess stream = workspace.stream("--available-now", "--max-files-per-trigger", "1", "--conf",
                EXECUTOR_MEMORY);
        boolean killed = Poll.until(() -> cluster.killAnExecutorMidTask() || !stream.isAlive(), 20, 6_000);

        assertThat(killed && stream.isAlive()).as("an executor was killed while the stream ran a task").isTrue();
        assertThat(stream.awaitExit()).as("stream; stderr:%n%s", stream.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.CLUSTER_FILES);
    }

    @Test
    @Order(4)
    void a_worker_killed_under_the_stream_leaves_it_going_or_stopped_clearly_and_a_restart_ends_as_a_clean_run() {
        CleanRun clean = cleanRun();
        StreamWorkspace workspace = workspace("cluster-worker-kill");
        long tasksBefore = cluster.finishedTasks();

        StreamProcess stream = workspace.stream("--available-now", "--max-files-per-trigger", "1", "--conf",
                EXECUTOR_MEMORY);
        assertThat(Poll.until(() -> cluster.finishedTasks() > tasksBefore || !stream.isAlive(), 20, 6_000)).isTrue();
        cluster.killWorker(2);
        int exit = stream.awaitExit();
        if (exit != 0) {
            assertThat(stream.stderr()).as("a stream stopped by the lost Worker says why").contains("error: ");
        }

        StreamProcess restart = workspace.streamAvailableNow("--max-files-per-trigger", "1", "--conf", EXECUTOR_MEMORY);
        assertThat(restart.awaitExit()).as("restart; stderr:%n%s", restart.stderr()).isZero();
        ExactlyOnce.assertEndedAsCleanRun(workspace, clean, EventDataset.CLUSTER_FILES);
    }

    /** Tasks finished in executor JVMs, none of which is the driver's (nor this test's) JVM. */
    private static void assertRanInExecutors(StreamProcess driver, long tasksBefore) {
        assertThat(cluster.finishedTasks()).as("tasks the executors finished").isGreaterThan(tasksBefore);
        assertThat(cluster.executorPids()).as("executor JVMs").isNotEmpty()
                .doesNotContain(driver.pid(), ProcessHandle.current().pid());
    }

    private static StreamWorkspace workspace(String name) {
        StreamWorkspace workspace = StreamWorkspace.fresh(name).withMaster(cluster.url());
        EventDataset.landClusterDatasetInto(workspace.input());
        return workspace;
    }

    /** The oracle: the same files through a local stream. */
    private static CleanRun cleanRun() {
        return CleanRun.of("cluster-clean-run", EventDataset::landClusterDatasetInto,
                (long) EventDataset.CLUSTER_FILES * EventDataset.EVENTS_PER_FILE);
    }
}
