import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: BreakerStore {
    private static let statusColumns =
        "enabled, max_users, max_user_share, max_groups, window_seconds, tripped, trip_reason, counting_since"

    /// Runs on every deactivation and deletion: one primary-key probe and one count of released rows.
    public func breakerStatus(idpID: UUID) async throws -> BreakerStatus {
        let idp = SQLValue.text(Columns.uuid(idpID))
        let statement = SQLFragment(
            """
            SELECT \(Self.statusColumns), \
            (SELECT COUNT(*) FROM held_operations WHERE idp_id = ? AND released) FROM breakers WHERE idp_id = ?
            """, [idp, idp])
        let status = try await read { connection in
            try await connection.one(statement) { row in
                BreakerStatus(
                    idpID: idpID,
                    policy: BreakerPolicy(
                        enabled: try row.bool(0), maximumUsers: try row.int(1), maximumUserShare: try row.double(2),
                        maximumGroups: try row.int(3), window: ValidityDuration(seconds: try row.int(4))),
                    tripped: try row.optionalDate(5), tripReason: try row.optionalString(6), countingSince: try row.optionalDate(7),
                    releasedAwaitingRetry: try row.int(8)
                )
            }
        }
        return status ?? BreakerStatus(idpID: idpID)
    }

    public func saveBreakerPolicy(_ policy: BreakerPolicy, idpID: UUID, audit: AuditEvent) async throws {
        try await write { connection in
            try await Self.ensureRow(idpID, on: connection)
            try await connection.run(
                "UPDATE breakers SET enabled = ?, max_users = ?, max_user_share = ?, max_groups = ?, window_seconds = ? WHERE idp_id = ?",
                [
                    .bool(policy.enabled), .int(policy.maximumUsers), .double(policy.maximumUserShare), .int(policy.maximumGroups),
                    .int(policy.window.seconds), .text(Columns.uuid(idpID)),
                ])
            try await self.appendSealed([audit], on: connection)
        }
    }

    /// Two listeners tripping at once: the row lock of the UPDATE makes the second see `tripped` set.
    public func tripBreaker(idpID: UUID, at date: Date, reason: String, audit: AuditEvent) async throws -> Bool {
        try await write { connection in
            try await Self.ensureRow(idpID, on: connection)
            let tripped = try await connection.run(
                SQLFragment(
                    "UPDATE breakers SET tripped = ?, trip_reason = ? WHERE idp_id = ? AND tripped IS NULL RETURNING 1",
                    [Columns.date(date), .text(reason), .text(Columns.uuid(idpID))]))
            guard tripped > 0 else { return false }
            try await self.appendSealed([audit], on: connection)
            return true
        }
    }

    public func releaseBreaker(idpID: UUID, at date: Date, audit: AuditEvent) async throws -> Int {
        try await write { connection in
            let idp = SQLValue.text(Columns.uuid(idpID))
            let released = try await connection.run(
                SQLFragment("UPDATE held_operations SET released = true WHERE idp_id = ? AND NOT released RETURNING 1", [idp]))
            try await connection.run(
                "UPDATE breakers SET tripped = NULL, trip_reason = NULL, counting_since = ? WHERE idp_id = ?", [Columns.date(date), idp])
            try await self.appendSealed([audit], on: connection)
            return released
        }
    }

    public func admitReleased(idpID: UUID, kind: HeldOperation.Kind, resourceID: String, at date: Date) async throws -> Bool {
        try await write { connection in
            let idp = SQLValue.text(Columns.uuid(idpID))
            let admitted = try await connection.run(
                SQLFragment(
                    "DELETE FROM held_operations WHERE idp_id = ? AND kind = ? AND resource_id = ? AND released RETURNING 1",
                    [idp, .text(kind.rawValue), .text(resourceID)]))
            guard admitted > 0 else { return false }
            try await connection.run("UPDATE breakers SET counting_since = ? WHERE idp_id = ?", [Columns.date(date), idp])
            return true
        }
    }

    public func hold(_ operation: HeldOperation) async throws {
        try await write { connection in
            try await connection.run(
                """
                INSERT INTO held_operations (idp_id, kind, resource_id, name, first_held, last_held, attempts, released) \
                VALUES (?, ?, ?, ?, ?, ?, 1, false) \
                ON CONFLICT (idp_id, kind, resource_id) DO UPDATE SET \
                name = excluded.name, last_held = excluded.last_held, attempts = held_operations.attempts + 1, released = false
                """,
                [
                    .text(Columns.uuid(operation.idpID)), .text(operation.kind.rawValue), .text(operation.resourceID),
                    .text(operation.name),
                    Columns.date(operation.firstHeld), Columns.date(operation.lastHeld),
                ])
        }
    }

    public func heldOperations(idpID: UUID?) async throws -> [HeldOperation] {
        var statement = SQLFragment(
            "SELECT idp_id, kind, resource_id, name, first_held, last_held, attempts FROM held_operations WHERE NOT released")
        if let idpID { statement = statement + SQLFragment(" AND idp_id = ?", [.text(Columns.uuid(idpID))]) }
        statement = statement + " ORDER BY first_held, seq"
        return try await read { [statement] connection in
            try await connection.all(statement) { row in
                let kindText = try row.string(1)
                guard let kind = HeldOperation.Kind(rawValue: kindText) else {
                    throw StoreError.unavailable("unknown held operation '\(kindText)'")
                }
                return HeldOperation(
                    idpID: try row.uuid(0), kind: kind, resourceID: try row.string(2), name: try row.string(3),
                    firstHeld: try row.date(4), lastHeld: try row.date(5), attempts: try row.int(6)
                )
            }
        }
    }

    /// Counts along the partial index `audit_events_deprovisioning`: only this IdP's recent removals.
    public func deprovisioningCount(idpID: UUID, since date: Date) async throws -> DeprovisioningCount {
        let statement = SQLFragment(
            """
            SELECT count(*) FILTER (WHERE action <> 'group.deleted'), count(*) FILTER (WHERE action = 'group.deleted'), min(time) \
            FROM audit_events WHERE idp_id = ? AND time >= ? AND action IN ('user.deactivated', 'user.deleted', 'group.deleted')
            """, [.text(Columns.uuid(idpID)), Columns.date(date)])
        let counts = try await read { connection in
            try await connection.one(statement) { row in
                DeprovisioningCount(users: try row.int(0), groups: try row.int(1), oldest: try row.optionalDate(2))
            }
        }
        return counts ?? DeprovisioningCount(users: 0, groups: 0)
    }

    public func activeUserCount(idpID: UUID, upTo limit: Int) async throws -> Int {
        let statement = SQLFragment(
            "SELECT count(*) FROM (SELECT 1 FROM users WHERE idp_id = ? AND active LIMIT ?) AS active_users",
            [.text(Columns.uuid(idpID)), .int(max(0, limit))])
        return try await read { connection in try await connection.one(statement) { try $0.int(0) } ?? 0 }
    }

    private static func ensureRow(_ idpID: UUID, on connection: PostgresConnection) async throws {
        let standard = BreakerPolicy.standard
        try await connection.run(
            """
            INSERT INTO breakers (idp_id, enabled, max_users, max_user_share, max_groups, window_seconds) \
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idp_id) DO NOTHING
            """,
            [
                .text(Columns.uuid(idpID)), .bool(standard.enabled), .int(standard.maximumUsers), .double(standard.maximumUserShare),
                .int(standard.maximumGroups), .int(standard.window.seconds),
            ])
    }
}
