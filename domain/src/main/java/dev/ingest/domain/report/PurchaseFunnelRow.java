package dev.ingest.domain.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Distinct users at each funnel stage, for one category or (empty category) all of them, with conversion rates in
 * percent rounded to 2 decimals; a rate is empty when its base stage has no users.
 */
public record PurchaseFunnelRow(
        Optional<String> category,
        long viewers,
        long cartAdders,
        long purchasers,
        Optional<BigDecimal> viewToCartRate,
        Optional<BigDecimal> cartToPurchaseRate,
        Optional<BigDecimal> viewToPurchaseRate) {

    public PurchaseFunnelRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(viewToCartRate, "viewToCartRate");
        Objects.requireNonNull(cartToPurchaseRate, "cartToPurchaseRate");
        Objects.requireNonNull(viewToPurchaseRate, "viewToPurchaseRate");
    }

    public boolean allCategories() {
        return category.isEmpty();
    }
}
