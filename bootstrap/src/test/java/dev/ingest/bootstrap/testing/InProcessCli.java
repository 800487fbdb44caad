package dev.ingest.bootstrap.testing;

import dev.ingest.bootstrap.cli.IngestCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code ingest} command line in this JVM, capturing what picocli prints. */
public final class InProcessCli {

    private InProcessCli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {
    }
}
