package dev.ingest.bootstrap.testing;

import dev.ingest.adapter.postgres.database.DatabaseSettings;

/** The least-privilege role of {@code sql/roles/ingest_app.sql}. */
public final class LeastPrivilegeRole {

    public static final String NAME = "ingest_app";

    private LeastPrivilegeRole() {
    }

    /** Runs the script as {@code owner} and returns the settings that log in as the role, with this password. */
    public static DatabaseSettings createIn(DatabaseSettings owner, String password) {
        return RoleScript.createIn(owner, NAME, password);
    }
}
