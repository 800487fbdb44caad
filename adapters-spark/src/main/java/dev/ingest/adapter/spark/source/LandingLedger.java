package dev.ingest.adapter.spark.source;

import java.util.List;
import java.util.Set;

/** What the stream's ledger knows of its landing folder's files, as the source asks it on the driver. */
public interface LandingLedger {

    /** The files (their URIs) that the stream's batches stored and that have not left the folder since. */
    Set<String> held();

    /** Records that these stored files left the folder: a file landing later under one of their names is new. */
    void release(List<String> paths);
}
