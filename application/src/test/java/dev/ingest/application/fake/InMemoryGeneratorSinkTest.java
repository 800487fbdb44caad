package dev.ingest.application.fake;

import dev.ingest.application.contract.GeneratorSinkContract;
import dev.ingest.application.generate.port.out.GeneratedFile;
import dev.ingest.application.generate.port.out.GeneratedRecord;
import dev.ingest.application.generate.port.out.GeneratorSink;
import java.util.List;

class InMemoryGeneratorSinkTest extends GeneratorSinkContract {

    private final InMemoryGeneratorSink sink = new InMemoryGeneratorSink();

    @Override
    protected GeneratorSink sink() {
        return sink;
    }

    @Override
    protected List<String> names() {
        return sink.names();
    }

    @Override
    protected List<GeneratedRecord> recordsOf(String name) {
        return sink.file(name).map(GeneratedFile::records).orElseThrow();
    }
}
