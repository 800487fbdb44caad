package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.INGESTED_FILES;
import static dev.ingest.adapter.postgres.jooq.Tables.INGESTION_BATCHES;
import static dev.ingest.adapter.postgres.jooq.Tables.STREAM_PROGRESS;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.database.RetryingTransactions;
import dev.ingest.adapter.postgres.jooq.tables.IngestionBatches;
import dev.ingest.adapter.postgres.jooq.tables.records.StreamProgressRecord;
import dev.ingest.application.health.port.out.IngestionHealth;
import dev.ingest.application.verify.port.out.LedgerEntry;
import dev.ingest.domain.health.BatchHealth;
import dev.ingest.domain.health.HealthWindow;
import dev.ingest.domain.health.StreamProgress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The ledger's batches with their files' landing-to-commit latency ({@code ingestion_batches} joined with
 * {@code ingested_files}) and the streams' posted backlog ({@code stream_progress}), each read in a read-only
 * transaction.
 */
public final class PostgresIngestionHealth implements IngestionHealth {

    private static final IngestionBatches BATCHES = INGESTION_BATCHES;
    private static final Field<Double> LATENCY_SECONDS = DSL.field("extract(epoch from {0} - {1})",
            SQLDataType.DOUBLE, INGESTION_BATCHES.COMMITTED_AT, INGESTED_FILES.LANDED_AT);
    private static final Field<BigDecimal> MEDIAN = DSL.percentileCont(0.5).withinGroupOrderBy(LATENCY_SECONDS);
    private static final Field<Double> MAX = DSL.max(LATENCY_SECONDS);

    private final RetryingTransactions transactions;

    public PostgresIngestionHealth(DatabaseSettings settings) {
        this.transactions = new RetryingTransactions(settings);
    }

    @Override
    public List<BatchHealth> latestBatches(HealthWindow window) {
        return read(dsl -> withLatency(dsl, dsl.select(BATCHES.STREAM_ID, BATCHES.BATCH_ID)
                        .from(BATCHES)
                        .where(committedIn(window))
                        .orderBy(BATCHES.COMMITTED_AT.desc(), BATCHES.STREAM_ID, BATCHES.BATCH_ID)
                        .limit(window.maxBatches()),
                BATCHES.COMMITTED_AT.desc(), BATCHES.STREAM_ID.asc(), BATCHES.BATCH_ID.asc()));
    }

    @Override
    public List<BatchHealth> lastBatchPerStream() {
        return read(dsl -> withLatency(dsl, dsl.select(BATCHES.STREAM_ID, DSL.max(BATCHES.BATCH_ID))
                        .from(BATCHES)
                        .groupBy(BATCHES.STREAM_ID),
                BATCHES.STREAM_ID.asc()));
    }

    @Override
    public List<StreamProgress> latestProgress() {
        return read(dsl -> dsl.selectFrom(STREAM_PROGRESS)
                .orderBy(STREAM_PROGRESS.STREAM_ID)
                .fetch(PostgresIngestionHealth::progress));
    }

    /** The batches named by {@code keys} (stream id, batch id), each with its files' median and longest latency. */
    private static List<BatchHealth> withLatency(DSLContext dsl, Select<? extends Record2<String, Long>> keys,
            SortField<?>... order) {
        Table<? extends Record2<String, Long>> chosen = keys.asTable("chosen", "stream_id", "batch_id");
        Field<String> chosenStream = chosen.field(0, String.class);
        Field<Long> chosenBatch = chosen.field(1, Long.class);
        return dsl.select(BATCHES.fields()).select(MEDIAN, MAX)
                .from(BATCHES)
                .join(chosen).on(BATCHES.STREAM_ID.eq(chosenStream).and(BATCHES.BATCH_ID.eq(chosenBatch)))
                .leftJoin(INGESTED_FILES).on(INGESTED_FILES.STREAM_ID.eq(BATCHES.STREAM_ID)
                        .and(INGESTED_FILES.BATCH_ID.eq(BATCHES.BATCH_ID)))
                // The ledger's primary key: PostgreSQL then lets the select name the batch's other columns.
                .groupBy(BATCHES.STREAM_ID, BATCHES.BATCH_ID)
                .orderBy(order)
                .fetch(PostgresIngestionHealth::batch);
    }

    private static BatchHealth batch(Record row) {
        LedgerEntry entry = LedgerRows.entry(row.into(BATCHES));
        BigDecimal median = row.get(MEDIAN);
        Double max = row.get(MAX);
        return new BatchHealth(entry.key(), entry.outcome(), entry.startedAt(), entry.committedAt(),
                Optional.ofNullable(median).map(seconds -> seconds(seconds.doubleValue())),
                Optional.ofNullable(max).map(PostgresIngestionHealth::seconds));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Condition committedIn(HealthWindow window) {
        return window.from().map(from -> BATCHES.COMMITTED_AT.ge(from.atOffset(ZoneOffset.UTC))).orElse(DSL.noCondition())
                .and(window.to().map(to -> BATCHES.COMMITTED_AT.lt(to.atOffset(ZoneOffset.UTC))).orElse(DSL.noCondition()));
    }

    private static StreamProgress progress(StreamProgressRecord row) {
        return new StreamProgress(row.getStreamId(), row.getReportedAt().toInstant(), row.getBacklogFiles(),
                row.getBacklogBytes(), row.getKafkaLag() == null ? OptionalLong.empty()
                        : OptionalLong.of(row.getKafkaLag()));
    }

    private <T> T read(Function<DSLContext, T> query) {
        return transactions.inTransaction((connection, dsl) -> {
            connection.setReadOnly(true);
            return query.apply(dsl);
        });
    }
}
