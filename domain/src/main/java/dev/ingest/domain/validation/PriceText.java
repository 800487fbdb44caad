package dev.ingest.domain.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reads a price written as a plain decimal: an optional sign, digits, and optionally a dot followed by digits. */
final class PriceText {

    static final int SCALE = 2;

    private PriceText() {
    }

    /**
     * The price rounded half-up to scale 2, or {@code null} when the text is not a plain decimal. The character scan
     * comes first so that currency signs, exponents, {@code NaN}, separators and non-ASCII digits (all of which
     * {@link BigDecimal} would either accept or throw on) never reach the parser.
     */
    static BigDecimal parse(String text) {
        if (!isPlainDecimal(text)) {
            return null;
        }
        return new BigDecimal(text).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static boolean isPlainDecimal(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int integerDigits = countDigits(text, i);
        if (integerDigits == 0) {
            return false;
        }
        i += integerDigits;
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int fractionDigits = countDigits(text, i);
        return fractionDigits > 0 && i + fractionDigits == length;
    }

    private static int countDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
