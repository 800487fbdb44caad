package dev.ingest.adapter.csv;

import dev.ingest.application.contract.ProductCatalogueContract;
import dev.ingest.application.generate.port.out.ProductCatalogue;

/** The product catalogue contract, held by the Datafaker catalogue every generator run builds. */
class DatafakerProductCatalogueContractTest extends ProductCatalogueContract {

    @Override
    protected ProductCatalogue newCatalogue() {
        return new DatafakerProductCatalogue();
    }
}
