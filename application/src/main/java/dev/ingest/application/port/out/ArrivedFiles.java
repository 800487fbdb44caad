package dev.ingest.application.port.out;

import java.util.List;

/** The event files that arrived for ingestion, still waiting in the landing folder or already archived. */
public interface ArrivedFiles {

    /** Every arrived event file with its record count, in no particular order. */
    List<ArrivedFile> list();

    /** The name under which a file the stream recorded by its source path appears among {@link #list()}. */
    String fileName(String sourceFile);
}
