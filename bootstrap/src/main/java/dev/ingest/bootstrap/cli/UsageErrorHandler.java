package dev.ingest.bootstrap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad usage: one line saying what is wrong, then the usage of the command concerned; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    static final int EXIT_USAGE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + ex.getMessage());
        command.usage(err);
        return EXIT_USAGE;
    }
}
