package dev.ingest.bootstrap.wiring;

import dev.ingest.adapter.spark.IngestSparkSession;
import dev.ingest.adapter.spark.StreamSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.SparkSession;

/** A Spark session starting on a thread of its own, so that the caller can do other slow work meanwhile. */
final class SparkStartup {

    private final CompletableFuture<SparkSession> starting;

    private SparkStartup(CompletableFuture<SparkSession> starting) {
        this.starting = starting;
    }

    static SparkStartup begin(StreamSettings settings) {
        CompletableFuture<SparkSession> starting = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                starting.complete(IngestSparkSession.create(settings));
            } catch (Throwable failure) {
                starting.completeExceptionally(failure);
            }
        }, "spark-startup");
        thread.start();
        return new SparkStartup(starting);
    }

    /** Waits for the session; a failure to start is rethrown as it was thrown. */
    SparkSession session() {
        try {
            return starting.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    /** Stops the session once it has started, without waiting for it. */
    void abandon() {
        starting.thenAccept(SparkSession::stop);
    }
}
