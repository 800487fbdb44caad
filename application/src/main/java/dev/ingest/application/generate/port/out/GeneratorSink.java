package dev.ingest.application.generate.port.out;

/** The folder the stream reads: each file appears there whole, all at once, or not at all. */
public interface GeneratorSink {

    /** Writes the file durably and makes it visible atomically; returns the name it landed under. */
    String land(GeneratedFile file);
}
