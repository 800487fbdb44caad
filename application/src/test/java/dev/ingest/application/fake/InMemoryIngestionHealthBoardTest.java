package dev.ingest.application.fake;

import dev.ingest.application.contract.ProgressBoardContract;
import dev.ingest.application.health.port.out.ProgressBoard;
import java.util.Optional;

/** The progress board contract, held by the in-memory fake and read back through its health view. */
class InMemoryIngestionHealthBoardTest extends ProgressBoardContract {

    private final InMemoryIngestionHealth health = new InMemoryIngestionHealth(new InMemoryBatchCommitter());

    @Override
    protected ProgressBoard board() {
        return health;
    }

    @Override
    protected Optional<Backlog> backlogOf(String streamId) {
        return Backlog.ofStream(streamId, health.latestProgress());
    }
}
