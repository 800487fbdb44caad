package dev.ingest.bootstrap.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;

/** The read-only role of {@code sql/roles/ingest_readonly.sql}. */
public final class ReadOnlyRole {

    public static final String NAME = "ingest_readonly";

    private ReadOnlyRole() {
    }

    /** Runs the script as {@code owner} and returns the settings that log in as the role, with this password. */
    public static DatabaseSettings createIn(DatabaseSettings owner, String password) {
        return RoleScript.createIn(owner, NAME, password);
    }
}
