/// The `v2_breakers` migration: the mass-deprovisioning breaker's policy and state per IdP, the requests
/// it holds, and an index that counts an IdP's recent deprovisioning without a scan. FROZEN once shipped.
enum V2Breakers {
    static let statements = [
        """
        CREATE TABLE breakers (
            idp_id text COLLATE "C" PRIMARY KEY REFERENCES identity_providers(id) ON DELETE CASCADE,
            enabled boolean NOT NULL,
            max_users integer NOT NULL,
            max_user_share float8 NOT NULL,
            max_groups integer NOT NULL,
            window_seconds integer NOT NULL,
            tripped float8,
            trip_reason text COLLATE "C",
            counting_since float8
        )
        """,
        """
        CREATE TABLE held_operations (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            idp_id text COLLATE "C" NOT NULL REFERENCES identity_providers(id) ON DELETE CASCADE,
            kind text COLLATE "C" NOT NULL,
            resource_id text COLLATE "C" NOT NULL,
            name text COLLATE "C" NOT NULL,
            first_held float8 NOT NULL,
            last_held float8 NOT NULL,
            attempts integer NOT NULL,
            released boolean NOT NULL DEFAULT false,
            PRIMARY KEY (idp_id, kind, resource_id)
        )
        """,
        """
        CREATE INDEX audit_events_deprovisioning ON audit_events(idp_id, time)
        WHERE action IN ('user.deactivated', 'user.deleted', 'group.deleted')
        """,
    ]
}
