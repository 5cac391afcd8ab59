/// The `v1_initial_schema` migration. FROZEN once shipped: see `Migrations`.
///
/// The SQLite schema's tables and indexes, with PostgreSQL's types: all text `COLLATE "C"` (code point
/// order, so sorting and `sw` ranges match SQLite's byte order whatever the database's locale), ids as
/// text, dates as float8 unix seconds, documents as `json` (`jsonb` would reorder the IdP's keys).
enum V1Schema {
    static let statements = [
        """
        CREATE TABLE identity_providers (
            id text COLLATE "C" PRIMARY KEY,
            name text COLLATE "C" NOT NULL,
            name_key text COLLATE "C" NOT NULL UNIQUE,
            kind text COLLATE "C" NOT NULL,
            created float8 NOT NULL,
            rate_limit integer
        )
        """,
        """
        CREATE TABLE tokens (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            id text COLLATE "C" PRIMARY KEY,
            idp_id text COLLATE "C" NOT NULL REFERENCES identity_providers(id),
            hash text COLLATE "C" NOT NULL UNIQUE,
            hint text COLLATE "C" NOT NULL,
            created float8 NOT NULL,
            expires float8 NOT NULL,
            revoked float8,
            last_used float8
        )
        """,
        "CREATE INDEX tokens_by_idp ON tokens(idp_id, created)",
        """
        CREATE TABLE users (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            idp_id text COLLATE "C" NOT NULL REFERENCES identity_providers(id),
            user_name text COLLATE "C" NOT NULL,
            user_name_key text COLLATE "C" NOT NULL,
            external_id text COLLATE "C",
            display_name text COLLATE "C",
            given_name text COLLATE "C",
            family_name text COLLATE "C",
            email text COLLATE "C",
            email_key text COLLATE "C",
            department text COLLATE "C",
            division text COLLATE "C",
            active boolean NOT NULL,
            document json NOT NULL,
            created float8 NOT NULL,
            last_modified float8 NOT NULL,
            version integer NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX users_by_user_name ON users(idp_id, user_name_key)",
        "CREATE INDEX users_by_external_id ON users(idp_id, external_id)",
        "CREATE INDEX users_by_idp ON users(idp_id, seq)",
        """
        CREATE TABLE groups (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            idp_id text COLLATE "C" NOT NULL REFERENCES identity_providers(id),
            display_name text COLLATE "C" NOT NULL,
            display_name_key text COLLATE "C" NOT NULL,
            external_id text COLLATE "C",
            document json NOT NULL,
            member_count integer NOT NULL DEFAULT 0,
            created float8 NOT NULL,
            last_modified float8 NOT NULL,
            version integer NOT NULL,
            deleted float8,
            relink_count integer NOT NULL DEFAULT 0
        )
        """,
        "CREATE UNIQUE INDEX groups_live_by_display_name ON groups(idp_id, display_name_key) WHERE deleted IS NULL",
        "CREATE INDEX groups_tombstones_by_display_name ON groups(idp_id, display_name_key, deleted) WHERE deleted IS NOT NULL",
        "CREATE INDEX groups_by_external_id ON groups(idp_id, external_id, deleted)",
        "CREATE INDEX groups_live_by_idp ON groups(idp_id, seq) WHERE deleted IS NULL",
        // seq is join order (SQLite's rowid).
        """
        CREATE TABLE memberships (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            group_id text COLLATE "C" NOT NULL REFERENCES groups(id),
            user_id text COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            added float8 NOT NULL,
            PRIMARY KEY (group_id, user_id)
        )
        """,
        "CREATE INDEX memberships_by_group ON memberships(group_id, seq)",
        "CREATE INDEX memberships_by_user ON memberships(user_id, seq)",
        MemberCountTrigger.function,
        MemberCountTrigger.insertTrigger,
        MemberCountTrigger.deleteTrigger,
        """
        CREATE TABLE console_admins (
            username text COLLATE "C" NOT NULL,
            username_key text COLLATE "C" NOT NULL UNIQUE,
            email text COLLATE "C",
            email_key text COLLATE "C",
            created float8 NOT NULL
        )
        """,
        "CREATE INDEX console_admins_by_email ON console_admins(email_key)",
        """
        CREATE TABLE audit_events (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time float8 NOT NULL,
            actor text COLLATE "C" NOT NULL,
            idp_id text COLLATE "C",
            action text COLLATE "C" NOT NULL,
            resource_type text COLLATE "C",
            resource_id text COLLATE "C",
            summary text COLLATE "C" NOT NULL,
            "before" text COLLATE "C",
            "after" text COLLATE "C",
            seal bytea
        )
        """,
        "CREATE INDEX audit_events_by_time ON audit_events(time)",
        "CREATE INDEX audit_events_by_resource ON audit_events(resource_id)",
        """
        CREATE TABLE traffic (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time float8 NOT NULL,
            request_id text COLLATE "C" NOT NULL,
            idp_id text COLLATE "C",
            idp_name text COLLATE "C",
            method text COLLATE "C" NOT NULL,
            path text COLLATE "C" NOT NULL,
            status integer NOT NULL,
            latency_us bigint NOT NULL,
            summary text COLLATE "C" NOT NULL,
            request_body text COLLATE "C",
            response_body text COLLATE "C",
            remote_address text COLLATE "C",
            user_agent text COLLATE "C",
            request_headers text COLLATE "C"
        )
        """,
        TrigramIndexes.extensionIfAvailable,
        TrigramIndexes.indexes,
        // ISO 8601 text inside documents → unix seconds, NULL (not an error) for anything else, so a
        // malformed date in one document cannot fail a filter over all of them.
        """
        CREATE FUNCTION scimdesk_epoch(value text) RETURNS float8 LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN extract(epoch FROM value::timestamptz);
        EXCEPTION WHEN others THEN
            RETURN NULL;
        END $$
        """,
    ]
}

/// `groups.member_count` kept equal to the rows by the database itself. A count maintained by the
/// writer (as SQLite does) goes wrong under READ COMMITTED when a member add races a user delete: the
/// delete's cascade removes a membership the decrement never saw. Statement-level triggers with
/// transition tables see every row removed, cascades included, and cost one UPDATE per statement.
enum MemberCountTrigger {
    static let function = """
        CREATE FUNCTION scimdesk_member_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE groups g SET member_count = g.member_count + c.n
                FROM (SELECT group_id, count(*) AS n FROM changed GROUP BY group_id) c WHERE g.id = c.group_id;
            ELSE
                UPDATE groups g SET member_count = g.member_count - c.n
                FROM (SELECT group_id, count(*) AS n FROM changed GROUP BY group_id) c WHERE g.id = c.group_id;
            END IF;
            RETURN NULL;
        END $$
        """
    static let insertTrigger = """
        CREATE TRIGGER memberships_counted_on_insert AFTER INSERT ON memberships
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION scimdesk_member_count()
        """
    static let deleteTrigger = """
        CREATE TRIGGER memberships_counted_on_delete AFTER DELETE ON memberships
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION scimdesk_member_count()
        """
}

/// `co` searches (`userName co "smith"`) become `LIKE '%smith%'` on the key columns; a `pg_trgm` GIN
/// index answers those without scanning every user. Where the extension cannot be created (no contrib
/// package, no privilege) the schema is still valid and `co` scans, as it does on SQLite.
enum TrigramIndexes {
    static let extensionIfAvailable = """
        DO $$ BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN others THEN
            RAISE NOTICE 'pg_trgm is not available: co searches will scan';
        END $$
        """
    static let indexes = """
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                CREATE INDEX users_user_name_key_trgm ON users USING gin (user_name_key gin_trgm_ops);
                CREATE INDEX users_email_key_trgm ON users USING gin (email_key gin_trgm_ops);
                CREATE INDEX groups_display_name_key_trgm ON groups USING gin (display_name_key gin_trgm_ops);
            END IF;
        END $$
        """
}
