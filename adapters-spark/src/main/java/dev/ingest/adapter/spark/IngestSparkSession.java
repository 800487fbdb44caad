package dev.ingest.adapter.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Builds the SparkSession the stream runs in, tuned for small, frequent micro-batches. The tuning is a set of
 * defaults: a setting given to {@code spark-submit} (which hands them over as {@code spark.*} system properties) or with
 * {@code --conf} wins over it.
 */
public final class IngestSparkSession {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String JARS = "spark.jars";
    private static final String HADOOP_PREFIX = "spark.hadoop.";
    private static final String RAW_LOCAL_FILE_SYSTEM = "fs.file.impl";
    private static final String RAW_LOCAL_FILE_CONTEXT = "fs.AbstractFileSystem.file.impl";

    private IngestSparkSession() {
    }

    /** The master {@code spark-submit} was given, else {@code local[*]}. */
    public static String defaultMaster() {
        return new SparkConf(true).get("spark.master", "local[*]");
    }

    public static SparkSession create(StreamSettings settings) {
        return create(settings, SparkDeployment.local());
    }

    public static SparkSession create(StreamSettings settings, SparkDeployment deployment) {
        SparkSession.Builder builder = SparkSession.builder().appName("ingest").master(settings.master());
        conf(settings, deployment, new SparkConf(true)).forEach(builder::config);
        return builder.getOrCreate();
    }

    /** The settings the session is built with: the defaults spark-submit did not set, then the deployment's. */
    static Map<String, String> conf(StreamSettings settings, SparkDeployment deployment, SparkConf submitted) {
        Map<String, String> conf = new LinkedHashMap<>();
        defaults(settings).forEach((key, value) -> {
            if (!submitted.contains(key)) {
                conf.put(key, value);
            }
        });
        conf.putAll(deployment.conf());
        if (!settings.isLocalMaster()) {
            conf.put(JARS, jars(conf.getOrDefault(JARS, submitted.get(JARS, "")), deployment.executorJars()));
        }
        return conf;
    }

    /** The jars Spark ships already, and those of the deployment whose file names are not among them yet. */
    static String jars(String already, List<String> executorJars) {
        List<String> jars = new ArrayList<>(Arrays.stream(already.split(",")).filter(jar -> !jar.isBlank()).toList());
        List<String> names = jars.stream().map(IngestSparkSession::fileName).toList();
        executorJars.stream().filter(jar -> !names.contains(fileName(jar))).forEach(jars::add);
        return String.join(",", jars);
    }

    private static String fileName(String jar) {
        return jar.substring(jar.lastIndexOf('/') + 1);
    }

    private static Map<String, String> defaults(StreamSettings settings) {
        Map<String, String> conf = new LinkedHashMap<>();
        // The batches never shuffle; should a step ever do, 200 default partitions would mean 200 tiny tasks.
        conf.put("spark.sql.shuffle.partitions", "2");
        // AQE does not apply to streaming queries and only logs a warning at every start.
        conf.put("spark.sql.adaptive.enabled", "false");
        // The [Stage n:>] bar would interleave with the per-batch lines on the console.
        conf.put("spark.ui.showConsoleProgress", "false");
        // Exactly-once lives in the ledger, not in Spark's batch history: 100 retained batches is only disk.
        conf.put("spark.sql.streaming.minBatchesToRetain", "20");
        // A stream runs for days: bound what the UI keeps per batch so the driver heap stays flat.
        conf.put("spark.ui.retainedJobs", "200");
        conf.put("spark.ui.retainedStages", "200");
        conf.put("spark.sql.ui.retainedExecutions", "200");
        conf.put("spark.sql.streaming.ui.retainedQueries", "10");
        // Input rate, processing rate and latency of the query for the metrics system (and so Prometheus).
        conf.put("spark.sql.streaming.metricsEnabled", "true");
        // Every batch writes offset and commit files, each written aside and renamed; on local
        // disks Hadoop's checksummed file system adds a .crc file to each write and rename. The raw one cut
        // Spark's per-batch bookkeeping from ~180-200 ms to ~110-120 ms (median, 40 one-file batches, 2 cores).
        conf.put(HADOOP_PREFIX + RAW_LOCAL_FILE_SYSTEM, "org.apache.hadoop.fs.RawLocalFileSystem");
        conf.put(HADOOP_PREFIX + RAW_LOCAL_FILE_CONTEXT, "org.apache.hadoop.fs.local.RawLocalFs");
        if (settings.isLocalMaster()) {
            // Nothing leaves this machine in local mode; binding to loopback avoids hostname lookups and warnings.
            conf.put("spark.driver.host", LOOPBACK);
            conf.put("spark.driver.bindAddress", LOOPBACK);
        }
        if (settings.uiPort().isPresent()) {
            conf.put("spark.ui.enabled", "true");
            conf.put("spark.ui.port", String.valueOf(settings.uiPort().getAsInt()));
            conf.put("spark.ui.prometheus.enabled", "true");
            conf.put("spark.metrics.conf.*.sink.prometheusServlet.class",
                    "org.apache.spark.metrics.sink.PrometheusServlet");
            conf.put("spark.metrics.conf.*.sink.prometheusServlet.path", "/metrics/prometheus");
        } else {
            conf.put("spark.ui.enabled", "false");
        }
        return conf;
    }

    /**
     * The Hadoop settings given to the session ({@code --conf spark.hadoop.fs.s3a.endpoint=…}), without their prefix:
     * Spark applies them only to the file systems it opens itself, so the stream ships them to the executors' own
     * reads and writes (event files, quarantine files) and applies them on the driver's. Not this class's raw local
     * file system, which is for Spark's bookkeeping: the adapters write no checksum files anyway, and an S3A upload
     * buffered on local disk needs Hadoop's default local file system.
     */
    public static Map<String, String> hadoopSettings(SparkSession spark) {
        Map<String, String> settings = new TreeMap<>();
        for (Tuple2<String, String> setting : spark.sparkContext().getConf().getAllWithPrefix(HADOOP_PREFIX)) {
            settings.put(setting._1(), setting._2());
        }
        settings.keySet().removeAll(Set.of(RAW_LOCAL_FILE_SYSTEM, RAW_LOCAL_FILE_CONTEXT));
        return Map.copyOf(settings);
    }
}
