package dev.ingest.bootstrap.e2e;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.bootstrap.cli.IngestCli;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the real CLI in this JVM: its exit code and everything it wrote. {@code out} holds both what the command
 * printed through picocli and what the pipeline printed on {@code System.out} (the per-batch lines), in order.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        // The stream prints its per-batch lines on System.out; a tee keeps them visible in the test report too.
        PrintStream tee = new PrintStream(new Tee(captured, original), true, StandardCharsets.UTF_8);
        System.setOut(tee);
        int exitCode;
        try {
            PrintWriter out = new PrintWriter(tee, true, StandardCharsets.UTF_8);
            exitCode = IngestCli.commandLine(out, new PrintWriter(err, true)).execute(args);
            out.flush();
        } finally {
            System.setOut(original);
        }
        return new CliRun(exitCode, captured.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** The command line {@code args} followed by the flags that point it at {@code database}. */
    static String[] against(DatabaseSettings database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jdbc-url", database.jdbcUrl(), "--db-user", database.user()));
        if (!database.password().isEmpty()) {
            all.addAll(List.of("--db-password", database.password()));
        }
        return all.toArray(String[]::new);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    /** Writes to the capture and to the original stdout, so the lines also show in the test report. */
    private static final class Tee extends OutputStream {
        private final ByteArrayOutputStream captured;
        private final PrintStream original;

        Tee(ByteArrayOutputStream captured, PrintStream original) {
            this.captured = captured;
            this.original = original;
        }

        @Override
        public synchronized void write(int b) {
            captured.write(b);
            original.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            captured.write(b, off, len);
            original.write(b, off, len);
        }
    }
}
