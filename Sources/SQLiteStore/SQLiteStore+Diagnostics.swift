import Foundation
import GRDB
import Provisioning

/// Introspection for tests and an operator's `doctor` command. Not part of the `Store` contract.
@_spi(Diagnostics)
extension SQLiteStore {
    /// A lookup on the request path whose query plan is worth checking.
    public enum HotLookup: String, Sendable, CaseIterable {
        case userByID, userByIDInIdP, userByUserName, usersByExternalID, tokenByHash
        case groupByID, groupByDisplayName, membersOfGroup, groupsOfUser, memberIsInGroup
        case tombstoneByExternalID, tombstoneByDisplayName
    }

    /// `EXPLAIN QUERY PLAN` details (one line per plan row) of the SQL that `lookup` runs.
    public func queryPlan(_ lookup: HotLookup) throws -> [String] {
        let (sql, arguments) = Self.sql(for: lookup)
        return try explain(SQLFragment(sql, arguments))
    }

    /// The plan of the page query `users(idpID:query:)` would run through the generic filter path.
    public func usersQueryPlan(idpID: UUID?, query: ListQuery) throws -> [String] {
        try explain(ListSQL(schema: .users, columns: UserRow.columns, idpID: idpID, query: query).page)
    }

    /// The plan of the page query `groups(idpID:query:)` would run.
    public func groupsQueryPlan(idpID: UUID?, query: ListQuery) throws -> [String] {
        try explain(ListSQL(schema: .groups, columns: GroupRow.columns, idpID: idpID, query: query, fixed: ["groups.deleted IS NULL"]).page)
    }

    /// A PRAGMA's value as text (`journal_mode`, `synchronous`, `foreign_keys`, …), read on a reader
    /// connection unless `onWriter`.
    public func pragma(_ name: String, onWriter: Bool = false) throws -> String? {
        guard name.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw StoreError.unsupportedQuery("bad pragma name") }
        do {
            if onWriter {
                return try pool.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA \(name)") }
            }
            return try pool.read { try String.fetchOne($0, sql: "PRAGMA \(name)") }
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// Write requests and the group transactions that carried them since the store was opened.
    public var groupCommitCounts: (transactions: Int, requests: Int) {
        let statistics = writer.statistics
        return (statistics.transactions, statistics.requests)
    }

    /// Names of the applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        try readNow { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    private func explain(_ fragment: SQLFragment) throws -> [String] {
        try readNow { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + fragment.sql, arguments: fragment.statementArguments)
                .map { $0["detail"] as String }
        }
    }

    private static func sql(for lookup: HotLookup) -> (String, [(any DatabaseValueConvertible)?]) {
        let idp = "00000000-0000-0000-0000-000000000000"
        switch lookup {
        case .userByID: return (HotSQL.userByID, ["u"])
        case .userByIDInIdP: return (HotSQL.userByIDInIdP, ["u", idp])
        case .userByUserName: return (HotSQL.userByUserName, [idp, "ada"])
        case .usersByExternalID:
            return ("SELECT \(UserRow.columns) FROM users WHERE idp_id = ? AND external_id = ?", [idp, "x"])
        case .tokenByHash: return (HotSQL.tokenByHash, ["h"])
        case .groupByID: return (HotSQL.groupByID(scoped: true, includeDeleted: false), ["g", idp])
        case .groupByDisplayName: return (HotSQL.groupByDisplayName, [idp, "g"])
        case .membersOfGroup:
            return ("SELECT m.user_id, users.user_name FROM memberships m JOIN users ON users.id = m.user_id WHERE m.group_id = ? ORDER BY m.rowid", ["g"])
        case .groupsOfUser:
            return ("SELECT groups.id, groups.display_name FROM memberships m JOIN groups ON groups.id = m.group_id WHERE m.user_id = ? AND groups.deleted IS NULL ORDER BY m.rowid", ["u"])
        case .memberIsInGroup:
            return ("SELECT 1 FROM memberships WHERE group_id = ? AND user_id = ?", ["g", "u"])
        case .tombstoneByExternalID:
            return ("SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND external_id = ? AND deleted IS NOT NULL ORDER BY deleted DESC, seq DESC LIMIT 1", [idp, "x"])
        case .tombstoneByDisplayName:
            return ("SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NOT NULL ORDER BY deleted DESC, seq DESC LIMIT 1", [idp, "g"])
        }
    }
}
