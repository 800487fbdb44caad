package dev.ingest.domain.validation;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * Reads an event time written as {@code yyyy-MM-dd HH:mm:ss[.fraction]} or ISO-8601
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|±hh:mm]}, with a fraction of 1 to 9 digits.
 *
 * <p>A fixed-position character scan rather than a {@code DateTimeFormatter}: it accepts exactly what a strict
 * formatter ({@code uuuu}, {@code ResolverStyle.STRICT}) accepts for these layouts, but refuses bad input by returning
 * {@code null} instead of throwing, and allocates nothing but the result. Calendar checks are strict (no 30 February,
 * no hour 24 or 25, no leap second) and the year must stay within 0001..9999 after conversion to UTC, the range
 * PostgreSQL's {@code TIMESTAMP} accepts in its plain text form.
 */
final class TimestampParser {

    private static final int DATE_TIME_LENGTH = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;

    private TimestampParser() {
    }

    /** The time in UTC (an offset is applied, a naive time kept as given), or {@code null} when it is not valid. */
    static LocalDateTime parse(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH || !hasDateTimeShape(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (!isRealDateTime(year, month, day, hour, minute, second)) {
            return null;
        }
        int i = DATE_TIME_LENGTH;
        int nanos = 0;
        if (i < length && text.charAt(i) == '.') {
            int fractionDigits = AsciiDigits.count(text, i + 1);
            if (fractionDigits == 0 || fractionDigits > MAX_FRACTION_DIGITS) {
                return null;
            }
            nanos = digits(text, i + 1, fractionDigits);
            for (int scale = fractionDigits; scale < MAX_FRACTION_DIGITS; scale++) {
                nanos *= 10;
            }
            i += 1 + fractionDigits;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        if (i == length) {
            return local;
        }
        // Only the ISO form, with its 'T', may carry a zone.
        if (text.charAt(10) != 'T') {
            return null;
        }
        int offsetSeconds = offsetSeconds(text, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        LocalDateTime utc = offsetSeconds == 0 ? local : local.minusSeconds(offsetSeconds);
        return utc.getYear() >= 1 && utc.getYear() <= 9999 ? utc : null;
    }

    private static boolean hasDateTimeShape(String text) {
        return AsciiDigits.count(text, 0) == 4 && text.charAt(4) == '-'
                && AsciiDigits.count(text, 5) == 2 && text.charAt(7) == '-'
                && AsciiDigits.count(text, 8) == 2 && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                && AsciiDigits.count(text, 11) == 2 && text.charAt(13) == ':'
                && AsciiDigits.count(text, 14) == 2 && text.charAt(16) == ':'
                && AsciiDigits.count(text, 17) == 2;
    }

    private static boolean isRealDateTime(int year, int month, int day, int hour, int minute, int second) {
        return year >= 1 && month >= 1 && month <= 12
                && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                && hour <= 23 && minute <= 59 && second <= 59;
    }

    /** The offset in seconds east of UTC for {@code Z} or {@code ±hh:mm} ending the text, else Integer.MIN_VALUE. */
    private static int offsetSeconds(String text, int from) {
        int remaining = text.length() - from;
        char sign = text.charAt(from);
        if (remaining == 1 && sign == 'Z') {
            return 0;
        }
        if (remaining != 6 || (sign != '+' && sign != '-') || AsciiDigits.count(text, from + 1) != 2
                || text.charAt(from + 3) != ':' || AsciiDigits.count(text, from + 4) != 2) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, from + 1, 2);
        int minutes = digits(text, from + 4, 2);
        if (minutes > 59 || hours > MAX_OFFSET_HOURS || (hours == MAX_OFFSET_HOURS && minutes > 0)) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    /** The value of {@code count} ASCII digits already known to be there. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
