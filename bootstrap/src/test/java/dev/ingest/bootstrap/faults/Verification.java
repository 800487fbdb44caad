package dev.ingest.bootstrap.faults;

import dev.ingest.bootstrap.cli.IngestCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The {@code verify} command run on a workspace, in this JVM, as the least-privilege role: the product's own proof that
 * the account balances.
 */
record Verification(int exitCode, String out, String err) {

    static Verification of(StreamWorkspace workspace) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "verify", "--input", workspace.input().toString(), "--error-dir", workspace.errorDir().toString(),
                "--checkpoint", workspace.checkpoint().toString(), "--jdbc-url", workspace.appRole().jdbcUrl(),
                "--db-user", workspace.appRole().user(), "--db-password", workspace.appRole().password());
        return new Verification(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "verify exited " + exitCode + "\n" + out + err;
    }
}
