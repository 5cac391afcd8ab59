import GRDB

/// The schema, as a sequence of named migrations.
///
/// FROZEN ONCE SHIPPED: a migration that has run on someone's database must never be edited, renamed
/// or removed; GRDB records applied names in `grdb_migrations` and would skip or refuse changes.
/// Change the schema by appending `v2_…`, `v3_…`.
///
/// Conventions: dates are REAL unix seconds (`Columns.date`); ids are lowercase UUID text; every
/// case-insensitive lookup has a `*_key` column holding `Columns.key` of the value (Swift's lowercase
/// mapping and NFC), because SQLite's `lower()` folds ASCII only and knows nothing of normalisation.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1_initial_schema") { db in
            for statement in V1Schema.statements { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2_normalized_keys", migrate: V2NormalizedKeys.migrate)
        migrator.registerMigration("v3_breakers") { db in
            for statement in V3Breakers.statements { try db.execute(sql: statement) }
        }
        // Who sent a request, for support: the client address, its User-Agent, its headers (redacted).
        migrator.registerMigration("v4_traffic_client") { db in
            for column in ["remote_address", "user_agent", "request_headers"] {
                try db.execute(sql: "ALTER TABLE traffic ADD COLUMN \(column) TEXT")
            }
        }
        // Tamper-evident audit: a keyed seal per event, chained (needs the seal function, see DatabaseSetup).
        migrator.registerMigration("v5_audit_seal", migrate: V5AuditSeal.migrate)
        // Substring search (`co`, `sw`, `ew`) through a trigram index instead of a scan.
        migrator.registerMigration("v6_search_index", migrate: V6SearchIndex.migrate)
        // Each IdP's request rate limit (requests a second, 0 = off); NULL keeps the standard one.
        migrator.registerMigration("v7_idp_rate_limit") { db in
            try db.execute(sql: "ALTER TABLE identity_providers ADD COLUMN rate_limit INTEGER")
        }
        return migrator
    }
}
