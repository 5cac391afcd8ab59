import Foundation
import Provisioning
@_spi(Diagnostics) import SQLiteStore
import TestSupport
import Testing

@Suite struct SchemaTests {
    @Test func migratesAnEmptyFileInMissingFolders() throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        #expect(FileManager.default.fileExists(atPath: subject.path))
        #expect(
            try subject.store.appliedMigrations() == [
                "v1_initial_schema", "v2_normalized_keys", "v3_breakers", "v4_traffic_client", "v5_audit_seal", "v6_search_index",
                "v7_idp_rate_limit", "v8_traffic_size", "v9_credentials_version",
                "v10_user_counts",
            ])
        try subject.store.close()
        // Reopening applies nothing twice.
        let reopened = try SQLiteStore(path: subject.path)
        #expect(
            try reopened.appliedMigrations() == [
                "v1_initial_schema", "v2_normalized_keys", "v3_breakers", "v4_traffic_client", "v5_audit_seal", "v6_search_index",
                "v7_idp_rate_limit", "v8_traffic_size", "v9_credentials_version",
                "v10_user_counts",
            ])
        try reopened.close()
    }

    @Test func walModeForeignKeysAndFullSyncByDefault() throws {
        let subject = try SQLiteSubject()
        defer { subject.directory.remove() }
        #expect(try subject.store.pragma("journal_mode") == "wal")
        #expect(try subject.store.pragma("foreign_keys", onWriter: true) == "1")
        #expect(try subject.store.pragma("synchronous", onWriter: true) == "2")  // FULL
        try subject.store.close()
    }

    @Test func normalDurabilityIsAnOption() throws {
        let subject = try SQLiteSubject(durability: .normal)
        defer { subject.directory.remove() }
        #expect(try subject.store.pragma("synchronous", onWriter: true) == "1")  // NORMAL
        try subject.store.close()
    }

    @Test func anUnopenablePathIsUnavailable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A directory where the file should be.
        try FileManager.default.createDirectory(atPath: directory.path("taken"), withIntermediateDirectories: true)
        #expect {
            _ = try SQLiteStore(path: directory.path("taken"))
        } throws: { error in
            if case .unavailable = error as? StoreError { return true }
            return false
        }
    }
}
