package dev.ingest.application.generate.port.out;

import java.util.Objects;

/** A product the generator can sell: a stable id, its name and category, and the range its price is drawn from, in cents. */
public record CatalogueProduct(String productId, String name, String category, long minPriceCents, long maxPriceCents) {

    public CatalogueProduct {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (minPriceCents < 1 || maxPriceCents < minPriceCents) {
            throw new IllegalArgumentException("price range must satisfy 1 <= min <= max, was "
                    + minPriceCents + ".." + maxPriceCents + " cents for " + productId);
        }
    }
}
