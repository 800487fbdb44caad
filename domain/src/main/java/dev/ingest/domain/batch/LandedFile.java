package dev.ingest.domain.batch;

import java.util.Objects;

/** A file taken from the landing folder, named by its URI ({@code file:/data/raw/events_1.csv}, {@code hdfs://…}). */
public record LandedFile(String uri) implements SourceUnit {

    public LandedFile {
        Objects.requireNonNull(uri, "uri");
    }

    @Override
    public String id() {
        return uri;
    }
}
