import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: AdminStore {
    private static let adminColumns = "username, email, created"

    public func insertAdmin(_ admin: ConsoleAdmin, audit: AuditEvent) async throws {
        try await write { connection in
            try await connection.run(
                "INSERT INTO console_admins (username, username_key, email, email_key, created) VALUES (?, ?, ?, ?, ?)",
                [
                    .text(admin.username), .text(Columns.key(admin.username)), .text(admin.email), Columns.key(optional: admin.email),
                    Columns.date(admin.created),
                ])
            try await self.appendSealed([audit], on: connection)
        }
    }

    /// Writes `audit` only when an admin was actually removed.
    public func deleteAdmin(username: String, audit: AuditEvent) async throws -> Bool {
        try await write { connection in
            let removed = try await connection.run(
                SQLFragment("DELETE FROM console_admins WHERE username_key = ? RETURNING 1", [.text(Columns.key(username))]))
            guard removed > 0 else { return false }
            try await self.appendSealed([audit], on: connection)
            return true
        }
    }

    public func admins() async throws -> [ConsoleAdmin] {
        try await read { connection in
            try await connection.all(
                SQLFragment("SELECT \(Self.adminColumns) FROM console_admins ORDER BY username_key"), decode: Self.decodeAdmin)
        }
    }

    public func admin(matchingUserName userName: String?, email: String?) async throws -> ConsoleAdmin? {
        let candidates = [userName, email].compactMap { $0 }.map(Columns.key)
        guard !candidates.isEmpty else { return nil }
        return try await read { connection in
            try await connection.one(
                SQLFragment(
                    """
                    SELECT \(Self.adminColumns) FROM console_admins \
                    WHERE username_key = ANY(?) OR email_key = ANY(?) ORDER BY username_key LIMIT 1
                    """, [.textArray(candidates), .textArray(candidates)]), decode: Self.decodeAdmin)
        }
    }

    private static func decodeAdmin(_ row: RowReader) throws -> ConsoleAdmin {
        ConsoleAdmin(username: try row.string(0), email: try row.optionalString(1), created: try row.date(2))
    }
}
