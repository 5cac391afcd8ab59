import Foundation
import Provisioning
@_spi(Diagnostics) import SQLiteStore
import TestSupport
import Testing

/// `backup --to` while the listener takes writes, and `restore --from`, which refuses a database in use.
@Suite struct BackupRestoreTests {
    @Test func aBackupUnderWriteLoadHoldsEveryEarlierAcknowledgedWrite() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let serve = try ServeProcess(database: database, directory: directory)
        defer { serve.stop() }
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/readyz"))

        let load = WriteLoad(baseURL: URL(string: "http://127.0.0.1:\(serve.port)/scim/v2")!, token: token)
        try await load.waitForAcknowledged(150)
        let backupFile = directory.path("copy.sqlite")
        let started = ContinuousClock.now
        let backup = try BuiltBinary.run(["backup", "--database", database, "--to", backupFile], timeout: 60)
        try await load.waitForAcknowledged(load.acknowledgedCount + 50)  // writes went on during and after it
        let outcome = await load.stop()
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.trimmingCharacters(in: .newlines) == backupFile)
        #expect(outcome.otherStatuses.isEmpty && outcome.transportErrors == 0)

        let before = Set(outcome.acknowledged.filter { $0.at < started }.map(\.userName))
        #expect(before.count >= 150)
        let copy = try SQLiteStore(path: backupFile)
        defer { try? copy.close() }
        #expect(try copy.pragma("integrity_check") == "ok")
        let idp = try #require(try await copy.identityProvider(named: "Okta"))
        let stored = Set(try await copy.users(idpID: idp.id, query: ListQuery(count: 100_000)).items.map(\.profile.userName))
        #expect(stored.isSuperset(of: before), "missing \(before.subtracting(stored).count) acknowledged users")

        // A second backup to the same file is refused and leaves the first intact.
        let again = try BuiltBinary.run(["backup", "--database", database, "--to", backupFile])
        #expect(again.status == 1 && again.stderr.contains("already exists"))
    }

    @Test func restoreRefusesADatabaseInUseThenPutsTheBackupBack() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, token) = try makeDatabaseWithToken(in: directory)
        let backupFile = directory.path("one-idp.sqlite")
        #expect(try BuiltBinary.run(["backup", "--database", database, "--to", backupFile]).status == 0)
        _ = try BuiltBinary.run(["idp", "add", "--name", "Entra", "--kind", "entra", "--database", database])

        let serve = try ServeProcess(database: database, directory: directory)
        #expect(try await Curl.waitUntilUp("http://127.0.0.1:\(serve.port)/readyz"))
        let refused = try BuiltBinary.run(["restore", "--database", database, "--from", backupFile])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is in use"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        // The running listener did not notice.
        #expect(try Curl.request("http://127.0.0.1:\(serve.port)/scim/v2/Users", ["-H", "Authorization: Bearer \(token)"]).status == 200)
        #expect(serve.stop() == 0)

        let damaged = directory.path("damaged.sqlite")
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: damaged))
        #expect(try BuiltBinary.run(["restore", "--database", database, "--from", damaged]).status == 1)
        #expect(try BuiltBinary.run(["idp", "list", "--database", database]).stdout.contains("Entra"))

        let restored = try BuiltBinary.run(["restore", "--database", database, "--from", backupFile])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stderr.contains("The previous database is kept as"))
        let list = try BuiltBinary.run(["idp", "list", "--database", database]).stdout
        #expect(list.contains("Okta") && !list.contains("Entra"))
        let kept = try directory.fileNames().filter { $0.contains(".before-restore-") && $0.hasSuffix(".bak") }
        #expect(kept.count == 1)
        #expect(try BuiltBinary.run(["idp", "list", "--database", directory.path(kept[0])]).stdout.contains("Entra"))
        // Each database came back with the key that sealed its audit log.
        for checked in [database, directory.path(kept[0])] {
            let verify = try BuiltBinary.run(["audit", "verify", "--database", checked])
            #expect(verify.status == 0 && verify.stdout.hasPrefix("Audit log intact"), "\(checked): \(verify.stderr)")
        }
    }
}
