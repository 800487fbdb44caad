package dev.ingest.adapter.web;

import dev.ingest.application.health.port.in.ShowIngestionHealthCommand;
import dev.ingest.application.health.port.in.ShowIngestionHealthUseCase;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/** {@code /api/health}: the ingestion-health view, over the batches committed in {@code from}..{@code to} (UTC). */
final class HealthEndpoint implements ApiEndpoint {

    static final Set<String> PARAMETERS = Set.of("from", "to");

    private final ShowIngestionHealthUseCase health;

    HealthEndpoint(ShowIngestionHealthUseCase health) {
        this.health = health;
    }

    @Override
    public Object respond(URI request) {
        QueryParameters parameters = QueryParameters.of(request, PARAMETERS);
        Optional<LocalDateTime> from = parameters.time("from");
        Optional<LocalDateTime> to = parameters.time("to");
        ShowIngestionHealthCommand command;
        try {
            command = new ShowIngestionHealthCommand(from.map(time -> time.toInstant(ZoneOffset.UTC)),
                    to.map(time -> time.toInstant(ZoneOffset.UTC)));
        } catch (IllegalArgumentException refused) {
            throw new BadRequestException(refused.getMessage());
        }
        return HealthJson.of(health.show(command));
    }
}
