import Foundation
import GRDB
import Provisioning
import TestSupport
import Testing

@testable import SQLiteStore

/// The audit chain on a real database file: edits made behind ScimDesk's back with the sqlite3 shell
/// are named by row, the key stays out of the database, and events written before the chain existed
/// are sealed by the migration.
@Suite struct AuditSealTests {
    static func storeWithEvents(in directory: TemporaryDirectory) async throws -> String {
        let path = directory.path("scimdesk.sqlite")
        let store = try SQLiteStore(path: path)
        let idp = try await IdentityProviderService(store: store).add(name: "Okta", kind: .okta, by: .cli)
        for name in ["ada", "grace", "linus"] { _ = try await AdminService(store: store).add(username: name, email: nil, by: .cli) }
        _ = try await TokenService(store: store).generate(for: idp, by: .cli)
        try store.close()
        return path
    }

    static func verify(_ path: String) async throws -> AuditChainReport {
        let store = try SQLiteStore(path: path)
        defer { try? store.close() }
        return try await store.verifyAuditChain()
    }

    @Test func aChainWrittenByTheServicesVerifies() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try await Self.storeWithEvents(in: directory)
        let report = try await Self.verify(path)
        #expect(report.isIntact && report.checked == 5 && report.head?.id == 5)
    }

    @Test func anEditWithTheSQLiteShellIsNamedByRow() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try await Self.storeWithEvents(in: directory)
        try SQLiteShell.execute("UPDATE audit_events SET summary = 'nothing to see' WHERE id = 3", database: path)
        let edited = try await Self.verify(path)
        #expect(edited.firstBreak?.id == 3 && edited.checked == 3)
    }

    @Test func aDeletedRowBreaksTheChainAtTheNextAndTheShellCannotAddOne() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try await Self.storeWithEvents(in: directory)
        try SQLiteShell.execute("DELETE FROM audit_events WHERE id = 2", database: path)
        #expect(try await Self.verify(path).firstBreak?.id == 3)
        // Without ScimDesk's seal function the trigger cannot run, so a forged row is refused outright.
        #expect(throws: (any Error).self) {
            try SQLiteShell.execute(
                "INSERT INTO audit_events (time, actor, action, summary) VALUES (1, 'console', 'admin.added', 'forged')", database: path)
        }
    }

    @Test func theKeyLivesBesideTheDatabaseOwnerOnlyAndIsReused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try await Self.storeWithEvents(in: directory)
        let keyPath = AuditKey.defaultPath(forDatabaseAt: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o777 == 0o600)
        let dump = try SQLiteShell.execute(".dump", database: path)
        let keyHex = try String(contentsOfFile: keyPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(keyHex.count == 64 && !dump.lowercased().contains(keyHex))
        // A missing key is not silently replaced: the store refuses to open and names the file.
        try FileManager.default.removeItem(atPath: keyPath)
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains("the audit key \(keyPath) is missing") && "\(error)".contains("5 sealed events")
        }
        #expect(!FileManager.default.fileExists(atPath: keyPath))
        // Another key (a lost key replaced by hand) cannot vouch for the chain, and the verifier says so.
        try Data((String(repeating: "ab", count: 32) + "\n").utf8).write(to: URL(fileURLWithPath: keyPath))
        let foreign = try await Self.verify(path)
        #expect(foreign.firstBreak?.id == 1 && foreign.firstBreak?.reason.contains("audit key") == true)
    }

    @Test func eventsFromBeforeTheChainAreSealedByTheMigration() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("older.sqlite")
        let pool = try DatabasePool(path: path)
        try Migrations.migrator.migrate(pool, upTo: "v4_traffic_client")
        try await pool.write { db in
            for index in 1...3 {
                try db.execute(
                    sql: "INSERT INTO audit_events (time, actor, action, summary) VALUES (?, 'cli', 'admin.added', ?)",
                    arguments: [Double(index) + 0.5, "added admin \(index)"])
            }
        }
        try pool.close()
        let store = try SQLiteStore(path: path)
        defer { try? store.close() }
        _ = try await AdminService(store: store).add(username: "after", email: nil, by: .cli)
        let report = try await store.verifyAuditChain()
        #expect(report.isIntact && report.checked == 4)
    }
}
