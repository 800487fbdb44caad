package dev.ingest.adapter.postgres;

import static dev.ingest.adapter.postgres.jooq.Tables.USER_EVENTS;

import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventField;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 * Events as {@code COPY user_events} reads them in PostgreSQL's binary format, in the column order of
 * {@link #COLUMNS}: each text field its UTF-8 bytes after their length, so nothing is quoted, escaped or parsed;
 * the price as {@code numeric}'s base-10000 digit groups and the event time as microseconds since 2000-01-01, both
 * as the server's own {@code numeric_send} and {@code timestamp_send} write them. Against the CSV rows it replaces,
 * measured in docs/performance.md, it halves the client's encoding work and spares the server the parsing.
 * A piece of rows is COPYed between {@link #HEADER} and {@link #TRAILER}.
 */
final class EventRows {

    static final List<Field<?>> COLUMNS = Arrays.stream(EventField.values()).<Field<?>>map(EventRows::column).toList();

    /** {@code COPY user_events (...) FROM STDIN (FORMAT binary)}, names taken from the generated classes. */
    static final String COPY_STATEMENT = copyStatement(USER_EVENTS);

    /** The signature, no flags, no header extension. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** A field count of -1 ends the data. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private static final long POSTGRES_EPOCH_SECOND = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final int NUMERIC_POSITIVE = 0x0000;
    private static final int NUMERIC_NEGATIVE = 0x4000;

    private EventRows() {
    }

    /** Appends one row. */
    static void append(RowBytes out, Event event) {
        out.int16(COLUMNS.size());
        out.lengthAndText(event.eventId());
        out.lengthAndText(event.userId());
        out.lengthAndText(event.productId());
        out.lengthAndText(event.productName());
        out.lengthAndText(event.category());
        numeric(out, event.price());
        out.lengthAndText(event.eventType().code());
        out.int32(8).int64(microsSincePostgresEpoch(event.eventTime()));
    }

    /**
     * A price of scale 2 (every {@link Event}'s) as {@code numeric}: the digit groups of its absolute value, trailing
     * zero groups left out, the weight of the first group, the sign and the display scale.
     */
    static void numeric(RowBytes out, BigDecimal price) {
        long unscaled = price.unscaledValue().longValueExact();
        long magnitude = Math.abs(unscaled);
        long whole = magnitude / 100;
        int[] groups = new int[6];
        int count = 0;
        for (long rest = whole; rest > 0; rest /= 10_000) {
            groups[count++] = (int) (rest % 10_000);
        }
        // The whole part's groups were gathered lowest first.
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            int swap = groups[i];
            groups[i] = groups[j];
            groups[j] = swap;
        }
        int weight = count - 1;
        int fraction = (int) (magnitude % 100) * 100;
        if (fraction != 0) {
            groups[count++] = fraction;
        }
        // A whole part's top group is never zero; a fraction's or a whole part's lowest may be.
        while (count > 0 && groups[count - 1] == 0) {
            count--;
        }
        out.int32(8 + 2 * count).int16(count).int16(count == 0 ? 0 : weight)
                .int16(unscaled < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE).int16(price.scale());
        for (int i = 0; i < count; i++) {
            out.int16(groups[i]);
        }
    }

    /**
     * An event time as {@code timestamp}: microseconds since 2000-01-01. Finer digits are rounded as the server
     * rounds a written-out time ({@code rint} of the fraction as a double times a million), so a time stores the
     * same as it would from text.
     */
    static long microsSincePostgresEpoch(LocalDateTime time) {
        if (time.getYear() < 1 || time.getYear() > 9999) {
            // The validator keeps event times within 0001..9999, PostgreSQL's four-digit years.
            throw new IllegalArgumentException("event time outside years 0001..9999: " + time);
        }
        long seconds = time.toEpochSecond(ZoneOffset.UTC) - POSTGRES_EPOCH_SECOND;
        return seconds * 1_000_000 + (long) Math.rint(time.getNano() / 1e9 * 1e6);
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

    /** {@code COPY table (...) FROM STDIN (FORMAT binary)} for a table with the columns of {@link #COLUMNS}. */
    static String copyStatement(Table<?> table) {
        DSLContext renderer = DSL.using(SQLDialect.POSTGRES);
        String columns = COLUMNS.stream()
                .map(column -> renderer.render(DSL.name(column.getName())))
                .collect(Collectors.joining(", "));
        return "COPY " + renderer.render(table) + " (" + columns + ") FROM STDIN (FORMAT binary)";
    }

    /** Runs a COPY statement of {@link #copyStatement} over a piece of rows written by {@link #append}. */
    static void copyIn(Connection connection, String copyStatement, PartitionRows rows, PartitionRows.Piece piece)
            throws Exception {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement);
        try {
            copy.writeToCopy(HEADER, 0, HEADER.length);
            rows.read(piece, copy::writeToCopy);
            copy.writeToCopy(TRAILER, 0, TRAILER.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
