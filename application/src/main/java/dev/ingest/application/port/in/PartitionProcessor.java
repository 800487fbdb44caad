package dev.ingest.application.port.in;

import java.io.Serializable;

/** Validates, stages and quarantines the records of one partition; serializable so executors can run it. */
public interface PartitionProcessor extends Serializable {

    /** Starts processing one partition; a partition processed again replaces its earlier attempt. */
    PartitionRun start(int partitionId);
}
