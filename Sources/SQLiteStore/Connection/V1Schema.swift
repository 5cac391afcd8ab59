/// The `v1_initial_schema` migration. FROZEN: see `Migrations`.
enum V1Schema {
    static let statements = [
        """
        CREATE TABLE identity_providers (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            created REAL NOT NULL
        )
        """,
        """
        CREATE TABLE tokens (
            id TEXT PRIMARY KEY NOT NULL,
            idp_id TEXT NOT NULL REFERENCES identity_providers(id),
            hash TEXT NOT NULL UNIQUE,
            hint TEXT NOT NULL,
            created REAL NOT NULL,
            expires REAL NOT NULL,
            revoked REAL,
            last_used REAL
        )
        """,
        "CREATE INDEX tokens_by_idp ON tokens(idp_id, created)",
        // seq is the rowid: insertion order, the stable default order of list responses.
        """
        CREATE TABLE users (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            idp_id TEXT NOT NULL REFERENCES identity_providers(id),
            user_name TEXT NOT NULL,
            user_name_key TEXT NOT NULL,
            external_id TEXT,
            display_name TEXT,
            given_name TEXT,
            family_name TEXT,
            email TEXT,
            email_key TEXT,
            department TEXT,
            division TEXT,
            active INTEGER NOT NULL,
            document TEXT NOT NULL,
            created REAL NOT NULL,
            last_modified REAL NOT NULL,
            version INTEGER NOT NULL
        )
        """,
        // userName is unique per IdP ignoring case, deactivated users included (docs/idp-wire.md Q8, Q12).
        "CREATE UNIQUE INDEX users_by_user_name ON users(idp_id, user_name_key)",
        "CREATE INDEX users_by_external_id ON users(idp_id, external_id)",
        // Entries are (idp_id, seq): one IdP's users in insertion order without a sort.
        "CREATE INDEX users_by_idp ON users(idp_id)",
        """
        CREATE TABLE groups (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            idp_id TEXT NOT NULL REFERENCES identity_providers(id),
            display_name TEXT NOT NULL,
            display_name_key TEXT NOT NULL,
            external_id TEXT,
            document TEXT NOT NULL,
            member_count INTEGER NOT NULL DEFAULT 0,
            created REAL NOT NULL,
            last_modified REAL NOT NULL,
            version INTEGER NOT NULL,
            deleted REAL,
            relink_count INTEGER NOT NULL DEFAULT 0
        )
        """,
        // displayName is unique among LIVE groups only: tombstones may share it.
        "CREATE UNIQUE INDEX groups_live_by_display_name ON groups(idp_id, display_name_key) WHERE deleted IS NULL",
        "CREATE INDEX groups_tombstones_by_display_name ON groups(idp_id, display_name_key, deleted) WHERE deleted IS NOT NULL",
        "CREATE INDEX groups_by_external_id ON groups(idp_id, external_id, deleted)",
        "CREATE INDEX groups_live_by_idp ON groups(idp_id) WHERE deleted IS NULL",
        // Groups are never hard-deleted (tombstones), so only users cascade.
        """
        CREATE TABLE memberships (
            group_id TEXT NOT NULL REFERENCES groups(id),
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            added REAL NOT NULL,
            PRIMARY KEY (group_id, user_id)
        )
        """,
        // Entries are (group_id, rowid): a group's members in join order without a sort.
        "CREATE INDEX memberships_by_group ON memberships(group_id)",
        "CREATE INDEX memberships_by_user ON memberships(user_id)",
        """
        CREATE TABLE console_admins (
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            email TEXT,
            email_key TEXT,
            created REAL NOT NULL
        )
        """,
        "CREATE INDEX console_admins_by_email ON console_admins(email_key)",
        """
        CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time REAL NOT NULL,
            actor TEXT NOT NULL,
            idp_id TEXT,
            action TEXT NOT NULL,
            resource_type TEXT,
            resource_id TEXT,
            summary TEXT NOT NULL,
            "before" TEXT,
            "after" TEXT
        )
        """,
        "CREATE INDEX audit_events_by_time ON audit_events(time)",
        "CREATE INDEX audit_events_by_resource ON audit_events(resource_id)",
        """
        CREATE TABLE traffic (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time REAL NOT NULL,
            request_id TEXT NOT NULL,
            idp_id TEXT,
            idp_name TEXT,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            status INTEGER NOT NULL,
            latency_us INTEGER NOT NULL,
            summary TEXT NOT NULL,
            request_body TEXT,
            response_body TEXT
        )
        """,
    ]
}
