package dev.ingest.application.ingest.usecase;

import dev.ingest.application.ingest.port.in.FindStoredRangesCommand;
import dev.ingest.application.ingest.port.in.FindStoredRangesUseCase;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.domain.batch.OffsetRange;
import java.util.List;

/** Asks the store for the offset ranges stored by topic-partition, whichever stream stored them. */
public final class FindStoredRangesService implements FindStoredRangesUseCase {

    private final UnitLedger store;

    public FindStoredRangesService(UnitLedger store) {
        this.store = store;
    }

    @Override
    public List<OffsetRange> find(FindStoredRangesCommand command) {
        return store.storedRanges(command.topics(), command.firstBatch());
    }
}
