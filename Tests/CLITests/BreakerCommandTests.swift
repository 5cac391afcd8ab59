import Foundation
import TestSupport
import Testing

/// `scimdesk idp set --breaker` and `scimdesk breaker …` through the built binary.
@Suite struct BreakerCommandTests {
    let directory: TemporaryDirectory
    var database: String { directory.path("cli.sqlite") }

    init() throws { directory = try TemporaryDirectory() }

    func scimdesk(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--database", database])
    }

    @Test func setShowAndRefuseWhatIsNotHeld() throws {
        _ = try scimdesk("idp", "add", "--name", "Okta")
        let standard = try scimdesk("breaker", "status")
        #expect(standard.stdout.contains("Okta: watching (more than 25 users (or 10% of them) or 10 groups within 10m)"))

        let set = try scimdesk("idp", "set", "Okta", "--breaker", "users=40,window=30m")
        #expect(set.status == 0)
        #expect(set.stdout.contains("more than 40 users (or 10% of them) or 10 groups within 30m"))

        let bad = try scimdesk("idp", "set", "Okta", "--breaker", "users=lots")
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: 'users=lots' is not a breaker setting"))
        #expect(bad.stderr.split(separator: "\n").count == 1)

        let release = try scimdesk("breaker", "release", "--idp", "Okta")
        #expect(release.status == 1)
        #expect(release.stderr.contains("not holding anything"))

        let off = try scimdesk("idp", "set", "Okta", "--breaker", "off")
        #expect(off.stderr.contains("warning"))
        #expect(try scimdesk("breaker", "status", "--idp", "Okta").stdout.contains("Okta: off (warning"))
        #expect(try scimdesk("breaker", "status", "--idp", "Nope").stderr.contains("no identity provider is named \"Nope\""))
    }
}
