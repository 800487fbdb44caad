package dev.ingest.bootstrap.faults;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Kills the stream JVMs a scenario left running (it failed before stopping them), before the next scenario starts. */
final class LeftoverStreams implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        StreamProcess.killLeftovers();
    }
}
