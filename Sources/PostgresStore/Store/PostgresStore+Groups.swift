import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: GroupStore {
    public func insertGroup(
        _ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { connection in
            try await connection.run(GroupRow.insert(group))
            let delta = try await Self.membershipWriter(connection, group).apply([.add(members)])
            try await self.appendSealed(audit(delta), on: connection)
            return delta
        }
    }

    /// Hot path: GET /Groups/{id}; `memberCount` is a column, so the cost does not grow with members.
    public func group(id: String, idpID: UUID?, includeDeleted: Bool) async throws -> Group? {
        if let idpID, !includeDeleted {
            let statement = HotSQL.LiveGroupByIDInIdP(values: [.text(id), .text(Columns.uuid(idpID))])
            return try await read { connection in try await connection.one(statement, decode: GroupRow.decode) }
        }
        var statement = SQLFragment("SELECT \(GroupRow.columns) FROM groups WHERE id = ?", [.text(id)])
        if let idpID { statement = statement + SQLFragment(" AND idp_id = ?", [.text(Columns.uuid(idpID))]) }
        if !includeDeleted { statement = statement + " AND deleted IS NULL" }
        return try await read { [statement] connection in try await connection.one(statement, decode: GroupRow.decode) }
    }

    public func tombstone(idpID: UUID, externalID: String?, displayName: String) async throws -> Group? {
        let idp = SQLValue.text(Columns.uuid(idpID))
        let byName = SQLFragment(
            """
            SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NOT NULL \
            ORDER BY deleted DESC, seq DESC LIMIT 1
            """, [idp, .text(Columns.key(displayName))])
        let byExternalID = externalID.map {
            SQLFragment(
                """
                SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND external_id = ? AND deleted IS NOT NULL \
                ORDER BY deleted DESC, seq DESC LIMIT 1
                """, [idp, .text($0)])
        }
        return try await read { connection in
            if let byExternalID, let group = try await connection.one(byExternalID, decode: GroupRow.decode) { return group }
            return try await connection.one(byName, decode: GroupRow.decode)
        }
    }

    public func groups(idpID: UUID?, query: ListQuery) async throws -> Page<Group> {
        if let idpID, query.sort == nil, let name = query.filter?.equality(on: "displayname") {
            let statement = SQLFragment(
                "SELECT \(GroupRow.columns) FROM groups WHERE idp_id = ? AND display_name_key = ? AND deleted IS NULL",
                [.text(Columns.uuid(idpID)), .text(Columns.key(name))])
            let group = try await read { connection in try await connection.one(statement, decode: GroupRow.decode) }
            return Page(single: group, query: query)
        }
        let list = try ListSQL(schema: .groups, columns: GroupRow.columns, idpID: idpID, query: query, fixed: ["groups.deleted IS NULL"])
        return try await readBudgeted(idpID: idpID) { connection, budget in
            try await list.run(connection, query: query, budget: budget, decode: GroupRow.decode)
        }
    }

    public func members(ofGroup groupID: String) async throws -> [GroupMember] {
        try await read { connection in
            try await connection.all(
                SQLFragment(
                    """
                    SELECT m.user_id, users.user_name FROM memberships m JOIN users ON users.id = m.user_id \
                    WHERE m.group_id = ? ORDER BY m.seq
                    """, [.text(groupID)])
            ) { GroupMember(userID: try $0.string(0), display: try $0.optionalString(1)) }
        }
    }

    public func updateGroup(
        _ group: Group, expectedVersion: Int?, changes: [MembershipChange],
        audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { connection in
            let statement = expectedVersion.map { GroupRow.update(group, expectedVersion: $0) } ?? GroupRow.touch(group)
            if try await connection.run(statement) == 0 {
                let live = try await connection.run(
                    SQLFragment(
                        "SELECT 1 FROM groups WHERE id = ? AND idp_id = ? AND deleted IS NULL",
                        [.text(group.id), .text(Columns.uuid(group.idpID))]))
                throw live > 0 ? StoreError.versionConflict : StoreError.notFound
            }
            let delta = try await Self.membershipWriter(connection, group).apply(changes)
            try await self.appendSealed(audit(delta), on: connection)
            return delta
        }
    }

    public func reviveGroup(
        _ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { connection in
            let revived = try await connection.run(
                SQLFragment(
                    """
                    UPDATE groups SET deleted = NULL, relink_count = relink_count + 1, display_name = ?, display_name_key = ?, \
                    external_id = ?, document = ?::json, created = ?, last_modified = ?, version = ? \
                    WHERE id = ? AND idp_id = ? AND deleted IS NOT NULL RETURNING 1
                    """,
                    [
                        .text(group.profile.displayName), .text(Columns.key(group.profile.displayName)), .text(group.profile.externalID),
                        .text(DocumentCoding.encode(group.profile.document)), Columns.date(group.meta.created),
                        Columns.date(group.meta.lastModified), .int(group.meta.version), .text(group.id), .text(Columns.uuid(group.idpID)),
                    ]))
            guard revived > 0 else { throw StoreError.notFound }
            let delta = try await Self.membershipWriter(connection, group).apply([.replaceAll(members)])
            try await self.appendSealed(audit(delta), on: connection)
            return delta
        }
    }

    public func deleteGroup(id: String, idpID: UUID, at date: Date, audit: AuditEvent) async throws {
        try await write { connection in
            let deleted = try await connection.run(
                SQLFragment(
                    "UPDATE groups SET deleted = ? WHERE id = ? AND idp_id = ? AND deleted IS NULL RETURNING 1",
                    [Columns.date(date), .text(id), .text(Columns.uuid(idpID))]))
            guard deleted > 0 else { throw StoreError.notFound }
            // The trigger brings member_count to zero with the rows.
            try await connection.run("DELETE FROM memberships WHERE group_id = ?", [.text(id)])
            try await self.appendSealed([audit], on: connection)
        }
    }

    static func membershipWriter(_ connection: PostgresConnection, _ group: Group) -> MembershipWriter {
        MembershipWriter(
            connection: connection, groupID: group.id, idpID: Columns.uuid(group.idpID), time: group.meta.lastModified.timeIntervalSince1970
        )
    }
}
