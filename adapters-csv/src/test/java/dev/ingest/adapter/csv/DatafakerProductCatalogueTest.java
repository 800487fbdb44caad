package dev.ingest.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.generate.port.out.CatalogueProduct;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatafakerProductCatalogueTest {

    private final List<CatalogueProduct> products = new DatafakerProductCatalogue().products();

    @Test
    void has_at_least_forty_products_in_at_least_six_categories_with_unique_ids() {
        assertThat(products).hasSizeGreaterThanOrEqualTo(40);
        assertThat(products).extracting(CatalogueProduct::category).containsOnly(
                "Electronics", "Clothing", "Home & Kitchen", "Books", "Sports", "Beauty");
        assertThat(products).extracting(CatalogueProduct::productId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z]{4}-\\d{3}"));
    }
}
