import Foundation
import GRDB
import Provisioning

extension SQLiteStore: TrafficStore {
    public func appendTraffic(_ records: [TrafficRecord]) async throws {
        guard !records.isEmpty else { return }
        try await write { db in
            let statement = try db.cachedStatement(sql: TrafficRow.insertSQL)
            for record in records { try statement.execute(arguments: TrafficRow.arguments(record)) }
        }
    }

    public func traffic(afterID: Int64, limit: Int) async throws -> [TrafficRecord] {
        try await readLater { db in
            let sql = "SELECT \(TrafficRow.columns) FROM traffic WHERE id > ? ORDER BY id LIMIT ?"
            return try Fetch.all(db.cachedStatement(sql: sql), [afterID, max(0, limit)], decode: TrafficRow.decode)
        }
    }

    public func recentTraffic(limit: Int) async throws -> [TrafficRecord] {
        try await readLater { db in
            let sql = "SELECT \(TrafficRow.columns) FROM traffic ORDER BY id DESC LIMIT ?"
            return try Fetch.all(db.cachedStatement(sql: sql), [max(0, limit)], decode: TrafficRow.decode)
        }
    }

    public func pruneTraffic(keeping: Int, maximumBytes: Int) async throws {
        try await write { db in
            guard keeping > 0, maximumBytes > 0 else {
                try db.execute(sql: "DELETE FROM traffic")
                return
            }
            // Everything older than the `keeping`-th newest id; a no-op while fewer rows exist.
            try db.cachedStatement(
                sql: """
                    DELETE FROM traffic WHERE id < (SELECT id FROM traffic ORDER BY id DESC LIMIT 1 OFFSET ?)
                    """
            ).execute(arguments: [keeping - 1])
            // Then the newest record at which the sizes, summed from the newest down, pass the bound, and
            // everything older (over the (id, size) index, without touching the bodies).
            try db.cachedStatement(
                sql: """
                    DELETE FROM traffic WHERE id <= (
                        SELECT id FROM (SELECT id, SUM(size) OVER (ORDER BY id DESC) AS newer FROM traffic INDEXED BY traffic_sizes)
                        WHERE newer > ? ORDER BY id DESC LIMIT 1)
                    """
            ).execute(arguments: [maximumBytes])
        }
    }
}
