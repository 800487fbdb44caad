package dev.ingest.bootstrap.storage;

import dev.ingest.adapter.csv.CsvQuarantine;
import dev.ingest.application.contract.QuarantineContract;
import dev.ingest.application.ingest.port.out.Quarantine;
import dev.ingest.application.verify.port.out.QuarantineCounts;
import dev.ingest.bootstrap.testing.MiniHdfs;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The quarantine contract held by the CSV files on a real HDFS, whose rename never replaces a file: a replayed
 * partition's file must replace the earlier one all the same (adapters-csv runs the same contract on the local disk).
 * Here rather than in adapters-csv so that one module holds the MiniDFSCluster.
 */
class CsvQuarantineHdfsContractIT extends QuarantineContract {

    @RegisterExtension
    static final MiniHdfs HDFS = new MiniHdfs();

    private final URI errorDir = HDFS.uri("error-" + UUID.randomUUID());

    @Override
    protected Quarantine quarantine() {
        return new CsvQuarantine(errorDir, Map.of());
    }

    @Override
    protected QuarantineCounts counts() {
        return new CsvQuarantine(errorDir, Map.of())::count;
    }
}
