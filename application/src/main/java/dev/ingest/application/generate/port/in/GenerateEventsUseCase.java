package dev.ingest.application.generate.port.in;

import dev.ingest.domain.generation.GenerationSummary;

/** Generates fake e-commerce events at a steady rate into the generator sink, file after file, until done or stopped. */
public interface GenerateEventsUseCase {

    GenerationSummary generate(GenerateEventsCommand command);
}
