package dev.ingest.application.port.out;

import java.util.List;

/** The record of committed micro-batches, one entry per batch, written by the event store inside each commit. */
public interface BatchLedger {

    /** Every committed batch of the stream, in batch order. */
    List<LedgerEntry> entries(String streamId);
}
