package dev.ingest.adapter.spark.source;

import dev.ingest.application.ingest.port.out.Backlog;
import dev.ingest.application.ingest.port.out.SourceBacklog;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.streaming.SourceProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;

/**
 * Hands the backlog that the query's source reports in each progress event to a {@link SourceBacklog}, on the driver:
 * the landing folder's files and bytes not taken yet ({@link LandingFolderStream#metrics}), or a Kafka source's lag
 * ({@code maxOffsetsBehindLatest}, which Spark's Kafka source reports once it knows the latest offsets).
 */
public final class SourceBacklogListener extends StreamingQueryListener {

    static final String KAFKA_LAG = "maxOffsetsBehindLatest";

    private final String queryName;
    private final SourceBacklog backlog;

    public SourceBacklogListener(String queryName, SourceBacklog backlog) {
        this.queryName = queryName;
        this.backlog = backlog;
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress progress = event.progress();
        if (!queryName.equals(progress.name())) {
            return;
        }
        for (SourceProgress source : progress.sources()) {
            Backlog reported = backlogOf(source.metrics());
            if (!reported.isEmpty()) {
                backlog.report(reported);
            }
        }
    }

    static Backlog backlogOf(Map<String, String> metrics) {
        return new Backlog(number(metrics, LandingFolderStream.BACKLOG_FILES),
                number(metrics, LandingFolderStream.BACKLOG_BYTES), number(metrics, KAFKA_LAG));
    }

    private static OptionalLong number(Map<String, String> metrics, String key) {
        String value = metrics == null ? null : metrics.get(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            // Spark's Kafka source writes its offsets behind as a decimal ("12.0") where it averages them.
            return OptionalLong.of((long) Double.parseDouble(value));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
        // Only progress is of interest.
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
        // Only progress is of interest.
    }
}
