import Foundation
import GRDB
import Provisioning

extension SQLiteStore: AuditStore {
    public func appendAudit(_ event: AuditEvent) async throws {
        try await write { db in try AuditRow.insert(event, in: db) }
    }

    /// Newest first. `text` matches summary, actor, resource id or action, ignoring case.
    public func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] {
        var conditions: [SQLFragment] = []
        if let beforeID = query.beforeID { conditions.append(SQLFragment("id < ?", [beforeID])) }
        if let idpID = query.idpID { conditions.append(SQLFragment("idp_id = ?", [Columns.uuid(idpID)])) }
        if let resourceID = query.resourceID { conditions.append(SQLFragment("resource_id = ?", [resourceID])) }
        if let text = query.text, !text.isEmpty {
            let fold = DatabaseSetup.foldFunctionName
            let needle = Columns.key(text)
            conditions.append(
                SQLFragment(
                    "(instr(\(fold)(summary), ?) > 0 OR instr(\(fold)(actor), ?) > 0 OR instr(\(fold)(resource_id), ?) > 0 OR instr(action, ?) > 0)",
                    [needle, needle, needle, needle]
                ))
        }
        let statement =
            "SELECT \(AuditRow.columns) FROM audit_events WHERE " + SQLFragment.all(conditions)
            + SQLFragment(" ORDER BY id DESC LIMIT ?", [max(0, query.limit)])
        return try await readLater { db in
            // 16 shapes at most, so the statement cache stays small.
            try Fetch.all(db.cachedStatement(sql: statement.sql), statement.statementArguments, decode: AuditRow.decode)
        }
    }

    public func auditChain(afterID: Int64, limit: Int) async throws -> [AuditChainEntry] {
        try await readLater { db in
            let sql = """
                SELECT id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after", seal
                FROM audit_events WHERE id > ? ORDER BY id LIMIT ?
                """
            // Decoded leniently (a NULL where none belongs reads as a value that cannot match): the rows
            // checked here may have been edited by hand, and that must be reported, not trap.
            return try Fetch.all(db.cachedStatement(sql: sql), [afterID, max(0, limit)]) { row in
                AuditChainEntry(
                    input: AuditSealInput(
                        id: row[0], time: (row[1] as Double?) ?? .nan, actor: (row[2] as String?) ?? "", idpID: row[3],
                        action: (row[4] as String?) ?? "", resourceType: row[5], resourceID: row[6],
                        summary: (row[7] as String?) ?? "", before: row[8], after: row[9]),
                    seal: (row[10] as Data?).map { [UInt8]($0) })
            }
        }
    }
}
