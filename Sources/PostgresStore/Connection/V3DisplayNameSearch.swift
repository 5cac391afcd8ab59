/// The `v3_display_name_search` migration: a `pg_trgm` index on users' folded displayName, the
/// expression a `displayName co "…"` filter compares (`SQLFragment.folded`), so that search — the one
/// the console's Users view and Entra's lookups make — no longer scans and folds every user (at
/// 100,000 users it ran at 2% of SQLite's rate). Skipped, like the other trigram indexes, where the
/// extension is not available. FROZEN once shipped.
enum V3DisplayNameSearch {
    static let statements = [
        """
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                CREATE INDEX users_display_name_folded_trgm ON users USING gin ((\(SQLFragment("display_name").folded.sql)) gin_trgm_ops);
            END IF;
        END $$
        """
    ]
}
