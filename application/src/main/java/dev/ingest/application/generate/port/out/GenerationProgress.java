package dev.ingest.application.generate.port.out;

import dev.ingest.domain.generation.GenerationSummary;

/** Hears how a generator run is going, a few times a second at most; the listener decides what to show. */
public interface GenerationProgress {

    void progress(GenerationSummary soFar);

    static GenerationProgress silent() {
        return soFar -> {
        };
    }
}
