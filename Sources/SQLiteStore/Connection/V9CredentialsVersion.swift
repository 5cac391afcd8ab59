/// The `v9_credentials_version` migration: a counter that every change to what a token lookup returns
/// moves forward (a token issued, revoked, re-dated or removed; an IdP added, renamed, re-limited or
/// removed), so a process may keep token lookups in memory and still see another process's revoke on
/// the very next request (see `TokenCache`). Triggers keep it in step whoever writes, the sqlite3 shell
/// included; `last_used`, written as tokens are used, is left out on purpose.
/// FROZEN once shipped: see `Migrations`.
enum V9CredentialsVersion {
    static let bump = "UPDATE credentials_version SET version = version + 1;"

    static let statements =
        [
            "CREATE TABLE credentials_version (version INTEGER NOT NULL)",
            "INSERT INTO credentials_version (version) VALUES (1)",
        ]
        + [
            ("tokens_inserted", "AFTER INSERT ON tokens"),
            ("tokens_changed", "AFTER UPDATE OF id, idp_id, hash, created, expires, revoked ON tokens"),
            ("tokens_deleted", "AFTER DELETE ON tokens"),
            ("identity_providers_inserted", "AFTER INSERT ON identity_providers"),
            ("identity_providers_changed", "AFTER UPDATE ON identity_providers"),
            ("identity_providers_deleted", "AFTER DELETE ON identity_providers"),
        ].map { name, event in "CREATE TRIGGER credentials_version_\(name) \(event) BEGIN \(bump) END" }
}
