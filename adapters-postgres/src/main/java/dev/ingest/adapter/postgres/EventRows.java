package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventField;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Events as {@code COPY user_events} reads them: CSV in the column order of {@link #COLUMNS}. A text field is quoted
 * (its quotes doubled) only when it must be: empty (unquoted, COPY would read NULL) or holding a comma, quote, line
 * break or backslash; the rest go as they are, which spares the server parsing most quotes. Timestamps are written by
 * {@link CopyTimestampText}.
 */
final class EventRows {

    static final List<Field<?>> COLUMNS = Arrays.stream(EventField.values()).<Field<?>>map(EventRows::column).toList();

    /** {@code COPY user_events (...) FROM STDIN (FORMAT csv)}, names taken from the generated classes. */
    static final String COPY_STATEMENT = copyStatement(USER_EVENTS);

    private EventRows() {
    }

    /** Appends one row, newline-terminated. */
    static void append(RowBytes out, Event event) {
        quoted(out, event.eventId()).ascii(',');
        quoted(out, event.userId()).ascii(',');
        quoted(out, event.productId()).ascii(',');
        quoted(out, event.productName()).ascii(',');
        quoted(out, event.category()).ascii(',');
        out.text(event.price().toPlainString()).ascii(',');
        quoted(out, event.eventType().code()).ascii(',');
        CopyTimestampText.write(out, event.eventTime());
        out.ascii('\n');
    }

    private static RowBytes quoted(RowBytes out, String value) {
        if (!needsQuotes(value)) {
            return out.text(value);
        }
        return out.ascii('"').text(value.replace("\"", "\"\"")).ascii('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The table's column for an event field; the switch covers every field, so a new one cannot be forgotten. */
    private static Field<?> column(EventField field) {
        return switch (field) {
            case EVENT_ID -> USER_EVENTS.EVENT_ID;
            case USER_ID -> USER_EVENTS.USER_ID;
            case PRODUCT_ID -> USER_EVENTS.PRODUCT_ID;
            case PRODUCT_NAME -> USER_EVENTS.PRODUCT_NAME;
            case CATEGORY -> USER_EVENTS.CATEGORY;
            case PRICE -> USER_EVENTS.PRICE;
            case EVENT_TYPE -> USER_EVENTS.EVENT_TYPE;
            case TIMESTAMP -> USER_EVENTS.EVENT_TIMESTAMP;
        };
    }

    /** {@code COPY table (...) FROM STDIN (FORMAT csv)} for a table with the columns of {@link #COLUMNS}. */
    static String copyStatement(Table<?> table) {
        DSLContext renderer = DSL.using(SQLDialect.POSTGRES);
        String columns = COLUMNS.stream()
                .map(column -> renderer.render(DSL.name(column.getName())))
                .collect(Collectors.joining(", "));
        return "COPY " + renderer.render(table) + " (" + columns + ") FROM STDIN (FORMAT csv)";
    }

    /** Runs a COPY statement of {@link #copyStatement} over a piece of rows written by {@link #append}. */
    static void copyIn(Connection connection, String copyStatement, PartitionRows rows, PartitionRows.Piece piece)
            throws Exception {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement);
        try {
            rows.read(piece, copy::writeToCopy);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
