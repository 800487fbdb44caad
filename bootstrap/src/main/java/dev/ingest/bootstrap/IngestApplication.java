package dev.ingest.bootstrap;

import dev.ingest.bootstrap.cli.IngestCli;

/** Entry point of {@code ingest.jar}: runs the CLI and exits with its code. */
public final class IngestApplication {

    private IngestApplication() {
    }

    public static void main(String[] args) {
        System.exit(IngestCli.run(args));
    }
}
