package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.STAGED_EVENTS;

import dev.ingest.application.port.out.BatchKey;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.Origin;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The staging table's rows as COPY reads them: CSV with every field quoted (so tabs, newlines, backslashes, commas
 * and quotes need no other escaping than doubling the quote), in the column order of {@link #COLUMNS}.
 */
final class StagingRows {

    static final List<Field<?>> COLUMNS = List.of(
            STAGED_EVENTS.STREAM_ID, STAGED_EVENTS.BATCH_ID, STAGED_EVENTS.PARTITION_ID,
            STAGED_EVENTS.SOURCE_FILE, STAGED_EVENTS.RECORD_NUMBER,
            STAGED_EVENTS.EVENT_ID, STAGED_EVENTS.USER_ID, STAGED_EVENTS.PRODUCT_ID, STAGED_EVENTS.PRODUCT_NAME,
            STAGED_EVENTS.CATEGORY, STAGED_EVENTS.PRICE, STAGED_EVENTS.EVENT_TYPE, STAGED_EVENTS.EVENT_TIMESTAMP);

    /** {@code COPY staged_events (...) FROM STDIN (FORMAT csv)}, names taken from the generated classes. */
    static final String COPY_STATEMENT = copyStatement();

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

    private StagingRows() {
    }

    static Condition batch(BatchKey key) {
        return STAGED_EVENTS.STREAM_ID.eq(key.streamId()).and(STAGED_EVENTS.BATCH_ID.eq(key.batchId()));
    }

    static Condition partition(BatchKey key, int partitionId) {
        return batch(key).and(STAGED_EVENTS.PARTITION_ID.eq(partitionId));
    }

    /** Appends one row, newline-terminated. */
    static void append(StringBuilder out, BatchKey key, int partitionId, Event event, Origin origin) {
        quoted(out, key.streamId()).append(',');
        out.append(key.batchId()).append(',');
        out.append(partitionId).append(',');
        quoted(out, origin.sourceFile()).append(',');
        out.append(origin.recordNumber()).append(',');
        quoted(out, event.eventId()).append(',');
        quoted(out, event.userId()).append(',');
        quoted(out, event.productId()).append(',');
        quoted(out, event.productName()).append(',');
        quoted(out, event.category()).append(',');
        out.append(event.price().toPlainString()).append(',');
        quoted(out, event.eventType().code()).append(',');
        TIMESTAMP.formatTo(event.eventTime(), out);
        out.append('\n');
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }

    private static String copyStatement() {
        DSLContext renderer = DSL.using(SQLDialect.POSTGRES);
        String columns = COLUMNS.stream()
                .map(column -> renderer.render(DSL.name(column.getName())))
                .collect(Collectors.joining(", "));
        return "COPY " + renderer.render(STAGED_EVENTS) + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }
}
