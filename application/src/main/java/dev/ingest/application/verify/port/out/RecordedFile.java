package dev.ingest.application.verify.port.out;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * One input file of a committed batch, as the store recorded it.
 *
 * @param sourceFile the file's URI exactly as the stream's source named it, URL-encoded ({@code file:/in/a%20b.csv})
 * @param released   the file left the landing folder after the batch took it (archived, deleted, or removed)
 */
public record RecordedFile(long batchId, String sourceFile, long records, boolean released) {

    /** A file still held in the landing folder. */
    public RecordedFile(long batchId, String sourceFile, long records) {
        this(batchId, sourceFile, records, false);
    }

    /** The file's name, which identifies it wherever it was moved to (archiving keeps names). */
    public String fileName() {
        String path;
        try {
            path = new URI(sourceFile).getPath();
        } catch (URISyntaxException notAUri) {
            path = null;
        }
        String name = path == null ? sourceFile : path;
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
