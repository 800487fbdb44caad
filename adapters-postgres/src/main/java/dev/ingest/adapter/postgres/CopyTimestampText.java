package dev.ingest.adapter.postgres;

import java.time.LocalDateTime;

/**
 * Writes an event time as COPY reads a {@code timestamp}, by hand and without trailing zeros: the JDK's formatter
 * was a sixth of the client's time per row.
 */
final class CopyTimestampText {

    private CopyTimestampText() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss[.fraction]}, the fraction to the nanosecond without trailing zeros. */
    static void write(RowBytes out, LocalDateTime time) {
        if (time.getYear() < 1 || time.getYear() > 9999) {
            // The validator keeps event times within 0001..9999, PostgreSQL's four-digit years.
            throw new IllegalArgumentException("event time outside years 0001..9999: " + time);
        }
        digits(out, time.getYear(), 4).ascii('-');
        digits(out, time.getMonthValue(), 2).ascii('-');
        digits(out, time.getDayOfMonth(), 2).ascii(' ');
        digits(out, time.getHour(), 2).ascii(':');
        digits(out, time.getMinute(), 2).ascii(':');
        digits(out, time.getSecond(), 2);
        int nanos = time.getNano();
        if (nanos != 0) {
            int width = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                width--;
            }
            digits(out.ascii('.'), nanos, width);
        }
    }

    private static RowBytes digits(RowBytes out, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            out.ascii((char) ('0' + value / divisor % 10));
        }
        return out;
    }

    private static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
