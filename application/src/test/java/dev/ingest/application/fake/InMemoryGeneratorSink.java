package dev.ingest.application.fake;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps landed files in memory, in landing order, and like the CSV sink refuses a name already landed; an optional
 * hook runs on each landing (to simulate a slow disk).
 */
public final class InMemoryGeneratorSink implements GeneratorSink {

    private final Map<String, GeneratedFile> files = new LinkedHashMap<>();
    private final Consumer<GeneratedFile> onLanding;

    public InMemoryGeneratorSink(Consumer<GeneratedFile> onLanding) {
        this.onLanding = onLanding;
    }

    public InMemoryGeneratorSink() {
        this(file -> {
        });
    }

    @Override
    public synchronized String land(GeneratedFile file) {
        onLanding.accept(file);
        String name = file.generatorId() + "-" + file.sequence();
        if (files.containsKey(name)) {
            throw new UncheckedIOException(
                    new FileAlreadyExistsException(name, null, "another generator landed this name"));
        }
        files.put(name, file);
        return name;
    }

    public synchronized List<String> names() {
        return List.copyOf(files.keySet());
    }

    public synchronized Optional<GeneratedFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    public synchronized List<GeneratedFile> files() {
        return List.copyOf(files.values());
    }

    public synchronized List<GeneratedRecord> records() {
        List<GeneratedRecord> all = new ArrayList<>();
        files.values().forEach(file -> all.addAll(file.records()));
        return all;
    }
}
