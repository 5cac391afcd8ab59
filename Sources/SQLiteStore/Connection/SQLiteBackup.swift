import Foundation
import GRDB
import Provisioning

/// Consistent copies of a live database, and putting one back.
enum SQLiteBackup {
    /// Writes a snapshot of the database to a new file with `VACUUM INTO`, on a reader connection.
    ///
    /// The copy is one transaction's view: every write committed before it started is in it, none that
    /// commits during it is, and writers are never blocked (WAL). The result is a single, compact file
    /// in rollback-journal mode, ready to be copied off the machine.
    static func copy(from reader: some DatabaseReader, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.unavailable("\(destination) already exists; choose a new file name")
        }
        do {
            // VACUUM INTO would create the file with the process's umask (readable by others, as a rule);
            // it fills an empty file instead, so the copy starts owner-only like the database.
            try FileAccess.createOwnerOnly(destination)
            // Not `read`: that opens a transaction, inside which SQLite refuses any VACUUM. The single
            // statement is its own read transaction, so the copy is still one snapshot.
            try reader.unsafeRead { db in try db.execute(sql: "VACUUM INTO ?", arguments: [destination]) }
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreErrorMapping.map(error)
        }
    }

    /// Opens a database file read-only without migrating it (a backup, or a database in use elsewhere).
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.unavailable("\(path) does not exist") }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        configuration.label = "scimdesk.backup"
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}
