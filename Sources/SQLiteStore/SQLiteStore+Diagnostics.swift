import Foundation
import GRDB
import Provisioning

/// Introspection for tests and an operator's `doctor` command. Not part of the `Store` contract.
@_spi(Diagnostics)
extension SQLiteStore {
    /// A lookup on the request path whose query plan is worth checking.
    public enum HotLookup: String, Sendable, CaseIterable {
        case userByID, userByIDInIdP, userByUserName, tokenByHash
        case groupByID, groupByDisplayName, membersOfGroup, groupsOfUser
        case tombstoneByExternalID, tombstoneByDisplayName
    }

    /// `EXPLAIN QUERY PLAN` details (one line per plan row) of the SQL that `lookup` runs.
    /// Filtered lookups (externalId, members) are covered by `usersQueryPlan`/`groupsQueryPlan`.
    public func queryPlan(_ lookup: HotLookup) throws -> [String] {
        let (sql, arguments) = Self.sql(for: lookup)
        return try explain(SQLFragment(sql, arguments))
    }

    /// The plan of the page query `users(idpID:query:)` would run through the generic filter path.
    public func usersQueryPlan(idpID: UUID?, query: ListQuery) throws -> [String] {
        try explain(ListSQL(schema: .users, columns: UserRow.columns, idpID: idpID, query: query).page)
    }

    /// The plan of the COUNT behind the page's `totalResults`.
    public func usersCountPlan(idpID: UUID?, query: ListQuery) throws -> [String] {
        try explain(ListSQL(schema: .users, columns: UserRow.columns, idpID: idpID, query: query).count)
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
        case .tokenByHash: return (HotSQL.tokenByHash, ["h"])
        case .groupByID: return (HotSQL.groupByID(scoped: true, includeDeleted: false), ["g", idp])
        case .groupByDisplayName: return (HotSQL.groupByDisplayName, [idp, "g"])
        case .membersOfGroup: return (HotSQL.membersOfGroup, ["g"])
        case .groupsOfUser: return (HotSQL.groupsOfUser, ["u"])
        case .tombstoneByExternalID: return (HotSQL.tombstoneByExternalID, [idp, "x"])
        case .tombstoneByDisplayName: return (HotSQL.tombstoneByDisplayName, [idp, "g"])
        }
    }
}
