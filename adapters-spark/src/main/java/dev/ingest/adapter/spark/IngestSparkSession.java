package dev.ingest.adapter.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession the stream runs in, tuned for small, frequent micro-batches. */
public final class IngestSparkSession {

    private static final String LOOPBACK = "127.0.0.1";

    private IngestSparkSession() {
    }

    public static SparkSession create(StreamSettings settings) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("ingest")
                .master(settings.master())
                // The batches never shuffle; should a step ever do, 200 default partitions would mean 200 tiny tasks.
                .config("spark.sql.shuffle.partitions", "2")
                // AQE does not apply to streaming queries and only logs a warning at every start.
                .config("spark.sql.adaptive.enabled", "false")
                // The [Stage n:>] bar would interleave with the per-batch lines on the console.
                .config("spark.ui.showConsoleProgress", "false")
                // Exactly-once lives in the ledger, not in Spark's batch history: 100 retained batches is only disk.
                .config("spark.sql.streaming.minBatchesToRetain", "20")
                // A stream runs for days: bound what the UI keeps per batch so the driver heap stays flat.
                .config("spark.ui.retainedJobs", "200")
                .config("spark.ui.retainedStages", "200")
                .config("spark.sql.ui.retainedExecutions", "200")
                .config("spark.sql.streaming.ui.retainedQueries", "10")
                // Input rate, processing rate and latency of the query for the metrics system (and so Prometheus).
                .config("spark.sql.streaming.metricsEnabled", "true")
                // Every batch writes offset and commit files, each written aside and renamed; on local
                // disks Hadoop's checksummed file system adds a .crc file to each write and rename. The raw one cut
                // Spark's per-batch bookkeeping from ~180-200 ms to ~110-120 ms (median, 40 one-file batches, 2 cores).
                .config("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem")
                .config("spark.hadoop.fs.AbstractFileSystem.file.impl", "org.apache.hadoop.fs.local.RawLocalFs");
        if (settings.isLocalMaster()) {
            // Nothing leaves this machine in local mode; binding to loopback avoids hostname lookups and warnings.
            builder.config("spark.driver.host", LOOPBACK).config("spark.driver.bindAddress", LOOPBACK);
        }
        if (settings.uiPort().isPresent()) {
            builder.config("spark.ui.enabled", "true")
                    .config("spark.ui.port", String.valueOf(settings.uiPort().getAsInt()))
                    .config("spark.ui.prometheus.enabled", "true")
                    .config("spark.metrics.conf.*.sink.prometheusServlet.class",
                            "org.apache.spark.metrics.sink.PrometheusServlet")
                    .config("spark.metrics.conf.*.sink.prometheusServlet.path", "/metrics/prometheus");
        } else {
            builder.config("spark.ui.enabled", "false");
        }
        return builder.getOrCreate();
    }
}
