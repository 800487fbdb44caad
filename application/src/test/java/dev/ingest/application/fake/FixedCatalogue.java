package dev.ingest.application.fake;

import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.ProductCatalogue;
import java.util.List;

/** A small catalogue for tests, with names that need CSV quoting. */
public final class FixedCatalogue implements ProductCatalogue {

    public static final List<CatalogueProduct> PRODUCTS = List.of(
            new CatalogueProduct("ELEC-001", "Noise-Cancelling Headphones", "Electronics", 4_999, 29_999),
            new CatalogueProduct("CLOT-001", "Rain Jacket, \"Storm\" Edition", "Clothing", 2_500, 12_000),
            new CatalogueProduct("HOME-001", "Cast Iron Pan, 28 cm", "Home & Kitchen", 1_999, 5_999),
            new CatalogueProduct("BOOK-001", "The Art of Computer Programming", "Books", 999, 24_999),
            new CatalogueProduct("SPRT-001", "Yoga Mat", "Sports", 1_500, 1_500),
            new CatalogueProduct("BEAU-001", "Lip Balm", "Beauty", 1, 399));

    @Override
    public List<CatalogueProduct> products() {
        return PRODUCTS;
    }
}
