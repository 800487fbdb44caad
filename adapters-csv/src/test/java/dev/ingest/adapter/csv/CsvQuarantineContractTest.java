package dev.ingest.adapter.csv;

import dev.ingest.application.contract.QuarantineContract;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.verify.port.out.QuarantineCounts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The quarantine contract, held by the CSV files under a temporary error folder (the in-memory fake holds it too). */
class CsvQuarantineContractTest extends QuarantineContract {

    @TempDir
    Path errorDir;

    @Override
    protected Quarantine quarantine() {
        return new CsvQuarantine(errorDir.toUri(), Map.of());
    }

    @Override
    protected QuarantineCounts counts() {
        return new CsvQuarantine(errorDir.toUri(), Map.of())::count;
    }
}
