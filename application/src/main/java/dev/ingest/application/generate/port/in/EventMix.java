package dev.ingest.application.generate.port.in;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How often each event type is generated; the three shares add up to 1. */
public record EventMix(double view, double addToCart, double purchase) {

    private static final double TOLERANCE = 1e-6;

    public static final EventMix DEFAULT = new EventMix(0.6, 0.3, 0.1);

    public EventMix {
        for (double share : new double[] {view, addToCart, purchase}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("each share of --mix must be between 0 and 1");
            }
        }
        if (Math.abs(view + addToCart + purchase - 1) > TOLERANCE) {
            throw new IllegalArgumentException("the shares of --mix must add up to 1, they add up to "
                    + BigDecimal.valueOf(view + addToCart + purchase).round(new MathContext(6)).stripTrailingZeros()
                            .toPlainString());
        }
    }

    /** Parses {@code view=0.6,add_to_cart=0.3,purchase=0.1}; a type left out gets share 0. */
    public static EventMix parse(String text) {
        double view = 0;
        double addToCart = 0;
        double purchase = 0;
        for (String part : text.split(",", -1)) {
            String[] keyValue = part.split("=", -1);
            if (keyValue.length != 2) {
                throw new IllegalArgumentException("--mix expects type=share pairs separated by commas, got '" + part + "'");
            }
            double share = parseShare(keyValue[1].strip());
            switch (keyValue[0].strip().toLowerCase(Locale.ROOT)) {
                case "view" -> view = share;
                case "add_to_cart" -> addToCart = share;
                case "purchase" -> purchase = share;
                default -> throw new IllegalArgumentException("unknown event type '" + keyValue[0].strip()
                        + "' in --mix (expected view, add_to_cart, purchase)");
            }
        }
        return new EventMix(view, addToCart, purchase);
    }

    private static double parseShare(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' in --mix is not a number");
        }
    }
}
