import Foundation
import GRDB
import Provisioning

/// Backups of the one database file, and restoring one. Both work on files, so `scimdesk backup`
/// can run beside a serving `scimdesk serve` without opening (or migrating) the store itself.
extension SQLiteStore {
    /// Writes a consistent snapshot of the database at `source` to the new file `destination`,
    /// without blocking writers: every write committed before the backup started is in the copy.
    ///
    /// The audit key (`auditKey`, default beside `source`) is copied beside the copy, owner-only:
    /// without it the backup's audit chain could not be verified.
    ///
    /// - Throws: `StoreError.unavailable` when `source` is missing or `destination` already exists.
    public static func backup(databaseAt source: String, to destination: String, auditKey: String? = nil) throws {
        let queue = try SQLiteBackup.openReadOnly(source)
        defer { try? queue.close() }
        try SQLiteBackup.copy(from: queue, to: destination)
        try copyAuditKey(
            from: auditKey ?? AuditKey.defaultPath(forDatabaseAt: source), to: AuditKey.defaultPath(forDatabaseAt: destination))
    }

    /// Replaces the database at `database` with the backup at `backup`.
    ///
    /// The backup must be a sound ScimDesk database (`PRAGMA integrity_check` passes, its schema is not
    /// newer than this build's). The database must not be open anywhere: the restore takes SQLite's
    /// exclusive lock on it, which fails while any process (a `serve`, a console) has it open, and
    /// holds that lock while it copies, so nothing can open it halfway. The replaced content is
    /// kept in `<database>.before-restore-<unix time>.bak` first; returns that path (nil for a new file).
    ///
    /// The backup's audit key (beside it) replaces the database's (`auditKey`, default beside it), whose
    /// old key is kept beside the kept database.
    @discardableResult
    public static func restore(backupAt backup: String, to database: String, auditKey: String? = nil) throws -> String? {
        let kept = try SQLiteRestore(backup: backup, database: database).run()
        let key = auditKey ?? AuditKey.defaultPath(forDatabaseAt: database)
        let backupKey = AuditKey.defaultPath(forDatabaseAt: backup)
        if FileManager.default.fileExists(atPath: backupKey) {
            if let kept { try copyAuditKey(from: key, to: AuditKey.defaultPath(forDatabaseAt: kept)) }
            try? FileManager.default.removeItem(atPath: key)
            try copyAuditKey(from: backupKey, to: key)
        }
        return kept
    }

    static func copyAuditKey(from source: String, to destination: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else { return }
        guard FileManager.default.createFile(atPath: destination, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.unavailable("cannot write the audit key to \(destination)")
        }
    }
}
