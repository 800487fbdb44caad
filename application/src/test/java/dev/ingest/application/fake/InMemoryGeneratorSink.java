package dev.ingest.application.fake;

import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps landed files in memory, in landing order; an optional hook runs on each landing (to simulate a slow disk). */
public final class InMemoryGeneratorSink implements GeneratorSink {

    private final List<GeneratedFile> files = new ArrayList<>();
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
        files.add(file);
        return file.generatorId() + "-" + file.sequence();
    }

    public synchronized List<GeneratedFile> files() {
        return List.copyOf(files);
    }

    public synchronized List<GeneratedRecord> records() {
        List<GeneratedRecord> all = new ArrayList<>();
        files.forEach(file -> all.addAll(file.records()));
        return all;
    }
}
