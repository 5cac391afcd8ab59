import Foundation
import GRDB
import Provisioning

/// How every connection of the pool is configured.
enum DatabaseSetup {
    /// Name of the SQL function that folds case the way Swift does (`String.lowercased()`).
    ///
    /// SQLite's own `lower()`, `LIKE` and `NOCASE` fold ASCII only, so `ÄDA` would not match `äda`.
    /// Columns that are searched often carry a Swift-folded `*_key` copy instead; this function
    /// covers the remaining attributes in filters and sorts.
    static let foldFunctionName = "scimdesk_fold"

    /// Name of the SQL function that seals an audit row (`AuditSealer`); the `audit_events_seal`
    /// trigger calls it, so a connection without it (the sqlite3 shell) cannot add audit rows.
    static let auditSealFunctionName = "scimdesk_audit_seal"

    static func configuration(sealer: AuditSealer) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Readers never wait in WAL mode; this only covers another process holding the write lock.
        config.busyMode = .timeout(5)
        config.label = "scimdesk"
        config.prepareDatabase { db in
            db.add(function: fold)
            db.add(function: auditSeal(sealer))
        }
        return config
    }

    /// Sets `synchronous` on the pool's single writer connection, the only one that commits.
    ///
    /// Must run after the pool is open: GRDB switches the writer to WAL with `synchronous = NORMAL`
    /// after `prepareDatabase` has run, which would silently undo a FULL set there. With WAL, FULL
    /// syncs the log on every commit (an acknowledged write survives power loss); NORMAL syncs only
    /// at checkpoints (survives a process kill, may lose the last commits on power loss).
    static func apply(_ durability: SQLiteStore.Durability, to pool: DatabasePool) throws {
        let synchronous = durability == .full ? "FULL" : "NORMAL"
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
            // Inserts land at random places of the id and userName indexes; with SQLite's default 2 MiB
            // cache the writer re-reads index pages from the file on most creates once the table is large.
            try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKiB)")
        }
    }

    /// The writer's page cache. Only the single writer gets it, so memory stays bounded (readers keep
    /// SQLite's default).
    static let writerCacheKiB = 16 * 1024

    static let fold = DatabaseFunction(foldFunctionName, argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return text.lowercased()
    }

    /// `(previous seal, id, time, actor, idp_id, action, resource_type, resource_id, summary, before, after)` → seal.
    static func auditSeal(_ sealer: AuditSealer) -> DatabaseFunction {
        DatabaseFunction(auditSealFunctionName, argumentCount: 11, pure: true) { values in
            let text = { (index: Int) in String.fromDatabaseValue(values[index]) }
            let input = AuditSealInput(
                id: Int64.fromDatabaseValue(values[1]) ?? 0, time: Double.fromDatabaseValue(values[2]) ?? 0,
                actor: text(3) ?? "", idpID: text(4), action: text(5) ?? "", resourceType: text(6), resourceID: text(7),
                summary: text(8) ?? "", before: text(9), after: text(10))
            let previous = Data.fromDatabaseValue(values[0]).map { [UInt8]($0) }
            return Data(sealer.seal(input, after: previous))
        }
    }

    /// Opens and closes one writable connection so SQLite itself removes an emptied `-wal` file.
    ///
    /// Only the last connection to close may delete the log, and only if it can write; GRDB closes a
    /// pool's read-only readers last. Doing it through SQLite (not `unlink`) stays safe if another
    /// process still has the database open: then SQLite simply keeps the file.
    static func removeEmptyWriteAheadLog(path: String) throws {
        guard FileManager.default.fileExists(atPath: path + "-wal") else { return }
        var config = Configuration()
        config.label = "scimdesk.close"
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.close()
    }
}
