package dev.ingest.domain.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reads a price written as a plain decimal: an optional sign, digits, and optionally a dot followed by digits. */
final class PriceText {

    static final int SCALE = 2;
    /** Half-up rounding to cents depends on the first dropped digit only, so three fraction digits decide it. */
    private static final int DECIDING_FRACTION_DIGITS = SCALE + 1;
    /** More integer digits than this are beyond any price the table holds, however many there are. */
    private static final int MAX_INTEGER_DIGITS = 9;
    private static final BigDecimal BEYOND_ANY_PRICE = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS).setScale(SCALE);

    private PriceText() {
    }

    /**
     * The price rounded half-up to scale 2, or {@code null} when the text is not a plain decimal. The character scan
     * comes first so that currency signs, exponents, {@code NaN}, separators and non-ASCII digits (all of which
     * {@link BigDecimal} would either accept or throw on) never reach the parser. Leading zeros and fraction digits
     * that cannot change the result are dropped first, so a hostile field of a million digits costs a scan, not a
     * quadratic conversion.
     */
    static BigDecimal parse(String text) {
        int length = text.length();
        boolean signed = length > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-');
        boolean negative = signed && text.charAt(0) == '-';
        int start = signed ? 1 : 0;
        int integerDigits = AsciiDigits.count(text, start);
        if (integerDigits == 0) {
            return null;
        }
        int dot = start + integerDigits;
        int fractionDigits = 0;
        if (dot < length) {
            fractionDigits = text.charAt(dot) == '.' ? AsciiDigits.count(text, dot + 1) : 0;
            if (fractionDigits == 0 || dot + 1 + fractionDigits != length) {
                return null;
            }
        }
        int firstSignificant = start;
        while (firstSignificant < dot - 1 && text.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        if (dot - firstSignificant > MAX_INTEGER_DIGITS) {
            return negative ? BEYOND_ANY_PRICE.negate() : BEYOND_ANY_PRICE;
        }
        String decisive = firstSignificant == start && fractionDigits <= DECIDING_FRACTION_DIGITS
                ? text
                : (negative ? "-" : "") + text.substring(firstSignificant,
                        Math.min(length, dot + 1 + DECIDING_FRACTION_DIGITS));
        return new BigDecimal(decisive).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
