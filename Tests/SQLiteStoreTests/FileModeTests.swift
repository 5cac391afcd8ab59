import Foundation
import Provisioning
import SQLiteStore
import TestSupport
import Testing

/// The database holds token hashes and people's data: only its owner may read it.
@Suite struct FileModeTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }

    @Test func aNewDatabaseAndItsLogsAreOwnerOnly() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("scimdesk.sqlite")
        let store = try SQLiteStore(path: path)
        try await store.insertIdentityProvider(StoreFixtures.idp("Okta"), audit: StoreFixtures.audit(.idpAdded))
        #expect(store.accessWarning == nil)
        for suffix in ["", "-wal", "-shm"] {
            #expect(FileManager.default.fileExists(atPath: path + suffix), "\(suffix)")
            #expect(try Self.mode(path + suffix) == 0o600, "scimdesk.sqlite\(suffix)")
        }
        try store.close()
    }

    @Test func anExistingDatabaseOthersCanReadGetsAWarning() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("scimdesk.sqlite")
        try SQLiteStore(path: path).close()
        chmod(path, 0o644)
        let store = try SQLiteStore(path: path)
        defer { try? store.close() }
        let warning = try #require(store.accessWarning)
        #expect(warning.contains("644") && warning.contains("chmod 600"), "\(warning)")
    }

    /// Copies hold the same data: `scimdesk backup` and the copy taken before a schema upgrade.
    @Test func backupsAreOwnerOnlyToo() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("scimdesk.sqlite")
        let store = try SQLiteStore(path: path)
        try await store.insertIdentityProvider(StoreFixtures.idp("Okta"), audit: StoreFixtures.audit(.idpAdded))
        try store.close()
        let backup = directory.path("backup.sqlite")
        try SQLiteStore.backup(databaseAt: path, to: backup)
        #expect(try Self.mode(backup) == 0o600)
    }
}
