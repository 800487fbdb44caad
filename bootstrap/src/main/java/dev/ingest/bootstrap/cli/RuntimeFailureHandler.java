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

    /** The outermost failure that says something of its own (wrappers skipped), as its first line. */
    static String oneLine(Throwable failure) {
        Throwable own = failure;
        while (isWrapper(own)) {
            own = own.getCause();
        }
        String message = own.getMessage() == null || own.getMessage().isBlank()
                ? own.getClass().getSimpleName() : own.getMessage();
        return message.strip().lines().findFirst().orElse(message).strip();
    }

    private static boolean isWrapper(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null || cause == t) {
            return false;
        }
        String message = t.getMessage();
        return message == null || message.isBlank() || message.equals(cause.toString())
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.lang.reflect.UndeclaredThrowableException;
    }
}
