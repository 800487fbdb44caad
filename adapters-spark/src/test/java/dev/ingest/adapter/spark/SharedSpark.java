package dev.ingest.adapter.spark;

import java.net.URI;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM: starting Spark takes seconds, so every Spark test shares it. */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            StreamSettings settings = StreamSettings.of(URI.create("file:/unused-input"),
                            URI.create("file:/unused-checkpoint"))
                    .withMaster("local[2]")
                    .withUiPort(OptionalInt.empty());
            session = IngestSparkSession.create(settings);
        }
        return session;
    }
}
