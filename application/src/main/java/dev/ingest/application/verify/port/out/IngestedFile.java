package dev.ingest.application.verify.port.out;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * One input file of a committed batch, as the store recorded it.
 *
 * @param sourceFile the file's URI exactly as the stream's source named it, URL-encoded ({@code file:/in/a%20b.csv})
 */
public record IngestedFile(long batchId, String sourceFile, long records) {

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
