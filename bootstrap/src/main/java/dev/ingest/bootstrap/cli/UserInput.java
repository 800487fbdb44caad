package dev.ingest.bootstrap.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Builds something from what the user typed; a value they got wrong becomes a usage error (one line, exit 2). */
final class UserInput {

    private UserInput() {
    }

    static <T> T check(CommandSpec spec, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
