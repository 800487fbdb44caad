package dev.ingest.application.port.out;

/**
 * The commit found fewer staged events than the executors reported, as after a database crash empties an unlogged
 * staging table: nothing was committed, and staging the batch again cures it.
 */
public final class StagedEventsMissingException extends IllegalStateException {

    public StagedEventsMissingException(BatchKey key, long expected, long found) {
        super("batch " + key.batchId() + " of stream " + key.streamId() + " expected " + expected
                + " staged events, found " + found);
    }
}
