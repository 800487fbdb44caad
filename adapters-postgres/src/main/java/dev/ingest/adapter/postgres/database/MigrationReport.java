package dev.ingest.adapter.postgres.database;

import java.util.List;

/**
 * What a migration run did.
 *
 * @param databaseCreated whether the target database had to be created first
 * @param applied the migrations applied by this run, as {@code V<version> <description>}; empty when up to date
 * @param schemaVersion the schema's version after the run
 */
public record MigrationReport(String location, boolean databaseCreated, List<String> applied, String schemaVersion) {

    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
