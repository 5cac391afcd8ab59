import Foundation
import GRDB
import Provisioning

extension SQLiteStore: GroupStore {
    public func insertGroup(
        _ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { db in
            try db.cachedStatement(sql: GroupRow.insertSQL).execute(arguments: GroupRow.insertArguments(group))
            let delta = try Self.membershipWriter(db, group).apply([.add(members)])
            try AuditRow.insert(audit(delta), in: db)
            return delta
        }
    }

    /// Hot path: GET /Groups/{id}. Reads one row; `memberCount` is a column, so this costs the same for
    /// a group of 10 or 10,000 members (`excludedAttributes=members`).
    public func group(id: String, idpID: UUID?, includeDeleted: Bool) async throws -> Group? {
        try readNow { db in
            let sql = HotSQL.groupByID(scoped: idpID != nil, includeDeleted: includeDeleted)
            let arguments: StatementArguments = idpID.map { [id, Columns.uuid($0)] } ?? [id]
            return try Fetch.one(db.cachedStatement(sql: sql), arguments, decode: GroupRow.decode)
        }
    }

    public func tombstone(idpID: UUID, externalID: String?, displayName: String) async throws -> Group? {
        try readNow { db in
            let idp = Columns.uuid(idpID)
            if let externalID,
                let group = try Fetch.one(
                    db.cachedStatement(sql: HotSQL.tombstoneByExternalID), [idp, externalID], decode: GroupRow.decode)
            {
                return group
            }
            return try Fetch.one(
                db.cachedStatement(sql: HotSQL.tombstoneByDisplayName), [idp, Columns.key(displayName)], decode: GroupRow.decode)
        }
    }

    public func groups(idpID: UUID?, query: ListQuery) async throws -> Page<Group> {
        if let idpID, query.sort == nil, let name = query.filter?.equality(on: "displayname") {
            // Okta's and Entra's lookup before a group push (docs/idp-wire.md §2.10, §6.1): one probe of
            // the unique index.
            let group = try readNow { db in
                try Fetch.one(
                    db.cachedStatement(sql: HotSQL.groupByDisplayName), [Columns.uuid(idpID), Columns.key(name)], decode: GroupRow.decode)
            }
            return Page(single: group, query: query)
        }
        let list = try ListSQL(schema: .groups, columns: GroupRow.columns, idpID: idpID, query: query, fixed: ["groups.deleted IS NULL"])
        return try await readBudgeted(idpID: idpID) { db in try list.run(db, query: query, decode: GroupRow.decode) }
    }

    public func members(ofGroup groupID: String) async throws -> [GroupMember] {
        try await readLater { db in
            try Fetch.all(db.cachedStatement(sql: HotSQL.membersOfGroup), [groupID]) { GroupMember(userID: $0[0], display: $0[1]) }
        }
    }

    /// With `expectedVersion` the profile and meta are written as given; without, only the membership
    /// changes apply and the version is bumped in place (see `GroupStore.updateGroup`).
    public func updateGroup(
        _ group: Group, expectedVersion: Int?, changes: [MembershipChange],
        audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { db in
            if let expectedVersion {
                try db.cachedStatement(sql: GroupRow.updateSQL).execute(
                    arguments: GroupRow.updateArguments(group, expectedVersion: expectedVersion))
            } else {
                try db.cachedStatement(sql: GroupRow.touchSQL).execute(arguments: GroupRow.touchArguments(group))
            }
            if db.changesCount == 0 {
                let live = try Fetch.int(
                    db.cachedStatement(
                        sql: """
                            SELECT COUNT(*) FROM groups WHERE id = ? AND idp_id = ? AND deleted IS NULL
                            """), [group.id, Columns.uuid(group.idpID)])
                throw live > 0 ? StoreError.versionConflict : StoreError.notFound
            }
            let delta = try Self.membershipWriter(db, group).apply(changes)
            try AuditRow.insert(audit(delta), in: db)
            return delta
        }
    }

    public func reviveGroup(
        _ group: Group, members: [String], audit: @escaping @Sendable (MembershipDelta) -> [AuditEvent]
    ) async throws -> MembershipDelta {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE groups SET deleted = NULL, relink_count = relink_count + 1, display_name = ?, display_name_key = ?, \
                    external_id = ?, document = ?, created = ?, last_modified = ?, version = ? \
                    WHERE id = ? AND idp_id = ? AND deleted IS NOT NULL
                    """
            ).execute(arguments: [
                group.profile.displayName, Columns.key(group.profile.displayName), group.profile.externalID,
                DocumentCoding.encode(group.profile.document), Columns.date(group.meta.created),
                Columns.date(group.meta.lastModified), group.meta.version, group.id, Columns.uuid(group.idpID),
            ])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            // deleteGroup removed the memberships and zeroed member_count, so this starts from empty.
            let delta = try Self.membershipWriter(db, group).apply([.replaceAll(members)])
            try AuditRow.insert(audit(delta), in: db)
            return delta
        }
    }

    public func deleteGroup(id: String, idpID: UUID, at date: Date, audit: AuditEvent) async throws {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    UPDATE groups SET deleted = ?, member_count = 0 WHERE id = ? AND idp_id = ? AND deleted IS NULL
                    """
            ).execute(arguments: [Columns.date(date), id, Columns.uuid(idpID)])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try db.cachedStatement(sql: "DELETE FROM memberships WHERE group_id = ?").execute(arguments: [id])
            try AuditRow.insert(audit, in: db)
        }
    }

    static func membershipWriter(_ db: Database, _ group: Group) -> MembershipWriter {
        MembershipWriter(db: db, groupID: group.id, idpID: Columns.uuid(group.idpID), time: Columns.date(group.meta.lastModified))
    }
}
