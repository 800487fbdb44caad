package dev.ingest.adapter.csv;

import dev.ingest.application.contract.GeneratorSinkContract;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The generator sink contract, held by the CSV folder: every entry counts, so a leftover temporary file fails it. */
class CsvGeneratorSinkContractTest extends GeneratorSinkContract {

    @TempDir
    Path folder;

    @Override
    protected GeneratorSink sink() {
        return CsvGeneratorSink.in(folder.toUri(), Map.of());
    }

    @Override
    protected List<String> names() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected List<GeneratedRecord> recordsOf(String name) {
        return LandedFiles.records(folder.resolve(name)).stream().map(GeneratedRecord::new).toList();
    }
}
