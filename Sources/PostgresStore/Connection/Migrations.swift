import PostgresNIO
import Provisioning

/// The schema as a sequence of named migrations, applied in one transaction under an advisory lock.
///
/// FROZEN ONCE SHIPPED: a migration that has run on someone's database must never be edited, renamed or
/// removed; append `v2_…`. Applied names are recorded in `scimdesk_migrations`. Several processes
/// starting at once on an empty database queue on the lock: the first migrates, the others find the
/// work done. A database that lists a migration this build does not know came from a newer ScimDesk
/// and is refused rather than written with an older idea of the schema.
enum Migrations {
    static let all: [(name: String, statements: [String])] = [
        ("v1_initial_schema", V1Schema.statements),
        ("v2_breakers", V2Breakers.statements),
        ("v3_display_name_search", V3DisplayNameSearch.statements),
    ]

    /// An arbitrary constant shared by every ScimDesk process (the ASCII of "scimdesk" as an int8).
    static let lockKey: Int64 = 0x7363_696d_6465_736b

    static func run(on connection: PostgresConnection) async throws {
        try await connection.run("BEGIN")
        do {
            // Waiting for another process's migration is not a stuck lock: the session's short
            // lock_timeout and statement_timeout must not cut it off (it applies to this transaction only).
            try await connection.run("SET LOCAL lock_timeout = '120s'")
            try await connection.run("SET LOCAL statement_timeout = '120s'")
            try await connection.run("SELECT pg_advisory_xact_lock(\(lockKey))")
            try await connection.run(
                """
                CREATE TABLE IF NOT EXISTS scimdesk_migrations (name text COLLATE "C" PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())
                """)
            let applied = Set(try await connection.all(SQLFragment("SELECT name FROM scimdesk_migrations")) { try $0.string(0) })
            let known = Set(all.map(\.name))
            if let unknown = applied.subtracting(known).sorted().first {
                throw StoreError.unavailable("the database was migrated by a newer ScimDesk (migration '\(unknown)'); upgrade this one")
            }
            for migration in all where !applied.contains(migration.name) {
                for statement in migration.statements { try await connection.run(statement) }
                try await connection.run("INSERT INTO scimdesk_migrations (name) VALUES (?)", [.text(migration.name)])
            }
            try await connection.run("COMMIT")
        } catch {
            try? await connection.run("ROLLBACK")
            throw error
        }
    }
}
