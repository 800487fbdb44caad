package dev.ingest.application.verify.port.out;

import java.util.List;

/** The event files that arrived for ingestion, still waiting in the landing folder or already archived. */
public interface ArrivedFiles {

    /** Every arrived event file with its record count, in no particular order. */
    List<ArrivedFile> list();
}
