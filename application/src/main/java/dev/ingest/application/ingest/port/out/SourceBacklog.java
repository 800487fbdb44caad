package dev.ingest.application.ingest.port.out;

/** Where the stream reports, after each of its source's progress reports, what waits in the source to be read. */
public interface SourceBacklog {

    void report(Backlog backlog);

    /** For a stream whose backlog nobody watches. */
    static SourceBacklog ignored() {
        return backlog -> {
        };
    }
}
