import Foundation
import GRDB
import Provisioning

extension SQLiteStore: BreakerStore {
    private static let statusColumns =
        "enabled, max_users, max_user_share, max_groups, window_seconds, tripped, trip_reason, counting_since"

    /// Runs on every deactivation and deletion: one primary-key probe and one count of released rows.
    public func breakerStatus(idpID: UUID) async throws -> BreakerStatus {
        let idp = Columns.uuid(idpID)
        return try readNow { db in
            let sql = """
                SELECT \(Self.statusColumns),
                    (SELECT COUNT(*) FROM held_operations WHERE idp_id = ? AND released = 1) FROM breakers WHERE idp_id = ?
                """
            let status = try Fetch.one(db.cachedStatement(sql: sql), [idp, idp]) { row in
                BreakerStatus(
                    idpID: idpID,
                    policy: BreakerPolicy(
                        enabled: row[0], maximumUsers: row[1], maximumUserShare: row[2], maximumGroups: row[3],
                        window: ValidityDuration(seconds: row[4])),
                    tripped: Columns.date(optional: row[5]), tripReason: row[6], countingSince: Columns.date(optional: row[7]),
                    releasedAwaitingRetry: row[8]
                )
            }
            return status ?? BreakerStatus(idpID: idpID)
        }
    }

    public func saveBreakerPolicy(_ policy: BreakerPolicy, idpID: UUID, audit: AuditEvent) async throws {
        try await write { db in
            try Self.ensureRow(idpID, in: db)
            try db.cachedStatement(
                sql: """
                    UPDATE breakers SET enabled = ?, max_users = ?, max_user_share = ?, max_groups = ?, window_seconds = ? WHERE idp_id = ?
                    """
            ).execute(arguments: [
                policy.enabled, policy.maximumUsers, policy.maximumUserShare, policy.maximumGroups, policy.window.seconds,
                Columns.uuid(idpID),
            ])
            try AuditRow.insert(audit, in: db)
        }
    }

    public func tripBreaker(idpID: UUID, at date: Date, reason: String, audit: AuditEvent) async throws -> Bool {
        try await write { db in
            try Self.ensureRow(idpID, in: db)
            try db.cachedStatement(sql: "UPDATE breakers SET tripped = ?, trip_reason = ? WHERE idp_id = ? AND tripped IS NULL")
                .execute(arguments: [Columns.date(date), reason, Columns.uuid(idpID)])
            guard db.changesCount > 0 else { return false }
            try AuditRow.insert(audit, in: db)
            return true
        }
    }

    public func releaseBreaker(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int {
        try await write { db in
            let idp = Columns.uuid(idpID)
            try db.cachedStatement(sql: "UPDATE held_operations SET released = 1 WHERE idp_id = ? AND released = 0").execute(arguments: [
                idp
            ])
            let released = db.changesCount
            try db.cachedStatement(sql: "UPDATE breakers SET tripped = NULL, trip_reason = NULL, counting_since = ? WHERE idp_id = ?")
                .execute(arguments: [Columns.date(date), idp])
            try AuditRow.insert(audit, in: db)
            return released
        }
    }

    public func admitReleased(idpID: UUID, kind: HeldOperation.Kind, resourceID: String, at date: Date) async throws -> Bool {
        try await write { db in
            let idp = Columns.uuid(idpID)
            try db.cachedStatement(sql: "DELETE FROM held_operations WHERE idp_id = ? AND kind = ? AND resource_id = ? AND released = 1")
                .execute(arguments: [idp, kind.rawValue, resourceID])
            guard db.changesCount > 0 else { return false }
            try db.cachedStatement(sql: "UPDATE breakers SET counting_since = ? WHERE idp_id = ?").execute(arguments: [
                Columns.date(date), idp,
            ])
            return true
        }
    }

    public func hold(_ operation: HeldOperation) async throws {
        try await write { db in
            try db.cachedStatement(
                sql: """
                    INSERT INTO held_operations (idp_id, kind, resource_id, name, first_held, last_held, attempts, released)
                    VALUES (?, ?, ?, ?, ?, ?, 1, 0)
                    ON CONFLICT (idp_id, kind, resource_id) DO UPDATE SET
                        name = excluded.name, last_held = excluded.last_held, attempts = attempts + 1, released = 0
                    """
            ).execute(arguments: [
                Columns.uuid(operation.idpID), operation.kind.rawValue, operation.resourceID, operation.name,
                Columns.date(operation.firstHeld), Columns.date(operation.lastHeld),
            ])
        }
    }

    public func heldOperations(idpID: UUID?) async throws -> [HeldOperation] {
        let condition = idpID == nil ? "" : "AND idp_id = ?"
        let arguments: StatementArguments = idpID.map { [Columns.uuid($0)] } ?? []
        return try await readLater { db in
            let sql = """
                SELECT idp_id, kind, resource_id, name, first_held, last_held, attempts FROM held_operations
                WHERE released = 0 \(condition) ORDER BY first_held, rowid
                """
            return try Fetch.all(db.cachedStatement(sql: sql), arguments) { row in
                HeldOperation(
                    idpID: Columns.uuid(row[0] as String) ?? UUID(), kind: HeldOperation.Kind(rawValue: row[1]) ?? .deactivateUser,
                    resourceID: row[2], name: row[3], firstHeld: Columns.date(row[4] as Double), lastHeld: Columns.date(row[5] as Double),
                    attempts: row[6]
                )
            }
        }
    }

    /// Counts along the partial index `audit_events_deprovisioning`: only this IdP's recent removals.
    public func deprovisioningCount(idpID: UUID, since date: Date) async throws -> DeprovisioningCount {
        try readNow { db in
            let sql = """
                SELECT COALESCE(SUM(action != 'group.deleted'), 0), COALESCE(SUM(action = 'group.deleted'), 0), MIN(time) FROM audit_events
                WHERE idp_id = ? AND time >= ? AND action IN ('user.deactivated', 'user.deleted', 'group.deleted')
                """
            let counts = try Fetch.one(db.cachedStatement(sql: sql), [Columns.uuid(idpID), Columns.date(date)]) { row in
                DeprovisioningCount(users: row[0], groups: row[1], oldest: Columns.date(optional: row[2]))
            }
            return counts ?? DeprovisioningCount(users: 0, groups: 0)
        }
    }

    public func activeUserCount(idpID: UUID, upTo limit: Int) async throws -> Int {
        try readNow { db in
            let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM users WHERE idp_id = ? AND active = 1 LIMIT ?)"
            return try Fetch.int(db.cachedStatement(sql: sql), [Columns.uuid(idpID), max(0, limit)])
        }
    }

    private static func ensureRow(_ idpID: UUID, in db: Database) throws {
        let standard = BreakerPolicy.standard
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO breakers (idp_id, enabled, max_users, max_user_share, max_groups, window_seconds)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            Columns.uuid(idpID), standard.enabled, standard.maximumUsers, standard.maximumUserShare, standard.maximumGroups,
            standard.window.seconds,
        ])
    }
}
