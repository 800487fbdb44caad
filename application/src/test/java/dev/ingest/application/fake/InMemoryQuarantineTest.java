package dev.ingest.application.fake;

import dev.ingest.application.contract.QuarantineContract;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.verify.port.out.QuarantineCounts;

class InMemoryQuarantineTest extends QuarantineContract {

    private final InMemoryQuarantine quarantine = new InMemoryQuarantine();

    @Override
    protected Quarantine quarantine() {
        return quarantine;
    }

    @Override
    protected QuarantineCounts counts() {
        return quarantine;
    }
}
