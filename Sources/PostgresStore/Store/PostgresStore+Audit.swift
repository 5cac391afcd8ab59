import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: AuditStore {
    public func appendAudit(_ event: AuditEvent) async throws {
        try await write { connection in try await self.appendSealed([event], on: connection) }
    }

    /// Newest first. `text` matches summary, actor, resource id or action, ignoring case.
    public func auditEvents(_ query: AuditQuery) async throws -> [AuditEvent] {
        var conditions: [SQLFragment] = []
        if let beforeID = query.beforeID { conditions.append(SQLFragment("id < ?", [.int(Int(beforeID))])) }
        if let idpID = query.idpID { conditions.append(SQLFragment("idp_id = ?", [.text(Columns.uuid(idpID))])) }
        if let resourceID = query.resourceID { conditions.append(SQLFragment("resource_id = ?", [.text(resourceID)])) }
        if let text = query.text, !text.isEmpty {
            let needle = SQLValue.text(Columns.key(text))
            let fields = ["summary", "actor", "resource_id"].map { "strpos(\(SQLFragment($0).folded.sql), ?) > 0" }
            conditions.append(
                SQLFragment("(" + fields.joined(separator: " OR ") + " OR strpos(action, ?) > 0)", [needle, needle, needle, needle]))
        }
        let statement =
            "SELECT \(AuditRow.columns) FROM audit_events WHERE " + SQLFragment.all(conditions)
            + SQLFragment(" ORDER BY id DESC LIMIT ?", [.int(max(0, query.limit))])
        return try await read { connection in try await connection.all(statement, decode: AuditRow.decode) }
    }
}
