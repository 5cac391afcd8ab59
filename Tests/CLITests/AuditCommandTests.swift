import Foundation
import TestSupport
import Testing

/// `scimdesk audit list|verify` through the built binary, against edits made with the sqlite3 shell.
@Suite struct AuditCommandTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("cli.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    @Test func verifyNamesTheAlteredEventAndExits1() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        for name in ["ada", "grace", "linus"] { _ = try scimdesk("admin", "add", "--username", name) }
        let intact = try scimdesk("audit", "verify")
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout.hasPrefix("Audit log intact: 4 events checked; newest #4, seal "))

        let list = try scimdesk("audit", "list", "--limit", "2")
        #expect(list.stdout.split(separator: "\n").count == 2)
        #expect(list.stdout.hasPrefix("#4  ") && list.stdout.contains("admin.added"))

        try SQLiteShell.execute("UPDATE audit_events SET summary = 'added console admin nobody' WHERE id = 3", database: database)
        let broken = try scimdesk("audit", "verify")
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("error: the audit log was altered at event #3, after 2 intact events"), "\(broken.stderr)")
        #expect(broken.stderr.contains("#3  ") && broken.stderr.contains("added console admin nobody"))
    }

    @Test func aDifferentKeyIsNamedAsTheLikelyCause() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        let otherKey = directory.path("elsewhere.key")
        let missing = try scimdesk("audit", "verify", "--audit-key", otherKey)
        #expect(missing.status == 1 && missing.stderr.contains("the audit key \(otherKey) is missing"))
        try Data((String(repeating: "0f", count: 32) + "\n").utf8).write(to: URL(fileURLWithPath: otherKey))
        let verify = try scimdesk("audit", "verify", "--audit-key", otherKey)
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("event #1") && verify.stderr.contains("audit key is not the one"))
        #expect(try scimdesk("audit", "verify").status == 0)
    }

    @Test func anEmptyLogAndAMissingDatabaseAreSaidPlainly() throws {
        let missing = try scimdesk("audit", "verify")
        #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: database))
    }
}
