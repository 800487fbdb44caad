package dev.ingest.application.verify.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What the store holds about past ingestion, read back for reconciliation. */
public interface IngestionAudit {

    /** Every stream that has committed a batch. */
    Set<String> streamIds();

    /** The stream's committed batches, in batch order. */
    List<LedgerEntry> batches(String streamId);

    /** The input files of the stream's committed batches, one entry per file and batch, by batch and then path. */
    List<RecordedFile> files(String streamId);

    /** The offset ranges of these topics that any stream's batches stored, by topic, partition and offset. */
    List<RecordedRange> ranges(Collection<String> topics);

    /** How many events the store holds, whichever stream stored them. */
    long storedEvents();
}
