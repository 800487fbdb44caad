package dev.ingest.application.health.port.in;

/** Shows how the ingestion is going: throughput, quarantine reasons, batch timings, streams and their backlog. */
public interface ShowIngestionHealthUseCase {

    IngestionHealthView show(ShowIngestionHealthCommand command);
}
