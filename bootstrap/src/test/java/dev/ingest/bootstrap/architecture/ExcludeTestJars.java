package dev.ingest.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Leaves out sibling modules' test-jars (fakes, builders): {@code DoNotIncludeTests} only recognises test folders. */
public final class ExcludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
