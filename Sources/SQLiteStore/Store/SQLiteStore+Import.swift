import Foundation
import GRDB
import Provisioning

/// Bulk loading, for imports and `scimdesk bench seed`. Not part of the `Store` contract.
extension SQLiteStore {
    /// Inserts `users` in ONE transaction through the group-commit writer, with one prepared statement
    /// and one audit event for the whole batch, instead of a savepoint and an audit row per user.
    ///
    /// Thousands of rows per call is the intended size: the write lock is held for the whole batch.
    /// All or nothing: a duplicate `userName` or id anywhere rolls the batch back and throws
    /// `StoreError.duplicate`.
    public func importUsers(_ users: [User], audit: AuditEvent) async throws {
        guard !users.isEmpty else { return }
        try await write { db in
            let statement = try db.cachedStatement(sql: UserRow.insertSQL)
            for user in users {
                try statement.execute(arguments: UserRow.insertArguments(user))
            }
            try AuditRow.insert(audit, in: db)
        }
    }
}
