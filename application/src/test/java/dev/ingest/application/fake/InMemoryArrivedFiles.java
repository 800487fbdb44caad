package dev.ingest.application.fake;

import dev.ingest.application.verify.port.out.ArrivedFile;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.util.ArrayList;
import java.util.List;

/** Arrived files held in memory; a location is {@code input} or {@code archive}, as the CSV adapter's begin. */
public final class InMemoryArrivedFiles implements ArrivedFiles {

    private final List<ArrivedFile> files = new ArrayList<>();

    public InMemoryArrivedFiles with(String name, long records) {
        files.add(new ArrivedFile(name, "input", records));
        return this;
    }

    /** A file whose header names columns beyond the eight, which the stream does not read. */
    public InMemoryArrivedFiles withIgnoredColumns(String name, long records, String... columns) {
        files.add(new ArrivedFile(name, "input", records, List.of(columns)));
        return this;
    }

    public InMemoryArrivedFiles archived(String name, long records) {
        files.add(new ArrivedFile(name, "archive", records, List.of(), true));
        return this;
    }

    @Override
    public List<ArrivedFile> list() {
        return List.copyOf(files);
    }
}
