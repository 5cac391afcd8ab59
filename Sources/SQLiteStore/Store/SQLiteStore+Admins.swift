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
        return try readNow { db in
            let sql = """
                SELECT \(Self.adminColumns) FROM console_admins \
                WHERE username_key IN (?1, ?2) OR email_key IN (?1, ?2) ORDER BY username_key LIMIT 1
                """
            return try Fetch.one(db.cachedStatement(sql: sql), [first, second], decode: Self.decodeAdmin)
        }
    }

    private static func decodeAdmin(_ row: Row) -> ConsoleAdmin {
        ConsoleAdmin(username: row[0], email: row[1], created: Columns.date(row[2] as Double))
    }
}
