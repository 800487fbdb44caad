package dev.ingest.adapter.web;

import java.net.URI;

/** One JSON endpoint of the dashboard: what it answers to a GET of this URI, as a tree Jackson writes. */
@FunctionalInterface
interface ApiEndpoint {

    /** @throws BadRequestException when the request's parameters cannot be served */
    Object respond(URI request);
}
