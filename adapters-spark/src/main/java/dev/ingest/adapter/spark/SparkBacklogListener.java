package dev.ingest.adapter.spark;

import static dev.ingest.adapter.spark.source.LandingFolderSource.BACKLOG_BYTES;
import static dev.ingest.adapter.spark.source.LandingFolderSource.BACKLOG_FILES;

import dev.ingest.application.health.port.in.PostProgressUseCase;
import dev.ingest.domain.health.StreamProgress;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.streaming.SourceProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the driver, at every progress event of the stream's query, posts the backlog its landing-folder source reported
 * ({@code backlogFiles}, {@code backlogBytes}) through the health use case to the progress board. Spark calls
 * listeners on its own bus thread, so a slow or unreachable board delays no batch; a failed post is logged once per
 * outage and the next event tries again.
 */
final class SparkBacklogListener extends StreamingQueryListener {

    private static final Logger LOG = LoggerFactory.getLogger(SparkBacklogListener.class);

    private final String queryName;
    private final String streamId;
    private final PostProgressUseCase progress;
    private boolean failing;

    SparkBacklogListener(String queryName, String streamId, PostProgressUseCase progress) {
        this.queryName = queryName;
        this.streamId = streamId;
        this.progress = progress;
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress progress = event.progress();
        if (!queryName.equals(progress.name())) {
            return;
        }
        backlog(streamId, Instant.parse(progress.timestamp()), progress.sources()).ifPresent(this::post);
    }

    /**
     * The backlog of the first source that reports one, at the progress event's time: files and bytes waiting for
     * the folder source, the consumer lag (offsets not read yet, over all partitions) for the Kafka source.
     */
    static Optional<StreamProgress> backlog(String streamId, Instant at, SourceProgress[] sources) {
        for (SourceProgress source : sources) {
            Map<String, String> metrics = source.metrics();
            if (metrics != null && metrics.containsKey(BACKLOG_FILES) && metrics.containsKey(BACKLOG_BYTES)) {
                return Optional.of(new StreamProgress(streamId, at, Long.parseLong(metrics.get(BACKLOG_FILES)),
                        Long.parseLong(metrics.get(BACKLOG_BYTES)), OptionalLong.empty()));
            }
            if (metrics != null && metrics.containsKey(KafkaLag.AVERAGE_PER_PARTITION)) {
                return Optional.of(new StreamProgress(streamId, at, 0, 0,
                        OptionalLong.of(KafkaLag.total(metrics, source.endOffset()))));
            }
        }
        return Optional.empty();
    }

    private void post(StreamProgress backlog) {
        try {
            progress.post(backlog);
            failing = false;
        } catch (RuntimeException unreachable) {
            if (!failing) {
                LOG.warn("cannot post the stream's backlog (the dashboard shows the last one posted): {}",
                        unreachable.getMessage());
            }
            failing = true;
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
