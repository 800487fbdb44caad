package dev.ingest.adapter.spark;

import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At DEBUG, one line per batch with where Spark's own time went (listing the folder, planning, writing the offset
 * and commit logs, running the batch): the bookkeeping around our work that the metrics log does not see.
 */
final class SparkProgressLog extends StreamingQueryListener {

    private static final Logger LOG = LoggerFactory.getLogger(SparkProgressLog.class);

    private final String queryName;

    SparkProgressLog(String queryName) {
        this.queryName = queryName;
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StreamingQueryProgress progress = event.progress();
        if (LOG.isDebugEnabled() && queryName.equals(progress.name())) {
            LOG.debug("batch {}: {} rows, Spark durations in ms {}", progress.batchId(), progress.numInputRows(),
                    progress.durationMs());
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
