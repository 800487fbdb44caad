package dev.ingest.adapter.spark;

import java.net.URI;
import java.util.OptionalInt;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the test JVM: starting Spark takes seconds, so every Spark test shares it. */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
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
