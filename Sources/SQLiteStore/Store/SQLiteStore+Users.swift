import Foundation
import GRDB
import Provisioning

extension SQLiteStore: UserStore {
    public func insertUser(_ user: User, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(sql: UserRow.insertSQL).execute(arguments: UserRow.insertArguments(user))
            try AuditRow.insert(audit, in: db)
        }
    }

    /// Hot path: GET /Users/{id} and every PUT/PATCH read-modify-write.
    public func user(id: String, idpID: UUID?) async throws -> User? {
        try readNow { db in
            if let idpID {
                return try Fetch.one(db.cachedStatement(sql: HotSQL.userByIDInIdP), [id, Columns.uuid(idpID)], decode: UserRow.decode)
            }
            return try Fetch.one(db.cachedStatement(sql: HotSQL.userByID), [id], decode: UserRow.decode)
        }
    }

    public func users(idpID: UUID?, query: ListQuery) async throws -> Page<User> {
        if let idpID, query.sort == nil, let userName = query.filter?.equality(on: "username") {
            // Okta's lookup before every create and re-assignment (docs/idp-wire.md §2.3): at most one row by
            // the unique index, so no COUNT and no async hop.
            let user = try readNow { db in
                try Fetch.one(
                    db.cachedStatement(sql: HotSQL.userByUserName), [Columns.uuid(idpID), Columns.key(userName)], decode: UserRow.decode)
            }
            return Page(single: user, query: query)
        }
        let list = try ListSQL(schema: .users, columns: UserRow.columns, idpID: idpID, query: query)
        return try await readBudgeted(idpID: idpID) { db in try list.run(db, query: query, decode: UserRow.decode) }
    }

    public func updateUser(_ user: User, expectedVersion: Int, audit: [AuditEvent]) async throws {
        try await write { db in
            try db.cachedStatement(sql: UserRow.updateSQL).execute(
                arguments: UserRow.updateArguments(user, expectedVersion: expectedVersion))
            if db.changesCount == 0 {
                let exists = try Fetch.int(
                    db.cachedStatement(sql: "SELECT COUNT(*) FROM users WHERE id = ? AND idp_id = ?"), [user.id, Columns.uuid(user.idpID)])
                throw exists > 0 ? StoreError.versionConflict : StoreError.notFound
            }
            try AuditRow.insert(audit, in: db)
        }
    }

    /// Hard delete (the console's "purge"; IdPs deactivate instead). Memberships go with the user
    /// (ON DELETE CASCADE); the member counts of those groups are lowered first, while still known.
    public func deleteUser(id: String, idpID: UUID, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE groups SET member_count = member_count - 1 \
                    WHERE id IN (SELECT group_id FROM memberships WHERE user_id = ?)
                    """
            ).execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM users WHERE id = ? AND idp_id = ?").execute(arguments: [id, Columns.uuid(idpID)])
            // Throwing rolls the savepoint back, the count update included.
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try AuditRow.insert(audit, in: db)
        }
    }

    /// The `groups` of a list page's users in one statement, instead of one lookup per user.
    public func groupReferences(ofUsers userIDs: [String]) async throws -> [String: [GroupReference]] {
        guard !userIDs.isEmpty else { return [:] }
        let ids = DocumentCoding.stringArray(userIDs)
        let rows = try await readLater { db in
            try Fetch.all(db.cachedStatement(sql: HotSQL.groupsOfUsers), [ids]) { row in
                (user: row[0] as String, group: GroupReference(id: row[1], displayName: row[2]))
            }
        }
        // Grouping keeps each user's groups in join order.
        return Dictionary(grouping: rows, by: \.user).mapValues { $0.map(\.group) }
    }

    /// Hot path: the read-only `groups` attribute of every user GET.
    public func groupReferences(ofUser userID: String) async throws -> [GroupReference] {
        try readNow { db in
            try Fetch.all(db.cachedStatement(sql: HotSQL.groupsOfUser), [userID]) { GroupReference(id: $0[0], displayName: $0[1]) }
        }
    }
}
