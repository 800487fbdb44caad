package dev.ingest.adapter.spark;

import dev.ingest.adapter.csv.read.CsvEventFileReader;
import dev.ingest.adapter.csv.read.ExtraColumns;
import dev.ingest.adapter.kafka.KafkaLogOffsets;
import dev.ingest.adapter.kafka.KafkaMessageDecoderFactory;
import dev.ingest.adapter.spark.batch.EventSource;
import dev.ingest.adapter.spark.kafka.KafkaEventSource;
import dev.ingest.application.ingest.port.out.UnitLedger;
import dev.ingest.application.ingest.usecase.FindHeldFilesService;
import dev.ingest.application.ingest.usecase.FindStoredRangesService;
import dev.ingest.application.ingest.usecase.ReleaseFilesService;
import java.util.Map;

/** The stream's sources as bootstrap wires them, with the real CSV reader and Kafka decoder, over a ledger. */
public final class EventSources {

    private EventSources() {
    }

    /** The landing folder of the settings, files read with extra columns ignored. */
    public static EventSource folder(StreamSettings settings, UnitLedger ledger) {
        return folder(settings, ledger, ExtraColumns.IGNORE);
    }

    public static EventSource folder(StreamSettings settings, UnitLedger ledger, ExtraColumns extraColumns) {
        return new FolderEventSource(settings, new FindHeldFilesService(ledger), new ReleaseFilesService(ledger),
                new CsvEventFileReader(extraColumns, Map.of()));
    }

    /** The Kafka topics of the settings. */
    public static EventSource kafka(StreamSettings settings, UnitLedger ledger) {
        var topics = settings.kafka().orElseThrow();
        return new KafkaEventSource(topics, new FindStoredRangesService(ledger),
                new KafkaMessageDecoderFactory(topics.format()), new KafkaLogOffsets(topics.clientSettings()));
    }
}
