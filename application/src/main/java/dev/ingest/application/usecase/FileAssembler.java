package dev.ingest.application.usecase;

import dev.ingest.application.port.out.LandingFile;
import dev.ingest.application.port.out.LandingRecord;
import dev.ingest.application.port.out.LandingZone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects records into the current file and lands it when it is full or its interval has passed. */
final class FileAssembler {

    private final LandingZone landingZone;
    private final String generatorId;
    private final Duration interval;
    private final int eventsPerFile;
    private final List<LandingRecord> records = new ArrayList<>();
    private Instant openedAt;
    private long files;

    FileAssembler(LandingZone landingZone, String generatorId, Duration interval, int eventsPerFile) {
        this.landingZone = landingZone;
        this.generatorId = generatorId;
        this.interval = interval;
        this.eventsPerFile = eventsPerFile;
    }

    /** Adds a record with the given event time, landing the current file first if its interval is over. */
    void add(LandingRecord record, Instant time) {
        landIfDue(time);
        if (records.isEmpty()) {
            openedAt = time;
        }
        records.add(record);
        if (records.size() >= eventsPerFile) {
            land();
        }
    }

    void landIfDue(Instant now) {
        if (!records.isEmpty() && !now.isBefore(openedAt.plus(interval))) {
            land();
        }
    }

    void landRemaining() {
        if (!records.isEmpty()) {
            land();
        }
    }

    long files() {
        return files;
    }

    private void land() {
        files++;
        landingZone.land(new LandingFile(generatorId, files, openedAt, records));
        records.clear();
    }
}
