package dev.ingest.bootstrap.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders of one stream under a test's root, and the command lines that name them. */
public record StreamFolders(Path input, Path error, Path checkpoint, Path archive, Path metricsLog) {

    public static StreamFolders under(Path root) {
        return new StreamFolders(root.resolve("input"), root.resolve("error"), root.resolve("checkpoint"),
                root.resolve("archive"), root.resolve("metrics.log"));
    }

    /** {@code stream --available-now}, one file per batch, lean Spark, against this database as this user. */
    public String[] stream(DatabaseSettings database, String user, String password) {
        List<String> args = new ArrayList<>(List.of("stream", "--available-now", "--no-ui", "--master", "local[2]",
                "--max-files-per-trigger", "1", "--db-retry-timeout", "30s",
                "--input", input.toString(), "--error-dir", error.toString(), "--checkpoint", checkpoint.toString(),
                "--archive-dir", archive.toString(), "--metrics-log", metricsLog.toString()));
        args.addAll(database(database, user, password));
        return args.toArray(String[]::new);
    }

    public String[] verify(DatabaseSettings database, String user, String password) {
        List<String> args = new ArrayList<>(List.of("verify", "--input", input.toString(),
                "--archive-dir", archive.toString(), "--error-dir", error.toString(),
                "--checkpoint", checkpoint.toString()));
        args.addAll(database(database, user, password));
        return args.toArray(String[]::new);
    }

    private static List<String> database(DatabaseSettings database, String user, String password) {
        List<String> args = new ArrayList<>(List.of("--jdbc-url", database.jdbcUrl(), "--db-user", user));
        if (!password.isEmpty()) {
            args.addAll(List.of("--db-password", password));
        }
        return args;
    }
}
