import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: UserStore {
    public func insertUser(_ user: User, audit: AuditEvent) async throws {
        try await write { connection in
            try await connection.run(UserRow.insert(user))
            try await self.appendSealed([audit], on: connection)
        }
    }

    /// Hot path: GET /Users/{id} and every PUT/PATCH read-modify-write.
    public func user(id: String, idpID: UUID?) async throws -> User? {
        if let idpID {
            let statement = HotSQL.UserByIDInIdP(values: [.text(id), .text(Columns.uuid(idpID))])
            return try await read { connection in try await connection.one(statement, decode: UserRow.decode) }
        }
        let statement = HotSQL.UserByID(values: [.text(id)])
        return try await read { connection in try await connection.one(statement, decode: UserRow.decode) }
    }

    public func users(idpID: UUID?, query: ListQuery) async throws -> Page<User> {
        if let idpID, query.sort == nil, let userName = query.filter?.equality(on: "username") {
            // Okta's lookup before every create: one probe of the unique index, no COUNT.
            let statement = HotSQL.UserByUserName(values: [.text(Columns.uuid(idpID)), .text(Columns.key(userName))])
            let user = try await read { connection in try await connection.one(statement, decode: UserRow.decode) }
            return Page(single: user, query: query)
        }
        let list = try ListSQL(schema: .users, columns: UserRow.columns, idpID: idpID, query: query)
        return try await readBudgeted(idpID: idpID) { connection, budget in
            try await list.run(connection, query: query, budget: budget, decode: UserRow.decode)
        }
    }

    public func updateUser(_ user: User, expectedVersion: Int, audit: [AuditEvent]) async throws {
        try await write { connection in
            if try await connection.run(UserRow.update(user, expectedVersion: expectedVersion)) == 0 {
                let exists = try await connection.run(
                    SQLFragment("SELECT 1 FROM users WHERE id = ? AND idp_id = ?", [.text(user.id), .text(Columns.uuid(user.idpID))]))
                throw exists > 0 ? StoreError.versionConflict : StoreError.notFound
            }
            try await self.appendSealed(audit, on: connection)
        }
    }

    /// Hard delete (the console's purge). Memberships go with the user (ON DELETE CASCADE), and the
    /// member-count trigger sees the cascade, so no count is adjusted here.
    public func deleteUser(id: String, idpID: UUID, audit: AuditEvent) async throws {
        try await write { connection in
            // The user's groups are locked first, in id order, as a member add locks its group before its
            // rows: the cascade below updates their member_count by trigger, and taking the group after
            // the user would deadlock with a PATCH that holds the group and waits for this user's row.
            try await connection.run(
                SQLFragment(
                    "SELECT 1 FROM groups WHERE id IN (SELECT group_id FROM memberships WHERE user_id = ?) ORDER BY id FOR NO KEY UPDATE",
                    [.text(id)]))
            let deleted = try await connection.run(
                SQLFragment("DELETE FROM users WHERE id = ? AND idp_id = ? RETURNING 1", [.text(id), .text(Columns.uuid(idpID))]))
            guard deleted > 0 else { throw StoreError.notFound }
            try await self.appendSealed([audit], on: connection)
        }
    }

    /// Hot path: the read-only `groups` attribute of every user GET.
    public func groupReferences(ofUser userID: String) async throws -> [GroupReference] {
        try await read { connection in
            try await connection.all(HotSQL.GroupsOfUser(values: [.text(userID)])) {
                GroupReference(id: try $0.string(0), displayName: try $0.string(1))
            }
        }
    }
}
