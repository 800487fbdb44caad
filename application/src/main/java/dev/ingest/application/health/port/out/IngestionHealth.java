package dev.ingest.application.health.port.out;

import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.HealthWindow;
import dev.ingest.domain.health.StreamProgress;
import java.util.List;

/** The ledger's committed batches and the streams' latest reported backlog, read for the ingestion-health view. */
public interface IngestionHealth {

    /** The latest committed batches of every stream in the window, newest commit first (then stream, batch). */
    List<BatchHealth> latestBatches(HealthWindow window);

    /** The last committed batch of each stream (the highest batch id), in stream order. */
    List<BatchHealth> lastBatchPerStream();

    /** The latest backlog each stream reported, in stream order. */
    List<StreamProgress> latestProgress();
}
