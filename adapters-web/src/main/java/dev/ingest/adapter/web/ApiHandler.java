package dev.ingest.adapter.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one JSON endpoint: 200 with its answer, 400 with the reason for parameters it cannot serve, and 503 with the
 * failure's one line when the use case fails (the database unreachable, typically), so that the page can say so and
 * keep polling until it is back.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final ApiEndpoint endpoint;

    ApiHandler(ApiEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!Exchanges.readOnly(exchange)) {
            return;
        }
        int status;
        byte[] body;
        try {
            body = JsonResponses.body(endpoint.respond(exchange.getRequestURI()));
            status = 200;
        } catch (BadRequestException bad) {
            status = 400;
            body = JsonResponses.error(bad.getMessage());
        } catch (RuntimeException failed) {
            LOG.warn("{} failed: {}", exchange.getRequestURI().getPath(), JsonResponses.oneLine(failed.getMessage()));
            status = 503;
            body = JsonResponses.error(failed.getMessage());
        }
        Exchanges.send(exchange, status, Exchanges.JSON, body);
    }
}
