import Foundation
import GRDB
import Provisioning
import TestSupport
import Testing

@_spi(Diagnostics) @testable import SQLiteStore

/// Opening a database of another ScimDesk version: older ones are backed up then migrated, newer ones refused.
@Suite struct SchemaUpgradeTests {
    /// This build's migrations plus one more, standing in for the next release.
    static var nextRelease: DatabaseMigrator {
        var migrator = Migrations.migrator
        migrator.registerMigration("v99_next_release") { db in
            try db.execute(sql: "CREATE TABLE next_release_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        }
        return migrator
    }

    @Test func anOlderDatabaseIsBackedUpThenMigrated() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("older.sqlite")
        let older = try SQLiteStore(path: path)
        let idp = try await IdentityProviderService(store: older).add(name: "Okta", kind: .okta, by: .cli)
        try older.close()

        let pool = try DatabasePool(path: path)
        try SchemaUpgrade.run(Self.nextRelease, on: pool, path: path)
        #expect(try await pool.read { try $0.tableExists("next_release_notes") })
        try pool.close()

        // The copy is the database as it was before the migration, whole and readable by this build.
        let copyPath = "\(path).before-v99_next_release.bak"
        #expect(FileManager.default.fileExists(atPath: copyPath))
        // Called directly here, so the key was not copied beside the copy (SQLiteStore.init does that).
        let copy = try SQLiteStore(path: copyPath, auditKeyPath: AuditKey.defaultPath(forDatabaseAt: path))
        defer { try? copy.close() }
        #expect(try await copy.identityProvider(id: idp.id)?.name == "Okta")
        #expect(try copy.pragma("integrity_check") == "ok")
    }

    @Test func aNewDatabaseNeedsNoBackup() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path("new.sqlite"))
        try store.close()
        #expect(try directory.fileNames().allSatisfy { !$0.hasSuffix(".bak") })
    }

    @Test func aDatabaseFromANewerScimDeskIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("newer.sqlite")
        let pool = try DatabasePool(path: path)
        try Self.nextRelease.migrate(pool)
        try pool.close()

        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains("written by a newer ScimDesk (its schema has v99_next_release")
        }
        let after = try DatabaseQueue(path: path)
        defer { try? after.close() }
        #expect(try after.read { try Self.nextRelease.appliedIdentifiers($0) } == Set(Self.nextRelease.migrations))
        #expect(try directory.fileNames().allSatisfy { !$0.hasSuffix(".bak") })
    }
}
