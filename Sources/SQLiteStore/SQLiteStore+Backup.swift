import Foundation
import GRDB
import Provisioning

/// Backups of the one database file, and restoring one. Both work on files, so `scimdesk backup`
/// can run beside a serving `scimdesk serve` without opening (or migrating) the store itself.
extension SQLiteStore {
    /// Writes a consistent snapshot of the database at `source` to the new file `destination`,
    /// without blocking writers: every write committed before the backup started is in the copy.
    ///
    /// - Throws: `StoreError.unavailable` when `source` is missing or `destination` already exists.
    public static func backup(databaseAt source: String, to destination: String) throws {
        let queue = try SQLiteBackup.openReadOnly(source)
        defer { try? queue.close() }
        try SQLiteBackup.copy(from: queue, to: destination)
    }

    /// Replaces the database at `database` with the backup at `backup`.
    ///
    /// The backup must be a sound ScimDesk database (`PRAGMA integrity_check` passes, its schema is not
    /// newer than this build's). The database must not be open anywhere: the restore takes SQLite's
    /// exclusive lock on it, which fails while any process (a `serve`, a console) has it open, and
    /// holds that lock while it copies, so nothing can open it halfway. The replaced content is
    /// kept in `<database>.before-restore-<unix time>.bak` first; returns that path (nil for a new file).
    @discardableResult
    public static func restore(backupAt backup: String, to database: String) throws -> String? {
        try SQLiteRestore(backup: backup, database: database).run()
    }
}
