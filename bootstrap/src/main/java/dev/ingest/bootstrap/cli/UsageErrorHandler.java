package dev.ingest.bootstrap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad usage: one line saying what is wrong, then the usage of the command concerned; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    static final int EXIT_USAGE = 2;

    private static final String PASSWORD_OPTION = "--db-password";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + withoutPasswords(ex.getMessage(), args));
        command.usage(err);
        return EXIT_USAGE;
    }

    /**
     * picocli quotes unmatched arguments back, so a password given to a command that takes none (say {@code generate
     * --db-password s3cret}) would be printed; every value of {@code --db-password} on the command line is masked.
     */
    static String withoutPasswords(String message, String[] args) {
        String masked = message;
        for (int i = 0; i < args.length; i++) {
            String secret = null;
            if (args[i].startsWith(PASSWORD_OPTION + "=")) {
                secret = args[i].substring(PASSWORD_OPTION.length() + 1);
            } else if (args[i].equals(PASSWORD_OPTION) && i + 1 < args.length) {
                secret = args[i + 1];
            }
            if (secret != null && !secret.isEmpty()) {
                // Only where picocli quotes it, so that a short password cannot mangle the rest of the message.
                masked = masked.replace("'" + secret + "'", "'****'")
                        .replace(PASSWORD_OPTION + "=" + secret, PASSWORD_OPTION + "=****");
            }
        }
        return masked;
    }
}
