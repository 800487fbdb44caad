package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.STREAM_PROGRESS;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.domain.health.StreamProgress;
import java.time.ZoneOffset;

/** The stream's latest backlog, one row per stream in {@code stream_progress}, replaced at every post. */
public final class PostgresProgressBoard implements ProgressBoard {

    private final RetryingTransactions transactions;

    public PostgresProgressBoard(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public void post(StreamProgress progress) {
        Long lag = progress.kafkaLag().isPresent() ? progress.kafkaLag().getAsLong() : null;
        transactions.inTransaction((connection, dsl) -> dsl.insertInto(STREAM_PROGRESS)
                .set(STREAM_PROGRESS.STREAM_ID, progress.streamId())
                .set(STREAM_PROGRESS.REPORTED_AT, progress.reportedAt().atOffset(ZoneOffset.UTC))
                .set(STREAM_PROGRESS.BACKLOG_FILES, progress.backlogFiles())
                .set(STREAM_PROGRESS.BACKLOG_BYTES, progress.backlogBytes())
                .set(STREAM_PROGRESS.KAFKA_LAG, lag)
                .onConflict(STREAM_PROGRESS.STREAM_ID)
                .doUpdate()
                .set(STREAM_PROGRESS.REPORTED_AT, progress.reportedAt().atOffset(ZoneOffset.UTC))
                .set(STREAM_PROGRESS.BACKLOG_FILES, progress.backlogFiles())
                .set(STREAM_PROGRESS.BACKLOG_BYTES, progress.backlogBytes())
                .set(STREAM_PROGRESS.KAFKA_LAG, lag)
                .execute());
    }
}
