package dev.ingest.application.health.usecase;

import dev.ingest.application.health.port.in.PostProgressUseCase;
import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.domain.health.StreamProgress;

/** Posts a stream's progress to its board: the health feature's write side, which the dashboard reads back. */
public final class PostProgressService implements PostProgressUseCase {

    private final ProgressBoard board;

    public PostProgressService(ProgressBoard board) {
        this.board = board;
    }

    @Override
    public void post(StreamProgress progress) {
        board.post(progress);
    }
}
