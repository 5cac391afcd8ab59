import Foundation
import GRDB
import Provisioning

extension SQLiteStore: AdminStore {
    private static let adminColumns = "username, email, created"

    public func insertAdmin(_ admin: ConsoleAdmin, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    INSERT INTO console_admins (username, username_key, email, email_key, created) VALUES (?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                admin.username, Columns.key(admin.username), admin.email, Columns.key(optional: admin.email), Columns.date(admin.created),
            ])
            try AuditRow.insert(audit, in: db)
        }
    }

    /// Writes `audit` only when an admin was actually removed.
    public func deleteAdmin(username: String, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            try db.cachedStatement(sql: "DELETE FROM console_admins WHERE username_key = ?").execute(arguments: [Columns.key(username)])
            guard db.changesCount > 0 else { return false }
            try AuditRow.insert(audit, in: db)
            return true
        }
    }

    public func admins() async throws -> [ConsoleAdmin] {
        try await readLater { db in
            let sql = "SELECT \(Self.adminColumns) FROM console_admins ORDER BY username_key"
            return try Fetch.all(db.cachedStatement(sql: sql), decode: Self.decodeAdmin)
        }
    }

    /// Runs on user writes (protected-admin check), so it is a synchronous indexed lookup.
    public func admin(matchingUserName userName: String?, email: String?) async throws -> ConsoleAdmin? {
        let candidates = [userName, email].compactMap { $0 }.map(Columns.key)
        guard !candidates.isEmpty else { return nil }
        let first = candidates[0], second = candidates.count > 1 ? candidates[1] : candidates[0]
        let matches = try readNow { db in
            try Fetch.all(db.cachedStatement(sql: Self.adminMatchSQL), [first, second]) { row in
                (key: row[3] as String, admin: Self.decodeAdmin(row))
            }
        }
        // The first by username, as the console lists them.
        return matches.min { $0.key < $1.key }?.admin
    }

    /// Four unique-index probes. Not `IN (…) OR … ORDER BY … LIMIT 1`: SQLite builds temporary b-trees
    /// for the IN lists and the sort, which made this check a tenth of every user write.
    private static let adminMatchSQL = [
        "username_key = ?1", "username_key = ?2", "email_key = ?1", "email_key = ?2",
    ].map { "SELECT \(adminColumns), username_key FROM console_admins WHERE \($0)" }.joined(separator: " UNION ALL ")

    private static func decodeAdmin(_ row: Row) -> ConsoleAdmin {
        ConsoleAdmin(username: row[0], email: row[1], created: Columns.date(row[2] as Double))
    }
}
