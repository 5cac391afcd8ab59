import Foundation
import GRDB
import Provisioning

/// `audit_events` and `traffic` rows: append-only logs with AUTOINCREMENT ids, so ids are never
/// reused after pruning and "everything after id N" stays a correct way to tail them.
enum AuditRow {
    static let columns = """
        id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after"
        """

    static let insertSQL = """
        INSERT INTO audit_events (time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after") \
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func insert(_ event: AuditEvent, in db: Database) throws {
        try db.cachedStatement(sql: insertSQL).execute(arguments: [
            Columns.date(event.time), event.actor, Columns.uuid(optional: event.idpID), event.action.rawValue,
            event.resourceType, event.resourceID, event.summary, event.before, event.after,
        ])
    }

    static func insert(_ events: [AuditEvent], in db: Database) throws {
        for event in events { try insert(event, in: db) }
    }

    static func decode(_ row: Row) throws -> AuditEvent {
        let actionText: String = row[4]
        guard let action = AuditEvent.Action(rawValue: actionText) else {
            throw StoreError.unavailable("unknown audit action '\(actionText)'")
        }
        return AuditEvent(
            id: row[0], time: Columns.date(row[1] as Double), actor: row[2],
            idpID: (row[3] as String?).flatMap(Columns.uuid), action: action,
            resourceType: row[5], resourceID: row[6], summary: row[7], before: row[8], after: row[9]
        )
    }
}

enum TrafficRow {
    static let columns = """
        id, time, request_id, idp_id, idp_name, method, path, status, latency_us, summary, request_body, response_body, \
        remote_address, user_agent, request_headers
        """

    static let insertSQL = """
        INSERT INTO traffic (time, request_id, idp_id, idp_name, method, path, status, latency_us, summary, \
        request_body, response_body, remote_address, user_agent, request_headers, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(_ record: TrafficRecord) -> StatementArguments {
        [
            Columns.date(record.time), record.requestID, Columns.uuid(optional: record.idpID), record.idpName, record.method,
            record.path, record.status, record.latencyMicroseconds, record.summary, record.requestBody, record.responseBody,
            record.remoteAddress, record.userAgent, record.requestHeaders, record.storedBytes,
        ]
    }

    static func decode(_ row: Row) -> TrafficRecord {
        TrafficRecord(
            id: row[0], time: Columns.date(row[1] as Double), requestID: row[2],
            idpID: (row[3] as String?).flatMap(Columns.uuid), idpName: row[4], method: row[5], path: row[6],
            status: row[7], latencyMicroseconds: row[8], summary: row[9], requestBody: row[10], responseBody: row[11],
            remoteAddress: row[12], userAgent: row[13], requestHeaders: row[14]
        )
    }
}
