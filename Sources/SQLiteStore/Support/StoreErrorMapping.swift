import GRDB
import Provisioning

/// Translates GRDB/SQLite errors into `StoreError`, so no driver type crosses the module boundary.
enum StoreErrorMapping {
    /// Unique indexes (as SQLite names them in its message) and the logical constraint each enforces.
    ///
    /// SQLite reports `UNIQUE constraint failed: users.idp_id, users.user_name_key`; the logical name is
    /// what the layers above understand (`StoreError.duplicate(constraint: "user.userName")` → 409).
    static let uniqueConstraints: [(columns: String, constraint: String)] = [
        ("users.idp_id, users.user_name_key", "user.userName"),
        ("users.id", "user.id"),
        ("groups.idp_id, groups.display_name_key", "group.displayName"),
        ("groups.id", "group.id"),
        ("identity_providers.name_key", "idp.name"),
        ("identity_providers.id", "idp.id"),
        ("console_admins.username_key", "admin.username"),
        ("tokens.hash", "token.hash"),
        ("tokens.id", "token.id"),
    ]

    /// SQLite's messages for statements beyond its parser's stack, expression depth or variable count.
    static let tooComplex = ["parser stack overflow", "Expression tree is too large", "too many SQL variables", "too many terms"]

    /// SQLite's messages for a JSON path its JSON functions cannot parse (wording differs by version).
    static let refusedPaths = ["bad JSON path", "JSON path error"]

    static func map(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError:
            return error
        case is CancellationError:
            return error
        case let error as DatabaseError:
            return map(databaseError: error)
        default:
            return StoreError.unavailable(String(describing: error))
        }
    }

    static func map(databaseError error: DatabaseError) -> StoreError {
        let code = error.extendedResultCode
        if code == .SQLITE_CONSTRAINT_UNIQUE || code == .SQLITE_CONSTRAINT_PRIMARYKEY {
            let message = error.message ?? ""
            if let match = uniqueConstraints.first(where: { message.hasSuffix(": " + $0.columns) }) {
                return .duplicate(constraint: match.constraint)
            }
            return .duplicate(constraint: message)
        }
        if code == .SQLITE_ERROR, let message = error.message, tooComplex.contains(where: message.contains) {
            // Only a filter makes statements this large; the caller can simplify it (400, not 500).
            return .unsupportedQuery("The filter is too complex for the database (\(message)); send a shorter or less nested filter.")
        }
        if code == .SQLITE_ERROR, let message = error.message, refusedPaths.contains(where: message.contains) {
            // A path built from a filter that SQLite's JSON functions refuse: the request is at fault,
            // and a 503 with Retry-After would have the IdP send it again forever.
            return .unsupportedQuery("The filter names an attribute path the database cannot read (\(message)).")
        }
        return .unavailable("database error \(error.resultCode.rawValue): \(error.message ?? "no message")")
    }
}
