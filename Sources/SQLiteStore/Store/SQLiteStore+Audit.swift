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
}
