package dev.ingest.application.testing;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs from the machine that a test drives (Debian's Chromium, Prometheus' promtool), which {@code .ci/run}
 * installs when missing. Without one the test is skipped with its reason; under {@code CI=true} it fails instead, since
 * a skip there would hide that CI stopped testing what the program checks.
 */
public final class MachineTools {

    private MachineTools() {
    }

    /**
     * Call from {@code @BeforeAll}: aborts (skips) the test class when a program is missing, or fails it under CI.
     *
     * @param test    the test's name, for the build's output
     * @param missing why the program cannot be run here, or empty when it can
     */
    public static void assumeInstalled(String test, Optional<String> missing) {
        missing.ifPresent(reason -> {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + test + " cannot run: " + reason);
            }
            // Surefire reports a class aborted before its tests as none run: say why in the build's output too.
            System.err.println(test + " skipped: " + reason);
            Assumptions.abort("skipped, " + reason);
        });
    }
}
