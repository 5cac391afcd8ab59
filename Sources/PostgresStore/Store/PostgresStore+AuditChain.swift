import Foundation
import PostgresNIO
import Provisioning

/// The audit chain on PostgreSQL: every event is sealed (`AuditSealer`) after the newest event's
/// seal, in the transaction that writes it.
///
/// Several processes append at once, and identity values are handed out before commit, so the
/// chain is kept in order by a transaction-scoped advisory lock: taken before the newest seal is
/// read and held until COMMIT, it makes appends commit one after another in id order. Every write
/// appends its audit events last, so the lock is held only for its final statements.
extension PostgresStore {
    static let auditLockKey: Int64 = 0x7363_696d_6175_6474

    /// Inserts `events` sealed, in order, inside the caller's transaction.
    func appendSealed(_ events: [AuditEvent], on connection: PostgresConnection) async throws {
        guard !events.isEmpty else { return }
        try await connection.run("SELECT pg_advisory_xact_lock(\(Self.auditLockKey))")
        let allocation = SQLFragment(
            """
            SELECT nextval(pg_get_serial_sequence('audit_events', 'id')), \
            (SELECT seal FROM audit_events ORDER BY id DESC LIMIT 1) FROM generate_series(1, ?)
            """, [.int(events.count)])
        let rows = try await connection.all(allocation) { row in (try row.int64(0), try row.optionalBytes(1)) }.sorted { $0.0 < $1.0 }
        var previous = rows.first?.1
        for (event, (id, _)) in zip(events, rows) {
            let seal = auditSealer.seal(AuditRow.sealInput(event, id: id), after: previous)
            try await connection.run(AuditRow.insert(event, id: id, seal: seal))
            previous = seal
        }
    }

    public func auditChain(afterID: Int64, limit: Int) async throws -> [AuditChainEntry] {
        let statement = SQLFragment(
            """
            SELECT id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after", seal \
            FROM audit_events WHERE id > ? ORDER BY id LIMIT ?
            """, [.int(Int(afterID)), .int(max(0, limit))])
        return try await read { connection in try await connection.all(statement, decode: Self.chainEntry) }
    }

    /// Lenient: rows checked here may have been edited by hand (a NULL where none belongs), and that
    /// must be reported by the verifier as a broken seal, not fail the read.
    static func chainEntry(_ row: RowReader) throws -> AuditChainEntry {
        AuditChainEntry(
            input: AuditSealInput(
                id: try row.int64(0), time: try row.optionalDouble(1) ?? .nan, actor: try row.optionalString(2) ?? "",
                idpID: try row.optionalString(3), action: try row.optionalString(4) ?? "", resourceType: try row.optionalString(5),
                resourceID: try row.optionalString(6), summary: try row.optionalString(7) ?? "", before: try row.optionalString(8),
                after: try row.optionalString(9)),
            seal: try row.optionalBytes(10))
    }
}
