package dev.ingest.application.ingest.port.in;

import java.util.Set;

/** Tells a stream's folder source which files its batches stored that have not left the landing folder since. */
public interface FindHeldFilesUseCase {

    /** The files, named as the source named them, that a batch of the stream stored and the stream did not release. */
    Set<String> find(FindHeldFilesCommand command);
}
