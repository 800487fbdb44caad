package dev.ingest.bootstrap;

import dev.ingest.bootstrap.cli.IngestCommand;

/** Entry point of {@code ingest.jar}: runs the CLI and exits with its code. */
public final class IngestApplication {

    private IngestApplication() {
    }

    public static void main(String[] args) {
        System.exit(IngestCommand.run(args));
    }
}
