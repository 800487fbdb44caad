package dev.ingest.application.ingest.port.in;

/**
 * Records that stored files left the landing folder (archived, deleted, or removed by someone else), so that a file
 * landing later under the same name is a new file to ingest.
 */
public interface ReleaseFilesUseCase {

    void release(ReleaseFilesCommand command);
}
