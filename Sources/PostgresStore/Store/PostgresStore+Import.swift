import Foundation
import PostgresNIO
import Provisioning

/// Bulk loading, for `scimdesk bench seed`. Not part of the `Store` contract (the same call as
/// `SQLiteStore.importUsers`).
extension PostgresStore {
    /// Inserts `users` in ONE transaction with one sealed audit event for the whole batch, instead of a
    /// transaction (and a COMMIT's WAL flush) and an audit row per user.
    ///
    /// All or nothing: a duplicate `userName` or id anywhere rolls the batch back and throws
    /// `StoreError.duplicate`.
    public func importUsers(_ users: [User], audit: AuditEvent) async throws {
        guard !users.isEmpty else { return }
        try await write { connection in
            for user in users {
                try await connection.run(UserRow.insert(user))
            }
            try await self.appendSealed([audit], on: connection)
        }
    }
}
