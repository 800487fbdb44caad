package dev.ingest.domain.validation;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import java.util.Random;

/** Seeded random raw events, mostly plausible, often slightly wrong, sometimes hostile. */
final class RandomRawEvents {

    private static final String[] PIECES = {"a", "Z", "7", "-", "_", " ", "\t", "\u00E9", "\u65E5", "\uD83D\uDE00",
            "\u00A0", ",", "\"", "\u0000", "\uFFFD", "\uD800", "\uDC00", "\u2003"};
    private static final String[] TYPES = {"view", "VIEW", "Add_To_Cart", "add_to_cart", "purchase", " purchase ",
            "PURCHASE", "buy", "",
            null, "view\u0000", "add-to-cart"};

    private final Random random;

    RandomRawEvents(long seed) {
        random = new Random(seed);
    }

    RawEvent next(long recordNumber) {
        return new RawEvent(text(60), text(55), text(55), text(270), text(110), price(), pick(TYPES), timestamp(),
                new Origin("random.csv", recordNumber));
    }

    private String text(int maxLength) {
        if (random.nextInt(40) == 0) {
            return random.nextBoolean() ? null : "   ";
        }
        // Mostly clean text, so that a good share of records is valid; otherwise any piece, hostile ones included.
        boolean noisy = random.nextInt(10) == 0;
        int length = 1 + random.nextInt(maxLength);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(noisy && random.nextInt(4) == 0 ? pick(PIECES) : PIECES[random.nextInt(3)]);
        }
        return text.toString();
    }

    private String price() {
        StringBuilder price = new StringBuilder();
        switch (random.nextInt(10)) {
            case 0 -> price.append('-');
            case 1 -> price.append('+');
            case 2 -> price.append(pick(new String[] {"$", " ", "", "e"}));
            default -> { }
        }
        int integerDigits = random.nextInt(11);
        for (int i = 0; i < integerDigits; i++) {
            price.append(random.nextInt(10));
        }
        if (random.nextBoolean()) {
            price.append('.');
            int fractionDigits = random.nextInt(5);
            for (int i = 0; i < fractionDigits; i++) {
                price.append(random.nextInt(10));
            }
        }
        if (random.nextInt(20) == 0) {
            price.append(pick(new String[] {"e3", ",00", " ", "\u0000"}));
        }
        return price.toString();
    }

    private String timestamp() {
        String date = String.format("%04d-%02d-%02d", random.nextInt(10_000), 1 + random.nextInt(13),
                1 + random.nextInt(31));
        String time = String.format("%02d:%02d:%02d", random.nextInt(25), random.nextInt(60), random.nextInt(61));
        String fraction = random.nextInt(3) == 0 ? "." + random.nextInt(1_000_000) : "";
        String zone = pick(new String[] {"", "", "Z", "+05:30", "-01:00", "+14:00", "-12:00", "+1"});
        return date + (zone.isEmpty() && random.nextBoolean() ? " " : "T") + time + fraction + zone;
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
