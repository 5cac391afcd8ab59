import Foundation
import GRDB
import Provisioning

/// One `SQLiteStore.restore(backupAt:to:)`.
struct SQLiteRestore {
    let backup: String
    let database: String

    func run() throws -> String? {
        do {
            let source = try SQLiteBackup.openReadOnly(backup)
            defer { try? source.close() }
            try check(source)
            let existed = FileManager.default.fileExists(atPath: database)
            let target = try DatabaseQueue(path: database, configuration: Self.exclusive)
            defer { try? target.close() }
            try lock(target)
            var kept: String?
            if existed {
                let copy = "\(database).before-restore-\(Int(Date().timeIntervalSince1970)).bak"
                try SQLiteBackup.copy(from: target, to: copy)
                kept = copy
            }
            try source.backup(to: target)
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            return kept
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreErrorMapping.map(error)
        }
    }

    /// No waiting for locks: a database in use is an answer, not something to wait out.
    static var exclusive: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        configuration.label = "scimdesk.restore"
        return configuration
    }

    private func check(_ source: DatabaseQueue) throws {
        let (integrity, applied) = try source.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Migrations.migrator.appliedIdentifiers(db))
        }
        guard integrity == ["ok"] else {
            throw StoreError.unavailable(
                "\(backup) is damaged (integrity check: \(integrity.prefix(3).joined(separator: "; "))); nothing was changed")
        }
        guard applied.contains("v1_initial_schema") else {
            throw StoreError.unavailable("\(backup) is not a ScimDesk database; nothing was changed")
        }
        let unknown = applied.subtracting(Migrations.migrator.migrations)
        guard unknown.isEmpty else {
            throw StoreError.unavailable(
                "\(backup) was written by a newer ScimDesk (\(unknown.sorted().joined(separator: ", "))); nothing was changed")
        }
    }

    /// Takes and keeps the exclusive lock. Leaving WAL mode needs every other connection closed, so
    /// this is also the in-use check.
    private func lock(_ target: DatabaseQueue) throws {
        do {
            try target.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                // Any write takes the lock; locking_mode EXCLUSIVE keeps it until the connection closes.
                try db.execute(sql: "BEGIN EXCLUSIVE; COMMIT")
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.unavailable(
                "\(database) is in use (a scimdesk serve or console has it open); stop it first. Nothing was changed"
            )
        }
    }
}
