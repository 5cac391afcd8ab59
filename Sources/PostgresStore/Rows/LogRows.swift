import Foundation
import Provisioning

/// `audit_events` and `traffic` rows: append-only logs with identity ids, never reused after pruning.
enum AuditRow {
    static let columns = """
        id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after"
        """

    /// The row with the id and seal `AuditChain` allocated for it (the id is taken from the identity
    /// sequence first, because the seal covers it).
    static func insert(_ event: AuditEvent, id: Int64, seal: [UInt8]) -> SQLFragment {
        let input = sealInput(event, id: id)
        return SQLFragment(
            """
            INSERT INTO audit_events (id, time, actor, idp_id, action, resource_type, resource_id, summary, "before", "after", seal) \
            OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .int(Int(id)), .float8(input.time), .text(input.actor), .text(input.idpID), .text(input.action),
                .text(input.resourceType), .text(input.resourceID), .text(input.summary), .text(input.before), .text(input.after),
                .bytes(seal),
            ])
    }

    /// What the seal covers: the event's fields exactly as they are stored.
    static func sealInput(_ event: AuditEvent, id: Int64) -> AuditSealInput {
        AuditSealInput(
            id: id, time: event.time.timeIntervalSince1970, actor: event.actor, idpID: event.idpID.map(Columns.uuid),
            action: event.action.rawValue, resourceType: event.resourceType, resourceID: event.resourceID, summary: event.summary,
            before: event.before, after: event.after)
    }

    static func decode(_ row: RowReader) throws -> AuditEvent {
        let actionText = try row.string(4)
        guard let action = AuditEvent.Action(rawValue: actionText) else {
            throw StoreError.unavailable("unknown audit action '\(actionText)'")
        }
        return AuditEvent(
            id: try row.int64(0), time: try row.date(1), actor: try row.string(2), idpID: try row.optionalUUID(3), action: action,
            resourceType: try row.optionalString(5), resourceID: try row.optionalString(6), summary: try row.string(7),
            before: try row.optionalString(8), after: try row.optionalString(9)
        )
    }
}

enum TrafficRow {
    static let columns = """
        id, time, request_id, idp_id, idp_name, method, path, status, latency_us, summary, request_body, response_body, \
        remote_address, user_agent, request_headers
        """

    /// Records per INSERT: 14 values each, well under PostgreSQL's 65,535 bound parameters.
    static let recordsPerInsert = 500

    /// One multi-row INSERT for `records`, in order (the VALUES rows take their ids in list order).
    ///
    /// One statement, not one per record: a batch holds the traffic lock while it inserts, and at one
    /// round trip per record a busy listener's batches grew long enough for another listener's to
    /// wait out the lock timeout.
    static func insert(_ records: ArraySlice<TrafficRecord>) -> SQLFragment {
        let row = "(" + Array(repeating: "?", count: 14).joined(separator: ", ") + ")"
        var values: [SQLValue] = []
        values.reserveCapacity(records.count * 14)
        for record in records {
            values += [
                Columns.date(record.time), .text(record.requestID), Columns.uuid(optional: record.idpID), .text(record.idpName),
                .text(record.method), .text(record.path), .int(record.status), .int(record.latencyMicroseconds), .text(record.summary),
                .text(record.requestBody), .text(record.responseBody), .text(record.remoteAddress), .text(record.userAgent),
                .text(record.requestHeaders),
            ]
        }
        return SQLFragment(
            """
            INSERT INTO traffic (time, request_id, idp_id, idp_name, method, path, status, latency_us, summary, \
            request_body, response_body, remote_address, user_agent, request_headers) VALUES
            """ + " " + Array(repeating: row, count: records.count).joined(separator: ", "),
            values)
    }

    static func decode(_ row: RowReader) throws -> TrafficRecord {
        TrafficRecord(
            id: try row.int64(0), time: try row.date(1), requestID: try row.string(2), idpID: try row.optionalUUID(3),
            idpName: try row.optionalString(4), method: try row.string(5), path: try row.string(6), status: try row.int(7),
            latencyMicroseconds: try row.int(8), summary: try row.string(9), requestBody: try row.optionalString(10),
            responseBody: try row.optionalString(11), remoteAddress: try row.optionalString(12), userAgent: try row.optionalString(13),
            requestHeaders: try row.optionalString(14)
        )
    }
}
