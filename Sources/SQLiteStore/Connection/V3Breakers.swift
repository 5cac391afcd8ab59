/// The `v3_breakers` migration: the mass-deprovisioning breaker's policy and state per IdP, the
/// requests it holds, and an index that counts an IdP's recent deprovisioning without a scan.
/// FROZEN once shipped: see `Migrations`.
enum V3Breakers {
    static let statements = [
        """
        CREATE TABLE breakers (
            idp_id TEXT PRIMARY KEY NOT NULL REFERENCES identity_providers(id) ON DELETE CASCADE,
            enabled INTEGER NOT NULL,
            max_users INTEGER NOT NULL,
            max_user_share REAL NOT NULL,
            max_groups INTEGER NOT NULL,
            window_seconds INTEGER NOT NULL,
            tripped REAL,
            trip_reason TEXT,
            counting_since REAL
        )
        """,
        """
        CREATE TABLE held_operations (
            idp_id TEXT NOT NULL REFERENCES identity_providers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            name TEXT NOT NULL,
            first_held REAL NOT NULL,
            last_held REAL NOT NULL,
            attempts INTEGER NOT NULL,
            released INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (idp_id, kind, resource_id)
        )
        """,
        """
        CREATE INDEX audit_events_deprovisioning ON audit_events(idp_id, time)
        WHERE action IN ('user.deactivated', 'user.deleted', 'group.deleted')
        """,
    ]
}
