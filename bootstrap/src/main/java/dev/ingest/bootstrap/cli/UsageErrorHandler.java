package dev.ingest.bootstrap.cli;

import dev.ingest.adapter.postgres.database.PostgresUrl;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad usage: one line saying what is wrong, then the usage of the command concerned; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    static final int EXIT_USAGE = 2;

    private static final String PASSWORD_OPTION = "--db-password";
    private static final String URL_OPTION = "--jdbc-url";
    private static final String KAFKA_OPTION = "--kafka-option";

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
     * --db-password s3cret}) would be printed; every value of {@code --db-password} on the command line is masked, and
     * every value of {@code --jdbc-url} is shown without the user, password and parameters it may carry, and every
     * value of {@code --kafka-option} with its key only.
     */
    static String withoutPasswords(String message, String[] args) {
        String masked = message;
        for (int i = 0; i < args.length; i++) {
            masked = maskValue(masked, args, i, PASSWORD_OPTION, secret -> "****");
            masked = maskValue(masked, args, i, URL_OPTION, PostgresUrl::shown);
            masked = maskValue(masked, args, i, KAFKA_OPTION, KafkaOptions::shown);
        }
        return masked;
    }

    private static String maskValue(String message, String[] args, int i, String option,
            UnaryOperator<String> shown) {
        String value = null;
        if (args[i].startsWith(option + "=")) {
            value = args[i].substring(option.length() + 1);
        } else if (args[i].equals(option) && i + 1 < args.length) {
            value = args[i + 1];
        }
        if (value == null || value.isEmpty()) {
            return message;
        }
        // Only where picocli quotes it, so that a short password cannot mangle the rest of the message.
        return message.replace("'" + value + "'", "'" + shown.apply(value) + "'")
                .replace(option + "=" + value, option + "=" + shown.apply(value));
    }
}
