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
        // Each traffic record's size, so the table is bounded by bytes as well as rows; the index lets the
        // prune sum sizes without reading bodies (`size` sits after them in the row).
        migrator.registerMigration("v8_traffic_size") { db in
            try db.execute(sql: "ALTER TABLE traffic ADD COLUMN size INTEGER NOT NULL DEFAULT 0")
            try db.execute(
                sql: """
                    UPDATE traffic SET size = COALESCE(length(CAST(request_body AS BLOB)), 0) + COALESCE(length(CAST(response_body AS BLOB)), 0)
                        + COALESCE(length(CAST(request_headers AS BLOB)), 0) + length(CAST(path AS BLOB)) + length(CAST(summary AS BLOB))
                        + COALESCE(length(CAST(user_agent AS BLOB)), 0)
                    """)
            try db.execute(sql: "CREATE INDEX traffic_sizes ON traffic(id, size)")
        }
        // Token lookups may be kept in memory; this counter says when they must be read again.
        migrator.registerMigration("v9_credentials_version") { db in
            for statement in V9CredentialsVersion.statements { try db.execute(sql: statement) }
        }
        // Unfiltered user lists read their total from a counter instead of counting.
        migrator.registerMigration("v10_user_counts") { db in
            for statement in V10UserCounts.statements { try db.execute(sql: statement) }
        }
        return migrator
    }
}
