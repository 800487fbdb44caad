package dev.ingest.application.fake;

import dev.ingest.application.contract.ArrivedFilesContract;
import dev.ingest.application.verify.port.out.ArrivedFiles;
import java.util.List;

class InMemoryArrivedFilesTest extends ArrivedFilesContract {

    private final InMemoryArrivedFiles files = new InMemoryArrivedFiles();

    @Override
    protected ArrivedFiles files() {
        return files;
    }

    @Override
    protected void landed(String name, long records) {
        files.with(name, records);
    }

    @Override
    protected void landedWithExtraColumns(String name, long records, List<String> columns) {
        files.withIgnoredColumns(name, records, columns.toArray(String[]::new));
    }

    @Override
    protected void archived(String name, long records) {
        files.archived(name, records);
    }
}
