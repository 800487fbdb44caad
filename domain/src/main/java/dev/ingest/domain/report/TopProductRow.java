package dev.ingest.domain.report;

import java.math.BigDecimal;
import java.util.Objects;

/** One product's purchases and the revenue they brought, rounded to 2 decimals. */
public record TopProductRow(
        String productId, String productName, String category, long purchaseCount, BigDecimal revenue) {

    public TopProductRow {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(revenue, "revenue");
    }
}
