package dev.ingest.bootstrap.faults;

import dev.ingest.bootstrap.cli.IngestCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code verify} command run on a workspace, in this JVM, as the least-privilege role: the product's own proof that
 * the account balances.
 */
record Verification(int exitCode, String out, String err) {

    static Verification of(StreamWorkspace workspace) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> arguments = new ArrayList<>(List.of("verify"));
        arguments.addAll(workspace.sourceOptions());
        if (!arguments.contains("--kafka-bootstrap-servers")) {
            arguments.addAll(List.of("--error-dir", workspace.errorDir().toString(), "--checkpoint",
                    workspace.checkpoint().toString()));
        }
        arguments.addAll(List.of("--jdbc-url", workspace.appRole().jdbcUrl(), "--db-user", workspace.appRole().user(),
                "--db-password", workspace.appRole().password()));
        int exitCode = IngestCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                arguments.toArray(String[]::new));
        return new Verification(exitCode, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "verify exited " + exitCode + "\n" + out + err;
    }
}
