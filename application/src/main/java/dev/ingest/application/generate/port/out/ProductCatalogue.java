package dev.ingest.application.generate.port.out;

import java.util.List;

/** The products the generator's events are about; the same list, in the same order, on every call and every run. */
public interface ProductCatalogue {

    List<CatalogueProduct> products();
}
