package dev.ingest.adapter.web;

/** A request the dashboard cannot serve as asked; its message is the one-line reason the client gets with a 400. */
final class BadRequestException extends RuntimeException {

    BadRequestException(String reason) {
        super(reason);
    }
}
