package dev.ingest.application.fake;

import dev.ingest.application.port.out.LandingFile;
import dev.ingest.application.port.out.LandingRecord;
import dev.ingest.application.port.out.LandingZone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps landed files in memory, in landing order; an optional hook runs on each landing (to simulate a slow disk). */
public final class InMemoryLandingZone implements LandingZone {

    private final List<LandingFile> files = new ArrayList<>();
    private final Consumer<LandingFile> onLanding;

    public InMemoryLandingZone(Consumer<LandingFile> onLanding) {
        this.onLanding = onLanding;
    }

    public InMemoryLandingZone() {
        this(file -> {
        });
    }

    @Override
    public synchronized String land(LandingFile file) {
        onLanding.accept(file);
        files.add(file);
        return file.generatorId() + "-" + file.sequence();
    }

    public synchronized List<LandingFile> files() {
        return List.copyOf(files);
    }

    public synchronized List<LandingRecord> records() {
        List<LandingRecord> all = new ArrayList<>();
        files.forEach(file -> all.addAll(file.records()));
        return all;
    }
}
