import Foundation
import PostgresNIO
import Provisioning

extension PostgresStore: TrafficStore {
    /// Held from the first insert of a batch until its COMMIT, so batches commit in id order.
    ///
    /// Identity values are handed out before commit: without the lock a slow batch could commit ids
    /// below those of a batch that committed after it, and a console tailing "id > last seen" would
    /// already be past them and never show them.
    static let trafficLockKey: Int64 = 0x7363_696d_7472_6166

    public func appendTraffic(_ records: [TrafficRecord]) async throws {
        try await appendTraffic(records, beforeCommit: {})
    }

    /// `beforeCommit` runs inside the transaction, lock held (tests use it to stall a batch).
    func appendTraffic(_ records: [TrafficRecord], beforeCommit: @escaping @Sendable () async throws -> Void) async throws {
        guard !records.isEmpty else { return }
        try await write { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(Self.trafficLockKey))")
            for start in stride(from: 0, to: records.count, by: TrafficRow.recordsPerInsert) {
                try await connection.run(TrafficRow.insert(records[start..<min(start + TrafficRow.recordsPerInsert, records.count)]))
            }
            try await beforeCommit()
        }
    }

    public func traffic(afterID: Int64, limit: Int) async throws -> [TrafficRecord] {
        try await read { connection in
            try await connection.all(
                SQLFragment(
                    "SELECT \(TrafficRow.columns) FROM traffic WHERE id > ? ORDER BY id LIMIT ?", [.int(Int(afterID)), .int(max(0, limit))]),
                decode: TrafficRow.decode)
        }
    }

    public func recentTraffic(limit: Int) async throws -> [TrafficRecord] {
        try await read { connection in
            try await connection.all(
                SQLFragment("SELECT \(TrafficRow.columns) FROM traffic ORDER BY id DESC LIMIT ?", [.int(max(0, limit))]),
                decode: TrafficRow.decode)
        }
    }

    public func pruneTraffic(keeping: Int, maximumBytes: Int) async throws {
        try await write { connection in
            guard keeping > 0, maximumBytes > 0 else {
                try await connection.run("DELETE FROM traffic")
                return
            }
            try await connection.run(
                "DELETE FROM traffic WHERE id < (SELECT id FROM traffic ORDER BY id DESC LIMIT 1 OFFSET ?)", [.int(keeping - 1)])
            // octet_length reads a stored value's size without decompressing it; the sum matches
            // TrafficRecord.storedBytes.
            try await connection.run(
                """
                DELETE FROM traffic WHERE id <= (
                    SELECT id FROM (
                        SELECT id, SUM(COALESCE(octet_length(request_body), 0) + COALESCE(octet_length(response_body), 0)
                            + COALESCE(octet_length(request_headers), 0) + octet_length(path) + octet_length(summary)
                            + COALESCE(octet_length(user_agent), 0)) OVER (ORDER BY id DESC) AS newer
                        FROM traffic) sized
                    WHERE newer > ? ORDER BY id DESC LIMIT 1)
                """, [.int(maximumBytes)])
        }
    }
}
