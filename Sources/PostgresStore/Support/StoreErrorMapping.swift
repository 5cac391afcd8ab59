import PostgresNIO
import Provisioning

/// Translates postgres-nio errors into `StoreError`, so no driver type crosses the module boundary.
enum StoreErrorMapping {
    /// Unique indexes and the logical constraint each enforces (23505 names the index).
    static let uniqueConstraints: [String: String] = [
        "users_by_user_name": "user.userName",
        "users_id_key": "user.id",
        "groups_live_by_display_name": "group.displayName",
        "groups_id_key": "group.id",
        "identity_providers_name_key_key": "idp.name",
        "identity_providers_pkey": "idp.id",
        "console_admins_username_key_key": "admin.username",
        "tokens_hash_key": "token.hash",
        "tokens_pkey": "token.id",
    ]

    /// SQLSTATEs after which the whole transaction may simply run again: serialization failure,
    /// deadlock, and a foreign key that a concurrent delete took away (a member add racing a user delete
    /// then sees the user gone and reports it as unknown).
    static let retryable: Set<String> = ["40001", "40P01", "23503"]

    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func isRetryable(_ error: any Error) -> Bool {
        sqlState(error).map(retryable.contains) ?? false
    }

    static func map(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError: return error
        case is CancellationError: return error
        case let error as PSQLError: return map(psql: error)
        default: return StoreError.unavailable(String(describing: error))
        }
    }

    static func map(psql error: PSQLError) -> StoreError {
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? "\(error.code)"
        if state == "23505" {
            let index = error.serverInfo?[.constraintName] ?? ""
            return .duplicate(constraint: uniqueConstraints[index] ?? index)
        }
        if let state { return .unavailable("database error \(state): \(message)") }
        return .unavailable("database unreachable: \(message)")
    }
}
