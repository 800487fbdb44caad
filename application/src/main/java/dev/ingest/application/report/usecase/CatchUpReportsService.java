package dev.ingest.application.report.usecase;

import dev.ingest.application.report.port.in.CatchUpReportsUseCase;
import dev.ingest.application.report.port.out.ReportCatchUp;
import java.time.Instant;
import java.util.Objects;

/** Brings the reports up to date through their read model's catch-up. */
public final class CatchUpReportsService implements CatchUpReportsUseCase {

    private final ReportCatchUp readModel;

    public CatchUpReportsService(ReportCatchUp readModel) {
        this.readModel = Objects.requireNonNull(readModel, "readModel");
    }

    @Override
    public Instant catchUp() {
        return readModel.catchUp();
    }
}
