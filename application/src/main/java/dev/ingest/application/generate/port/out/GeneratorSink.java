package dev.ingest.application.generate.port.out;

/**
 * Where generated events go for the stream to read: a folder, where each file appears whole, all at once, or not at
 * all; or a topic, where each message does.
 */
public interface GeneratorSink {

    /**
     * Writes one chunk of records that the sink lands at once (a file, or a flush of messages) durably, visible
     * atomically where the sink can; returns the name it landed under.
     */
    String land(GeneratedFile file);
}
