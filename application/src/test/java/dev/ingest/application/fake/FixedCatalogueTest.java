package dev.ingest.application.fake;

import dev.ingest.application.contract.ProductCatalogueContract;
import dev.ingest.application.generate.port.out.ProductCatalogue;

class FixedCatalogueTest extends ProductCatalogueContract {

    @Override
    protected ProductCatalogue newCatalogue() {
        return new FixedCatalogue();
    }
}
