package dev.ingest.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.application.generate.port.out.CatalogueProduct;
import dev.ingest.application.generate.port.out.ProductCatalogue;
import dev.ingest.domain.event.Event;
import dev.ingest.domain.event.EventType;
import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.validation.EventValidator;
import dev.ingest.domain.validation.Verdict;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ProductCatalogue} promises the generator, run against the test catalogue and each real one. */
public abstract class ProductCatalogueContract {

    private static final EventValidator VALIDATOR = EventValidator.standard();

    /** A catalogue built anew, as each generator run builds its own. */
    protected abstract ProductCatalogue newCatalogue();

    @Test
    void holds_products_under_ids_of_their_own() {
        List<CatalogueProduct> products = newCatalogue().products();

        assertThat(products).isNotEmpty().extracting(CatalogueProduct::productId).doesNotHaveDuplicates();
    }

    @Test
    void gives_the_same_products_in_the_same_order_on_every_call_and_every_run() {
        ProductCatalogue catalogue = newCatalogue();
        List<CatalogueProduct> first = catalogue.products();

        assertThat(catalogue.products()).isEqualTo(first);
        assertThat(newCatalogue().products()).isEqualTo(first);
    }

    @Test
    void every_product_at_either_end_of_its_price_range_is_a_valid_event_stored_as_listed() {
        for (CatalogueProduct product : newCatalogue().products()) {
            assertThat(validated(product, product.minPriceCents())).as("%s at its lowest price", product)
                    .isEqualTo(expected(product, product.minPriceCents()));
            assertThat(validated(product, product.maxPriceCents())).as("%s at its highest price", product)
                    .isEqualTo(expected(product, product.maxPriceCents()));
        }
    }

    @Test
    void some_names_hold_a_comma_and_a_quote_so_every_run_exercises_csv_quoting() {
        assertThat(newCatalogue().products()).extracting(CatalogueProduct::name)
                .anyMatch(name -> name.contains(",") && name.contains("\""));
    }

    /** The verdict on a viewing of the product at this price, written as the generator writes prices. */
    private static Verdict validated(CatalogueProduct product, long cents) {
        return VALIDATOR.validate(new RawEvent("e-1", "user_1", product.productId(), product.name(),
                product.category(), BigDecimal.valueOf(cents, 2).toPlainString(), "view", "2025-03-01 10:15:30.042",
                new Origin("events.csv", 1)));
    }

    private static Verdict expected(CatalogueProduct product, long cents) {
        return new Verdict.Valid(new Event("e-1", "user_1", product.productId(), product.name(), product.category(),
                BigDecimal.valueOf(cents, 2), EventType.VIEW, LocalDateTime.of(2025, 3, 1, 10, 15, 30, 42_000_000)));
    }
}
