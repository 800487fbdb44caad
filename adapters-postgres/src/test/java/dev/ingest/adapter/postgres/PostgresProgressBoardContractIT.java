package dev.ingest.adapter.postgres;

import dev.ingest.adapter.postgres.testing.PostgresTestDatabase;
import dev.ingest.application.contract.ProgressBoardContract;
import dev.ingest.application.health.port.out.ProgressBoard;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The progress board contract, held by the {@code stream_progress} table and read back through the health view. */
class PostgresProgressBoardContractIT extends ProgressBoardContract {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.migrated();

    @Override
    protected ProgressBoard board() {
        return new PostgresProgressBoard(DATABASE.settings());
    }

    @Override
    protected Optional<Backlog> backlogOf(String streamId) {
        return Backlog.ofStream(streamId, new PostgresIngestionHealth(DATABASE.settings()).latestProgress());
    }
}
