package dev.ingest.bootstrap.cli;

import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A command failed at run time: one line with the innermost useful cause, the stack trace only when verbose. */
final class RuntimeFailureHandler implements IExecutionExceptionHandler {

    static final int EXIT_FAILURE = 1;

    private final BooleanSupplier verbose;

    RuntimeFailureHandler(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException usage) {
            return new UsageErrorHandler().handleParseException(usage, new String[0]);
        }
        command.getErr().println("error: " + oneLine(ex));
        if (verbose.getAsBoolean()) {
            ex.printStackTrace(command.getErr());
        }
        return EXIT_FAILURE;
    }

    /** The deepest cause that carries a message, on a single line. */
    static String oneLine(Throwable failure) {
        Throwable withMessage = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                withMessage = t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = withMessage.getMessage() == null ? withMessage.getClass().getSimpleName() : withMessage.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
