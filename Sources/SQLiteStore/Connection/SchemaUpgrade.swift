import Foundation
import GRDB
import Provisioning

/// Brings an opened database to this build's schema, safely.
///
/// - A database whose schema has migrations this build does not know was written by a newer ScimDesk:
///   it is refused (running old code on a new schema could lose data), with a message that says so.
/// - A database from an older ScimDesk is copied first (`<file>.before-<migration>.bak`, a consistent
///   `VACUUM INTO` snapshot), then migrated, so an upgrade that goes wrong can be undone by `restore`.
/// - A new, empty database is simply migrated.
enum SchemaUpgrade {
    /// Returns the path of the copy taken before migrating, if one was.
    @discardableResult
    static func run(_ migrator: DatabaseMigrator, on pool: DatabasePool, path: String) throws -> String? {
        let (applied, superseded, complete) = try pool.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded {
            let known = Set(migrator.migrations)
            let unknown = applied.subtracting(known).sorted()
            throw StoreError.unavailable(
                "the database was written by a newer ScimDesk (its schema has \(unknown.joined(separator: ", ")), "
                    + "which this scimdesk does not know). Run the newer scimdesk, or restore a backup made with this version."
            )
        }
        guard !complete else { return nil }
        var copy: String?
        if !applied.isEmpty, let next = migrator.migrations.first(where: { !applied.contains($0) }) {
            copy = backupPath(for: path, before: next)
            try SQLiteBackup.copy(from: pool, to: copy!)
        }
        try migrator.migrate(pool)
        return copy
    }

    /// `scimdesk.sqlite.before-v2_x.bak`, or with a timestamp if that name is taken.
    static func backupPath(for path: String, before migration: String) -> String {
        let plain = "\(path).before-\(migration).bak"
        guard FileManager.default.fileExists(atPath: plain) else { return plain }
        return "\(path).before-\(migration)-\(Int(Date().timeIntervalSince1970)).bak"
    }
}
